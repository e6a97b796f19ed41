"""The ``bigprotokoll`` command line: parse, check, export, list exporters, validate packages.

Exit status: 0 when all went well, 1 when an input or an export failed (the rest still
done), 2 for a usage error (an exporter that is not installed, a bad option, too). Known
errors print one line to stderr; ``--traceback`` shows the whole story for bug reports.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import inspect
import json
import os
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence, TextIO, TypeVar

import attrs

from . import __version__
from .converter import dumps
from .errors import BigprotokollError, ExporterNotFoundError, InputError, OptionError
from .export import ExporterClass, make_options, parse_option_strings
from .model import Minutes, Severity
from .parse import input_text, parse_bytes
from .parse.html import is_html
from .registry import Registry, default_registry, entry_points
from .render import render

__all__ = ["main"]

#: File name endings read when a folder is given.
MINUTES_SUFFIXES = (".txt", ".md", ".text", ".docx", ".doc", ".odt", ".rtf", ".html", ".htm", ".pdf", ".xml")
#: Batches larger than this show progress on a terminal.
PROGRESS_THRESHOLD = 3

EPILOG = """\
examples:
  bigprotokoll parse protokoll.txt                 canonical JSON on stdout
  bigprotokoll parse --example --format text       the bundled example, in house style
  bigprotokoll check protokoll/                    diagnostics as file:line: message
  bigprotokoll export protokoll/ -f akn -o out/    one Akoma Ntoso file per minutes
  bigprotokoll export a.txt -o a.jsonld            exporter chosen by the extension
  bigprotokoll export protokoll/ -f eark-sip -o sip/ -O created=2024-02-09T12:00:00+01:00
  bigprotokoll export a.txt -f eark-sip --as-folder -o sip/   the package as a folder
  bigprotokoll exporters                           what is installed, and its state
  bigprotokoll validate sip/a.zip                  check a.txt's archive package

exit status: 0 ok, 1 an input or output failed, 2 usage error
"""


class _Progress:
    """A one-line progress display on stderr, only when stderr is a terminal."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.enabled = total > PROGRESS_THRESHOLD and stream.isatty()
        self.done = 0

    def step(self, label: str) -> None:
        self.done += 1
        if self.enabled:
            self.stream.write(f"\r[{self.done}/{self.total}] {label[:60]:<60}")
            self.stream.flush()

    def say(self, line: str) -> None:
        """Write a message line, clearing the progress line first (the next step redraws it)."""
        if self.enabled:
            self.stream.write("\r" + " " * 72 + "\r")
        self.stream.write(line + "\n")

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\n")


