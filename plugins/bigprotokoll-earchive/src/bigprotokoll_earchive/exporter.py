"""The ``eark-sip`` exporter: one E-ARK SIP per meeting, as a zip or a folder."""

from __future__ import annotations

import datetime as dt
import hashlib
import warnings
from pathlib import Path
from typing import Any, BinaryIO, ClassVar

import attrs
import bigprotokoll
from bigprotokoll.errors import ExporterError, OptionError
from bigprotokoll.export import make_options
from bigprotokoll.model import Minutes
from bigprotokoll.registry import Registry, default_registry

from ._build import Derived, SourceInput, build_tree, package_id_for
from ._package import PackageTree, write_directory, write_zip, write_zip_file
from .errors import EarkSipError, MissingExporterWarning, SourceMismatchError, SourceNotSuppliedWarning
from .options import EarkSipOptions, resolve_created

__all__ = ["EarkSipExporter"]

#: The formats the documentation names, each its own plugin: one not installed leaves the
#: package without it, with a warning. Any other name must be an installed exporter.
_OPTIONAL_FORMATS = ("akn", "jsonld")


class EarkSipExporter:
    """E-ARK SIP 2.1.0 (FGS Paketstruktur 2.0) zip: source, JSON, AKN, JSON-LD, METS, PREMIS.

    ``export(minutes, sink, source_bytes=...)`` writes the zip; ``export_to_directory``
    writes the same package as a folder and ``export_to_zip_file`` as a zip file, both
    all-or-nothing. Pass the original file's bytes as ``source_bytes`` so the package
    holds them byte for byte; without them the text is re-rendered from the model (or,
    while rendering is unavailable, left out), with a :class:`SourceNotSuppliedWarning`.

    The creation time comes from the ``created`` option, else ``SOURCE_DATE_EPOCH``,
    else the clock (:func:`bigprotokoll_earchive.options.now`): with either of the
    first two, the same minutes give a byte-identical zip.
    """

    name: ClassVar[str] = "eark-sip"
    media_type: ClassVar[str] = "application/zip"
    file_extension: ClassVar[str] = ".zip"
    options_type: ClassVar[type] = EarkSipOptions

    def __init__(self, options: EarkSipOptions | None = None, *, registry: Registry | None = None) -> None:
        self.options = options or EarkSipOptions()
        self._registry = registry
        self._derived: list[tuple[str, Any]] | None = None
        self._missing: list[str] = []
        self._check_formats()

    # -- public API ---------------------------------------------------------------------

    def package_id(self, minutes: Minutes) -> str:
        """The OBJID (and root folder name) this exporter gives these minutes' package."""
        return package_id_for(minutes, self.options)

    def build(self, minutes: Minutes, *, source_bytes: bytes | None = None) -> PackageTree:
        """The package as an in-memory file tree (what the other methods write)."""
        return self._build(minutes, source_bytes, self._created())

    def _build(self, minutes: Minutes, source_bytes: bytes | None, created: dt.datetime) -> PackageTree:
        derived, missing = self._run_derived(minutes)
        source = self._source(minutes, source_bytes)
        return build_tree(minutes, self.options, created=created, source=source, derived=derived, missing=missing)

    def export(self, minutes: Minutes, sink: BinaryIO, *, source_bytes: bytes | None = None) -> None:
        """Write the package as a zip (one root folder named after the OBJID) to ``sink``."""
        created = self._created()  # read once: CREATEDATE and the zip times agree
        write_zip(self._build(minutes, source_bytes, created), sink, created)

    def export_to_directory(self, minutes: Minutes, directory: Path, *, source_bytes: bytes | None = None) -> Path:
        """Write the package as the folder ``directory/<OBJID>``; returns its path.

        Written under a hidden temporary name and renamed when complete; on failure
        nothing is left and :class:`~bigprotokoll_earchive.PackageWriteError` is raised.
        """
        return write_directory(self._build(minutes, source_bytes, self._created()), Path(directory))

    def export_to_zip_file(self, minutes: Minutes, path: Path, *, source_bytes: bytes | None = None) -> Path:
        """Write the zip to ``path`` all-or-nothing (temporary name, then rename)."""
        created = self._created()
        return write_zip_file(self._build(minutes, source_bytes, created), Path(path), created)

    # -- helpers ------------------------------------------------------------------------

    def _check_formats(self) -> None:
        """A name in ``formats`` that is no exporter (a typo: ``pdf``, ``jsnold``) is an option
        error now, not a package made without it; only the documented optional ones may be missing."""
        others = [name for name in self.options.format_names if name not in _OPTIONAL_FORMATS]
        if not others:  # the usual case: no need to look at what is installed
            return
        installed = (self._registry or default_registry()).names()
        unknown = [name for name in others if name not in installed]
        if unknown:
            known = sorted({*_OPTIONAL_FORMATS, *installed} - {"json", self.name})
            raise OptionError(
                f"formats: no exporter named {' or '.join(map(repr, unknown))} is installed (known: {', '.join(known)})",
                exporter=self.name,
                option="formats",
            )

    def _created(self) -> dt.datetime:
        try:
            return resolve_created(self.options)
        except ValueError as exc:
            raise EarkSipError(str(exc)) from exc

    def _exporters(self) -> list[tuple[str, Any]]:
        if self._derived is None:
            registry = self._registry or default_registry()
            found: list[tuple[str, Any]] = []
            # the package's identity options, for the exporters that take them: one IRI base
            # and one alias table for the whole package
            shared = {"base": self.options.base, "aliases": self.options.aliases}
            for name in self.options.format_names:
                try:
                    cls = registry.get(name)
                    options_type = cls.options_type
                    known = {f.name for f in attrs.fields(options_type)} if attrs.has(options_type) else set()
                    values = {key: value for key, value in shared.items() if key in known and value}
                    found.append((name, cls(make_options(cls, values))))
                except ExporterError as exc:
                    self._missing.append(f"{name} output ({exc.message})")
            self._derived = found
        return self._derived

    def _run_derived(self, minutes: Minutes) -> tuple[list[Derived], list[str]]:
        derived: list[Derived] = []
        for name, exporter in self._exporters():
            try:
                data = bigprotokoll.export_bytes(exporter, minutes)
            except ExporterError:
                raise
            except Exception as exc:  # a plugin's bug: name it rather than a bare traceback
                raise EarkSipError(f"exporter {name!r} failed inside the package: {type(exc).__name__}: {exc}") from exc
            derived.append(Derived(name, data, _safe_extension(exporter.file_extension), exporter.media_type))
        for what in self._missing:
            warnings.warn(
                MissingExporterWarning(f"E-ARK package without {what}; install the plugin to include it"),
                stacklevel=4,
            )
        return derived, list(self._missing)

    def _source(self, minutes: Minutes, source_bytes: bytes | None) -> SourceInput | None:
        name = minutes.source.name or "minutes.txt"
        if source_bytes is not None:
            expected = minutes.source.sha256
            if expected and hashlib.sha256(source_bytes).hexdigest().lower() != expected.lower():
                raise SourceMismatchError(
                    f"the source bytes given do not match the SHA-256 recorded when {name} was parsed; "
                    "pass the bytes of the file the minutes came from",
                    path=minutes.source.name,
                )
            return SourceInput(source_bytes, name, original=True, media_type=minutes.source.media_type)
        try:
            text = bigprotokoll.render(minutes)
        except NotImplementedError:
            warnings.warn(
                SourceNotSuppliedWarning(
                    "no source bytes given and the model cannot be rendered yet: the package holds no source text"
                ),
                stacklevel=5,
            )
            return None
        warnings.warn(
            SourceNotSuppliedWarning("no source bytes given: the package holds text re-rendered from the model"),
            stacklevel=4,
        )
        stem = name.rsplit(".", 1)[0] if "." in name else name
        return SourceInput(text.encode("utf-8"), f"{stem}.txt", original=False)


def _safe_extension(extension: str) -> str:
    cleaned = "".join(c for c in extension.lower() if c.isascii() and (c.isalnum() or c == "."))
    if not cleaned.startswith(".") or cleaned.count(".") > 2 or len(cleaned) > 16:
        return ".out"
    return cleaned
