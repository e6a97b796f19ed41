"""Stage 0g: an old Word document (.doc, Word 97-2003) -> the text the parser reads, and
its page furniture ([MS-DOC]: the text as its piece table lays it out).

The same text a conversion gives: one paragraph a line with a blank line between, a table
row as its cells separated by tabs (a row ends where its properties say, so that an empty
cell is a cell), line breaks (``\\x0b``) and tabs kept; a field shows
its result, not its code; footnotes and endnotes follow the body. What the binary format
keeps outside the text about its paragraphs adds what Word shows (:mod:`.docprops`): a
heading style's paragraph as a ``#`` line, a list paragraph with its number (``1.``,
``a)``, ``§ 12``) or ``-`` for a bullet.

Guarantees: every character of the main text, footnotes and endnotes is in the text, in
order; the page headers' and footers' text is returned as furniture lines. An encrypted
document, or bytes that are no Word document, raise
:class:`~bigprotokoll.errors.EncodingError` saying so; one without text,
:class:`~bigprotokoll.errors.EmptyInputError`.
"""

from __future__ import annotations

import re
import struct

from ..errors import EmptyInputError, EncodingError
from .cfb import CFB_SIGNATURE, read_streams
from .docprops import Piece, paragraph_marks, row_ends
from .office import DocumentText, paired

__all__ = ["DOC_MEDIA_TYPE", "is_doc", "read_doc"]

DOC_MEDIA_TYPE = "application/msword"

_WORD_IDENT = 0xA5EC
#: Where the FIB keeps what is read here (FibBase, FibRgLw97, FibRgFcLcb97).
_FLAGS, _CCP_TEXT, _FC_PLCF_HDD, _FC_CLX = 0x0A, 0x4C, 0x0F2, 0x1A2
#: The text's stories, in the order the character positions run: main text, footnotes,
#: headers, (macros), comments, endnotes, text boxes, the headers' text boxes (the ccp
#: fields of FibRgLw97, in order).
_STORIES = ("text", "footnotes", "headers", "macros", "comments", "endnotes", "textboxes", "header_textboxes")

#: What stands for a mark that ends a table's row (``\x07``, as a cell's does) once its
#: properties said so: a character no text of Word's holds.
_ROW_END = "\x1d"
#: Control characters of Word's text: what each becomes.
_SHOWN = str.maketrans({
    "\x0b": "\n",  # a line break
    "\x1e": "-",  # a non-breaking hyphen
    "\x1f": None,  # an optional hyphen, not shown unless a line breaks there
    "\x01": None, "\x02": None, "\x05": None, "\x08": None,  # a picture, a note's mark, a comment's, a drawing
    "\x03": None, "\x04": None,  # note separators
})
#: A field with no field inside it: its code (``\x13``...), its result (``\x14``...), its end (``\x15``).
_FIELD = re.compile(
    r"""
    \x13 [^\x13\x14\x15]*                        # the field's code, not shown
    (?: \x14 (?P<result> [^\x13\x14\x15]* ) )?   # its result, shown (a field may have none)
    \x15
    """,
    re.VERBOSE,
)


def is_doc(data: bytes) -> bool:
    """True for a compound file (OLE2) container, as old Word documents are."""
    return data.startswith(CFB_SIGNATURE)


def read_doc(data: bytes, *, source_name: str | None = None) -> DocumentText:
    """The text and page furniture of an old Word document's bytes."""
    streams = read_streams(data, {"WordDocument", "0Table", "1Table"}, source_name=source_name)
    word = streams.get("WordDocument")
    if word is None:
        raise EncodingError(
            "a compound document without a WordDocument stream, so no Word document (an old Excel or "
            "PowerPoint file?); save the minutes as a Word document and parse that",
            path=source_name,
        )
    try:
        ident, version = struct.unpack_from("<HH", word, 0)
        flags = struct.unpack_from("<H", word, _FLAGS)[0]
        if ident != _WORD_IDENT:
            raise EncodingError("a WordDocument stream that is no Word 97-2003 document", path=source_name)
        if version < 0x00C0:
            raise EncodingError(
                "a Word 6 or Word 95 document, older than this reader knows; save it as .docx and parse that",
                path=source_name,
            )
        if flags & 0x0100:
            raise EncodingError("an encrypted Word document; save an unlocked copy", path=source_name)
        table = streams.get("1Table" if flags & 0x0200 else "0Table", b"")
        lengths = struct.unpack_from(f"<{len(_STORIES)}i", word, _CCP_TEXT)
        fc_clx, lcb_clx = struct.unpack_from("<II", word, _FC_CLX)
        text, pieces = _pieces_text(word, table[fc_clx : fc_clx + lcb_clx])
        fc_hdd, lcb_hdd = struct.unpack_from("<II", word, _FC_PLCF_HDD)
    except struct.error as exc:
        raise EncodingError(f"a damaged Word document: {exc}", path=source_name) from exc
    stories: dict[str, str] = {}
    at = 0
    for name, length in zip(_STORIES, lengths):
        if length < 0 or at + length > len(text):
            raise EncodingError("a damaged Word document: its stories run past its text", path=source_name)
        stories[name] = text[at : at + length]
        at += length
    main = stories["text"]
    ends = row_ends(word, table, main, pieces)
    if ends:  # each row's end as a mark of its own, in its place (the positions stay)
        characters = list(main)
        for at in ends:
            characters[at] = _ROW_END
        main = "".join(characters)
    stories["text"] = _marked(main, paragraph_marks(word, table, stories["text"], pieces))
    # as Word shows them: the text, its text boxes once, then the notes
    parts = (_paragraphs(stories[name]) for name in ("text", "textboxes", "footnotes", "endnotes"))
    body = paired("\n\n".join(part for part in parts if part))
    if not body.strip():
        raise EmptyInputError("the Word document holds no text; expected minutes", path=source_name)
    headers, footers = _headers_and_footers(stories["headers"], table[fc_hdd : fc_hdd + lcb_hdd])
    furniture = headers + _lines(stories["header_textboxes"]), footers
    return DocumentText(body, *(tuple(paired(line) for line in lines) for lines in furniture))