@contextlib.contextmanager
def _warnings_said(progress: _Progress, where: object) -> Iterator[None]:
    """Warnings raised inside (an exporter's replaced characters, a format missing from a
    package...) said one line each, naming the input, not in Python's two-line form."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        progress.say(f"bigprotokoll: {where}: warning: {warning.message}")


#: Files in a folder that hold no minutes whatever their suffix: Word's lock files
#: (``~$protokoll.docx``, while a document is open), hidden files (macOS's ``._protokoll.docx``
#: beside each file copied from a Mac).
_NO_MINUTES = ("~$", ".")


def _inputs(paths: Sequence[str], example: bool) -> list[Path]:
    result: list[Path] = []
    if example:
        from . import example_path

        result.append(Path(example_path()))
    for raw in paths:
        path = Path(raw)
        try:
            if path.is_dir():
                found = sorted(
                    p
                    for p in path.iterdir()
                    if p.is_file() and p.suffix.lower() in MINUTES_SUFFIXES and not p.name.startswith(_NO_MINUTES)
                )
                if not found:
                    raise InputError(f"the folder holds no minutes files ({', '.join(MINUTES_SUFFIXES)})", path=raw)
                result.extend(found)
            elif path.exists():
                result.append(path)
            else:
                raise InputError("no such file or folder", path=raw)
        except OSError as exc:  # a folder we may not list, or a path through one
            raise InputError(f"cannot be read: {_in_words(exc)}", path=raw) from exc
    return result


#: OS errors in words: ``strerror`` is terse ("File exists") and the exception's own text
#: carries its number and repeats the path the message already names.
_IN_WORDS = {
    errno.ENOENT: "no such file or folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOTDIR: "a folder on its path is a file",
    errno.EEXIST: "a file is in the way",
    errno.EISDIR: "it is a folder",
    errno.ENOSPC: "no space left on the device",
    errno.EROFS: "the file system is read-only",
}


def _in_words(exc: OSError) -> str:
    """What went wrong, without the error number or the path."""
    if exc.errno in _IN_WORDS:
        return _IN_WORDS[exc.errno]
    text = exc.strerror or str(exc)
    return text[:1].lower() + text[1:]


def _said(exc: BaseException) -> str:
    """An error as one line: ours as they put it, an OS error from elsewhere in words with its path."""
    if isinstance(exc, OSError) and exc.errno is not None:
        return f"{exc.filename}: {_in_words(exc)}" if exc.filename else _in_words(exc)
    return str(exc)


def _readers() -> dict[str, Callable[..., Minutes]]:
    readers: dict[str, Callable[..., Minutes]] = {}
    for ep in entry_points(group="bigprotokoll.readers"):
        try:
            readers[ep.name] = ep.load()
        except Exception:  # a broken reader plugin only loses its own format
            continue
    return readers


def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read: {_in_words(exc)}", path=str(path)) from exc


def _is_xml(data: bytes) -> bool:
    """XML for a reader plugin: markup that is no HTML page (the parser reads those)."""
    return data.lstrip()[:1] == b"<" and not is_html(data)


def read_minutes(path: Path) -> tuple[Minutes, bytes]:
    """Parse one input: minutes text or an office document, or XML that an installed reader understands."""
    data = _file_bytes(path)
    if _is_xml(data):
        readers = _readers()
        if not readers:
            raise InputError("looks like XML, but no reader plugin is installed (pip install bigprotokoll-akn)", path=str(path))
        problems = []
        for name, read in sorted(readers.items()):
            try:
                return read(data, str(path)), data
            except BigprotokollError as exc:
                problems.append(f"{name}: {exc}")
        raise InputError("no installed reader understands this XML (" + "; ".join(problems) + ")", path=str(path))
    return parse_bytes(data, source_name=str(path)), data


def _read_all(files: Sequence[Path], report: Callable[[str], Any]) -> tuple[list[tuple[Path, Minutes]], bool]:
    """Every input that reads as minutes; each one that does not is reported as one line."""
    return _each(files, lambda path: read_minutes(path)[0], report)


_T = TypeVar("_T")


def _each(
    files: Sequence[Path], read: Callable[[Path], _T], report: Callable[[str], Any]
) -> tuple[list[tuple[Path, _T]], bool]:
    """``read`` of every input that reads; each one that does not is reported as one line."""
    results: list[tuple[Path, _T]] = []
    failed = False
    for path in files:
        try:
            results.append((path, read(path)))
        except BigprotokollError as exc:
            report(f"{exc}\n")
            failed = True
    return results, failed


def _cmd_parse(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    files = _inputs(args.files, args.example)
    if not files:
        raise _Usage("give at least one file (or --example)")
    if args.format == "input":
        return _print_inputs(files, out, err)
    parsed, failed = _read_all(files, lambda line: err.write(f"bigprotokoll: {line}"))
    results = [render(m) if args.format == "text" else dumps(m) for _, m in parsed]
    if args.format == "json" and len(files) > 1:
        out.write("[\n" + ",\n".join(r.rstrip("\n") for r in results) + "\n]\n")
    elif len(files) > 1:  # texts: each under its file's name, as head(1) shows several files
        out.write("\n".join(f"==> {path} <==\n{text}" for (path, _), text in zip(parsed, results)))
    else:
        out.write("".join(results))
    return int(failed)


def _print_inputs(files: list[Path], out: TextIO, err: TextIO) -> int:
    """Each file's text as the parser reads it (a Word document's text: what the line
    numbers of ``check`` count)."""

    def text_of(path: Path) -> str:
        data = _file_bytes(path)
        if _is_xml(data):
            raise InputError("XML is read by a reader plugin, not as text: it has no text to show", path=str(path))
        return input_text(data, source_name=str(path))

    texts, failed = _each(files, text_of, lambda line: err.write(f"bigprotokoll: {line}"))
    out.write("".join(text if text.endswith("\n") else text + "\n" for _, text in texts))
    return int(failed)


def _cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    files = _inputs(args.files, args.example)
    if not files:
        raise _Usage("give at least one file (or --example)")
    status = 0
    warned = warnings = unread = 0
    for path in files:  # each file's findings as it is read: in the files' order, as they come
        try:
            minutes = read_minutes(path)[0]
        except BigprotokollError as exc:
            out.write(f"{exc}\n")
            status, unread = 1, unread + 1
            continue
        found = [d for d in minutes.diagnostics if d.severity is Severity.WARNING]
        warnings += len(found)
        warned += bool(found)
        for diagnostic in minutes.diagnostics:
            if diagnostic.severity is Severity.INFO and not args.verbose:
                continue
            line = f"{diagnostic.line}:" if diagnostic.line else ""
            out.write(f"{path}:{line} {diagnostic.severity.value}: {diagnostic.message} [{diagnostic.code}]\n")
        if found and args.strict:
            status = 1
        out.flush()
    if len(files) > 1:  # a batch: the count, on stderr so that the report stays one line a finding
        err.write(
            f"bigprotokoll: checked {len(files)} files: {warnings} {_plural(warnings, 'warning')} in {warned} "
            f"{_plural(warned, 'file')}" + (f", {unread} {_plural(unread, 'file')} not read" if unread else "") + "\n"
        )
    return status


def _plural(count: int, word: str) -> str:
    return word if count == 1 else f"{word}s"


def _choose_exporter(registry: Registry, name: str | None, output: str | None) -> ExporterClass:
    if name:
        return registry.get(name)
    if output:
        suffix = Path(output).suffix
        found = registry.by_extension(suffix) if suffix else None
        if found is not None:
            return found
        raise _Usage(f"cannot tell the exporter from {output!r}; name one with -f (see `bigprotokoll exporters`)")
    raise _Usage("name an exporter with -f (see `bigprotokoll exporters`)")


def _accepts(method: Callable[..., Any], parameter: str) -> bool:
    try:
        return parameter in inspect.signature(method).parameters
    except (TypeError, ValueError):
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class _CannotWrite(OSError):
    """An output that could not be written, named as the user gave it (not our temporary file)."""

    def __init__(self, target: Path, cause: OSError, doing: str = "write", *, reason: str | None = None) -> None:
        super().__init__(f"cannot {doing} {target}: {reason or _in_words(cause)}")


class _Exists(OSError):
    """A package already where the new one would go: archival submissions are never replaced."""

    def __init__(self, target: Path) -> None:
        super().__init__(
            f"{target} already exists; remove it or choose another output folder (a package is never overwritten)"
        )


def _write_atomically(target: Path, write: Callable[[Any], None], *, overwrite: bool = True) -> None:
    """Write through a temporary file in the target's folder, renamed when complete;
    without ``overwrite``, refuse (before writing anything) when the target exists."""
    if not overwrite and os.path.lexists(target):
        raise _Exists(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _CannotWrite(target, exc, reason=_file_in_the_way(target.parent)) from exc
    try:
        with os.fdopen(fd, "wb") as sink:
            write(sink)
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs get the usual mode
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise _CannotWrite(target, exc) from exc
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _file_in_the_way(folder: Path) -> str | None:
    """Which of the folders on the way is a file, said so, if one is (the OS says only "File exists")."""
    for part in (folder, *folder.parents):
        if part.exists() and not part.is_dir():
            return f"{part} is a file, not a folder"
    return None


def _names_a_file(output: str) -> bool:
    """Whether ``-o output`` names a file rather than a folder: an existing file, or a name
    with a suffix (``a.xml``) where no folder is; a trailing slash always names a folder."""
    if output.endswith(tuple(sep for sep in (os.sep, os.altsep) if sep)):
        return False
    path = Path(output)
    return path.is_file() or (bool(path.suffix) and not path.is_dir())


def _is_text(media_type: str) -> bool:
    kind, _, subtype = media_type.partition("/")
    return kind == "text" or subtype in ("json", "xml") or subtype.endswith(("+json", "+xml"))


def _make_folder(folder: Path, needs: str | None) -> None:
    """The output folder, made once before any input is read, or a one-line error."""
    if folder.exists() and not folder.is_dir():
        raise _Usage(f"{folder} is a file, not a folder" + (f"; {needs} an output folder: -o DIR" if needs else ""))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        # ENOENT though the parents were made: a place that holds no folders (/proc)
        reason = "no such folder, and none can be made there" if exc.errno == errno.ENOENT else None
        raise _CannotWrite(folder, exc, "create the output folder", reason=reason) from exc


def _cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    registry = default_registry()
    cls = _choose_exporter(registry, args.format, args.output)
    options = make_options(cls, parse_option_strings(args.option or [], exporter=cls.name))
    exporter = cls(options)
    folder_writer = getattr(exporter, "export_to_directory", None)  # a package exporter's (the contract)
    if args.as_folder and folder_writer is None:
        raise _Usage(f"exporter {cls.name!r} writes files, not folders; drop --as-folder")
    if args.as_folder and not args.output:
        raise _Usage("--as-folder needs an output folder: -o DIR")
    if not args.output and not _is_text(cls.media_type) and sys.stdout.isatty():
        raise _Usage(
            f"exporter {cls.name!r} writes binary data ({cls.media_type}), not for a terminal: "
            "write it with -o FILE or -o DIR"
        )
    files = _inputs(args.inputs, args.example)
    if not files:
        raise _Usage("give at least one input file or folder (or --example)")
    output = Path(args.output) if args.output else None
    graph = bool(getattr(options, "graph", False)) and hasattr(exporter, "export_many")
    single_file_out = (
        args.output is not None and not args.as_folder and (graph or (len(files) == 1 and _names_a_file(args.output)))
    )
    if len(files) > 1 and not graph and not args.as_folder:
        if output is None:
            raise _Usage("several inputs need an output folder: -o DIR")
        if _names_a_file(args.output) and not output.exists():
            raise _Usage(
                f"several inputs need an output folder, and {args.output} names a file; "
                f"end a folder's name with / (-o {args.output}/)"
            )
    if output is not None and not single_file_out:
        needs = "--as-folder needs" if args.as_folder else "several inputs need" if len(files) > 1 else None
        _make_folder(output, needs)
    names = _output_names(files, cls.file_extension)
    status = 0
    progress = _Progress(len(files), err)
    parsed: list[Minutes] = []
    for path in files:
        progress.step(path.name)
        with _warnings_said(progress, path):
            try:
                minutes, data = read_minutes(path)
                if graph:
                    parsed.append(minutes)
                    continue

                def write(sink: Any, minutes: Minutes = minutes, data: bytes = data) -> None:
                    if _accepts(exporter.export, "source_bytes"):
                        exporter.export(minutes, sink, source_bytes=data)  # type: ignore[call-arg]
                    else:
                        exporter.export(minutes, sink)

                if args.as_folder and output is not None and folder_writer is not None:
                    kwargs = {"source_bytes": data} if _accepts(folder_writer, "source_bytes") else {}
                    folder_writer(minutes, output, **kwargs)
                elif output is None:
                    write(sys.stdout.buffer)
                    sys.stdout.buffer.flush()
                else:
                    # a package is an archival submission: never written over, as a zip or a folder
                    target = output if single_file_out else output / names[path]
                    _write_atomically(target, write, overwrite=folder_writer is None)
            except (BigprotokollError, OSError) as exc:
                progress.say(f"bigprotokoll: {path}: {_said(exc)}" if isinstance(exc, OSError) else f"bigprotokoll: {exc}")
                status = 1
    progress.close()
    if graph and parsed:
        many = getattr(exporter, "export_many")
        with _warnings_said(progress, output or "the series"):
            if output is None:
                many(parsed, sys.stdout.buffer)
            else:
                target = output if _names_a_file(str(args.output)) else output / f"graph{cls.file_extension}"
                _write_atomically(target, lambda s: many(parsed, s))
    return status


def _output_names(files: list[Path], extension: str) -> dict[Path, str]:
    """Each input's output file name in a folder: its stem and the exporter's extension
    (``a.txt`` -> ``a.xml``); where inputs share a stem (``a.docx`` and ``a.pdf``: the same
    minutes in two formats), their whole names (``a.docx.xml``, ``a.pdf.xml``); where they
    share those too (``a.txt`` in two folders), numbered in the order given (``a-2.xml``).
    Names are compared as a file system that ignores case compares them."""
    stems = Counter(path.stem.casefold() for path in files)
    whole = Counter(path.name.casefold() for path in files)
    names: dict[Path, str] = {}
    taken: set[str] = set()
    for path in files:
        # the whole name only where it tells the inputs apart
        by_stem = stems[path.stem.casefold()] == 1 or whole[path.name.casefold()] > 1
        base = path.stem if by_stem else path.name
        name, count = base + extension, 1
        while name.casefold() in taken:
            count += 1
            name = f"{base}-{count}{extension}"
        taken.add(name.casefold())
        names[path] = name
    return names


def _options_of(registry: Registry, name: str) -> dict[str, str]:
    """The exporter's ``-O`` options with their defaults, as the command line writes them."""
    fields = attrs.fields(registry.get(name).options_type)
    def shown(value: object) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        return "" if value is None else str(value)

    return {f.name: shown(f.default) for f in fields}


