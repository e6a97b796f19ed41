"""Stage 1: text -> logical lines, with page furniture set aside.

Guarantees to the next stage:
- every source line is either one :class:`Line` (outer white space and Markdown marks
  removed, inner tabs and space runs kept) or one :class:`~bigprotokoll.model.Furniture`;
- ``Line.brk`` is True when a paragraph break comes before the line. Plain and Markdown
  text break at blank lines; PDF-extracted text (each line followed by an empty line)
  breaks at whitespace-only lines, an empty line there only ends a wrapped line; text
  with no blank line and lines longer than a page's (a word processor's "Save as Text")
  breaks at every line but where a sentence goes on in lower case;
- where furniture stood inside a sentence, the sentence is joined again (no break).
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple, Sequence

import attrs

from ..model import Furniture, FurnitureKind
from .diagnostics import Diagnostics

__all__ = [
    "BULLETS",
    "FURNITURE_PATTERNS",
    "LINE_END_HYPHEN",
    "SENTENCE_END_MARKS",
    "TITLE",
    "Layout",
    "Line",
    "ends_sentence",
    "furniture_kind",
    "join_hyphenated",
    "split_lines",
    "squeeze",
]


#: Characters that open a bulleted line: ASCII marks, Unicode's bullets, and the private-use
#: characters a bullet in the Symbol or Wingdings font becomes in text taken from PDF, RTF
#: and Word files (U+F0B7 for Symbol's bullet, U+F0A7 for Wingdings' square, ...).
BULLETS: Final = "-*•◦▪▫●○■□‣⁃►▸➢➤·–—\uf0b7\uf0a7\uf0a8\uf0d8\uf0fc\uf076\uf06e\uf0e0"


class Line(NamedTuple):
    """One logical line (a named tuple: the parser makes thousands of them)."""

    no: int  # 1-based line number in the source
    text: str  # never empty
    brk: bool = False  # a paragraph break comes before this line
    level: int = 0  # Markdown heading level (### -> 3), 0 for none
    strong: bool = False  # the whole line in bold in Markdown ("**Ekonomi**"), no heading


def squeeze(text: str) -> str:
    """``" ".join(text.split())``: each run of white space one space, none at the ends.

    Most text is so already, which a cheap look proves: ``isprintable()`` is False for
    every white space character but the plain space (tabs, line breaks, no-break and
    other Unicode spaces), so printable text without a double space or a space at either
    end comes out unchanged, and is returned as it is.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


#: ``new_line(Line, (no, text, brk, level, strong))`` is ``Line(no, text, brk, level, strong)`` without
#: the named tuple's Python-level ``__new__`` (split_lines makes one per source line).
new_line: Final = tuple.__new__


@attrs.frozen
class Layout:
    markdown: bool
    pdf: bool
    #: One line a paragraph, no blank lines (a word processor's "Save as Text"): every line
    #: starts a paragraph.
    unwrapped: bool = False


MARKDOWN_HEADING = re.compile(
    r"""
    ^ (?P<hashes>\#{1,6})   # one to six hashes
    \s+ (?P<text>.*?)       # the heading text
    \s* \#* $               # optional closing hashes
    """,
    re.VERBOSE,
)

#: Bold and italic marks around a span of text (Word-to-Markdown conversions).
EMPHASIS = re.compile(
    r"""
    (?=[*_])                # a cheap first look: a mark starts here
    (?<![\w*\\])            # not inside a word, not escaped
    (?P<marks>\*{1,3}|_{1,2}) # *, **, ***, _ or __
    (?!(?<=_)_)             # no run of three underscores or more ("_______" is a line to sign on)
    (?=\S)                  # the span starts with a visible character
    (?P<text>[^*\n]*?[^\s*_][^*\n]*?)  # the emphasised text, not marks alone ("______" is a line to sign on)
    (?<=\S)                 # and ends with one
    (?P=marks)
    (?![\w*])
    """,
    re.VERBOSE,
)

#: A Markdown link [text](target): the text is kept, the target when it differs.
LINK = re.compile(r"\[(?P<text>[^\]\n]+)\]\((?P<target>[^)\s]+)\)")

