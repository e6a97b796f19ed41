"""The command line: commands, exit status, error lines, outputs."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any, BinaryIO

import attrs
import pytest

import bigprotokoll
from bigprotokoll.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out, err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def example(tmp_path: Path) -> Path:
    path = tmp_path / "exempel.txt"
    path.write_text(bigprotokoll.example_text(), encoding="utf-8")
    return path


def test_parse_prints_canonical_json(example: Path) -> None:
    status, out, _ = run("parse", str(example))
    assert status == 0
    assert json.loads(out)["items"][0]["heading"] == "Mötets öppnande"
    assert out == bigprotokoll.dumps(bigprotokoll.parse_file(example))


def test_parse_several_files_prints_an_array(example: Path) -> None:
    status, out, _ = run("parse", str(example), "--example")
    assert status == 0 and len(json.loads(out)) == 2


def test_parse_text_format_renders_house_style(example: Path) -> None:
    status, out, _ = run("parse", "--format", "text", str(example))
    assert status == 0 and bigprotokoll.parse_text(out) == bigprotokoll.parse_file(example)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"Bara text utan rubrik.\n", "no title line"),
    ],
)
def test_bad_input_is_one_line_without_traceback(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "dålig.txt"
    path.write_bytes(content)
    status, out, err = run("parse", str(path))
    assert status == 1 and out == ""
    assert message in err and str(path) in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    assert run("parse", str(tmp_path / "finns-inte"))[2].endswith("no such file or folder\n")
    status, _, err = run("export", str(tmp_path), "-f", "json", "-o", str(tmp_path / "ut"))
    assert status == 1 and "holds no minutes files" in err


def test_usage_errors_exit_2(example: Path) -> None:
    assert run()[0] == 2
    assert run("parse", "--format", "pdf", str(example))[0] == 2
    status, _, err = run("export", str(example))
    assert status == 2 and "-f" in err


def test_export_a_folder_writes_one_output_per_input(tmp_path: Path, example: Path) -> None:
    (tmp_path / "two.txt").write_text(bigprotokoll.example_text().replace("2023-05-12", "2023-06-09"), encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"")
    out_dir = tmp_path / "out"
    status, _, err = run("export", str(tmp_path), "-f", "json", "-o", str(out_dir))
    assert status == 1 and "broken.txt" in err  # the bad one is reported...
    assert sorted(p.name for p in out_dir.iterdir()) == ["exempel.json", "two.json"]  # ...the rest written
    assert json.loads((out_dir / "two.json").read_text(encoding="utf-8"))["meeting_date"] == "2023-06-09"


def test_a_folders_lock_and_hidden_files_are_passed_over(tmp_path: Path, example: Path) -> None:
    """Word leaves ~$name.docx while a document is open; a Mac leaves ._name.docx beside each
    file it copies: neither holds minutes (each was a failed file in the run)."""
    (tmp_path / "~$exempel.docx").write_bytes(b"\x0bKarl Nord" + b"\x00" * 40)
    (tmp_path / "._exempel.txt").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        ")
    status, out, err = run("check", str(tmp_path))
    assert status == 0, err
    assert "~$" not in err + out and "._" not in err + out


def test_inputs_that_share_a_name_get_outputs_of_their_own(tmp_path: Path, example: Path) -> None:
    """The same minutes as a .txt and a .docx, and a Protokoll.txt in each of two folders:
    no output overwrites another (each was written over the one before)."""
    from bigprotokoll.testing.word import docx_of_text

    (tmp_path / "exempel.docx").write_bytes(docx_of_text(bigprotokoll.example_text()))
    for folder, date in (("a", "2023-06-09"), ("b", "2023-08-18")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "Protokoll.txt").write_text(bigprotokoll.example_text().replace("2023-05-12", date), encoding="utf-8")
    out_dir = tmp_path / "out"
    inputs = [example, tmp_path / "exempel.docx", tmp_path / "a" / "Protokoll.txt", tmp_path / "b" / "Protokoll.txt"]
    status, _, err = run("export", *map(str, inputs), "-f", "json", "-o", str(out_dir))
    assert status == 0, err
    written = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in out_dir.iterdir()}
    assert sorted(written) == ["Protokoll-2.json", "Protokoll.json", "exempel.docx.json", "exempel.txt.json"]
    assert (written["Protokoll.json"]["meeting_date"], written["Protokoll-2.json"]["meeting_date"]) == ("2023-06-09", "2023-08-18")
    assert written["exempel.docx.json"]["source"]["media_type"] != written["exempel.txt.json"]["source"]["media_type"]


def test_an_output_that_cannot_be_written_is_named_as_given(tmp_path: Path, example: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "x.json"
    status, _, err = run("export", str(example), "-f", "json", "-o", str(target))
    assert status == 1
    assert err == f"bigprotokoll: {example}: cannot write {target}: {blocker} is a file, not a folder\n"
    assert ".part" not in err and "Errno" not in err
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_documents_of_every_kind_in_a_folder_are_parsed_too(tmp_path: Path, example: Path) -> None:
    from bigprotokoll.testing.doc import doc_of_text
    from bigprotokoll.testing.html import html_of_text
    from bigprotokoll.testing.pdf import pdf_of_text
    from bigprotokoll.testing.rtf import rtf_of_text
    from bigprotokoll.testing.word import docx_of_text

    (tmp_path / "arkiv.doc").write_bytes(doc_of_text(bigprotokoll.example_text().replace("2023-05-12", "2023-04-21")))
    (tmp_path / "gammal.rtf").write_bytes(rtf_of_text(bigprotokoll.example_text().replace("2023-05-12", "2023-04-28")))
    (tmp_path / "utskrift.pdf").write_bytes(pdf_of_text(bigprotokoll.example_text().replace("2023-05-12", "2023-05-26")))
    (tmp_path / "word.docx").write_bytes(docx_of_text(bigprotokoll.example_text().replace("2023-05-12", "2023-06-09")))
    (tmp_path / "webb.html").write_bytes(html_of_text(bigprotokoll.example_text().replace("2023-05-12", "2023-05-19")))
    (tmp_path / "kalkyl.ods").write_bytes(b"PK\x03\x04")  # not a minutes suffix: passed over
    status, out, err = run("parse", str(tmp_path))
    assert status == 0, err
    parsed = json.loads(out)
    assert [(m["source"]["name"], m["source"]["media_type"], m["meeting_date"]) for m in parsed] == [
        ("arkiv.doc", "application/msword", "2023-04-21"),
        ("exempel.txt", "text/plain", "2023-05-12"),
        ("gammal.rtf", "application/rtf", "2023-04-28"),
        ("utskrift.pdf", "application/pdf", "2023-05-26"),
        ("webb.html", "text/html", "2023-05-19"),
        ("word.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "2023-06-09"),
    ]
    assert all(m["items"] == parsed[0]["items"] for m in parsed)


def test_a_damaged_pdf_is_one_line_and_nothing_more(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """pypdf logs what it finds wrong ("EOF marker not found"); none of that reaches the user."""
    from bigprotokoll.testing.pdf import pdf_of_text

    path = tmp_path / "trasig.pdf"
    path.write_bytes(pdf_of_text("Protokoll fört vid ledningsgruppsmöte BIG 2024-03-14")[:-7])  # no %%EOF
    status, out, err = run("parse", str(path))
    assert (status, out) == (1, "")
    assert str(path) in err and "a PDF that cannot be read" in err
    assert "Traceback" not in err and err.count("\n") == 1
    assert [r.getMessage() for r in caplog.records] == []  # nothing logged (a bare logger prints to stderr)


def test_a_damaged_word_document_is_one_line_without_traceback(tmp_path: Path) -> None:
    from bigprotokoll.testing.word import docx, p

    path = tmp_path / "trasig.docx"
    path.write_bytes(docx(p("Protokoll BIG 2024-03-14")).replace(b"word/document.xml", b"word/dokument.xml"))
    status, out, err = run("parse", str(path))
    assert status == 1 and out == ""
    assert str(path) in err and "without word/document.xml, so no Word document" in err
    assert "Traceback" not in err and err.count("\n") == 1


def test_export_chooses_the_exporter_from_the_extension(tmp_path: Path, example: Path) -> None:
    target = tmp_path / "x.json"
    assert run("export", str(example), "-o", str(target))[0] == 0
    assert bigprotokoll.loads(target.read_bytes()) == bigprotokoll.parse_file(example)


def test_export_is_byte_identical_twice(tmp_path: Path, example: Path) -> None:
    run("export", str(example), "-f", "json", "-o", str(tmp_path / "a.json"))
    run("export", str(example), "-f", "json", "-o", str(tmp_path / "b.json"))
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_check_prints_file_line_message(tmp_path: Path) -> None:
    path = tmp_path / "gap.txt"
    path.write_text("Protokoll BIG 2022-01-18\n\n§ 1 Ett\n\nA.\n\n§ 3 Tre\n\nB.\n", encoding="utf-8")
    status, out, _ = run("check", str(path))
    assert status == 0
    assert out == f"{path}:7: warning: § 2 missing: § 1 is followed by § 3 [numbering-gap]\n"
    assert run("check", "--strict", str(path))[0] == 1


def test_check_counts_a_batch_on_stderr(tmp_path: Path, example: Path) -> None:
    (tmp_path / "gap.txt").write_text("Protokoll BIG 2022-01-18\n\n§ 1 Ett\n\nA.\n\n§ 3 Tre\n\nB.\n", encoding="utf-8")
    (tmp_path / "tom.txt").write_bytes(b"")
    status, out, err = run("check", str(tmp_path))
    assert status == 1  # a file that is no minutes
    assert out.count("\n") == 2 and "tom.txt" in out and "[numbering-gap]" in out  # one line a finding
    assert err == "bigprotokoll: checked 3 files: 1 warning in 1 file, 1 file not read\n"


def test_exporters_lists_json_with_its_distribution() -> None:
    status, out, _ = run("exporters", "--json")
    listing = {e["name"]: e for e in json.loads(out)}
    assert status == 0
    assert listing["json"]["distribution"] == "bigprotokoll" and listing["json"]["status"] == "ok"
    assert listing["json"]["options"] == {}  # the canonical JSON takes no options


def test_help_explains_commands() -> None:
    status, out, _ = run("--help")
    assert status == 0
    for word in ("parse", "export", "check", "exporters", "validate", "exit status"):
        assert word in out


def test_python_dash_m_works(example: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "bigprotokoll", "parse", str(example)], capture_output=True, text=True)
    assert done.returncode == 0 and json.loads(done.stdout)["body"] == "BIG"


def test_progress_is_off_when_not_a_terminal(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"m{n}.txt").write_text(bigprotokoll.example_text(), encoding="utf-8")
    status, _, err = run("export", str(tmp_path), "-f", "json", "-o", str(tmp_path / "out"))
    assert status == 0 and err == ""  # StringIO is not a terminal: no progress noise


class _Terminal(io.StringIO):
    """A stderr that says it is a terminal, so progress is shown."""

    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"m{n}.txt").write_text(bigprotokoll.example_text(), encoding="utf-8")
    err = _Terminal()
    assert main(["export", str(tmp_path), "-f", "json", "-o", str(tmp_path / "out")], io.StringIO(), err) == 0
    assert "[5/5]" in err.getvalue()


def test_a_ten_megabyte_file_parses(tmp_path: Path) -> None:
    text = bigprotokoll.example_text()
    head, _, rest = text.partition("§ 1 ")
    body = "§ 1 " + rest.split("Vid protokollet")[0]
    big = head + body * (10_000_000 // len(body.encode("utf-8")) + 1)
    path = tmp_path / "stor.txt"
    path.write_text(big, encoding="utf-8")
    assert path.stat().st_size > 10_000_000
    status, out, err = run("parse", str(path))
    assert status == 0, err
    assert len(json.loads(out)["items"]) == 6 * (big.count("§ 1 "))


def test_outputs_get_the_usual_file_mode(tmp_path: Path, example: Path) -> None:
    import os

    target = tmp_path / "x.json"
    assert run("export", str(example), "-f", "json", "-o", str(target))[0] == 0
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    assert not list(tmp_path.glob(".*.part"))  # no temporary left behind


class _Warns:
    """An exporter that writes the title and warns about it (as the AKN exporter does about
    replaced control characters)."""

    name = "warns"
    media_type = "text/plain"
    file_extension = ".txt"

    @attrs.frozen
    class options_type:  # noqa: N801 (the contract's name)
        pass

    def __init__(self, options: object = None) -> None:
        pass

    def export(self, minutes: bigprotokoll.Minutes, sink: BinaryIO) -> None:
        warnings.warn(UserWarning(f"{minutes.title!r} was shouted"), stacklevel=2)
        sink.write(minutes.title.encode("utf-8"))


@attrs.frozen
class _EntryPoint:
    name: str
    value: str
    target: Any

    def load(self) -> Any:
        return self.target


def test_an_exporters_warning_is_one_line_naming_the_input(
    tmp_path: Path, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bigprotokoll.cli as cli
    from bigprotokoll.registry import Registry

    monkeypatch.setattr(cli, "default_registry", lambda: Registry([_EntryPoint("warns", "x:Warns", _Warns)]))
    status, _, err = run("export", str(example), "-f", "warns", "-o", str(tmp_path / "out.txt"))
    title = bigprotokoll.parse_file(example).title
    assert status == 0  # a warning is not a failure
    assert err == f"bigprotokoll: {example}: warning: {title!r} was shouted\n"
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == title


def test_an_error_on_a_terminal_clears_the_progress_line_first(tmp_path: Path) -> None:
    for n in range(4):
        (tmp_path / f"m{n}.txt").write_text(bigprotokoll.example_text(), encoding="utf-8")
    (tmp_path / "m4.txt").write_text("", encoding="utf-8")
    err = _Terminal()
    assert main(["export", str(tmp_path), "-f", "json", "-o", str(tmp_path / "out")], io.StringIO(), err) == 1
    (line,) = [line for line in err.getvalue().split("\n") if "bigprotokoll:" in line]
    # progress so far, the line cleared, then the message alone on it
    assert line.endswith("\r" + " " * 72 + f"\rbigprotokoll: {tmp_path / 'm4.txt'}: the file is empty or holds only white space; expected minutes text")


def test_parse_format_input_prints_the_text_whose_lines_check_counts(tmp_path: Path) -> None:
    from bigprotokoll.testing.word import docx, p

    path = tmp_path / "m.docx"
    path.write_bytes(docx(p("Protokoll BIG 2024-03-14"), p("§ 1 Öppnande"), p("§ 3 Ekonomi"), p("Text.")))
    status, out, _ = run("parse", "--format", "input", str(path))
    assert status == 0
    status, report, _ = run("check", str(path))
    line = int(report.split(":")[1])  # "m.docx:5: warning: § 2 missing ..."
    assert out.splitlines()[line - 1] == "§ 3 Ekonomi"
    xml = tmp_path / "m.xml"
    xml.write_bytes(b"<akomaNtoso/>")
    status, out, err = run("parse", "--format", "input", str(xml), str(path))
    assert status == 1 and "XML is read by a reader plugin" in err and "§ 3 Ekonomi" in out


def test_several_inputs_and_an_output_named_like_a_file_is_a_usage_error(tmp_path: Path, example: Path) -> None:
    """Two inputs and -o out.xml: a folder named out.xml was made, exit 0."""
    target = tmp_path / "out.xml"
    status, _, err = run("export", str(example), "--example", "-f", "json", "-o", str(target))
    assert status == 2 and "several inputs need an output folder" in err and f"-o {target}/" in err
    assert not target.exists()


def test_an_output_ending_in_a_slash_is_a_folder(tmp_path: Path, example: Path) -> None:
    """-o export.2024/ with one input: a file named export.2024 was written."""
    folder = tmp_path / "export.2024"
    assert run("export", str(example), "-f", "json", "-o", f"{folder}/")[0] == 0
    assert folder.is_dir() and [p.name for p in folder.iterdir()] == ["exempel.json"]
    assert run("export", str(example), "--example", "-f", "json", "-o", f"{tmp_path / 'two.d'}/")[0] == 0
    assert len(list((tmp_path / "two.d").iterdir())) == 2


def test_one_input_and_an_existing_file_writes_over_that_file(tmp_path: Path, example: Path) -> None:
    """An existing file is an output file, suffix or not (it was taken for a folder: 'File exists');
    ordinary outputs are written over."""
    target = tmp_path / "utdata"
    target.write_text("old", encoding="utf-8")
    assert run("export", str(example), "-f", "json", "-o", str(target))[0] == 0
    assert bigprotokoll.loads(target.read_bytes()) == bigprotokoll.parse_file(example)


@attrs.frozen
class _PackageOptions:
    signed: bool = False


class _Package:
    """A package exporter (it offers export_to_directory): binary output, never written over."""

    name = "pkg"
    media_type = "application/zip"
    file_extension = ".zip"
    options_type = _PackageOptions

    def __init__(self, options: _PackageOptions) -> None:
        self.options = options

    def export(self, minutes: bigprotokoll.Minutes, sink: BinaryIO) -> None:
        sink.write(b"PK\x03\x04" + minutes.meeting_date.isoformat().encode("ascii"))

    def export_to_directory(self, minutes: bigprotokoll.Minutes, directory: Path) -> Path:
        (directory / "package").mkdir()
        return directory / "package"


@pytest.fixture
def package_exporter(monkeypatch: pytest.MonkeyPatch) -> None:
    import bigprotokoll.cli as cli
    from bigprotokoll.json_exporter import JsonExporter
    from bigprotokoll.registry import Registry

    fakes = [_EntryPoint("pkg", "x:Package", _Package), _EntryPoint("json", "x:JsonExporter", JsonExporter)]
    monkeypatch.setattr(cli, "default_registry", lambda: Registry(fakes))


@pytest.mark.usefixtures("package_exporter")
def test_an_existing_package_is_never_written_over(tmp_path: Path, example: Path) -> None:
    """A package zip was replaced silently, exit 0; the input now fails, naming the file, and
    the other inputs are still written. Ordinary outputs are still written over."""
    other = tmp_path / "andra.txt"
    other.write_text(bigprotokoll.example_text().replace("2023-05-12", "2023-06-09"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "exempel.zip").write_bytes(b"the package already submitted")
    status, _, err = run("export", str(example), str(other), "-f", "pkg", "-o", str(out))
    assert status == 1
    assert err == (
        f"bigprotokoll: {example}: {out / 'exempel.zip'} already exists; remove it or choose another output folder "
        "(a package is never overwritten)\n"
    )
    assert (out / "exempel.zip").read_bytes() == b"the package already submitted"
    assert sorted(p.name for p in out.iterdir()) == ["andra.zip", "exempel.zip"]  # the other input written
    status, _, err = run("export", str(example), "-f", "pkg", "-o", str(out / "exempel.zip"))
    assert status == 1 and "already exists" in err
    (out / "exempel.json").write_text("old", encoding="utf-8")
    assert run("export", str(example), "-f", "json", "-o", str(out / "exempel.json"))[0] == 0
    assert (out / "exempel.json").read_text(encoding="utf-8") != "old"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-f", "nonesuch"], "exporter 'nonesuch': no exporter of this name is installed (installed: "),
        (["-f", "json", "-O", "colour=blue"], "exporter 'json': unknown option 'colour' (known: none)"),
        (["-f", "json", "-O", "colour"], "exporter 'json': option 'colour' is not key=value"),
        (["-f", "pkg", "-O", "signed=maybe"], "exporter 'pkg': option 'signed': bad value 'maybe'"),
    ],
)
@pytest.mark.usefixtures("package_exporter")
def test_an_unknown_exporter_or_a_bad_option_is_a_usage_error(
    tmp_path: Path, example: Path, argv: list[str], message: str
) -> None:
    """These exited 1, as a failed input does; the message is as it was."""
    status, _, err = run("export", str(example), *argv, "-o", str(tmp_path / "out"))
    assert status == 2
    assert err.startswith(f"bigprotokoll: {message}") and err.count("\n") == 1


@pytest.mark.usefixtures("package_exporter")
def test_a_bad_yes_no_value_lists_what_is_accepted(tmp_path: Path, example: Path) -> None:
    """It said "expected true or false", though yes/no/ja/nej/on/off/1/0 are taken too."""
    _, _, err = run("export", str(example), "-f", "pkg", "-O", "signed=maybe", "-o", str(tmp_path / "out"))
    assert "expected true/yes/ja/on/1 or false/no/nej/off/0, got 'maybe'" in err
    for word in ("ja", "OFF", "1"):
        assert run("export", str(example), "-f", "pkg", "-O", f"signed={word}", "-o", str(tmp_path / word))[0] == 0


@pytest.mark.usefixtures("package_exporter")
def test_an_output_folder_that_is_a_file_is_one_usage_line(tmp_path: Path, example: Path) -> None:
    """Several inputs (or --as-folder) and -o naming a file: 'cannot write afile/x.xml: File exists'
    once per input, and '[Errno 17] File exists: 'afile'' with --as-folder."""
    afile = tmp_path / "afile"
    afile.write_text("keep", encoding="utf-8")
    status, _, err = run("export", str(example), "--example", "-f", "json", "-o", str(afile))
    assert status == 2
    assert err == f"bigprotokoll export: {afile} is a file, not a folder; several inputs need an output folder: -o DIR\n"
    status, _, err = run("export", str(example), "-f", "pkg", "--as-folder", "-o", str(afile))
    assert status == 2
    assert err == f"bigprotokoll export: {afile} is a file, not a folder; --as-folder needs an output folder: -o DIR\n"
    status, _, err = run("export", str(example), "-f", "json", "-o", f"{afile}/")
    assert (status, err) == (2, f"bigprotokoll export: {afile} is a file, not a folder\n")
    assert afile.read_text(encoding="utf-8") == "keep"


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc, where no folder can be made")
@pytest.mark.usefixtures("package_exporter")
def test_an_output_folder_that_cannot_be_made_is_one_line_in_words(example: Path) -> None:
    """It was '[Errno 2] No such file or directory: '/proc/nope''."""
    status, _, err = run("export", str(example), "-f", "pkg", "--as-folder", "-o", "/proc/nope/")
    assert status == 1
    assert err == "bigprotokoll: cannot create the output folder /proc/nope: no such folder, and none can be made there\n"


def test_an_input_folder_that_cannot_be_read_is_one_line_in_words(
    tmp_path: Path, example: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It was 'bigprotokoll: [Errno 13] Permission denied: 'lockeddir'' (tests may run as root,
    who reads any folder: the refusal is simulated)."""
    import errno

    locked = tmp_path / "lockeddir"
    locked.mkdir()

    def refuse(self: Path) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refuse)
    status, _, err = run("export", str(locked), "-f", "json", "-o", str(tmp_path / "out"))
    assert (status, err) == (1, f"bigprotokoll: {locked}: cannot be read: permission denied\n")


