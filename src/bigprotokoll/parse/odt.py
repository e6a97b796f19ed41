"""Stage 0c: an OpenDocument text (.odt, LibreOffice) -> the text the parser reads, and its
page furniture, as :mod:`.docx` does for Word documents.

The same text a conversion to Markdown gives: one paragraph a line with a blank line
between, headings as ``#`` lines by their outline level, a table row as its cells
separated by tabs, a list item with the number or bullet its list style shows (``1.``,
``a)``, ``-``). Runs of spaces (``text:s``), tabs and line breaks are kept.

Guarantees: every character of the body's text is in the text, in document order,
followed by the notes (footnotes, endnotes); deleted text kept for tracked changes is
not (the document does not show it). The page headers' and footers' text (in
``styles.xml``) is returned as furniture lines. Anything that is no OpenDocument text
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
from .office import ZIP_ERRORS, DocumentText, letters, read_parts, roman, strong

__all__ = ["ODT_MEDIA_TYPE", "is_odt", "read_odt"]

#: The media type of an OpenDocument text, which its ``mimetype`` entry holds.
ODT_MEDIA_TYPE = "application/vnd.oasis.opendocument.text"

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FONT_WEIGHT = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}font-weight"
_CONTENT = "content.xml"
_STYLES = "styles.xml"
#: Content not read where it stands: the deleted text that tracked changes keep and
#: comments (not shown), and a note's body (read after the body; its citation, "1", stays).
_HIDDEN = frozenset({f"{_TEXT}tracked-changes", f"{_TEXT}note-body", f"{_OFFICE}annotation"})


def is_odt(data: bytes) -> bool:
    """True for a zip archive whose ``mimetype`` says OpenDocument text."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read("mimetype").strip() == ODT_MEDIA_TYPE.encode()
    except (KeyError, *ZIP_ERRORS):
        return False


def read_odt(data: bytes, *, source_name: str | None = None) -> DocumentText:
    """The text and page furniture of an OpenDocument text's bytes."""
    content, parts = read_parts(
        data, source_name, document="OpenDocument text", main=_CONTENT, wanted=lambda name: name == _STYLES
    )
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise EncodingError(f"an OpenDocument without text ({_CONTENT} has no office:text)", path=source_name)
    styles_part = parts.get(_STYLES)
    styles = _Styles(content, styles_part)
    blocks = list(_blocks(body, styles, 0))
    for note in body.iter(f"{_TEXT}note-body"):  # footnotes and endnotes follow the body
        blocks += _blocks(note, styles, 0)
    text = "\n\n".join(blocks)
    if not text.strip():
        raise EmptyInputError("the OpenDocument text holds no text; expected minutes", path=source_name)
    headers, footers = _page_lines(styles_part, styles)
    return DocumentText(text, headers, footers)


def _page_lines(styles_part: etree._Element | None, styles: _Styles) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The non-empty lines of the master pages' headers and footers."""
    if styles_part is None:
        return (), ()
    found: dict[str, list[str]] = {"header": [], "footer": []}
    for page in styles_part.iter(f"{_STYLE}master-page"):
        for kind in found:
            for part in page.iter(f"{_STYLE}{kind}", f"{_STYLE}{kind}-first", f"{_STYLE}{kind}-left"):
                blocks = _blocks(part, styles, 0, headings=False)
                found[kind] += [line.strip() for block in blocks for line in block.splitlines() if line.strip()]
    return tuple(found["header"]), tuple(found["footer"])


def _blocks(
    container: etree._Element, styles: _Styles, depth: int, *, headings: bool = True, style: str = ""
) -> Iterator[str]:
    """The text of each heading, paragraph, list item and table row, in order (empty ones
    left out); ``depth`` is the list nesting and ``style`` the list style around,
    ``headings=False`` inside a table cell."""
    for child in container:
        tag = child.tag
        if tag == f"{_TEXT}p" or tag == f"{_TEXT}h":
            text = "".join(_inline(child))
            level = child.get(f"{_TEXT}outline-level")
            if tag == f"{_TEXT}h" and headings and text.strip():
                yield f"{'#' * min(int(level) if level and level.isdigit() else 1, 6)} {text.strip()}"
            elif headings and text.strip() and child.get(f"{_TEXT}style-name") in styles.titles:
                yield f"# {text.strip()}"  # the document's title, as Word's Title style reads
            elif text.strip():
                # notes that head their items in bold: "**Ekonomi**"
                yield strong(text) if headings and styles.in_bold(child) else text
        elif tag == f"{_TEXT}list":
            yield from _list(child, styles, depth, headings, style)
        elif tag == f"{_TABLE}table":
            yield from _rows(child, styles)
        elif tag in (f"{_TEXT}section", f"{_TEXT}index-body"):
            yield from _blocks(child, styles, depth, headings=headings, style=style)