def _pieces_text(word: bytes, clx: bytes) -> tuple[str, list[Piece]]:
    """The document's text from its piece table (the Clx): each piece 8-bit (cp1252) or
    UTF-16, wherever it lies in the WordDocument stream; and the pieces."""
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: property modifiers, passed over
        at += 3 + struct.unpack_from("<H", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 0x02:
        raise struct.error("no piece table")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5 : at + 5 + size]
    count = (len(plc) - 4) // 12
    if count < 1:
        raise struct.error("an empty piece table")
    positions = struct.unpack_from(f"<{count + 1}I", plc)
    parts = []
    pieces = []
    for i in range(count):
        length = positions[i + 1] - positions[i]
        if length < 0 or length > len(word):
            raise struct.error(f"a piece of {length} characters")
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)[0]
        compressed = bool(fc & 0x40000000)
        start = (fc & 0x3FFFFFFF) // 2 if compressed else fc  # compressed: one byte a character, at half the offset
        if compressed:
            raw = word[start : start + length]
            parts.append(raw.decode("cp1252", "replace"))
        else:  # UTF-16: one character position a code unit (a surrogate pair is two)
            raw = word[fc : fc + 2 * length]
            parts.append("".join(map(chr, struct.unpack_from(f"<{len(raw) // 2}H", raw))))
        if len(raw) < (length if compressed else 2 * length):
            raise struct.error("a piece runs past the WordDocument stream")
        pieces.append(Piece(positions[i], positions[i + 1], start, compressed))
    return "".join(parts), pieces


def _marked(story: str, marks: dict[int, str]) -> str:
    """The story with each mark (``#``, ``1.``) and a space before its paragraph's text."""
    if not marks:
        return story
    parts = []
    at = 0
    for start in sorted(marks):
        parts.append(story[at:start])
        at = start
        while at < len(story) and story[at] in " \t":
            at += 1
        parts.append(f"{marks[start]} ")
    parts.append(story[at:])
    return "".join(parts)


def _shown(text: str) -> str:
    """The story's characters as Word shows them: each field its result (inner fields
    first), control marks out."""
    for _ in range(16):  # fields nest; no document nests them deeper
        if "\x13" not in text:
            break
        text = _FIELD.sub(lambda m: m["result"] or "", text)
    return text.replace("\x14", "").replace("\x15", "").translate(_SHOWN)


def _paragraphs(story: str) -> str:
    """A story's paragraphs (``\\r``; a page or column break ends one too), each cell of a
    table row (``\\x07``) a tab apart, blank lines between. A row ends where its properties
    say (:data:`_ROW_END`), else at a second cell mark (an empty cell's reads so too)."""
    out = []
    for paragraph in re.split(r"[\r\x0c\x0e]", _shown(story)):
        if _ROW_END in paragraph:  # rows whose ends are known; an empty cell is a cell
            for row in paragraph.split(_ROW_END):
                cells = row[:-1] if row.endswith("\x07") else row  # the last cell's mark
                if cells.replace("\x07", "").strip(" "):
                    out.append(cells.replace("\x07", "\t").strip(" "))
        elif "\x07" in paragraph:  # table rows, and the paragraph after the last one
            rows = (row.replace("\x07", "\t").rstrip("\t").strip(" ") for row in paragraph.split("\x07\x07"))
            out += [row for row in rows if row.strip("\t ")]
        elif paragraph.strip():
            out.append(paragraph.strip(" "))
    return "\n\n".join(out)


def _headers_and_footers(story: str, plcf_hdd: bytes) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The page headers' and footers' lines: by the PlcfHdd's stories (six note separators,
    then per section even/odd headers, even/odd footers, first-page header and footer)."""
    if not story.strip():
        return (), ()
    count = len(plcf_hdd) // 4
    positions = struct.unpack_from(f"<{count}I", plcf_hdd) if count >= 2 else ()
    headers: list[str] = []
    footers: list[str] = []
    if not positions:  # no map of the stories: all of it, as headers
        return _lines(story), ()
    for index in range(6, count - 1):
        part = story[positions[index] : positions[index + 1]]
        (headers if (index - 6) % 6 in (0, 1, 4) else footers).extend(_lines(part))
    return tuple(headers), tuple(footers)


def _lines(story: str) -> tuple[str, ...]:
    """A header's or footer's lines, as furniture: shown text, each without outer spaces."""
    return tuple(line.strip() for line in re.split(r"[\r\n\x0c\x07]", _shown(story)) if line.strip())
