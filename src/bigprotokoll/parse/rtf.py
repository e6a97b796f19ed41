"""Stage 0f: an RTF document (Word's "Rich Text Format") -> the text the parser reads, and
its page furniture, as :mod:`.docx` does for Word documents.

The same text a conversion to Markdown gives: one paragraph (``\\par``) a line with a blank
line between, a paragraph at an outline level (Word's headings: ``\\outlinelevel1``), or
in a style at one or named as a heading ("heading 2", "Title"), as a ``#`` line (not in a
table), a table row (``\\row``) as its cells separated by tabs, a list paragraph with
the number Word shows (its ``\\listtext``), ``\\line`` as a line break and ``\\tab`` as a tab.
Characters are read as RTF writes them: bytes (``\\'e5``) in the document's code page
(``\\ansicpg1252``), ``\\uN`` as that character (and its stand-ins skipped), escaped
braces and backslashes, the named ones (``\\endash``, ``\\rquote``...).

Guarantees: every character of the body's text is in the text, in document order; what
Word does not show is not: the font, colour, style and list tables, document
information, pictures, field instructions (their result is shown), and every group RTF
marks as ignorable (``{\\*\\...}``). The page headers' and footers' text is returned as
furniture lines. A file that is no RTF document raises
:class:`~bigprotokoll.errors.EncodingError`; one without text,
:class:`~bigprotokoll.errors.EmptyInputError`.
"""

from __future__ import annotations

import codecs
import re

from ..errors import EmptyInputError, EncodingError
from .office import DocumentText, heading_level, paired, strong

__all__ = ["RTF_MEDIA_TYPE", "is_rtf", "read_rtf"]

RTF_MEDIA_TYPE = "application/rtf"

#: One token of RTF: a control word with its number, a control symbol, a brace, or text.
TOKEN = re.compile(
    rb"""
      \\ (?P<word> [a-zA-Z]{1,32} ) (?P<number> -?\d{1,10} )? \x20?   # \par, \u228, \ansicpg1252
    | \\' (?P<hex> [0-9a-fA-F]{2} )                                 # \'e5: a byte in the code page
    | \\ (?P<symbol> [^a-zA-Z'] )                                   # \{ \} \\ \~ \- \_ \*, \<newline>
    | (?P<brace> [{}] )
    | (?P<text> [^\\{}\r\n]+ )                                      # text (line breaks in the file are none)
    | [\r\n]+
    """,
    re.VERBOSE,
)

#: Groups whose content Word does not show as the body's text.
_HIDDEN = frozenset({
    b"fonttbl", b"colortbl", b"stylesheet", b"info", b"pict", b"object", b"fldinst", b"listtable",
    b"listoverridetable", b"revtbl", b"rsidtbl", b"generator", b"xmlnstbl", b"themedata", b"colorschememapping",
    b"datastore", b"latentstyles", b"mmathPr", b"filetbl", b"annotation", b"atnid", b"atnauthor",
    b"bkmkstart", b"bkmkend", b"shppict", b"nonshppict", b"sp", b"template", b"userprops", b"docvar",
})
#: Groups whose text goes elsewhere: page headers and footers (furniture), notes (after the body).
_SINKS = {
    **dict.fromkeys((b"header", b"headerl", b"headerr", b"headerf"), "headers"),
    **dict.fromkeys((b"footer", b"footerl", b"footerr", b"footerf"), "footers"),
    b"footnote": "notes",
}
#: Control words that stand for a character.
_CHARACTERS = {
    b"tab": "\t", b"line": "\n", b"cell": "\t", b"emdash": "—", b"endash": "–", b"lquote": "‘", b"rquote": "’",
    b"ldblquote": "“", b"rdblquote": "”", b"bullet": "•", b"emspace": "\u2003", b"enspace": "\u2002",
    b"qmspace": "\u2005",
}
_SYMBOLS = {b"\\": "\\", b"{": "{", b"}": "}", b"~": "\u00a0", b"_": "\u2011", b"-": "", b"\n": "\n", b"\r": "\n"}