#: Markdown backslash escapes.
ESCAPE = re.compile(r"\\(?P<char>[\\`*_{}\[\]()#+\-.!|>])")

#: A row of a Markdown pipe table: "| Ida Ek | Polisen |" (cells split at unescaped pipes).
TABLE_ROW = re.compile(r"^\|(?P<cells>.*[^\\])\|$")
TABLE_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")
#: The rule under a pipe table's first row: "|------|:---:|".
TABLE_RULE = re.compile(r"^\|(?:\s*:?-+:?\s*\|)+$")
#: A grid table's border, above, between and below its rows: "+------+=====+".
GRID_BORDER = re.compile(r"^\+(?:[-=:]+\+)+$")

#: A signature box at a page's foot ("Justerandes sign", "Utdragsbestyrkande").
_SIGN_BOX: Final = r"(?:(?:Justerandes|Ordförandes|Sekreterarens)\s+sign(?:atur|\.)?|Utdragsbestyrkande)"

#: Page furniture, recognised line by line wherever it falls (one pattern a line: they
#: are joined into one expression).
FURNITURE_PATTERNS: tuple[tuple[FurnitureKind, re.Pattern[str]], ...] = (
    # the BIG letterhead: "BIG BROTTSFÖREBYGGARNA I GÄVLE"
    (FurnitureKind.LETTERHEAD, re.compile(r"^[A-ZÅÄÖ ]*BROTTSFÖREBYGGARNA(?:\s+I\s+[A-ZÅÄÖ]+)?\s*$")),
    # the postal address: "803 25 Gävle. Besöksadress: Nynäs Herrgård, Gavlegränd 2"
    (FurnitureKind.LETTERHEAD, re.compile(r"^\d{3}\s?\d{2}\s+[A-ZÅÄÖ][\wåäö]+\.?\s+Besöksadress:.*$")),
    # phone and fax: "Tfn 026-17 80 00 (vx), ... Fax 026-17 99 40"
    (FurnitureKind.LETTERHEAD, re.compile(r"^(?:Tfn|Tel\.?|Telefon)\s+[\d\s()-].*(?:Fax|fax)\b.*$")),
    # the web address alone on a line, bare or as a Markdown link
    (FurnitureKind.LETTERHEAD, re.compile(r"^\[?(?:https?://)?www\.[^\s\]]+\]?(?:\((?:https?://)?[^\s)]+\))?$")),
    # page numbers: "Sida 1 av 2", "Sida 1 (3)", "Sida 2", "1 (3)", "- 2 -"
    (FurnitureKind.PAGE_NUMBER, re.compile(r"^(?:[Ss]ida\s+\d+(?:\s+av\s+\d+|\s*\(\d+\))?|\d+\s*\(\d+\)|-\s*\d+\s*-)$")),
    # the signature boxes at the foot of every page of formal minutes: "Justerandes sign",
    # "Utdragsbestyrkande", side by side (in a table's cells, or with lines to sign on)
    (FurnitureKind.PAGE_FOOTER, re.compile(rf"^[\s|_]*{_SIGN_BOX}(?:[\s|_]+{_SIGN_BOX})*[\s|_]*$")),
    # an item going on over a page, at the new page's head: "§ 77 forts.", "§ 77 Taxa (forts.)"
    (FurnitureKind.LETTERHEAD, re.compile(r"^§\s*\d{1,3}\b(?:.*\s)?\(?(?:forts\.?|fortsättning)\)?:?$")),
)