def _cmd_exporters(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    registry = default_registry()
    infos = registry.info()
    options = {i.name: _options_of(registry, i.name) for i in infos if i.status == "ok"}
    if args.json:
        out.write(json.dumps([
            {"name": i.name, "summary": i.summary, "media_type": i.media_type, "extension": i.file_extension,
             "distribution": i.distribution, "version": i.version, "status": i.status,
             "options": options.get(i.name, {})}
            for i in infos
        ], ensure_ascii=False, indent=2) + "\n")
        return 0
    for i in infos:
        out.write(f"{i.name:<10} {i.file_extension:<8} {i.media_type:<22} {i.distribution} {i.version}  [{i.status}]\n")
        if i.summary:
            out.write(f"{'':<10} {i.summary}\n")
        if options.get(i.name):
            listing = ", ".join(f"{k}={v}" if v else k for k, v in options[i.name].items())
            out.write(f"{'':<10} -O {listing}\n")
    return 0


def _cmd_validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    validators = {ep.name: ep for ep in entry_points(group="bigprotokoll.validators")}
    if not validators:
        err.write("bigprotokoll: no package validator is installed (pip install bigprotokoll-earchive)\n")
        return 1
    status = 0
    for raw in args.paths:
        path = Path(raw)
        if not path.exists():
            err.write(f"bigprotokoll: {raw}: no such file or folder\n")
            status = 1
            continue
        for name, ep in sorted(validators.items()):
            try:
                problems = ep.load()(path)
            except Exception as exc:  # a validator that crashes must not hide the others
                err.write(f"bigprotokoll: validator {name} failed on {raw}: {type(exc).__name__}: {exc}\n")
                status = 1
                continue
            for problem in problems:
                out.write(f"{raw}: {problem}\n")
            if problems:
                status = 1
            else:
                out.write(f"{raw}: valid ({name})\n")
    return status


class _Usage(Exception):
    """A usage error: exit status 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bigprotokoll",
        description="Read Swedish meeting minutes (protokoll) into a typed model and export them "
        "as canonical JSON, Akoma Ntoso, JSON-LD or E-ARK archive packages.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"bigprotokoll {__version__}")
    parser.add_argument("--traceback", action="store_true", help="show the full traceback of an error")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = commands.add_parser("parse", help="parse minutes and print the model", description="Parse minutes files (text, Word .docx or .doc, OpenDocument .odt, RTF, a web page .html, a PDF, or XML with a reader plugin) and print the canonical JSON (an array for several files) or the house-style text (for several files, each under a line '==> FILE <==').")
    p.add_argument("files", nargs="*", metavar="FILE", help="minutes files, or folders of them (their files by suffix; Word's ~$ lock files and hidden ones passed over)")
    p.add_argument(
        "--format",
        choices=["json", "text", "input"],
        default="json",
        help="json (default), text (house style), or input: the text as the parser reads it "
        "(a Word document's text, whose lines the line numbers of `check` count)",
    )
    p.add_argument("--example", action="store_true", help="also read the bundled example minutes")
    p.set_defaults(run=_cmd_parse)

    p = commands.add_parser("check", help="print the parser's diagnostics", description="Parse minutes and print what the parser guessed or could not place, as FILE:LINE: severity: message [code].")
    p.add_argument("files", nargs="*", metavar="FILE", help="minutes files, or folders of them (their files by suffix; Word's ~$ lock files and hidden ones passed over)")
    p.add_argument("--example", action="store_true", help="also check the bundled example minutes")
    p.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    p.add_argument("-v", "--verbose", action="store_true", help="show informational notes too")
    p.set_defaults(run=_cmd_check)

    p = commands.add_parser("export", help="export minutes with an exporter plugin", description="Export each input (files, or folders of minutes) with the named exporter: one output per input, written atomically. With several inputs, -o names a folder, each output in it named after its input (a.txt -> a.xml; a.docx.xml and a.pdf.xml for the same minutes in two formats; a-2.xml for a second a.txt from another folder). Existing outputs are written over, but a package (eark-sip) never is: that input fails.")
    p.add_argument("inputs", nargs="*", metavar="IN", help="minutes files, or folders of them (their files by suffix; Word's ~$ lock files and hidden ones passed over)")
    p.add_argument("-f", "--format", metavar="NAME", help="exporter name (see `bigprotokoll exporters`); default from -o's extension")
    p.add_argument("-o", "--output", metavar="OUT", help="output file (one input: a name with a suffix, or an existing file) or folder (a name ending in / is always one); default stdout, though not a package's bytes to a terminal")
    p.add_argument("-O", "--option", action="append", metavar="KEY=VALUE", help="an exporter option; repeatable")
    p.add_argument("--example", action="store_true", help="also export the bundled example minutes")
    p.add_argument("--as-folder", action="store_true", help="package exporters (eark-sip): write each package as a folder in OUT instead of a zip")
    p.set_defaults(run=_cmd_export)

    p = commands.add_parser("exporters", help="list installed exporters", description="List the exporters found through the bigprotokoll.exporters entry points, with their state.")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(run=_cmd_exporters)

    p = commands.add_parser("validate", help="validate archive packages", description="Check archive packages (folders or zips) with every installed package validator.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="a package: a zip (named after its input, e.g. sip/protokoll.zip) or a package folder (--as-folder's uuid-...)")
    p.set_defaults(run=_cmd_validate)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _parser()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0)
    if not getattr(args, "run", None):
        parser.print_help(err)
        return 2
    try:
        return int(args.run(args, out, err))
    except _Usage as exc:
        err.write(f"bigprotokoll {args.command}: {exc}\n")
        return 2
    except BrokenPipeError:
        # the reader went away (`| head`): stop quietly, as command-line tools do, and keep
        # Python from writing to the closed pipe once more at exit
        if out is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a tool the pipe stopped
    except (BigprotokollError, OSError) as exc:
        if args.traceback:
            raise
        err.write(f"bigprotokoll: {_said(exc)}\n")
        # a misspelt exporter name or option is a usage error, though the library raises it
        return 2 if isinstance(exc, (OptionError, ExporterNotFoundError)) else 1
    except KeyboardInterrupt:
        err.write("bigprotokoll: interrupted\n")
        return 130