def _heading(style: int, names: dict[int, list[str]], levels: dict[int, int]) -> int | None:
    """The heading level of a paragraph style: by its outline level, else by its name
    ("heading 2", "Rubrik 2", "Title"), as LibreOffice marks headings."""
    if style in levels:
        return levels[style] + 1 if 0 <= levels[style] < 6 else None
    name = "".join(names.get(style, ())).strip().rstrip(";").strip()
    return heading_level(name) if name else None


def is_rtf(data: bytes) -> bool:
    """True for bytes that start as an RTF document does."""
    return data.lstrip().startswith(b"{\\rtf")


class _State:
    """What a group sets and its subgroups inherit."""

    __slots__ = ("at_start", "bold", "hidden", "list_mark", "sink", "style", "uc")

    def __init__(
        self, hidden: bool = False, sink: str = "body", uc: int = 1, list_mark: bool = False, at_start: bool = True
    ) -> None:
        self.bold = False  # the text is set in bold (\b, until \b0 or \plain)
        self.hidden = hidden
        self.sink = sink  # "body", "headers", "footers" or "notes"
        self.uc = uc  # how many stand-in characters follow a \uN
        self.list_mark = list_mark  # in a list paragraph's number (\listtext): its tab is a space
        self.at_start = at_start  # nothing read in the group yet: a destination's name may come (\*, \fonttbl)
        self.style: int | None = None  # in the stylesheet: the number of the style being defined

    def subgroup(self) -> _State:
        state = _State(self.hidden, self.sink, self.uc, self.list_mark)
        state.style, state.bold = self.style, self.bold
        return state