class _Tty(io.StringIO):
    """A stdout on a terminal, with the binary buffer the export writes to."""

    def __init__(self, terminal: bool) -> None:
        super().__init__()
        self.terminal = terminal
        self.buffer = io.BytesIO()

    def isatty(self) -> bool:
        return self.terminal


@pytest.mark.usefixtures("package_exporter")
def test_binary_output_is_not_written_to_a_terminal(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A package's bytes went to the terminal; to a pipe they still go, and text goes anywhere."""
    terminal = _Tty(True)
    monkeypatch.setattr(sys, "stdout", terminal)
    status, _, err = run("export", str(example), "-f", "pkg")
    assert status == 2 and "-o" in err and "binary" in err and terminal.buffer.getvalue() == b""
    assert run("export", str(example), "-f", "json")[0] == 0 and terminal.buffer.getvalue().startswith(b"{")
    pipe = _Tty(False)
    monkeypatch.setattr(sys, "stdout", pipe)
    assert run("export", str(example), "-f", "pkg")[0] == 0 and pipe.buffer.getvalue().startswith(b"PK")


def test_validate_help_says_what_path_is() -> None:
    """PATH had no description; the packages are named after their inputs (not uuid-....zip)."""
    status, out, _ = run("validate", "--help")
    assert status == 0 and "sip/protokoll.zip" in out and "--as-folder" in out
    assert "uuid-....zip" not in run("--help")[1]


def test_the_texts_of_several_files_each_under_its_name(tmp_path: Path) -> None:
    from bigprotokoll import example_text

    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(example_text(), encoding="utf-8")
    second.write_text(example_text(), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["parse", "--format", "text", str(first), str(second)], out, err) == 0
    text = out.getvalue()
    assert text.startswith(f"==> {first} <==\n") and f"\n==> {second} <==\n" in text
    one = io.StringIO()
    assert main(["parse", "--format", "text", str(first)], one, io.StringIO()) == 0
    assert "==>" not in one.getvalue() and text.count(one.getvalue()) == 2


def test_a_reader_that_goes_away_ends_the_run_quietly() -> None:
    """`bigprotokoll parse ... | head`: the pipe closes; no error line, the status a shell gives."""

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

    err = io.StringIO()
    assert main(["parse", "--example"], Closed(), err) == 141
    assert err.getvalue() == ""


def test_check_reports_each_file_in_its_order(tmp_path: Path) -> None:
    """A folder with a bad file between good ones: its error line stands where the file does."""
    from bigprotokoll import example_text

    (tmp_path / "a.txt").write_text(example_text() + "\nMystisk rad utan plats\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(example_text() + "\nMystisk rad utan plats\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert main(["check", str(tmp_path)], out, err) == 1
    files = [line.split(":", 1)[0].rsplit("/", 1)[-1] for line in out.getvalue().splitlines()]
    assert files == sorted(files) and "b.txt" in files and files[0] == "a.txt" and files[-1] == "c.txt"
    assert "1 file not read" in err.getvalue()
