"""What the office document readers share (:mod:`.docx`, :mod:`.odt`, :mod:`.doc`...): the
text they return, reading the XML parts of a zip safely, and Word's list numbers.

Safely: a part larger than minutes can be is refused (a zip bomb), a part with a DTD too
(office programs write none, and its entities would be neither expanded nor read around),
nothing reaches the network, and whatever the zip reader raises for a damaged archive
becomes an :class:`~bigprotokoll.errors.EncodingError` naming the file.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import Any, Callable, Mapping, NamedTuple

import attrs
from lxml import etree

from ..errors import EncodingError

__all__ = [
    "MAX_PART_SIZE", "ZIP_ERRORS", "DocumentText", "ListLevel", "ListNumbers", "heading_level", "letters", "list_number", "paired",
    "read_parts", "roman", "strong",
]

#: A part larger than this is refused (a zip bomb, or no minutes).
MAX_PART_SIZE = 64 * 1024 * 1024
#: What the zip reader raises for a damaged archive, depending on where the damage is.
ZIP_ERRORS = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, ValueError, NotImplementedError, OSError, RuntimeError
)


@attrs.frozen
class DocumentText:
    """The text of an office document's body (Word, OpenDocument), and the lines of its page
    headers and footers."""

    text: str
    headers: tuple[str, ...]
    footers: tuple[str, ...]


def read_parts(
    data: bytes, source_name: str | None, *, document: str, main: str, wanted: Callable[[str], bool]
) -> tuple[etree._Element, dict[str, etree._Element]]:
    """The ``main`` part of an office document's zip, and the ``wanted`` others present, by
    name in name order. ``document`` names the kind in errors ("Word document")."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if main not in names:
                raise EncodingError(f"a zip archive without {main}, so no {document}", path=source_name)
            root = _part(archive, main, source_name, document)
            others = {name: _part(archive, name, source_name, document) for name in sorted(names) if wanted(name)}
    except EncodingError:
        raise
    except ZIP_ERRORS as exc:
        raise EncodingError(f"a damaged zip archive, no readable {document} ({exc})", path=source_name) from exc
    return root, others


def _part(archive: zipfile.ZipFile, name: str, source_name: str | None, document: str) -> etree._Element:
    info = archive.getinfo(name)
    if info.file_size > MAX_PART_SIZE:
        raise EncodingError(f"{name} unpacks to {info.file_size} bytes, more than minutes hold", path=source_name)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(archive.read(info), parser)
    except etree.XMLSyntaxError as exc:
        raise EncodingError(f"{name} in the {document} is not well-formed XML ({exc})", path=source_name) from exc
    docinfo: Any = root.getroottree().docinfo  # lxml-stubs know no doctype
    if docinfo.doctype:
        raise EncodingError(f"{name} in the {document} declares a DTD, which office programs never write: refused", path=source_name)
    return root


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman(value: int) -> str | None:
    """``value`` in lower-case roman numerals (``4`` -> ``iv``); None outside 1-3999."""
    if not 1 <= value <= 3999:
        return None
    digits = []
    for size, numeral in _ROMAN:
        count, value = divmod(value, size)
        digits.append(numeral * count)
    return "".join(digits)


def letters(value: int, *, repeat: bool = True) -> str | None:
    """``value`` as list letters, lower case: a-z, then ``aa, bb, ...`` (``repeat``: Word's
    way, and ODF's with letter synchronisation) or ``aa, ab, ...``; None below 1."""
    if value < 1:
        return None
    if repeat:
        return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
    digits = []
    while value:
        value, rest = divmod(value - 1, 26)
        digits.append(chr(ord("a") + rest))
    return "".join(reversed(digits))


