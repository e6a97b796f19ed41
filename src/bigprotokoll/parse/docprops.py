"""What an old Word document (.doc) keeps outside its text about each paragraph: whether
it is a heading (by its style) and the number or bullet its list shows ([MS-DOC]).

A paragraph's properties are found by the file offset of its paragraph mark: the
PlcBtePapx maps offsets to pages (FKPs) of property runs, each run an ``istd`` (the
paragraph's style) and a list of property changes (sprms). A list paragraph has a list
(``sprmPIlfo``, an index into the PlfLfo, whose entry names a list of the PlfLst) and a
level (``sprmPIlvl``), either its own or its style's (styles inherit from their base
style, in the STSH). A list counts on through all its list formats; one that restarts a
level (an LFOLVL with ``fStartAt``: Word's "restart numbering") starts it again at its
first paragraph, and one may give a level a format of its own. A heading is a paragraph in a built-in heading style (``sti`` 1-6),
in the Title style, or in a style named so.

Whatever these structures hold that does not add up (offsets outside the streams, pages
that do not parse) gives no marks rather than an error: the text is read without them.
"""

from __future__ import annotations

import bisect
import struct
from typing import Iterator, NamedTuple, Sequence

from .office import ListLevel, ListNumbers, heading_level

__all__ = ["Piece", "paragraph_marks", "row_ends"]

#: Where the FIB (FibRgFcLcb97) keeps the offset and size of what is read here, in the table stream.
_FC_STSHF, _FC_PLCF_BTE_PAPX, _FC_PLF_LST, _FC_PLF_LFO = 0xA2, 0x102, 0x2E2, 0x2EA
_SPRM_P_ILVL, _SPRM_P_ILFO, _SPRM_P_F_IN_TABLE, _SPRM_T_DEF_TABLE = 0x260A, 0x460B, 0x2416, 0xD608
_SPRM_P_F_TTP, _SPRM_P_F_INNER_TTP = 0x2417, 0x244C  # the paragraph mark ends a table's row
#: Operand sizes by a sprm's spra (its top three bits); None: variable, its size first.
_OPERAND_SIZES = (1, 1, 2, 4, 2, 2, None, 3)
#: Built-in style identifiers (sti): headings 1-9, the title.
_STI_HEADINGS, _STI_TITLE = range(1, 7), 62
#: Word's number formats (nfc) as the names of Word's XML (numFmt), for the ones read.
_FORMS = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter", 22: "decimalZero"}
_NO_STYLE = 0x0FFF
_PAGE = 512


class _Style(NamedTuple):
    base: int
    heading: int | None  # the level of a heading style
    ilfo: int | None
    ilvl: int | None


class Piece(NamedTuple):
    """A piece of the text: its character positions [start, end), where its bytes begin in
    the WordDocument stream, and whether it is one byte a character."""

    start: int
    end: int
    offset: int
    compressed: bool


def paragraph_marks(word: bytes, table: bytes, story: str, pieces: Sequence[Piece]) -> dict[int, str]:
    """Character position of a paragraph's start -> what Word shows before its text: ``#``
    marks for a heading, the list number or ``-`` for a list paragraph. ``story`` is the
    main text (from position 0); paragraphs in table cells get list marks only."""
    try:
        styles = _styles(word, table)
        lists, lfos = _lists(word, table)
        runs = _PropertyRuns(word, table)
    except (struct.error, ValueError, IndexError):
        return {}
    numbers = ListNumbers()
    restarted: set[tuple[int, int]] = set()  # (ilfo, level) whose restart is done
    marks: dict[int, str] = {}
    start = 0
    for end, character in enumerate(story):
        if character != "\r":
            continue
        paragraph_start, start = start, end + 1
        if not story[paragraph_start:end].strip():
            continue  # an empty paragraph shows no number (nor is it counted)
        try:
            found = runs.at(_offset(pieces, end))
        except (struct.error, IndexError):
            continue
        if found is None:
            continue
        istd, grpprl = found
        own = _properties(grpprl)
        heading, style_ilfo, style_ilvl = _resolved(styles, istd)
        ilfo = style_ilfo if own.ilfo is None else own.ilfo
        ilvl = (style_ilvl if own.ilvl is None else own.ilvl) or 0
        shown = []
        if heading and not own.in_table:
            shown.append("#" * heading)
        if ilfo and 0 < ilfo <= len(lfos) and ilvl < 9:  # a heading too may be numbered: "§ 31"
            lfo = lfos[ilfo - 1]
            if ilvl in lfo.starts and (ilfo, ilvl) not in restarted:  # the list starts again here
                restarted.add((ilfo, ilvl))
                numbers.restart(lfo.lsid, ilvl, lfo.starts[ilvl])
            levels = {**lists.get(lfo.lsid, {}), **lfo.levels} if lfo.levels else lists.get(lfo.lsid, {})
            shown.append(numbers.mark(lfo.lsid, ilvl, levels))
        if shown:
            marks[paragraph_start] = " ".join(shown)
    return marks


