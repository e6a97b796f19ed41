"""Stage 0e: a PDF document with a text layer -> the text the parser reads.

The text is what ``pdftotext -layout`` gives, taken with ``pypdf`` (an optional
dependency: ``pip install 'bigprotokoll[pdf]'``): each line of the page as it is printed
(without the spaces that place it), a wide gap between columns as a tab (the parser reads
a row's columns by it), a blank line where the page leaves vertical space (between
paragraphs), or, where the page leaves none, after a line that ends a sentence though the
next line's first word would have fitted on it, before a word-wrapped line. Pages follow each other
with a blank line, unless a sentence runs on from one page to the next (the last line ends
no sentence and the next page starts in lower case).

Running heads and feet, the lines at the top or foot of the pages that repeat on most of
them (page numbers and dates aside: ``Trygghetsrådet<TAB>Sida 2 (5)``), are furniture,
not text; but a head that reads as the title stays text on the first page (the minutes'
title may be what each page repeats).

Guarantees: every character of the text layer is in the text or in the furniture lines,
page by page; other page furniture (a page number alone, a letterhead) stays in the text,
for the parser to set aside as it does in any text. A scanned
PDF, which has no text layer, raises :class:`~bigprotokoll.errors.EmptyInputError` (it
needs text recognition first); an encrypted or damaged one, or a PDF when pypdf is not
installed, :class:`~bigprotokoll.errors.EncodingError` saying so.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import threading
import warnings
from typing import Iterator

from ..errors import EmptyInputError, EncodingError
from .header import TITLE
from .lines import ends_sentence
from .office import DocumentText

__all__ = ["COLUMN_GAP", "PDF_MEDIA_TYPE", "is_pdf", "read_pdf"]

PDF_MEDIA_TYPE = "application/pdf"


def is_pdf(data: bytes) -> bool:
    """True for bytes that start as a PDF file does."""
    return data.startswith(b"%PDF-")


def read_pdf(data: bytes, *, source_name: str | None = None) -> DocumentText:
    """The text of a PDF's pages, laid out as printed, and its running heads and feet."""
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
    lines = [_lines_of(_LIGATURE.sub(_letters, page) if _LIGATURE.search(page) else page).split("\n") for page in pages]
    heads, feet = _running(lines, top=True), _running(lines, top=False)
    headers = [lines[p][i] for p, i in sorted(heads)]
    footers = [lines[p][i] for p, i in sorted(feet)]
    text = _joined(
        "\n".join(line for i, line in enumerate(page) if (p, i) not in heads and (p, i) not in feet).strip("\n")
        for p, page in enumerate(lines)
    )
    if not text.strip():
        raise EmptyInputError(
            "the PDF has no text layer (a scanned document?); run text recognition (OCR) on it first",
            path=source_name,
        )
    return DocumentText(text, tuple(line.strip() for line in headers), tuple(line.strip() for line in footers))


#: A typographic ligature, one character in the text of PDFs set with them ("ﬁck" for
#: "fick"): the letters it stands for, so the words read as typed (compared case-folded,
#: as the word checks do, they are the same words).
_LIGATURE = re.compile("[\ufb00-\ufb06]")
_LIGATURE_LETTERS = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}


def _letters(found: re.Match[str]) -> str:
    return _LIGATURE_LETTERS[found.group(0)]


#: Lines at a page's top or foot looked at for running heads and feet.
_EDGE = 3
#: Digits, which change from page to page in a running head ("Sida 2 (5)").
_DIGITS = re.compile(r"\d+")


def _running(pages: list[list[str]], *, top: bool) -> set[tuple[int, int]]:
    """(page, line) of the running heads (``top``) or feet: among the first or last few
    lines with text of each page, those that stand, digits aside, on two pages or more and
    on half of them at least; not a title on the first page."""
    if len(pages) < 2:
        return set()
    edges: list[list[tuple[int, str]]] = []
    for page in pages:
        filled = [(i, _DIGITS.sub("#", line)) for i, line in enumerate(page) if line.strip()]
        edges.append(filled[:_EDGE] if top else filled[-_EDGE:])
    counts: dict[str, int] = {}
    for edge in edges:
        for key in {key for _, key in edge}:
            counts[key] = counts.get(key, 0) + 1
    repeated = {key for key, count in counts.items() if count >= 2 and 2 * count >= len(pages)}
    return {
        (p, i)
        for p, edge in enumerate(edges)
        for i, key in edge
        if key in repeated and not (top and p == 0 and TITLE.search(pages[p][i]))
    }