#: What a line or paragraph that ends a sentence (or a list entry) ends with. One rule
#: for joining text again across page furniture and across paragraph breaks.
SENTENCE_END_MARKS: Final = (".", "!", "?", ":", ";", ")", "]", "”", '"', "»")


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: the next line in lower case starts a new one anyway."""
    return text.rstrip().endswith(SENTENCE_END_MARKS)


#: A word broken at the end of a line: "en gemensam utvär-" (then "dering" below).
LINE_END_HYPHEN = re.compile(
    r"""
    (?P<stem>\w+)   # the first half of the word
    - $             # a hyphen ends the line
    """,
    re.VERBOSE,
)

#: Words after which a line-end hyphen is a suspended compound ("gång- och cykelvägar"),
#: not a broken word.
_SUSPENDED_HYPHEN_NEXT = {"och", "eller", "samt", "som", "till", "resp", "respektive"}


def join_hyphenated(left: str, right: str, line: int | None, diagnostics: Diagnostics) -> str | None:
    """``left`` and ``right`` joined into one word when ``left`` ends with a word broken by
    a hyphen and ``right`` goes on in lower case; else None.

    The info diagnostic names both halves, so the words as written stay in the result.
    """
    if not left.endswith("-") or not right[:1].islower():
        return None
    hyphen = LINE_END_HYPHEN.search(left)
    if not hyphen:
        return None
    first_word = right.split()[0].rstrip(",.;:!?)")
    if first_word in _SUSPENDED_HYPHEN_NEXT:
        return None
    diagnostics.info("hyphen-joined", f"joined {hyphen['stem']}- and {first_word} across a line break", line)
    return left[:-1] + right


_ANY_HEADING = re.compile(r"^\#{1,6}\s", re.MULTILINE)


def _detect_layout(text: str, raw_lines: list[str], stripped: list[str]) -> Layout:
    """The layout of the text; ``stripped`` holds ``raw_lines`` with outer white space removed."""
    # one character is looked for first: that scan is fast, a pair's is not ("**", "\n#")
    star = "*" in text
    markdown = (
        (star and "**" in text)
        or ("#" in text and (text.startswith("#") or "\n#" in text) and bool(_ANY_HEADING.search(text)))
        or ((star or "_" in text) and bool(EMPHASIS.search(text)))
    )
    blank = stripped.count("")
    whitespace_only = blank - raw_lines.count("")
    nonblank = len(stripped) - blank
    pdf = (
        whitespace_only >= 2
        and nonblank > 0
        # nonblank lines followed by an empty one (counted only when the rest holds)
        and sum(1 for before, line in zip(stripped, raw_lines[1:]) if before and not line) >= 0.6 * nonblank
    )
    # no blank line, and lines longer than any page wraps: each line is a paragraph
    unwrapped = blank == 0 and any(len(line) > _UNWRAPPED for line in stripped)
    return Layout(markdown, pdf, unwrapped)


#: A line longer than this is no line of a page (a PDF's text, a mail wrapped at 72) but a
#: paragraph on one line.
_UNWRAPPED = 130


def clean_markdown(text: str) -> tuple[str, int]:
    """Markdown marks removed from one line; returns (text, heading level)."""
    level = 0
    heading = MARKDOWN_HEADING.match(text) if text.startswith("#") else None
    if heading:
        level = len(heading["hashes"])
        text = heading["text"]
    for _ in range(3 if "*" in text or "_" in text else 0):  # nested emphasis needs a second pass
        cleaned = EMPHASIS.sub(lambda m: m["text"], text)
        if cleaned == text:
            break
        text = cleaned
    if "](" in text:
        text = LINK.sub(lambda m: m["text"] if m["target"].endswith(m["text"]) else f"{m['text']} ({m['target']})", text)
    if "\\" in text:
        if text.endswith("\\") and not text.endswith("\\\\"):
            text = text[:-1]  # a hard line break ("rad\\" as pandoc writes it): the line ends anyway
        text = ESCAPE.sub(lambda m: m["char"], text)
    return text.strip(), level


#: A line in bold as a whole ("**Ekonomi**", "__Ekonomi__"), as notes head their items that
#: have no heading style.
STRONG_LINE = re.compile(r"(\*\*|__)(?!\s)[^*_]+(?<!\s)\1$")
_STRONG_MARKS = frozenset({"**", "__"})


#: A Markdown thematic break, a rule across the page: "---", "* * *", "___" (72 dashes
#: from pandoc), alone between blank lines.
THEMATIC_BREAK = re.compile(r"^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")


#: A page number in the last column of a letterhead's line: "SAMMANTRÄDESPROTOKOLL<TAB>Sida 1 (3)".
PAGE_NUMBER_CELL = re.compile(
    r"""
    ^ (?P<rest>.*?\S) (?:\t|\x20{2,}) \s*
    (?P<page> (?:[Ss]ida\s+)? \d+ \s* \(\d+\) | [Ss]ida\s+\d+ (?:\s+av\s+\d+)? ) $
    """,
    re.VERBOSE,
)


#: A page's label in the last column, its number on the line below ("PROTOKOLLSUTDRAG<TAB>Sida" /
#: "<TAB>1 (2)", as a PDF's text has a cell of two lines).
PAGE_LABEL_CELL = re.compile(r"^(?P<rest>.*?\S)(?:\t|\x20{2,})\s*(?P<page>[Ss]ida:?)$")
#: How a line with a page's label in its last column ends (a cheap look first).
_PAGE_LABEL_ENDS: Final = ("Sida", "sida", "Sida:", "sida:")


#: The kind of document, as a title and a page's head name it: "Protokoll fört vid
#: ledningsgruppsmöte BIG 2022-01-18", "SAMMANTRÄDESPROTOKOLL", "(Minnes)anteckningar".
TITLE = re.compile(r"\b(?:\w*protokoll(?:sutdrag)?|\w*anteckningar)\b", re.IGNORECASE)


def _later_page(page: str) -> bool:
    """True for a page number past the first ("Sida 2 (3)", "2 av 5")."""
    number = re.search(r"\d+", page)
    return number is not None and int(number.group()) > 1


#: How a line with a page number in its last column ends (a cheap first look).
_PAGE_NUMBER_ENDS: Final = frozenset(")0123456789")


#: All furniture patterns in one, so an ordinary line costs one match.
_ANY_FURNITURE = re.compile(
    "|".join(f"(?P<k{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(FURNITURE_PATTERNS)),
)


#: How a line that is furniture starts, but for a digit (or it holds "BROTTSF").
_FURNITURE_STARTS: Final = (
    "Tfn", "Tel", "Sida", "sida", "-", "[", "www", "http",
    "Justerandes", "Ordförandes", "Sekreterarens", "Utdragsbestyrkande", "|", "_",
)
#: The same starts by their first character: one lookup rules out most lines, and a line
#: that starts with "S" is compared with the two starts that do, not all fourteen.
_FURNITURE_STARTS_BY_FIRST: Final = {
    start[0]: tuple(other for other in _FURNITURE_STARTS if other[0] == start[0]) for start in _FURNITURE_STARTS
}


def _may_be_furniture(text: str) -> bool:
    """False for a line that no furniture pattern matches (a cheap look: almost no line is
    furniture); every pattern's line starts with a digit or one of :data:`_FURNITURE_STARTS`,
    or holds "BROTTSF" (the letterhead), or is a § line that ends with "forts"."""
    first = text[:1]
    if first.isdigit():
        return True
    if first == "§":  # an item's heading, unless it goes on from the page before ("§ 77 forts.")
        return "forts" in text[-14:]
    starts = _FURNITURE_STARTS_BY_FIRST.get(first)
    return (starts is not None and text.startswith(starts)) or "BROTTSF" in text


def _furniture_match(text: str) -> FurnitureKind | None:
    """:func:`furniture_kind` past its cheap look."""
    found = _ANY_FURNITURE.match(text)
    if found is None:
        return None
    return FURNITURE_PATTERNS[int(found.lastgroup[1:]) if found.lastgroup else 0][0]


def furniture_kind(text: str) -> FurnitureKind | None:
    """The kind of page furniture ``text`` (one line) is, or None."""
    return _furniture_match(text) if _may_be_furniture(text) else None


#: Characters of the Markdown marks :func:`clean_markdown` removes (#, *, _, \\ and the
#: "]" of a link); a line without any comes out as it went in. One character class, so
#: the search scans fast.
_MARKDOWN_MARK = re.compile(r"[#*_\\\]]")


def table_cells(text: str) -> str | None:
    """A Markdown pipe table's row as its cells separated by tabs (the columns every
    later stage reads), or None when ``text`` is no such row."""
    row = TABLE_ROW.match(text)
    if row is None:
        return None
    cells = [cell.strip() for cell in TABLE_CELL_SEPARATOR.split(row["cells"])]
    return "\t".join([cell for cell in cells if cell]) or None


#: Digits as one mark, so that a running head's page number or date ("Sida 2 (3)") does not
#: tell its pages apart (``str.translate`` table).
_DIGITS_AS_ONE = str.maketrans("0123456789", "##########")
#: The most lines of a first page's head that may run on the next pages.
_HEAD_LINES = 4


def running_heads(stripped_lines: Sequence[str]) -> set[int]:
    """Indexes of the lines that repeat the first page's head further down, as the text of a
    PDF that runs its letterhead on every page has them ("Norrviks kommun<TAB>SAMMANTRÄDESPROTOKOLL
    <TAB>Sida 2 (3)" / "Socialnämnden<TAB>Sammanträdesdatum" / "2024-05-21"). The head is the
    document's first lines up to the first blank line (four at most); a repeat starts with its
    first line and goes on with at least one more of its lines, one right after the other,
    the same but for digits (a one-line head: that line, when it has two columns or more).
    The head itself is not among them: it is the title."""
    head: list[str] = []
    for line in stripped_lines:
        if not line:
            if head:
                break
            continue
        head.append(line.translate(_DIGITS_AS_ONE))
        if len(head) == _HEAD_LINES:
            break
    if not head or (len(head) == 1 and "\t" not in head[0] and "   " not in head[0]):
        return set()
    keys = set(head)
    starts = {key[:3] for key in keys}
    found: set[int] = set()
    run: list[int] = []
    first = stripped_lines.index(next(line for line in stripped_lines if line)) + len(head)
    least = min(2, len(head))
    for index in range(first, len(stripped_lines)):
        line = stripped_lines[index]
        if line and line[:3].translate(_DIGITS_AS_ONE) in starts:
            key = line.translate(_DIGITS_AS_ONE)
            if key in keys and (run or key == head[0]):
                run.append(index)
                continue
        if not line and run:
            continue  # a blank line inside the repeat
        if len(run) >= least:
            found.update(run)
        run = []
    if len(run) >= least:
        found.update(run)
    return found


def split_lines(text: str, diagnostics: Diagnostics) -> tuple[list[Line], list[Furniture], Layout]:
    """The logical lines of the text, the furniture set aside, and the layout found.

    A Markdown pipe or grid table's rows become lines of tab-separated cells, each starting
    a paragraph; the rule under a pipe table's first row and a grid table's borders hold no
    words and are noted in ``markdown-table`` diagnostics instead.
    """
    raw_lines = text.splitlines()
    stripped_lines = [raw.strip() for raw in raw_lines]
    layout = _detect_layout(text, raw_lines, stripped_lines)
    pdf = layout.pdf
    unwrapped = layout.unwrapped
    markdown = layout.markdown
    # a line without any Markdown mark comes out of clean_markdown as it went in
    markdown_mark = _MARKDOWN_MARK.search if layout.markdown else None
    tables = "|" in text  # a look for table rows only where there can be one
    lines: list[Line] = []
    line_type = Line  # looked up once, not once a line
    furniture: list[Furniture] = []
    brk = True
    after_furniture = False
    heads = running_heads(stripped_lines)
    for index, stripped in enumerate(stripped_lines):
        row = False
        if not stripped:
            # in PDF text an empty line only ends a wrapped line; whitespace breaks
            if not pdf or raw_lines[index]:
                brk = True
            continue
        if heads and index in heads:  # the first page's head run on a later page
            if index - 1 not in heads:
                diagnostics.info("running-head", "set aside the first page's head, run on a later page, as furniture", index + 1)
            page = PAGE_NUMBER_CELL.match(stripped) if stripped[-1] in _PAGE_NUMBER_ENDS else None
            if page is not None:
                furniture.append(Furniture(page["page"], FurnitureKind.PAGE_NUMBER, line=index + 1))
                stripped = page["rest"]
            furniture.append(Furniture(stripped, FurnitureKind.LETTERHEAD, line=index + 1))
            after_furniture = True
            continue
        if _may_be_furniture(stripped):
            kind = _furniture_match(stripped)
            if kind is not None:
                if (
                    kind is FurnitureKind.PAGE_NUMBER
                    and lines
                    and lines[-1].no == index  # the line right above, its label in the last column
                    and lines[-1].text.endswith(_PAGE_LABEL_ENDS)
                    and (label := PAGE_LABEL_CELL.match(lines[-1].text)) is not None
                ):  # "PROTOKOLLSUTDRAG<TAB>Sida" / "<TAB>1 (2)": the label is furniture too
                    lines[-1] = lines[-1]._replace(text=label["rest"])
                    furniture.append(Furniture(label["page"], FurnitureKind.PAGE_NUMBER, line=index))
                furniture.append(Furniture(stripped, kind, line=index + 1))
                after_furniture = True
                continue
        if stripped[-1] in _PAGE_NUMBER_ENDS and ("\t" in stripped or "  " in stripped):
            page = PAGE_NUMBER_CELL.match(stripped)
            if page is not None:  # the page number is furniture, the rest of the line text
                furniture.append(Furniture(page["page"], FurnitureKind.PAGE_NUMBER, line=index + 1))
                stripped = page["rest"]
                if TITLE.search(stripped) and _later_page(page["page"]) and len(furniture) > 1:
                    # a later page's head that names the document ("Socialnämnden  Sammanträdesprotokoll
                    # 2024-03-19  Sida 2 av 5"), though not as the first page's did: furniture too (not the
                    # text's first page, which an extract may number 5, and which holds the title)
                    diagnostics.info("running-head", "set aside a later page's head, which names the document, as furniture", index + 1)
                    furniture.append(Furniture(stripped, FurnitureKind.LETTERHEAD, line=index + 1))
                    after_furniture = True
                    continue
        if tables and stripped[0] == "+" and GRID_BORDER.match(stripped):
            diagnostics.info("markdown-table", "read a Markdown grid table: its rows as columns, this line a border", index + 1)
            continue
        if tables and stripped[0] == "|" and (cells := table_cells(stripped)) is not None:
            if not TABLE_RULE.match(stripped):
                stripped = cells
                brk = row = True  # a row is a paragraph of its own
            elif lines and lines[-1].no == index and "\t" in lines[-1].text:  # the rule right under a row
                diagnostics.info("markdown-table", "read a Markdown table: its rows as columns, this line its rule", index + 1)
                continue
        if (
            markdown
            and brk
            and stripped[0] in "-*_"
            and THEMATIC_BREAK.match(stripped)
            and not (index + 1 < len(stripped_lines) and stripped_lines[index + 1])
        ):
            diagnostics.info("markdown-rule", "read a Markdown thematic break (a rule across the page): no words", index + 1)
            continue
        strong = False
        if markdown_mark is not None and markdown_mark(stripped):
            cleaned, level = clean_markdown(stripped)
            if not cleaned:  # a line of marks alone ("**", "---"): keep it as text
                cleaned, level = stripped, 0
            elif not level and stripped[:2] in _STRONG_MARKS and STRONG_LINE.match(stripped):
                strong = True
        else:
            cleaned, level = stripped, 0
        if after_furniture:
            if lines and not ends_sentence(lines[-1].text) and cleaned[:1].islower():
                brk = False  # the sentence the furniture interrupted goes on
                diagnostics.info("furniture-joined", "joined a sentence interrupted by page furniture", index + 1)
            else:
                brk = True
            after_furniture = False
        if unwrapped and brk and cleaned[:1].islower() and lines and not ends_sentence(lines[-1].text):
            brk = False  # a line break inside a paragraph: the sentence goes on
        lines.append(new_line(line_type, (index + 1, cleaned, brk, level, strong)))
        brk = row or unwrapped  # a line right after a table row starts a paragraph (GFM: no part of that row)
    return lines, furniture, layout