def row_ends(word: bytes, table: bytes, story: str, pieces: Sequence[Piece]) -> set[int] | None:
    """The character positions of the marks (``\\x07``) in ``story`` that end a table's row
    rather than a cell: their paragraph properties say so (``sprmPFTtp``). An empty cell's
    mark stands right before the next cell's too, so the marks alone cannot tell. None when
    the properties cannot be read."""
    try:
        runs = _PropertyRuns(word, table)
    except (struct.error, ValueError, IndexError):
        return None
    if not runs.pages:
        return None
    ends = set()
    at = story.find("\x07")
    while at >= 0:
        try:
            found = runs.at(_offset(pieces, at))
        except (struct.error, IndexError):
            return None
        if found is not None and any(
            sprm in (_SPRM_P_F_TTP, _SPRM_P_F_INNER_TTP) and operand[:1] == b"\x01" for sprm, operand in _sprms(found[1])
        ):
            ends.add(at)
        at = story.find("\x07", at + 1)
    return ends


class _Properties(NamedTuple):
    ilfo: int | None
    ilvl: int | None
    in_table: bool


def _properties(grpprl: bytes) -> _Properties:
    """What a grpprl sets of a paragraph's list (ilfo, ilvl) and whether it is in a table."""
    ilfo = ilvl = None
    in_table = False
    for sprm, operand in _sprms(grpprl):
        if sprm == _SPRM_P_ILFO and len(operand) == 2:
            ilfo = struct.unpack("<h", operand)[0]
        elif sprm == _SPRM_P_ILVL and operand:
            ilvl = operand[0]
        elif sprm == _SPRM_P_F_IN_TABLE and operand:
            in_table = bool(operand[0])
    return _Properties(ilfo, ilvl, in_table)


def _offset(pieces: Sequence[Piece], position: int) -> int:
    """The file offset of the character at ``position``."""
    for piece in pieces:
        if piece.start <= position < piece.end:
            return piece.offset + (position - piece.start) * (1 if piece.compressed else 2)
    raise IndexError(position)


def _fc_lcb(word: bytes, at: int) -> tuple[int, int]:
    fc, lcb = struct.unpack_from("<II", word, at)
    return fc, lcb


def _sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """Each property change (sprm) of a grpprl, with its operand (a damaged one ends them)."""
    at = 0
    while at + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        at += 2
        size = _OPERAND_SIZES[sprm >> 13]
        if size is None:
            if sprm == _SPRM_T_DEF_TABLE and at + 2 <= len(grpprl):  # a two-byte size, counting one byte more
                size = 2 + struct.unpack_from("<H", grpprl, at)[0] - 1
            elif at < len(grpprl) and grpprl[at] != 255:
                size = 1 + grpprl[at]
            else:
                return  # sprmPChgTabs' long form: nothing read here comes after it
        if at + size > len(grpprl):
            return
        yield sprm, grpprl[at : at + size]
        at += size


class _PropertyRuns:
    """The paragraph property runs (PAPX in FKP pages) by file offset."""

    def __init__(self, word: bytes, table: bytes) -> None:
        fc, lcb = _fc_lcb(word, _FC_PLCF_BTE_PAPX)
        count = (lcb - 4) // 8
        plc = table[fc : fc + lcb]
        self.word = word
        self.offsets = struct.unpack_from(f"<{count + 1}I", plc) if count > 0 else ()
        self.pages = struct.unpack_from(f"<{count}I", plc, 4 * (count + 1)) if count > 0 else ()

    def at(self, offset: int) -> tuple[int, bytes] | None:
        """(istd, grpprl) of the paragraph whose mark lies at file ``offset``."""
        index = bisect.bisect_right(self.offsets, offset) - 1
        if not 0 <= index < len(self.pages):
            return None
        number = self.pages[index] & 0x3FFFFF
        page = self.word[number * _PAGE : (number + 1) * _PAGE]
        runs = page[_PAGE - 1]
        bounds = struct.unpack_from(f"<{runs + 1}I", page)
        run = bisect.bisect_right(bounds, offset) - 1
        if not 0 <= run < runs:
            return None
        at = 2 * page[4 * (runs + 1) + 13 * run]
        if at == 0:
            return 0, b""
        size = page[at]
        papx = page[at + 1 : at + 2 * size] if size else page[at + 2 : at + 2 + 2 * page[at + 1]]
        return struct.unpack_from("<H", papx)[0], papx[2:]