#: A gap between columns on a printed line: three spaces or more.
COLUMN_GAP = re.compile(
    r"""
    \x20{3,}    # the layout's spaces where the page leaves a wide gap
    """,
    re.VERBOSE,
)


def _lines_of(page: str) -> str:
    """A page's lines without the spaces that place them, column gaps as tabs, and without
    the empty lines above and below; a blank line after a paragraph's last line where the
    page leaves no space between paragraphs (:func:`_paragraph_ends`)."""
    printed = page.split("\n")
    ends = _paragraph_ends(printed)
    lines = []
    for i, line in enumerate(printed):
        lines.append(_GLUED_NUMBER.sub(r"\1 ", COLUMN_GAP.sub("\t", line.strip(" "))))
        if i in ends:
            lines.append("")
    return "\n".join(lines).strip("\n")


#: A list number glued to its text ("II.Skadegörelse"): the layout drops the gap after a
#: wide number where the text starts at a tab stop close to it.
_GLUED_NUMBER = re.compile(r"^((?:\d{1,3}|[IVX]{1,6})[.)])(?=[A-ZÅÄÖ][a-zåäö])")
#: What a paragraph's last line ends with.
_PARAGRAPH_END = (".", "!", "?", ".”", '."', ".)")
#: Room to spare on a line before the next word counts as fitting on it (the layout's
#: characters stand for a proportional font's letters, a little wider or narrower).
_SLACK = 3


def _paragraph_ends(printed: list[str]) -> set[int]:
    """The lines of a page that end a paragraph with no space after it (a document whose
    paragraphs have none between them): a line of prose that ends a sentence where the next
    line's first word would have fitted on it (no word wrap broke it there), followed by a
    paragraph of prose that starts as a sentence does, fills its first line and goes on in
    lower case on the next (so that the line is no line break before a line of its own). The right edge is the widest line's;
    lines with column gaps (table rows) are no prose."""
    prose = {i: line.rstrip() for i, line in enumerate(printed) if line.strip() and not COLUMN_GAP.search(line.strip())}
    right = max((len(line) for line in prose.values()), default=0)
    ends = set()
    for i, line in prose.items():
        following = prose.get(i + 1)
        if following is None or i + 2 not in prose or not line.endswith(_PARAGRAPH_END):
            continue
        word, word_after = following.split()[0], prose[i + 2].split()[0]
        starts_sentence = word[:1].isupper() or word[:1].isdigit()
        broken_short = len(line) + 1 + len(word) + _SLACK <= right  # the next word would have fitted
        # the next line was full, and broken inside its sentence: the one after goes on with it
        wrapped = right <= len(following) + len(word_after) + _SLACK and word_after[:1].islower()
        if starts_sentence and broken_short and wrapped:
            ends.add(i)
    return ends


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


_quiet_lock = threading.Lock()
_quiet_readers = 0  # how many reads are quieting pypdf's logger now (threads may overlap)
_quiet_level = logging.NOTSET  # its level before the first of them


@contextlib.contextmanager
def _quiet(logger: logging.Logger) -> Iterator[None]:
    """No log records from ``logger`` or the loggers under it, and no warnings, while
    reading (pypdf reports each repair it makes to a damaged file); the logger's level is
    back as it was when the last of overlapping reads ends."""
    global _quiet_readers, _quiet_level
    with _quiet_lock:
        if _quiet_readers == 0:
            _quiet_level = logger.level
            logger.setLevel(logging.CRITICAL + 1)
        _quiet_readers += 1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        with _quiet_lock:
            _quiet_readers -= 1
            if _quiet_readers == 0:
                logger.setLevel(_quiet_level)
