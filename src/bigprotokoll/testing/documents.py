"""Minutes text as a document of each kind the parser reads, by file suffix.

    from bigprotokoll.testing.documents import OF_TEXT
    for suffix, build in OF_TEXT.items():
        data = build(text)  # parses to the same minutes as the text
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Mapping

from .doc import doc_of_text
from .html import html_of_text
from .odt import odt_of_text
from .pdf import pdf_of_text
from .rtf import rtf_of_text
from .word import docx_of_text

__all__ = ["OF_TEXT", "WRITERS", "written_documents"]

#: Suffix -> the builder of such a document from plain minutes text (PDF: cp1252 text only).
OF_TEXT: Mapping[str, Callable[[str], bytes]] = {
    ".docx": docx_of_text,
    ".doc": doc_of_text,
    ".odt": odt_of_text,
    ".rtf": rtf_of_text,
    ".html": html_of_text,
    ".pdf": pdf_of_text,
}


#: The folders of the core's test fixtures that hold documents real writers made: Word
#: (python-docx), LibreOffice and pandoc, of every kind the parser reads.
WRITERS = ("word", "libreoffice", "pandoc")


def written_documents(fixtures: Path) -> list[Path]:
    """The documents under ``fixtures`` (the core's ``tests/fixtures``) that :data:`WRITERS`
    wrote, sorted; not the scripts that made them. None where the folders are missing."""
    return sorted(
        path
        for folder in WRITERS
        if (fixtures / folder).is_dir()
        for path in (fixtures / folder).iterdir()
        if path.suffix not in (".sh", ".py")
    )