def read_rtf(data: bytes, *, source_name: str | None = None) -> tuple[DocumentText, str]:
    """The text and page furniture of an RTF document's bytes, and its code page (the
    encoding of its ``\\'hh`` bytes: ``cp1252`` unless it names another)."""
    if not is_rtf(data):
        raise EncodingError("not an RTF document (no '{\\rtf' at its start)", path=source_name)
    codec = "cp1252"
    sinks = ("body", "headers", "footers", "notes")
    paragraphs: dict[str, list[str]] = {sink: [] for sink in sinks}
    line: dict[str, list[str]] = {sink: [] for sink in sinks}
    prefix = {"body": ""}  # a heading's marks, by the paragraph's outline level or style
    in_table = [False]  # the paragraph is in a table, where a heading style marks no heading
    plain = [False]  # words not in bold in the body's paragraph being read
    style_names: dict[int, list[str]] = {}  # paragraph style number -> its name's parts
    style_levels: dict[int, int] = {}  # -> its outline level
    stack: list[_State] = []
    state = _State(at_start=False)
    pending_bytes = bytearray()
    skip_chars = 0  # stand-ins of a \uN still to pass over
    ignorable = False  # the group began with \*

    def flush_bytes() -> None:
        if pending_bytes:
            emit(pending_bytes.decode(codec, "replace"))
            pending_bytes.clear()

    def emit(text: str) -> None:
        if not state.hidden:
            line[state.sink].append(text)
            if not state.bold and state.sink == "body" and not text.isspace():
                plain[0] = True

    def end_paragraph(sink: str, row: bool = False) -> None:
        text = "".join(line[sink])
        line[sink].clear()
        if row and text.endswith("\t"):
            text = text[:-1]  # the last cell's end
        if text.strip():
            if sink == "body" and not (plain[0] or in_table[0] or prefix["body"]):
                text = strong(text)  # notes that head their items in bold: "**Ekonomi**"
            paragraphs[sink].append(("" if in_table[0] else prefix.get(sink, "")) + text.strip(" "))
        if sink == "body":
            prefix["body"] = ""
            in_table[0] = plain[0] = False

    for token in TOKEN.finditer(data):
        word, hexa, symbol, brace, text = token.group("word", "hex", "symbol", "brace", "text")
        if hexa is None:
            flush_bytes()
        if skip_chars and (text is not None or hexa is not None or symbol is not None):
            if text is not None and len(text) > skip_chars:
                text = text[skip_chars:]
                skip_chars = 0
            else:
                skip_chars -= len(text) if text is not None else 1
                continue
        if brace == b"{":
            stack.append(state)
            state = state.subgroup()
            ignorable = False
            continue
        if brace == b"}":
            if len(stack) == 0:
                break  # the document's end
            state = stack.pop()
            continue
        first = state.at_start
        state.at_start = False
        if symbol is not None:
            if symbol == b"*" and first:
                state.at_start = True  # the destination's name comes next
                ignorable = True
                continue
            emit(_SYMBOLS.get(symbol, ""))
            continue
        if hexa is not None:
            pending_bytes.append(int(hexa, 16))
            continue
        if text is not None:
            if state.sink == "styles" and state.style is not None:
                style_names.setdefault(state.style, []).append(text.decode(codec, "replace"))
            emit(text.decode(codec, "replace"))
            continue
        if word is None:
            continue  # a line break in the file
        number = token["number"]
        if first and word == b"stylesheet":  # hidden, but its headings' styles are read
            state.hidden, state.sink = True, "styles"
            continue
        if state.sink == "styles":
            if word == b"s" and number is not None:
                state.style = int(number)
            elif word == b"outlinelevel" and number is not None and state.style is not None:
                style_levels[state.style] = int(number)
            continue
        if first and (ignorable or word in _HIDDEN):
            state.hidden = True
            ignorable = False
            continue
        ignorable = False
        if first and word in _SINKS:
            state.sink = _SINKS[word]
            continue
        if first and word in (b"listtext", b"pntext"):  # the number Word shows (97 and later; 95)
            state.list_mark = True
            continue
        if word == b"ansicpg" and number:
            try:
                codec = codecs.lookup(f"cp{int(number)}").name
            except LookupError:
                pass
        elif word == b"uc" and number is not None:
            state.uc = min(max(0, int(number)), 16)
        elif state.hidden:
            continue  # a definition (a style's, a list's...) or a comment: no part of the text
        elif word == b"u" and number is not None:
            value = int(number)
            value = value + 65536 if value < 0 else value
            emit(chr(value) if 0 <= value <= 0xFFFF else "\ufffd")  # a number no character has: shown replaced
            skip_chars = state.uc
        elif word in (b"par", b"row", b"sect", b"page"):
            end_paragraph(state.sink, row=word == b"row")
        elif word == b"tab" and state.list_mark:
            emit(" ")
        elif word == b"outlinelevel" and number is not None and state.sink == "body" and 0 <= int(number) < 6:
            prefix["body"] = "#" * (int(number) + 1) + " "
        elif word == b"s" and number is not None and state.sink == "body":
            level = _heading(int(number), style_names, style_levels)
            if level:
                prefix["body"] = "#" * level + " "
        elif word == b"intbl":
            in_table[0] = True
        elif word == b"b":
            state.bold = number is None or int(number) != 0
        elif word == b"plain":
            state.bold = False
        elif word in _CHARACTERS:
            emit(_CHARACTERS[word])
    flush_bytes()
    for sink in sinks:
        end_paragraph(sink)
    paragraphs["body"] += paragraphs["notes"]  # as Word shows them: after the text
    if not paragraphs["body"]:
        raise EmptyInputError("the RTF document holds no text; expected minutes", path=source_name)
    furniture = {
        sink: tuple(
            paired(part.strip()) for paragraph in paragraphs[sink] for part in paragraph.split("\n") if part.strip()
        )
        for sink in ("headers", "footers")
    }
    text = paired("\n\n".join(paragraphs["body"]))
    return DocumentText(text, furniture["headers"], furniture["footers"]), codec