def _list(element: etree._Element, styles: _Styles, depth: int, headings: bool, style: str) -> Iterator[str]:
    """A list's items, each with its mark; a nested list takes its style from the list it is
    in unless it names one, and counts on from the last list of its style when it says so."""
    style = element.get(f"{_TEXT}style-name") or style
    continues = element.get(f"{_TEXT}continue-numbering") == "true" or element.get(f"{_TEXT}continue-list") is not None
    counter = styles.last.get((style, depth), 0) if continues else styles.start(style, depth) - 1
    for item in element:
        if item.tag not in (f"{_TEXT}list-item", f"{_TEXT}list-header"):
            continue
        start = item.get(f"{_TEXT}start-value") or ""
        counter = int(start) if start.isdigit() and int(start) < 100_000 else counter + 1
        styles.last[(style, depth)] = counter
        # the mark goes before the item's own paragraph; an item that opens with a nested
        # list has the nested list's marks
        own = len(item) > 0 and item[0].tag in (f"{_TEXT}p", f"{_TEXT}h") and item.tag == f"{_TEXT}list-item"
        mark = styles.mark(style, depth, counter) if own else ""
        heading = headings and own and item[0].tag == f"{_TEXT}h"  # a numbered heading: "## § 31 Öppnande"
        for at, block in enumerate(_blocks(item, styles, depth + 1, headings=headings, style=style)):
            if at == 0 and mark:
                hashes, _, text = block.partition(" ") if heading else ("", "", block)
                block = f"{hashes} {mark} {text.lstrip()}".lstrip(" ")
            yield block


#: Groups of a table's rows (a table inside a cell comes with the cell's blocks).
_ROW_GROUPS = frozenset({f"{_TABLE}table-header-rows", f"{_TABLE}table-rows", f"{_TABLE}table-row-group"})


def _table_rows(container: etree._Element) -> Iterator[etree._Element]:
    for child in container:
        if child.tag == f"{_TABLE}table-row":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from _table_rows(child)


def _rows(table: etree._Element, styles: _Styles) -> Iterator[str]:
    for row in _table_rows(table):
        cells = [
            " ".join(" ".join(_blocks(cell, styles, 0, headings=False)).split())
            for cell in row
            if cell.tag == f"{_TABLE}table-cell"
        ]
        if any(cells):
            yield "\t".join(cells)


#: White space in a paragraph's text: one space however much is written (ODF 1.2, 6.1.2);
#: more spaces, tabs and line breaks are elements of their own.
_WHITE_SPACE = re.compile(r"[ \t\r\n]+")


