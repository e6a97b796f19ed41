"""bigprotokoll: Swedish meeting minutes (protokoll) into a faithful, typed model.

>>> import bigprotokoll
>>> minutes = bigprotokoll.parse_text(bigprotokoll.example_text())
>>> minutes.items[0].heading
'Mötets öppnande'

Exporters (canonical JSON built in; Akoma Ntoso, JSON-LD and E-ARK packages as plugins)
are found through the ``bigprotokoll.exporters`` entry-point group: see
:func:`get_exporter` and :func:`export_bytes`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .converter import dumps, loads, structure, unstructure
from .errors import (
    BigprotokollError,
    EmptyInputError,
    EncodingError,
    ExporterConflictError,
    ExporterError,
    ExporterLoadError,
    ExporterNotFoundError,
    InputError,
    NotMinutesError,
    OptionError,
    ValidationError,
)
from .export import Exporter, export_bytes, make_options
from .model import (
    Absentee,
    AgendaItem,
    Assignment,
    AttachmentRef,
    Attendee,
    Decision,
    Diagnostic,
    Distribution,
    Furniture,
    FurnitureKind,
    Minutes,
    NextMeeting,
    Outcome,
    Paragraph,
    Severity,
    Source,
    Subsection,
)
from . import parse as _parse
from .parse import decode_bytes
from .registry import GROUP, Registry, default_registry
from .render import render

__version__ = "0.1.0"


# The parser's entry points, here in Python: a compiled build (mypyc) keeps no docstrings or
# annotations for ``help()`` and ``inspect`` to show.


def parse_file(path: str | Path) -> Minutes:
    """Parse a minutes file of any format the parser reads (see :func:`parse_bytes`); its
    encoding is detected and recorded in ``minutes.source``.

    Raises :class:`InputError` (or a subclass) naming the file for a file that cannot be
    read or holds no minutes.
    """
    return _parse.parse_file(path)


def parse_bytes(data: bytes, *, source_name: str | None = None) -> Minutes:
    """Parse the bytes of a minutes file: text (UTF-8, UTF-16, cp1252 or Mac Roman,
    detected), a Word document (.docx, .doc), an OpenDocument text (.odt), an RTF document,
    an HTML page or a PDF (with pypdf installed); ``source.media_type`` says which it was.
    ``source_name`` names the file in errors and in ``minutes.source``."""
    return _parse.parse_bytes(data, source_name=source_name)


def parse_text(text: str, *, source_name: str | None = None) -> Minutes:
    """Parse minutes from text.

    Raises :class:`InputError` subclasses for text that holds no minutes (empty, no title
    or no meeting date); everything else is a result whose ``diagnostics`` say what the
    parser guessed or could not place, with their lines.
    """
    return _parse.parse_text(text, source_name=source_name)

__all__ = [
    "Absentee",
    "AgendaItem",
    "Assignment",
    "AttachmentRef",
    "Attendee",
    "BigprotokollError",
    "Decision",
    "Diagnostic",
    "Distribution",
    "EmptyInputError",
    "EncodingError",
    "Exporter",
    "ExporterConflictError",
    "ExporterError",
    "ExporterLoadError",
    "ExporterNotFoundError",
    "Furniture",
    "FurnitureKind",
    "GROUP",
    "InputError",
    "Minutes",
    "NextMeeting",
    "NotMinutesError",
    "OptionError",
    "Outcome",
    "Paragraph",
    "Registry",
    "Severity",
    "Source",
    "Subsection",
    "ValidationError",
    "__version__",
    "decode_bytes",
    "default_registry",
    "dumps",
    "example_path",
    "example_text",
    "export_bytes",
    "get_exporter",
    "loads",
    "make_options",
    "parse_bytes",
    "parse_file",
    "parse_text",
    "render",
    "structure",
    "unstructure",
]


def get_exporter(name: str, **options: Any) -> Exporter:
    """An instance of the installed exporter ``name`` with typed or string options."""
    cls = default_registry().get(name)
    return cls(make_options(cls, options))


def example_path() -> str:
    """Path of the bundled fictional example minutes (for trying the library out)."""
    from importlib.resources import files

    return str(files("bigprotokoll") / "examples" / "exempel.txt")


def example_text() -> str:
    """The bundled fictional example minutes as text."""
    from importlib.resources import files

    return (files("bigprotokoll") / "examples" / "exempel.txt").read_text(encoding="utf-8")
