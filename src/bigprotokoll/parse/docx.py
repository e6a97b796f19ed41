"""Stage 0b: a Word document (.docx) -> the text the parser reads, and its page furniture.

Minutes are written in Word; this reads the document itself rather than asking for a text
export. The text is what a Word-to-Markdown conversion gives, the layout the parser
already knows from such conversions: one paragraph a line with a blank line between,
headings as ``#`` lines (``Heading 2`` / ``Rubrik 2`` -> ``## ...``), a table row as its
cells separated by tabs, a list paragraph with its number or bullet as Word shows it
(``1.``, ``a)``, ``-``). A line break inside a paragraph stays a line break.

Guarantees: every character of the body's text (runs, tabs, breaks, hyperlinks, content
controls, text boxes, tracked insertions) is in the text, in document order, followed by
the footnotes and endnotes; tracked deletions and field codes are not (Word does not show
them). The page headers' and footers' text is returned as furniture lines. Comments are
reviewers' notes, not the minutes: they are not read. Anything that is no Word document
raises :class:`~bigprotokoll.errors.EncodingError` naming the file and what is wrong with
it; a document without text, :class:`~bigprotokoll.errors.EmptyInputError`.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Iterator

from lxml import etree

from ..errors import EmptyInputError, EncodingError
from .office import ZIP_ERRORS, DocumentText, ListLevel, ListNumbers, heading_level, read_parts, strong

__all__ = ["DOCX_MEDIA_TYPE", "is_docx", "read_docx"]

#: The media type of a Word document.
DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCUMENT = "word/document.xml"
#: Heading styles (``Heading2``, Swedish ``Rubrik2``) and the title style.
#: What a run holds that is not text: a tab or a line break, as the text writes them.
_RUN_MARKS = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
#: Content Word does not show: deleted and moved-away text, field codes, properties, and
#: the fallback copy of a text box that a drawing already holds (markup compatibility).
_HIDDEN = frozenset(
    f"{_W}{name}" for name in ("del", "moveFrom", "instrText", "delText", "delInstrText", "pPr", "rPr", "fldChar")
) | {"{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
#: Parts that hold the list numbering, the page headers and the page footers.
_NUMBERING = "word/numbering.xml"
_STYLES = "word/styles.xml"
_NOTES = ("word/footnotes.xml", "word/endnotes.xml")
_HEX = frozenset("0123456789abcdefABCDEF")
_HEADER_PART = re.compile(r"^word/header\d*\.xml$")
_FOOTER_PART = re.compile(r"^word/footer\d*\.xml$")


def is_docx(data: bytes) -> bool:
    """True for a zip archive holding ``word/document.xml`` (a Word document)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _DOCUMENT in archive.namelist()
    except ZIP_ERRORS:
        return False


def read_docx(data: bytes, *, source_name: str | None = None) -> DocumentText:
    """The text and page furniture of a Word document's bytes."""
    document, parts = read_parts(data, source_name, document="Word document", main=_DOCUMENT, wanted=_wanted)
    body = document.find(f"{_W}body")
    if body is None:
        raise EncodingError(f"a Word document without a body ({_DOCUMENT} has no w:body)", path=source_name)
    blocks = list(_blocks(body, _Styles(parts.get(_NUMBERING), parts.get(_STYLES))))
    for name in _NOTES:  # footnotes and endnotes follow the body, in their order
        for note in parts.get(name, ()):
            if note.get(f"{_W}type") in (None, "normal"):  # not the separator lines
                blocks += _blocks(note, _Styles(None))
    text = "\n\n".join(blocks)
    if not text.strip():
        raise EmptyInputError("the Word document holds no text; expected minutes", path=source_name)
    headers = [part for name, part in parts.items() if _HEADER_PART.match(name)]
    footers = [part for name, part in parts.items() if _FOOTER_PART.match(name)]
    return DocumentText(text, _lines(headers), _lines(footers))


def _wanted(name: str) -> bool:
    return name in (_NUMBERING, _STYLES, *_NOTES) or bool(_HEADER_PART.match(name) or _FOOTER_PART.match(name))


def _lines(parts: list[etree._Element]) -> tuple[str, ...]:
    """The non-empty lines of page header or footer parts."""
    blocks = (block for part in parts for block in _blocks(part, _Styles(None), headings=False))
    return tuple(line.strip() for block in blocks for line in block.splitlines() if line.strip())


def _blocks(container: etree._Element, styles: _Styles, *, headings: bool = True) -> Iterator[str]:
    """The text of each paragraph and table row in ``container``, in order (empty ones left
    out); ``headings=False`` inside a table cell, where a heading style marks no heading."""
    for child in container:
        tag = child.tag
        if tag == f"{_W}p":
            text = _paragraph(child, styles, headings)
            if text.strip():
                yield text
        elif tag == f"{_W}tbl":
            yield from _rows(child, styles)
        elif tag == f"{_W}sdt":  # a content control: its content is ordinary blocks
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content, styles, headings=headings)


def _rows(table: etree._Element, styles: _Styles) -> Iterator[str]:
    for row in table.iterfind(f"{_W}tr"):  # a table inside a cell comes with the cell's blocks
        cells = [
            " ".join(" ".join(_blocks(cell, styles, headings=False)).split())
            for cell in row
            if cell.tag == f"{_W}tc"
        ]
        if any(cells):
            yield "\t".join(cells)