def _inline(element: etree._Element) -> Iterator[str]:
    """The shown text of a paragraph or heading, in document order."""
    if element.text:
        yield _WHITE_SPACE.sub(" ", element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in _HIDDEN:
            if tag == f"{_TEXT}s":
                count = child.get(f"{_TEXT}c") or "1"
                yield " " * (int(count) if count.isdigit() and int(count) < 1000 else 1)
            elif tag == f"{_TEXT}tab":
                yield "\t"
            elif tag == f"{_TEXT}line-break":
                yield "\n"
            else:  # spans, links, note citations, fields: their text is inside
                yield from _inline(child)
        if child.tail:
            yield _WHITE_SPACE.sub(" ", child.tail)


class _Styles:
    """What the document's styles say of its paragraphs: the mark a list style shows before
    an item (its number, ``1.``, ``a)``, ``iv.``, or ``-``), which paragraph styles are the
    title's, and which paragraphs are set in bold."""

    def __init__(self, content: etree._Element, styles: etree._Element | None) -> None:
        # (style, level) -> (format, prefix, suffix, letters synchronised: "aa, bb" after "z")
        self.levels: dict[tuple[str, int], tuple[str, str, str, bool]] = {}
        self.starts: dict[tuple[str, int], int] = {}  # (style, level) -> its first number, when not 1
        self.display_levels: dict[tuple[str, int], int] = {}  # (style, level) -> how many levels' numbers it shows
        #: The paragraph styles of the document's title: "Title" and the automatic styles on it.
        self.titles = {"Title"} | {
            style.get(f"{_STYLE}name") or ""
            for style in content.iter(f"{_STYLE}style")
            if style.get(f"{_STYLE}parent-style-name") == "Title"
        }
        self.last: dict[tuple[str, int], int] = {}  # (style, level) -> the last number given
        self.bold = _bold_styles(content, styles)
        for root in (styles, content):
            if root is None:
                continue
            for style in root.iter(f"{_TEXT}list-style"):
                name = style.get(f"{_STYLE}name") or ""
                for level in style:
                    depth = level.get(f"{_TEXT}level") or "1"
                    if level.tag == f"{_TEXT}list-level-style-number" and depth.isdigit():
                        self.levels[(name, int(depth) - 1)] = (
                            level.get(f"{_STYLE}num-format") or "",
                            level.get(f"{_STYLE}num-prefix") or "",
                            level.get(f"{_STYLE}num-suffix") or "",
                            level.get(f"{_STYLE}num-letter-sync") == "true",
                        )
                        start = level.get(f"{_TEXT}start-value") or ""
                        if start.isdigit() and int(start) < 100_000:
                            self.starts[(name, int(depth) - 1)] = int(start)
                        shown = level.get(f"{_TEXT}display-levels") or ""
                        if shown.isdigit() and 1 < int(shown) <= 10:
                            self.display_levels[(name, int(depth) - 1)] = int(shown)

    def in_bold(self, paragraph: etree._Element) -> bool:
        """True when all the words of the paragraph are bold, by its style or its spans'."""
        bold = self.bold.get(("paragraph", paragraph.get(f"{_TEXT}style-name") or ""), False)
        return self._in_bold(paragraph, bold)

    def _in_bold(self, element: etree._Element, bold: bool) -> bool:
        if not bold and element.text and element.text.strip():
            return False
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _HIDDEN:
                name = child.get(f"{_TEXT}style-name")
                inner = self.bold.get(("text", name), bold) if name else bold
                if not self._in_bold(child, inner):
                    return False
            if not bold and child.tail and child.tail.strip():
                return False
        return True

    def start(self, style: str, depth: int) -> int:
        """The number a list of ``style`` starts at on level ``depth``."""
        return self.starts.get((style, depth), 1)

    def mark(self, style: str, depth: int, value: int) -> str:
        """The mark of the item numbered ``value`` at ``depth``: with the numbers of the
        levels above it when its level shows them (``display-levels``: "1.2.")."""
        _, prefix, suffix, _ = self.levels.get((style, depth), ("", "", "", False))
        number = self._number(style, depth, value)
        if number is None:
            return "-"
        shown = self.display_levels.get((style, depth), 1)
        above = [self._number(style, level, self.last.get((style, level), 0)) for level in range(max(0, depth - shown + 1), depth)]
        numbers = [number] if None in above else [n for n in above if n is not None] + [number]
        return f"{prefix}{'.'.join(numbers)}{suffix}".strip() or "-"

    def _number(self, style: str, depth: int, value: int) -> str | None:
        """``value`` in the number format of the style's level; None for one not read."""
        form, _, _, sync = self.levels.get((style, depth), ("", "", "", False))
        number: str | None
        if form == "1":
            number = str(value)
        elif form in ("a", "A"):
            number = letters(value, repeat=sync)
        elif form in ("i", "I"):
            number = roman(value)
        else:
            return None
        return number.upper() if number is not None and form.isupper() else number


def _bold_styles(content: etree._Element, styles: etree._Element | None) -> dict[tuple[str, str], bool]:
    """(family, style name) -> whether its text is bold (``fo:font-weight``), inherited
    from its parent styles; styles that say neither are left out."""
    own = {
        (style.get(f"{_STYLE}family") or "", style.get(f"{_STYLE}name") or ""): style
        for root in (styles, content)  # the automatic styles of the content last
        if root is not None
        for style in root.iter(f"{_STYLE}style")
    }
    bold: dict[tuple[str, str], bool] = {}
    for key in own:
        style: etree._Element | None = own[key]
        for _ in range(10):  # parents, a few levels deep at most (a loop of them ends too)
            if style is None:
                break
            weight = next((found.get(_FONT_WEIGHT) for found in style.iterfind(f"{_STYLE}text-properties")), None)
            if weight:
                bold[key] = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
                break
            parent = style.get(f"{_STYLE}parent-style-name")
            style = own.get((key[0], parent)) if parent else None
    return bold