def _styles(word: bytes, table: bytes) -> list[_Style | None]:
    """The style sheet (STSH): each style's base, heading level and list, by istd."""
    fc, lcb = _fc_lcb(word, _FC_STSHF)
    sheet = table[fc : fc + lcb]
    if len(sheet) < 6:
        return []
    header_size = struct.unpack_from("<H", sheet)[0]
    count, base_size = struct.unpack_from("<HH", sheet, 2)
    at = 2 + header_size
    styles: list[_Style | None] = []
    for _ in range(count):
        size = struct.unpack_from("<H", sheet, at)[0]
        std = sheet[at + 2 : at + 2 + size]
        at += 2 + size
        if size < base_size + 2:
            styles.append(None)
            continue
        sti = struct.unpack_from("<H", std)[0] & 0x0FFF
        kind_and_base, upx_count = struct.unpack_from("<HH", std, 2)
        letters = struct.unpack_from("<H", std, base_size)[0]
        name = std[base_size + 2 : base_size + 2 + 2 * letters].decode("utf-16-le", "replace")
        heading = sti if sti in _STI_HEADINGS else 1 if sti == _STI_TITLE else heading_level(name)
        ilfo = ilvl = None
        if kind_and_base & 0x0F == 1 and upx_count & 0x0F:  # a paragraph style: its first UPX, istd + grpprl
            upx_at = base_size + 2 + 2 * letters + 2
            upx_size = struct.unpack_from("<H", std, upx_at)[0]
            ilfo, ilvl, _ = _properties(std[upx_at + 4 : upx_at + 2 + upx_size])
        styles.append(_Style(kind_and_base >> 4, heading, ilfo, ilvl))
    return styles


def _resolved(styles: Sequence[_Style | None], istd: int) -> tuple[int | None, int | None, int | None]:
    """(heading level, ilfo, ilvl) of style ``istd``: its own, else its base styles'."""
    heading = ilfo = ilvl = None
    first = True
    for _ in range(11):  # a chain of bases a few styles long (a loop of them ends too)
        style = styles[istd] if 0 <= istd < len(styles) else None
        if style is None:
            break
        if first:
            heading, first = style.heading, False  # a heading style's heading is not inherited
        ilfo = style.ilfo if ilfo is None else ilfo
        ilvl = style.ilvl if ilvl is None else ilvl
        if style.base == _NO_STYLE:
            break
        istd = style.base
    return heading, ilfo, ilvl


class _Lfo(NamedTuple):
    """A list format (LFO): the list it numbers by, and what it overrides of its levels:
    where one restarts (Word's "restart numbering"), and its formatting."""

    lsid: int
    starts: dict[int, int]
    levels: dict[int, ListLevel]


def _level_at(table: bytes, at: int) -> tuple[ListLevel, int]:
    """The list level (LVL) at ``at`` in the table stream, and where the next one begins."""
    start, nfc = struct.unpack_from("<iB", table, at)
    chpx_size, papx_size = table[at + 24], table[at + 25]
    at += 28 + papx_size + chpx_size
    letters = struct.unpack_from("<H", table, at)[0]
    text = table[at + 2 : at + 2 + 2 * letters].decode("utf-16-le", "replace")
    # the levels' numbers stand in the text as the characters 0-8
    shown = "".join(f"%{ord(c) + 1}" if ord(c) < 9 else c for c in text)
    return ListLevel(_FORMS.get(nfc, "bullet"), shown, start), at + 2 + 2 * letters


def _lists(word: bytes, table: bytes) -> tuple[dict[int, dict[int, ListLevel]], list[_Lfo]]:
    """The lists (PlfLst, with their levels after it): list id -> levels; and the list
    formats (PlfLfo, each with its LFOData after them), in order (an ilfo is 1 + an index
    into them)."""
    fc, lcb = _fc_lcb(word, _FC_PLF_LST)
    lists: dict[int, dict[int, ListLevel]] = {}
    if lcb >= 2:
        count = struct.unpack_from("<h", table, fc)[0]
        at = fc + 2
        heads = []
        for _ in range(max(count, 0)):
            lsid = struct.unpack_from("<i", table, at)[0]
            heads.append((lsid, 1 if table[at + 26] & 0x01 else 9))  # fSimpleList: one level
            at += 28
        for lsid, level_count in heads:  # the levels (LVL) follow the PlfLst, list by list
            levels: dict[int, ListLevel] = {}
            for level in range(level_count):
                levels[level], at = _level_at(table, at)
            lists[lsid] = levels
    fc, lcb = _fc_lcb(word, _FC_PLF_LFO)
    lfos: list[_Lfo] = []
    if lcb >= 4:
        count = min(struct.unpack_from("<I", table, fc)[0], (lcb - 4) // 16)
        heads = [(struct.unpack_from("<i", table, fc + 4 + 16 * i)[0], table[fc + 4 + 16 * i + 12]) for i in range(count)]
        at = fc + 4 + 16 * count  # each LFO's LFOData: a cp, then its level overrides (LFOLVL)
        for lsid, overrides in heads:
            starts: dict[int, int] = {}
            formats: dict[int, ListLevel] = {}
            at += 4
            for _ in range(overrides):
                start, flags = struct.unpack_from("<iI", table, at)
                at += 8
                level = flags & 0x0F
                if flags & 0x20:  # fFormatting: a whole level of its own follows
                    formats[level], at = _level_at(table, at)
                if flags & 0x10 and level < 9:  # fStartAt
                    starts[level] = start
            lfos.append(_Lfo(lsid, starts, formats))
    return lists, lfos