def paired(text: str) -> str:
    """A character beyond U+FFFF written as two UTF-16 code units (RTF's two ``\\uN``, an
    old Word document's two character positions) as the one character; a lone surrogate
    stays as it is."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


class ListLevel(NamedTuple):
    """A level of one of Word's lists: its number format (``numFmt``: ``decimal``,
    ``lowerLetter``, ``upperRoman``, ``bullet``...), its text with the levels' numbers as
    ``%1``-``%9`` ("%1.", "§ %1", "%1.%2)"), and the number it starts at."""

    form: str
    text: str
    start: int


class ListNumbers:
    """The numbers Word shows before list paragraphs (``1.``, ``a)``, ``iv.``, ``§ 12``),
    counted as Word does for decimal, letter and roman formats: each list's levels count on,
    a deeper level starting again under the next entry above it. Other formats and bullets
    are shown as ``-``."""

    def __init__(self) -> None:
        self.counters: dict[object, list[int]] = {}
        self.restarts: dict[tuple[object, int], int] = {}  # (list, level) -> where its next number starts

    def restart(self, key: object, level: int, start: int) -> None:
        """Let the next number of list ``key`` at ``level`` be ``start`` (Word's "restart
        numbering")."""
        self.restarts[(key, level)] = start

    def mark(self, key: object, level: int, levels: Mapping[int, ListLevel]) -> str:
        """The next number of list ``key`` (whose ``levels`` these are) at ``level``."""
        form, text, start = levels.get(level, ListLevel("bullet", "", 1))
        counters = self.counters.setdefault(key, [])
        while len(counters) <= level:
            counters.append(0)
        del counters[level + 1 :]  # a deeper level starts again under the next entry
        restart = self.restarts.pop((key, level), None)
        if restart is not None:
            counters[level] = restart
        else:
            counters[level] = counters[level] + 1 if counters[level] else start
        if list_number(form, counters[level]) is None or "%" not in text:
            return "-"

        def number(placeholder: re.Match[str]) -> str:  # "%2" in "%1.%2.": level 2's number
            at = int(placeholder[1]) - 1
            at_form = levels.get(at, ListLevel("decimal", "", 1)).form
            return list_number(at_form, counters[at] if at < len(counters) else 0) or ""

        return _PLACEHOLDER.sub(number, text).strip() or "-"


_PLACEHOLDER = re.compile(r"%(\d)")
_MOST_NUMBERS = 32767


def list_number(form: str, value: int) -> str | None:
    """``value`` in a list number format of Word's (``numFmt``); None for one not read, or
    past the 32767 Word counts to (a damaged file's start would make a letter a million long)."""
    if not 0 <= value <= _MOST_NUMBERS:
        return None
    if form == "decimal":
        return str(value)
    if form == "decimalZero":
        return f"{value:02d}"
    if form in ("lowerLetter", "upperLetter"):
        shown = letters(value)
    elif form in ("lowerRoman", "upperRoman"):
        shown = roman(value)
    else:
        return None
    return shown.upper() if shown is not None and form[0] == "u" else shown


_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s?(?P<level>[1-6])$", re.IGNORECASE)
_TITLE_STYLES = frozenset({"title", "rubrik"})


def heading_level(style: str) -> int | None:
    """The heading level a paragraph style's name gives: "Heading 2" (Swedish Word's
    "Rubrik 2") 2, "Title" ("Rubrik") 1; None for any other."""
    heading = _HEADING_STYLE.match(style)
    if heading:
        return int(heading["level"])
    return 1 if style.lower() in _TITLE_STYLES else None


#: What a paragraph in bold as a whole may not hold to be marked so: marks of Markdown's own
#: (the line would not read back as it stands) and more than one line or cell.
_NOT_STRONG = re.compile(r"[*_\\\n\t\[]")


def strong(text: str) -> str:
    """A paragraph set in bold as a whole, as a conversion to Markdown writes it
    ("**Ekonomi**"): notes that head their items in bold and no heading style. Text the
    marks would not read back from (a mark of Markdown's own inside, a line break, a tab)
    is returned as it is."""
    body = text.strip()
    if not body or _NOT_STRONG.search(body) or body[0] == "#":
        return text
    return f"**{body}**"