def _paragraph(paragraph: etree._Element, styles: _Styles, headings: bool = True) -> str:
    text = "".join(_runs(paragraph))
    if not text.strip():
        return text
    properties = paragraph.find(f"{_W}pPr")
    style = properties.find(f"{_W}pStyle") if properties is not None else None
    name = (style.get(f"{_W}val") or "") if style is not None else ""
    level = heading_level(name) if headings else None
    # a heading too may be numbered: "§ 31"
    mark = styles.mark(properties.find(f"{_W}numPr"), name) if properties is not None else ""
    if mark:
        text = f"{mark} {text.lstrip()}"
    elif not level and headings and styles.in_bold(paragraph, name):
        return strong(text)  # notes that head their items in bold: "**Ekonomi**"
    return f"{'#' * level} {text.strip()}" if level else text


def _runs(element: etree._Element) -> Iterator[str]:
    """The shown text under ``element``, in document order."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _HIDDEN:
            continue
        if tag == f"{_W}t":
            yield child.text or ""
        elif tag in _RUN_MARKS:
            yield _RUN_MARKS[tag]
        elif tag == f"{_W}sym":  # a symbol font's character (Wingdings' check mark): its code, as Word keeps it
            code = child.get(f"{_W}char") or ""
            value = int(code, 16) if 0 < len(code) <= 4 and all(c in _HEX for c in code) else 0
            if value >= 0x20 and not 0xD800 <= value <= 0xDFFF:  # no control character, no half of a pair
                yield chr(value)
        else:  # runs, hyperlinks, insertions, smart tags, simple fields: their text is inside
            yield from _runs(child)


class _Styles:
    """What the document's lists and styles add to its paragraphs: the numbers Word shows
    before list paragraphs (:class:`~.office.ListNumbers`), and which paragraphs are set in
    bold. A paragraph is in a list by its own properties or by its style's ("List Number");
    a run is bold by its own properties, else by its character style's, else by its
    paragraph style's."""

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None = None) -> None:
        self.lists = _lists(numbering) if numbering is not None else {}
        self.style_lists = _style_lists(styles) if styles is not None else {}
        self.bold = _bold_styles(styles) if styles is not None else {}
        self.numbers = ListNumbers()

    def in_bold(self, paragraph: etree._Element, style: str) -> bool:
        """True when every run with words in the paragraph (of paragraph style ``style``) is bold."""
        default = self.bold.get(style, False)
        for run in paragraph.iter(f"{_W}r"):
            if not "".join(t.text or "" for t in run.iterfind(f"{_W}t")).strip():
                continue
            bold = default
            properties = run.find(f"{_W}rPr")
            if properties is not None:
                character = _val(properties, "rStyle")
                bold = self.bold.get(character, bold) if character else bold
                own = properties.find(f"{_W}b")
                bold = _on(own) if own is not None else bold
            if not bold:
                return False
        return True

    def mark(self, numbering: etree._Element | None, style: str = "") -> str:
        if numbering is None:
            numbering = self.style_lists.get(style)
        if numbering is None:
            return ""
        num_id, ilvl = _val(numbering, "numId") or "", _val(numbering, "ilvl") or "0"
        if num_id == "0":  # numbering switched off for this paragraph
            return ""
        return self.numbers.mark(num_id, int(ilvl) if ilvl.isdigit() else 0, self.lists.get(num_id, {}))


def _lists(numbering: etree._Element) -> dict[str, dict[int, ListLevel]]:
    """numId -> its levels (number format, level text such as "%1.", start) from numbering.xml."""
    abstract = {
        a.get(f"{_W}abstractNumId"): {
            int(ilvl): ListLevel(
                _val(lvl, "numFmt") or "decimal",
                _val(lvl, "lvlText") or "",
                int(start) if (start := _val(lvl, "start") or "").isdigit() else 1,
            )
            for lvl in a.iter(f"{_W}lvl")
            if (ilvl := lvl.get(f"{_W}ilvl") or "0").isdigit()
        }
        for a in numbering.iter(f"{_W}abstractNum")
    }
    return {
        num.get(f"{_W}numId") or "": abstract.get(_val(num, "abstractNumId"), {})
        for num in numbering.iter(f"{_W}num")
    }


def _style_lists(styles: etree._Element) -> dict[str, etree._Element]:
    """Style id -> the list (numPr) its paragraphs are in, inherited through basedOn."""
    return _inherited(styles, f"{_W}pPr/{_W}numPr")


def _bold_styles(styles: etree._Element) -> dict[str, bool]:
    """Style id -> whether its text is bold (``w:b`` in its run properties), inherited
    through basedOn; styles that say neither are left out."""
    return {name: _on(found) for name, found in _inherited(styles, f"{_W}rPr/{_W}b").items()}


def _inherited(styles: etree._Element, path: str) -> dict[str, etree._Element]:
    """Style id -> the element at ``path`` in the style or the nearest style it is based on
    (basedOn); styles where none has it are left out."""
    own = {s.get(f"{_W}styleId") or "": s for s in styles.iterfind(f"{_W}style")}
    found_in: dict[str, etree._Element] = {}
    for name in own:
        style: etree._Element | None = own[name]
        for _ in range(10):  # basedOn, a few levels deep at most (a loop of them ends too)
            if style is None:
                break
            found = style.find(path)
            if found is not None:
                found_in[name] = found
                break
            based = _val(style, "basedOn")
            style = own.get(based) if based else None
    return found_in


def _on(toggle: etree._Element) -> bool:
    """A toggle property's value (``<w:b/>``, ``<w:b w:val="0"/>``): on unless it says off."""
    return (toggle.get(f"{_W}val") or "true").lower() not in ("0", "false", "off")


def _val(element: etree._Element, child: str) -> str | None:
    found = element.find(f"{_W}{child}")
    return found.get(f"{_W}val") if found is not None else None
