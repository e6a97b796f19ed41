"""Stage 0d: an HTML page (minutes saved as a web page, or published as one) -> the text
the parser reads, and its page furniture, as :mod:`.docx` does for Word documents.

The same text a conversion to Markdown gives: one paragraph (``p``, ``div``, a list item, a
table row...) a line with a blank line between, ``h1``-``h6`` as ``#`` lines, a table row as
its cells separated by tabs, a list item with the number or bullet the browser shows (``1.``,
``a.``, ``iv.``, ``-``; ``start``, ``type`` and ``value`` followed), ``br`` as a line break, and
a tab in a page Word saved (a ``span`` styled ``mso-tab-count``) as a tab. White space
collapses as a browser shows it, except inside ``pre`` and for a tab between words (as
LibreOffice writes a tab stop).

Guarantees: every character of the body's shown text is in the text, in document order,
or in the furniture lines; what a browser does not show (``head``, ``script``, ``style``,
``template``, comments) is not. The furniture: on a page with a ``main`` element, the
site around it (banner, menus, cookie notice before it; sidebars and footer after it);
on one without, the page's own ``header``, ``nav`` and ``footer`` (outside any
``article``), and a word processor's page header and footer. Markup
that is no HTML page raises :class:`~bigprotokoll.errors.EncodingError`; a page without
text, :class:`~bigprotokoll.errors.EmptyInputError`.
"""

from __future__ import annotations

import codecs
import re
from typing import Iterator

from lxml import etree

from ..errors import EmptyInputError, EncodingError
from .decode import decode_bytes
from .office import DocumentText, letters, roman, strong

__all__ = ["HTML_MEDIA_TYPE", "HTML_START", "META_CHARSET", "is_html", "read_html"]

HTML_MEDIA_TYPE = "text/html"

