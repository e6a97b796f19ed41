"""Stage 0e: a PDF document with a text layer -> the text the parser reads.

The text is what ``pdftotext -layout`` gives, taken with ``pypdf`` (an optional
dependency: ``pip install 'bigprotokoll[pdf]'``): each line of the page as it is printed
(without the spaces that place it), a wide gap between columns as a tab (the parser reads
a row's columns by it), a blank line where the page leaves vertical space (between
paragraphs). Pages follow each other
with a blank line, unless a sentence runs on from one page to the next (the last line ends
no sentence and the next page starts in lower case).

Guarantees: every character of the text layer is in the text, page by page; the page
headers and footers a PDF prints are lines of that text, which the parser sets aside as
furniture when it knows their kind (letterheads, page numbers, signature boxes). A scanned
PDF, which has no text layer, raises :class:`~bigprotokoll.errors.EmptyInputError` (it
needs text recognition first); an encrypted or damaged one, or a PDF when pypdf is not
installed, :class:`~bigprotokoll.errors.EncodingError` saying so.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from typing import Iterator

from ..errors import EmptyInputError, EncodingError
from .lines import ends_sentence

__all__ = ["COLUMN_GAP", "PDF_MEDIA_TYPE", "is_pdf", "read_pdf"]

PDF_MEDIA_TYPE = "application/pdf"


def is_pdf(data: bytes) -> bool:
    """True for bytes that start as a PDF file does."""
    return data.startswith(b"%PDF-")


def read_pdf(data: bytes, *, source_name: str | None = None) -> str:
    """The text of a PDF's pages, laid out as printed."""
    try:
        import pypdf
    except ImportError as exc:
        raise EncodingError(
            "this is a PDF document; reading one needs pypdf: pip install 'bigprotokoll[pdf]' "
            "(or extract its text first, e.g. with pdftotext -layout, and parse that)",
            path=source_name,
        ) from exc
    try:
        with _quiet(logging.getLogger("pypdf")):  # its warnings about damage go to the error, or nowhere
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not reader.decrypt(""):
                raise EncodingError("an encrypted PDF that needs a password; save an unlocked copy", path=source_name)
            pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    except EncodingError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many kinds for a damaged file: all are "damaged"
        raise EncodingError(f"a PDF that cannot be read ({type(exc).__name__}: {exc})", path=source_name) from exc
    text = _joined(_lines_of(page) for page in pages)
    if not text.strip():
        raise EmptyInputError(
            "the PDF has no text layer (a scanned document?); run text recognition (OCR) on it first",
            path=source_name,
        )
    return text


#: A gap between columns on a printed line: three spaces or more.
COLUMN_GAP = re.compile(
    r"""
    \x20{3,}    # the layout's spaces where the page leaves a wide gap
    """,
    re.VERBOSE,
)


def _lines_of(page: str) -> str:
    """A page's lines without the spaces that place them, column gaps as tabs, and without
    the empty lines above and below."""
    return "\n".join(COLUMN_GAP.sub("\t", line.strip(" ")) for line in page.split("\n")).strip("\n")


def _joined(pages: Iterator[str]) -> str:
    """The pages' text, each after the last with a blank line, or with a line break only
    where a sentence runs on: the last line ends no sentence, the next page starts in lower
    case."""
    text = ""
    for page in pages:
        if not page.strip():
            continue
        if text:
            last = text.rstrip().rsplit("\n", 1)[-1]
            text += "\n" if not ends_sentence(last) and page.lstrip()[:1].islower() else "\n\n"
        text += page
    return text


@contextlib.contextmanager
def _quiet(logger: logging.Logger) -> Iterator[None]:
    """No log records from ``logger`` or the loggers under it, and no warnings, while
    reading (pypdf reports each repair it makes to a damaged file)."""
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