#: The start of an HTML page, after white space, an XML declaration (XHTML) and comments.
HTML_START = re.compile(
    rb"""
    \s* (?: <\?xml [^>]* > \s* )?      # XHTML's XML declaration
    (?: <!-- .*? --> \s* )*            # comments
    < (?: !doctype \s+ html | html [\s>]   # <!DOCTYPE html> or <html>
        | (?: head | body | meta | title | p | h[1-6] | div | section | article | table | ul | ol ) [\s>] )  # or a fragment
    """,
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
#: A ``<meta charset>`` (or an ``http-equiv`` content type) near the top: the charset named.
META_CHARSET = re.compile(
    rb"""
    <meta [^>]+ charset \s* = \s* ["']?   # <meta charset="  or  content="text/html; charset=
    (?P<charset> [A-Za-z0-9_:.-]+ )     # windows-1252
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: Elements whose content a browser does not show.
_UNSHOWN = frozenset({"head", "script", "style", "template", "noscript", "title"})
#: Elements that start a paragraph of their own (the rest are inline: their text runs on).
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
    "th", "thead", "tr", "ul",
})
#: The page's own banner and footer, furniture when outside an article or main.
_CHROME = {"header": "headers", "nav": "headers", "footer": "footers"}
_PAGE_CHROME = {"header": "headers", "footer": "footers"}
_HEADINGS = {f"h{level}": "#" * level for level in range(1, 7)}
_WHITE_SPACE = re.compile(r"[ \t\r\n\f]+")
_FONT_WEIGHT = re.compile(r"font-weight\s*:\s*([a-zA-Z]+|[1-9]00)\b")
#: A style sheet's rule (selectors, declarations), and a selector of one class ("p.P3", ".T1").
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"^[a-zA-Z0-9]*\.(?P<name>[\w-]+)$")
_SPACES = re.compile(" {2,}")
_SPACES_BY_TAB = re.compile(" ?\t ?")


def is_html(data: bytes) -> bool:
    """True for bytes that open as an HTML page (``<!DOCTYPE html>`` or ``<html>``) or a
    fragment of one (``<p>``, ``<h1>``, ``<div>``, ``<table>``..., as a web publishing system
    or ``pandoc -t html`` writes it), in UTF-16 too when a byte order mark says so."""
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    return HTML_START.match(head.removeprefix(codecs.BOM_UTF8)) is not None


def _decoded(data: bytes, source_name: str | None) -> tuple[str, str]:
    """The page's text and encoding, as a browser finds it: a byte order mark, else the
    encoding its ``meta`` names (UTF-16 named there is UTF-8: bytes that ASCII ``meta`` can
    be read in are not UTF-16), else detected as for any text."""
    declared = META_CHARSET.search(data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            name = codecs.lookup(declared["charset"].decode("ascii")).name
            name = "utf-8" if name.startswith("utf-16") else name
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect it as for any text
    return decode_bytes(data, source_name=source_name)


def read_html(data: bytes, *, source_name: str | None = None) -> tuple[DocumentText, str]:
    """The text and page furniture of an HTML page's bytes, and the encoding they were in."""
    text, encoding = _decoded(data, source_name)
    # the text as UTF-8, said so: the parser then reads no declaration of its own
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = etree.fromstring(text.encode("utf-8", "surrogatepass"), parser)
    except etree.XMLSyntaxError as exc:
        raise EncodingError(f"an HTML page that cannot be read ({exc})", path=source_name) from exc
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):  # libxml2 stopped reading
        raise EncodingError(
            "an HTML page whose elements nest deeper than 256 levels, past which its text is not read", path=source_name
        )
    body = root.find("body") if root is not None else None
    if body is None:
        raise EmptyInputError("an HTML page without a body; expected minutes", path=source_name)
    page = _Page(body.find(".//main"), _bold_classes(root))
    page.walk(body)
    page.flush()
    if not page.blocks:
        raise EmptyInputError("the HTML page shows no text; expected minutes", path=source_name)
    return DocumentText("\n\n".join(page.blocks), tuple(page.headers), tuple(page.footers)), encoding


class _Page:
    """Walks the body, gathering paragraphs (``blocks``) and the page's chrome as furniture."""

    def __init__(self, main: etree._Element | None = None, bold: frozenset[str] = frozenset()) -> None:
        self.blocks: list[str] = []
        self.headers: list[str] = []
        self.footers: list[str] = []
        #: Where paragraphs go: the blocks, or, on a page with a ``main`` (``main``), the
        #: furniture lines before and after it.
        self.main = main
        self.sink = self.headers if main is not None else self.blocks
        self.line: list[str] = []  # the inline text of the paragraph being read
        self.prefix = ""  # what goes before it: "## ", "1. "
        self.pre = 0  # inside how many pre elements
        self.in_content = 0  # inside how many article / main elements
        self.in_cell = False  # reading a table cell (or furniture), where a heading is no heading
        self.bold_classes = bold  # the classes the page's style sheets set in bold
        self.bold = 0  # inside how many elements that set their text in bold
        self.plain = False  # words not in bold in the paragraph being read
        #: The last number of each run of lists that hold one numbered heading each, by its
        #: look (type, start, heading): LibreOffice writes a numbered heading as a list of its
        #: own that starts where the numbering starts (each ``<ol start="31">``), where Word
        #: counted on.
        self.heading_lists: dict[tuple[str, str, str], int] = {}

    def emit(self, text: str) -> None:
        if self.sink is self.blocks:
            self.blocks.append(text)
        else:
            self.sink.extend(_lines(text))

    def flush(self) -> None:
        text = "".join(self.line)
        if not self.pre:  # the white space a browser shows: none at a line's ends
            text = "\n".join(_collapsed(part) for part in text.split("\n"))
        text = text.strip("\n")
        if text.strip():
            if not (self.plain or self.prefix or self.in_cell or self.pre):
                text = strong(text)  # notes that head their items in bold: "**Ekonomi**"
            self.emit(f"{self.prefix}{text}")
        self.line, self.prefix, self.plain = [], "", False

    def inline(self, text: str | None) -> None:
        if text:
            self.line.append(text if self.pre else _WHITE_SPACE.sub(_shown_space, text))
            if not self.bold and not self.plain and not text.isspace():
                self.plain = True

    def walk(self, element: etree._Element) -> None:
        self.inline(element.text)
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            tag = tag.lower()
            if tag in _UNSHOWN or not tag:
                pass
            elif (chrome_of := _chrome(child, tag)) and not self.in_content:
                self.flush()
                chrome = _Page()
                chrome.in_content = 1  # a nav inside the header is part of it
                chrome.in_cell = True  # no marks in furniture
                chrome.walk(child)
                chrome.flush()
                getattr(self, chrome_of).extend(line for block in chrome.blocks for line in _lines(block))
            elif tag == "br":
                self.line.append("\n")
            elif tag == "span" and "mso-tab-count" in (child.get("style") or ""):
                self.line.append("\t")  # a tab in a page Word saved: spaces that show its width
            elif tag in ("ol", "ul"):
                self.flush()
                self.list(child, ordered=tag == "ol")
            elif tag == "tr":
                self.flush()
                self.row(child)
            elif tag in _BLOCKS:
                self.block(child, tag)
            else:
                bold = _in_bold(child, tag, self.bold_classes)
                self.bold += bold
                self.walk(child)
                self.bold -= bold
            self.inline(child.tail)

    def block(self, element: etree._Element, tag: str) -> None:
        # a list item's mark stays for a block that opens it (<li><p>text</p></li>)
        mark = "" if "".join(self.line).strip() else self.prefix
        self.flush()
        heading = f"{_HEADINGS[tag]} " if tag in _HEADINGS and not self.in_cell else ""
        self.prefix = heading + mark  # a numbered heading: "## 31. Öppnande"
        content = tag in ("article", "main")
        bold = _in_bold(element, tag, self.bold_classes)
        self.pre += tag == "pre"
        self.in_content += content
        self.bold += bold
        if element is self.main:
            self.sink = self.blocks
        self.walk(element)
        self.flush()
        if element is self.main:
            self.sink = self.footers
        self.pre -= tag == "pre"
        self.in_content -= content
        self.bold -= bold

    def list(self, element: etree._Element, *, ordered: bool) -> None:
        kind = element.get("type") or "1"
        start = element.get("start") or "1"
        number = int(start) if start.lstrip("-").isdigit() else 1
        heading = _heading_list(element) if ordered else None
        if heading is not None:
            look = (kind, start, heading)
            number = self.heading_lists[look] + 1 if look in self.heading_lists else number
            self.heading_lists[look] = number
        for item in element:
            if not isinstance(item.tag, str) or item.tag.lower() != "li":
                if isinstance(item.tag, str) and item.tag.lower() not in _UNSHOWN:
                    self.walk_one(item)
                continue
            value = item.get("value") or ""
            if value.lstrip("-").isdigit():
                number = int(value)
            self.flush()
            self.prefix = f"{_list_number(kind, number)} " if ordered else "- "
            self.walk(item)
            self.flush()
            number += 1
            self.inline(item.tail)

    def walk_one(self, element: etree._Element) -> None:
        """One stray element in a list (not an ``li``): read as a paragraph of its own."""
        self.flush()
        self.walk(element)
        self.flush()
        self.inline(element.tail)

    def row(self, element: etree._Element) -> None:
        cells = []
        for cell in _cells(element):
            reader = _Page()
            reader.in_cell = True
            reader.walk(cell)
            reader.flush()
            # a tab inside a cell is a space: tabs part the cells
            cells.append(_collapsed(" ".join(reader.blocks).replace("\t", " ")))
        if any(cells):
            self.emit("\t".join(cells))


def _shown_space(run: re.Match[str]) -> str:
    """A run of HTML white space as a space; one with a tab and no line break as a tab: a
    word processor writes its tab stops so ("Beslutande<TAB>Ida Ek"), breaking its lines
    of markup at spaces only."""
    space = run[0]
    return "\t" if "\t" in space and "\n" not in space and "\r" not in space else " "


def _chrome(element: etree._Element, tag: str) -> str | None:
    """Where an element's text goes when it is the page's chrome: "headers", "footers" or
    None. A word processor's page header and footer are such (LibreOffice writes them as
    ``<div title="header">``); the header pandoc writes the document's title in
    (``<header id="title-block-header">``) is none."""
    if tag == "div":
        return _PAGE_CHROME.get(element.get("title") or "")
    if tag == "header" and element.get("id") == "title-block-header":
        return None
    return _CHROME.get(tag)


def _in_bold(element: etree._Element, tag: str, classes: frozenset[str]) -> bool:
    """True for an element that sets its text in bold: ``b``, ``strong``, one with a
    bold ``font-weight`` in its ``style``, or of a class the page's style sheets set in bold
    (LibreOffice's XHTML: ``<p class="P3">``)."""
    if tag in ("b", "strong"):
        return True
    if classes and (names := element.get("class")) and not classes.isdisjoint(names.split()):
        return True
    style = element.get("style") or ""
    return "font-weight" in style and _bold_weight(style)


def _bold_weight(declarations: str) -> bool:
    """True when CSS ``declarations`` set a bold ``font-weight`` (the last one counts)."""
    weights = _FONT_WEIGHT.findall(declarations)
    weight = weights[-1].lower() if weights else "normal"
    return weight in ("bold", "bolder") or (weight.isdigit() and weight >= "600")


def _bold_classes(root: etree._Element) -> frozenset[str]:
    """The classes the page's style sheets set in bold by simple rules (``.P3 { font-weight:
    bold }``, ``p.P3, span.T1 {...}``); rules of other selectors are not read."""
    classes: set[str] = set()
    for sheet in root.iter("style"):
        for selectors, declarations in _CSS_RULE.findall(sheet.text or ""):
            if "font-weight" in declarations and _bold_weight(declarations):
                classes.update(m["name"] for selector in selectors.split(",") if (m := _CLASS_SELECTOR.match(selector.strip())))
    return frozenset(classes)


def _lines(text: str) -> list[str]:
    """The lines of a paragraph as furniture: each without white space at its ends."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def _collapsed(text: str) -> str:
    """Each run of spaces one space, none at the ends or beside a tab (inline text has its
    HTML white space as spaces already; other spaces, such as no-break ones, are text)."""
    return _SPACES_BY_TAB.sub("\t", _SPACES.sub(" ", text)).strip(" ")


def _cells(row: etree._Element) -> Iterator[etree._Element]:
    for cell in row:
        if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th"):
            yield cell


def _heading_list(element: etree._Element) -> str | None:
    """The heading's tag when a list holds one item and that opens with a heading
    (``<ol start="31"><li><h2>``), else None."""
    items = [child for child in element if isinstance(child.tag, str) and child.tag.lower() == "li"]
    if len(items) != 1 or items[0].get("value") or (items[0].text or "").strip():
        return None
    first = next((child for child in items[0] if isinstance(child.tag, str)), None)
    tag = first.tag.lower() if first is not None else ""
    return tag if tag in _HEADINGS else None


def _list_number(kind: str, number: int) -> str:
    """The mark a browser shows for ``number`` in an ``ol`` of ``type`` ``kind``."""
    shown: str | None
    if kind in ("a", "A"):
        shown = letters(number, repeat=False)
    elif kind in ("i", "I"):
        shown = roman(number)
    else:
        shown = str(number)
    if shown is None:
        shown = str(number)
    return f"{shown.upper() if kind.isupper() else shown}."
