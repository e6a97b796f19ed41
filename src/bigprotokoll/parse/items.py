"""Stage 3c: the § items: headings (wrapped or not), paragraphs, sub-items, bullets, the
parts of formal items ("Beslut", "Beslutsunderlag", a case number: paragraphs of their
own) and the subsections of reports; then the chair and the next meeting, which the
items' text announces.

Guarantees: every line of an item is in its heading, a paragraph or a subsection
heading. Paragraph breaks that split a sentence (a page break: no full stop before, a
lower-case word after) are joined again.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Protocol, Sequence

from ..model import NextMeeting, Paragraph, Subsection
from .annotate import PART_HEADING, PART_LONGEST, decides_by_clauses, keywords_in, may_be_part, sentences
from .dates import find_date, find_times, place_after
from .diagnostics import Diagnostics
from .header import AGENDA_HEADINGS, LABEL, MEETING_TITLE, TITLE
from .lines import BULLETS, Line, ends_sentence, join_hyphenated, squeeze
from .office import roman
from .letters import UPPER
from .orgs import OrgKnowledge, looks_like_institution
from .signatures import SIGNATURE_LABEL

__all__ = [
    "BARE_ITEM_HEADING",
    "ITEM_HEADING",
    "ItemLike",
    "ItemText",
    "NEXT_MEETING",
    "NEXT_MEETING_WORDS",
    "REPORT_ITEM",
    "bare_headings",
    "find_chair",
    "find_next_meeting",
    "find_next_meeting_under",
    "find_next_meeting_in",
    "is_item_heading",
    "numbered_headings",
    "place_after",
    "read_item_text",
    "unnumbered_headings",
]

#: A § heading: "§ 4 Stadsdelslyftet", "§5 Det drog- ...", "§ 10. Mötet avslutas".
ITEM_HEADING = re.compile(
    r"""
    ^ §\s* (?P<number>\d{1,3})      # § and its number, with or without a space
    (?! \s* [-–] \s* §? \s* \d)     # not a range such as "§ 3 - § 5"
    (?:[.:]|\s+[-–—](?=\s))?        # an optional dot, colon or spaced dash ("§ 4 – Budget"),
    (?:\s+|$)                       # then space
    (?! [a-z] (?:[.)]|\s|$) )       # not a part of the item: "§ 21 a Polisen" (:data:`SUB_NUMBERED`)
    (?P<heading>.*) $               # the heading, possibly empty (it may follow below)
    """,
    re.VERBOSE,
)

#: A part of an item, numbered under it, on a line of its own with its heading: "§ 21 a
#: Polisen", "§ 21 b) Räddningstjänsten", "22.1 Prioriterade områden" (a subsection when
#: the number is the item's; the line as written is the subsection's heading).
SUB_NUMBERED = re.compile(
    r"(?:§\s*(?P<number>\d{1,3})\s*[a-z][.)]?|(?P<decimal>\d{1,3})\.\d{1,2}\.?)\s+[A-ZÅÄÖ][^.!?]{0,79}$"
)

#: Items whose text is one report per organisation, by their heading in lower case (faster to
#: search than with ``re.IGNORECASE``, which tries each letter both ways).
REPORT_ITEM = re.compile(r"aktuellt|huvudm[aä]n|rapporter|information\s+från|lägesbild")

#: A sub-item "a. text" or "b) text", possibly as a Markdown list item.
SUB_ITEM = re.compile(
    rf"""
    ^ (?:[{re.escape(BULLETS)}]\s+)?   # an optional list mark
    (?P<label>[a-zåäö]) [.)]    # a letter and a dot or bracket
    \s+ (?P<text>\S.*) $
    """,
    re.VERBOSE,
)

#: A bullet "- text".
BULLET = re.compile(rf"^(?:[{re.escape(BULLETS)}]\s+|o\t\s*)(?:\[\s\]\s+)?(?P<text>\S.*)$")  # an open checkbox "- [ ]" a bullet too
#: ("o<TAB>": a list's second level, as Word saves it as text)

#: An entry of a numbered list: "2. Hamnområdet den 21 maj.", "3) Ekonomi", "II. Skadegörelse".
NUMBERED_ENTRY = re.compile(r"^(?P<number>\d{1,3}|[IVX]{1,6})[.)]\s+\w")
#: Roman numerals as list numbers, up to 39.
_ROMAN_VALUES: Final = {numeral.upper(): value for value in range(1, 40) if (numeral := roman(value))}

#: A case number (diarienummer) alone on its line: "Dnr 2024/33", "Dnr KS 2024/33", "Diarienummer: BIG-12".
CASE_NUMBER = re.compile(r"^(?:Dnr\.?|Diarienr\.?|Diarienummer)\s*:?\s*[\w./:-]+(?:\s+[\w./:-]+){0,2}$", re.IGNORECASE)

#: A case number at the end of an item's heading line: "Ekonomisk uppföljning   Dnr SN 2024/14".
_CASE_IN_HEADING = re.compile(r"\s+(?P<case>Dnr\b.*)$")

#: An organisation's lead-in: "Polisen: Under hösten ..." or "Social hållbarhet:".
LEAD_IN = re.compile(
    r"""
    ^ (?P<org>[^:]{2,80}?)      # the organisation, up to the first colon
    \s* :                       # the colon ("BIG:s" has none after it: no space follows)
    (?: \s+ (?P<rest>.*) )? $   # the report may start on the same line
    """,
    re.VERBOSE,
)

#: The next meeting: "Nästa möte", "Nästa ledningsgruppsmöte", "Nästa sammanträde".
NEXT_MEETING = re.compile(
    r"""
    \b (?: n[äa]sta \s+          # "Nästa"
    (?: [\wåäö-]* m[öo]te        # möte, ledningsgruppsmöte
      | sammantr[äa]de           # sammanträde
      | träff | sammankomst | mötestillfälle
      | g[åa]ng )                # "Vi ses nästa gång den 18 april"
      | kommande \s+ m[öo]te )   # "Kommande möte hålls ..." (not "kommande möten", a list of them)
    \b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A heading over the dates of the meetings to come ("Kommande möten", "Mötesplan"): the
#: first date after the meeting's is the next meeting's.
MEETINGS_HEADING = re.compile(
    r"(?:kommande|n[äa]sta|planerade)\s+(?:m[öo]ten|m[öo]testider|m[öo]tesdatum|träffar|sammanträden)\b"
    r"|m[öo]tesplan|m[öo]tesdatum|m[öo]testider|datum\s+för\s+(?:kommande|nästa)\s+m[öo]ten",
    re.IGNORECASE,
)

#: What a paragraph that announces the next meeting holds in lower case (a cheap first look).
NEXT_MEETING_WORDS: Final = frozenset({"nästa", "nasta", "kommande"})

#: The chair: "Mötesordförande Jens Gagge hälsade ...", or "Ordförande Jens Gagge ..."
#: starting a sentence (``plain``: then only an attendee's name is taken).
CHAIR = re.compile(
    r"""
    (?: \b Mötesordförande                   # the title
      | (?:^|(?<=[.!?]\s)) (?P<plain>Ordförande) )
    (?:n)? \s+
    (?=(?P<rest>.+) $)                        # the name and what follows ("Jens Gagge hälsade ...")
    """,
    re.VERBOSE,
)
CHAIR_NAME = re.compile(rf"[{UPPER}][\w'’-]+(?:\s+(?:von\s+|af\s+|de\s+)?[{UPPER}][\w'’-]+){{1,4}}")

_LIST_MARKS: Final = frozenset(BULLETS)
_SUB_ITEM_SECOND: Final = frozenset({".", ")"})


#: How an entry of a table of contents ends: dots leading to its page ("§ 34 Val av justerare
#: ........ 2").
TABLE_OF_CONTENTS_END = re.compile(r"(?:\.{4}|…)\s*\d+$")


def is_item_heading(line: Line) -> re.Match[str] | None:
    """:data:`ITEM_HEADING`'s match of a § line, but for an entry of a table of contents
    (a line of preamble text)."""
    text = line.text
    if not text.startswith("§"):
        return None
    found = ITEM_HEADING.match(text)
    if found is not None and text[-1:].isdigit() and TABLE_OF_CONTENTS_END.search(text):
        return None
    return found


#: A § heading without its number: "§ Ordförandens rapport", or "§" alone with the heading on
#: the line below (a Word list's numbers, "§ 1", "§ 2", ..., are lost when it is saved as text).
BARE_ITEM_HEADING = re.compile(r"^§(?:\s+(?P<heading>[^\W\d_].*))?$")


def bare_headings(lines: Sequence[Line], candidates: Sequence[int]) -> list[int]:
    """Which of the ``candidates`` (indexes of lines starting with §) are § headings without
    a number: "§ Ordförandens rapport" (a capital first, no sentence) or "§" alone over such a
    line, each where a paragraph starts (or a sentence has ended before it, as in PDF text)."""
    found = []
    for i in candidates:
        line = lines[i]
        m = BARE_ITEM_HEADING.match(line.text)
        if m is None or not (line.brk or line.level or i == 0 or ends_sentence(lines[i - 1].text)):
            continue
        heading = m["heading"] if m["heading"] is not None else (lines[i + 1].text if i + 1 < len(lines) else "")
        if heading[:1].isupper() and _heading_like(heading):
            found.append(i)
    return found


#: A numbered entry's topic before its text, after a spaced dash or a colon ("Skolstart – lugn
#: start på skolorna.", "Sommaren: färre anmälningar."): a few words, no sentence's end.
ENTRY_LEAD = re.compile(r"(?P<head>[^\W\d_][^.!?:;–—]{0,39}?)(?:\s+[-–—]\s+|\s*:\s+)(?P<rest>\S.*)$")

#: An item numbered without § before its number, for minutes that have no "§ 1" at all:
#: "1. Mötets öppnande", "2) Dagordning", and "3 § Ekonomi" (the § after the number, as
#: Finland-Swedish minutes write it).
NUMBERED_HEADING = re.compile(
    r"""
    ^ (?: (?P<word>Punkt|Ärende|Paragraf) \s+ )?   # "Punkt 3: Ekonomi", "Ärende 3 Ekonomi"
    (?P<number>\d{1,3})
    (?(word) (?:[.:)] | \s+[-–—](?=\s))? | (?:[.)] | \x20?(?P<section>§)[.:]?) )  # after a word the mark is optional ("Ärende 1 – ...")
    \s+ (?P<heading>\S.{0,99}) $
    """,
    re.VERBOSE | re.IGNORECASE,
)


def numbered_headings(lines: list[Line]) -> dict[int, re.Match[str]]:
    """The numbered headings of minutes without § (``{line index: match}``): lines that
    start a paragraph (or, inside one, read as a heading: no sentence) with 1., 2., 3. ...
    in sequence (from any number when the first is a heading: "## 31. Öppnande"); a
    numbered list inside an item is passed over where its numbers are not the next item's. A word may come before the
    number ("Punkt 3: Ekonomi", "Ärende 3"). A run of headings with no text
    between them followed (after other lines or none: "Anteckningar") by its first heading
    again was the agenda: the items are the second run; such a run right under "Agenda" is
    the agenda alone (the items are headed otherwise: "## Lägesbild"). Fewer than two are none."""
    found: dict[int, re.Match[str]] = {}
    expected: int | None = None
    between = False  # text between the run's headings: no agenda
    after = False  # text since the run's last heading
    last = -1  # the line of the run's last heading
    for i, line in enumerate(lines):
        text = line.text
        starts = text[:1].isdigit() or text[:1] in "PpÄä"
        m = NUMBERED_HEADING.match(text) if starts else None
        if m is not None and not (line.brk or line.level or i == 0) and not _heading_like(m["heading"]) and not _next_entry_of(lines, found, last, i, m, expected):
            m = None  # inside a paragraph (compact PDF text has no blank lines) only a heading is one
        if m is None:
            after = after or bool(found)
            continue
        number = int(m["number"])
        if found and not between and m["heading"].casefold() == next(iter(found.values()))["heading"].casefold():
            found.clear()  # the agenda's entries
            expected = None
            after = False
        if found and line.level == 0 and lines[next(iter(found))].level:
            after = True  # a run of Markdown headings ("## 2. Övrigt") goes on with headings only, not "3. Kontakt ..."
            continue
        if number == expected or (expected is None and (number <= 1 or line.level)):  # a heading may start anywhere
            found[i] = m
            last = i
            expected = number + 1
            between = between or after
            after = False
        else:
            after = after or bool(found)
    if found and not between:
        first = next(iter(found))
        if first > 0 and lines[first - 1].text.rstrip(": ").casefold() in AGENDA_HEADINGS:
            return {}  # a run under "Agenda" with no text between its entries is the agenda, no items
    return found if len(found) > 1 else {}


def _next_entry_of(
    lines: list[Line], found: dict[int, re.Match[str]], last: int, at: int, m: re.Match[str], expected: int | None
) -> bool:
    """True when ``lines[at]`` (``m``, a sentence) is the next entry of a list of such entries
    in one paragraph, each an item's ("1. Skolstart – lugn start på skolorna." / "2. Sommaren
    – färre anmälningar."): it has the next number, and the run's last entry, a sentence too
    or text that goes on over lines (lower case first), is right above it."""
    return (
        last in found
        and int(m["number"]) == expected
        and (not _heading_like(found[last]["heading"]) or at - last > 1)
        and all(not line.brk and line.text[:1].islower() for line in lines[last + 1 : at])
    )


def unnumbered_headings(lines: list[Line]) -> list[int]:
    """The items' headings (line indexes) of minutes that number none, neither with § nor
    1., 2., ...: notes with a Markdown or Word heading per item ("## Ekonomi"). They are the
    headings of the shallowest level that two or more share, past the title and the
    header's own ("## Närvarande", "## Dagordning"); a signature's label is none. Headings
    below that level are the items' subsections. Fewer than two are none."""
    title = next((i for i, line in enumerate(lines[:3]) if TITLE.search(line.text) or MEETING_TITLE.search(line.text)), None)
    found: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        level, text = line.level, line.text
        if not level or i == title or len(text) > 100 or SIGNATURE_LABEL.match(text):
            continue
        if level not in found and LABEL.match(text):  # before the level's first item: the header's own headings
            continue
        found.setdefault(level, []).append(i)
    for level in sorted(found):
        if len(found[level]) > 1:
            return found[level]
    # no two headings alike: lines in bold as a whole, each a paragraph of its own ("**Ekonomi**")
    strong: list[int] = []
    for i, line in enumerate(lines):
        text = line.text
        if not line.strong or not line.brk or (title is not None and i <= title) or len(text) > 100 or SIGNATURE_LABEL.match(text):
            continue
        if not strong and LABEL.match(text):  # before the first item: the header's own ("**Närvarande**")
            continue
        strong.append(i)
    return strong if len(strong) > 1 else []


class _Para:
    """A paragraph being read: its label ("a", "-" or None), its lines, and the source
    line it starts on. A plain class, not attrs (whose classes mypyc leaves to the
    interpreter): compiled, making one and reading its fields cost no Python-level call."""

    def __init__(self, label: str | None, parts: list[str], line: int, alone: bool = False, clause: bool = False) -> None:
        self.label = label
        self.parts = parts
        self.line = line
        self.alone = alone  # a part heading or a case number: no line joins it
        self.clause = clause  # a decision's "att" clause: joins no paragraph before it

    def text(self) -> str:
        parts = self.parts
        return squeeze(parts[0] if len(parts) == 1 else " ".join(parts))


class _Section:
    """An item's own paragraphs (heading None) or a subsection's (a plain class, as :class:`_Para`)."""

    def __init__(self, heading: str | None, paras: list[_Para] | None = None) -> None:
        self.heading = heading
        self.paras: list[_Para] = [] if paras is None else paras


class ItemLike(Protocol):
    """What the finders below read of an item: an :class:`~bigprotokoll.model.AgendaItem`
    or an :class:`ItemText`."""

    @property
    def number(self) -> int: ...

    @property
    def heading(self) -> str: ...

    def all_paragraphs(self) -> tuple[Paragraph, ...]: ...


class ItemText:
    """An item as :func:`read_item_text` reads it: its text, before it is annotated.

    The parser builds each :class:`~bigprotokoll.model.AgendaItem` once, with its
    annotations (an attrs class's ``__init__`` runs in the interpreter, and costs as much
    as reading a short item); until then the item is this plain class (compiled by mypyc)."""

    def __init__(
        self, number: int, heading: str, paragraphs: tuple[Paragraph, ...], subsections: tuple[Subsection, ...], numbered: bool
    ) -> None:
        self.number = number
        self.heading = heading
        self.paragraphs = paragraphs
        self.subsections = subsections
        self.numbered = numbered

    def all_paragraphs(self) -> tuple[Paragraph, ...]:
        """As :meth:`~bigprotokoll.model.AgendaItem.all_paragraphs`."""
        if not self.subsections:
            return self.paragraphs
        return self.paragraphs + tuple([p for s in self.subsections for p in s.paragraphs])


def read_item_text(
    heading_line: Line,
    lines: list[Line],
    orgs: OrgKnowledge,
    diagnostics: Diagnostics,
    *,
    heading_match: re.Match[str] | None = None,
    paragraph_lines: list[int] | None = None,
    position: int | None = None,
    inferred: bool = False,
) -> ItemText:
    """One item's text from its heading line and the lines up to the next heading.

    ``heading_match``: the line's match of :data:`ITEM_HEADING`, when the caller has it;
    ``paragraph_lines``: a list to extend with the source line each paragraph starts on,
    in the order of ``all_paragraphs()`` (the model keeps no line numbers);
    ``position``: the item's place among the items when its heading has no number (see
    :func:`unnumbered_headings`): the whole line is the heading, without a § before it
    (:data:`BARE_ITEM_HEADING`); ``inferred``: ``position`` is the number such a § heading
    takes from the numbered ones around it, and the item is numbered.
    """
    case_number: _Para | None = None
    entry = False  # numbered without §: "1. Ekonomi"
    if position is None:
        m = heading_match or ITEM_HEADING.match(heading_line.text)
        assert m is not None
        number = int(m["number"])
        heading = m["heading"].strip()
        entry = heading_line.text[:1] != "§"  # numbered without §: a NUMBERED_HEADING's match
    else:
        number, heading = position, heading_line.text
        if heading[:1] == "§":  # "§ Ordförandens rapport", or "§" over the heading
            heading = heading[1:].strip()
    where = f"§ {number}" if position is None else f"the item {heading!r}"
    index = 0
    if heading[:1] in "Dd" and CASE_NUMBER.match(heading) and lines and _heading_like(lines[0].text):
        # "§ 12 Dnr 2024/33" over the heading: the case number is the item's first paragraph
        case_number = _Para(None, [heading], heading_line.no, alone=True)
        diagnostics.info("case-number", f"{where}: {heading!r} is a case number; the heading is the line below", heading_line.no)
        heading = lines[0].text
        index = 1
    if case_number is None and "Dnr" in heading and (in_heading := _CASE_IN_HEADING.search(heading)) and CASE_NUMBER.match(in_heading["case"]):
        # "§ 22 Ekonomisk uppföljning<gap>Dnr SN 2024/14": the case number at the heading's end is its first paragraph
        case_number = _Para(None, [in_heading["case"]], heading_line.no, alone=True)
        heading = heading[: in_heading.start()].strip()
        diagnostics.info("case-number", f"{where}: {in_heading['case']!r} at the heading's end is a case number", heading_line.no)
    if not heading and index < len(lines) and not lines[index].text.startswith("§"):
        heading = lines[index].text
        index += 1
    # a heading wrapped over two lines goes on in lower case (not with a sub-item: "a) Omar ...")
    while (
        heading
        and index < len(lines)
        and not lines[index].brk
        and lines[index].text[:1].islower()
        and not (lines[index].text[1:2] in _SUB_ITEM_SECOND and SUB_ITEM.match(lines[index].text))
    ):
        heading = f"{heading} {lines[index].text}"
        index += 1
    # ... also in a paragraph of its own, where each line of PDF text became a paragraph
    if (
        heading
        and index < len(lines)
        and lines[index].text[:1].islower()
        and len(lines[index].text) <= 60
        and _heading_like(lines[index].text)
        and not ends_sentence(heading)
    ):
        diagnostics.info("heading-joined", f"{where}: the heading goes on in the paragraph below; joined", lines[index].no)
        heading = f"{heading} {lines[index].text}"
        index += 1
    led: _Para | None = None
    if entry and not _heading_like(heading) and (lead := ENTRY_LEAD.match(heading)):
        # a numbered entry that is a sentence, its topic first: the topic is the heading, the
        # rest the item's first paragraph ("1. Skolstart – lugn start på skolorna.")
        led = _Para(None, [lead["rest"]], heading_line.no)
        heading = lead["head"]
    if not heading:
        diagnostics.warn("missing-heading", f"§ {number} has no heading", heading_line.no)
        heading = f"§ {number}"
    report = bool(REPORT_ITEM.search(heading.lower()))
    opening: list[_Para] = [case_number] if case_number is not None else []
    if led is not None:
        opening.append(led)
    sections: list[_Section] = [_Section(None, opening)]
    for no, text, brk, level, _ in lines[index:]:
        if level:
            sections.append(_Section(text))
            continue
        first = text[:1]
        if (first == "§" or first.isdigit()) and (part := SUB_NUMBERED.match(text)) and int(part["number"] or part["decimal"]) == number:
            sections.append(_Section(text))  # "§ 21 a Polisen", "22.1 Tidplan": a part of this item, under its heading
            continue
        current = sections[-1]
        paras = current.paras
        previous = paras[-1] if paras else None
        if len(text) <= PART_LONGEST and (may_be_part(text) or text[:1] in "Dd") and (
            PART_HEADING.match(text) or CASE_NUMBER.match(text)
        ):
            paras.append(_Para(None, [text], no, alone=True))
            continue
        if report and (
            brk or previous is None or previous.alone or ends_sentence(previous.parts[-1])
        ):  # a paragraph starts here: it may be an organisation's report
            lead = LEAD_IN.match(text) if ":" in text else None
            if lead and (orgs.is_report_heading(lead["org"]) or _institution_lead(lead["org"])):
                sections.append(_Section(lead["org"].strip()))
                rest = (lead["rest"] or "").strip()
                if rest:
                    sections[-1].paras.append(_Para(None, [rest], no))
                continue
            if orgs.is_known(text):
                sections.append(_Section(text))
                continue
        if first == "a" and text.startswith("att ") and previous is not None and (previous.clause or decides_by_clauses(previous.parts[-1])):
            paras.append(_Para(None, [text], no, clause=True))  # "Styrelsen beslöt" / "att godkänna ..." / "att ..."
            continue
        if first in _LIST_MARKS or text[1:2] in _SUB_ITEM_SECOND or (first == "o" and text[1:2] == "\t"):
            sub = SUB_ITEM.match(text)
            if sub:
                paras.append(_Para(sub["label"], [sub["text"]], no))
                continue
            bullet = BULLET.match(text) if first in _LIST_MARKS or first == "o" else None
            if bullet:
                paras.append(_Para("-", [bullet["text"]], no))
                continue
        if (
            brk
            or previous is None
            or previous.alone
            # a numbered list's next entry where no blank line parts them (PDF text, saved text)
            or ((first.isdigit() or first in "IVX") and _next_entry(text, previous))
            # a list of dates, one a line ("2025-12-09 kl. 10.00, Stadshuset" / "2026-02-10 ...")
            or (first.isdigit() and _DATE_FIRST.match(text) is not None and _DATE_FIRST.match(previous.parts[-1]) is not None)
            # after a list's entry that ended a sentence, a new sentence; after any sentence, a table's
            # row or a line that a label leads ("Åtgärd: Bo Lund skickar ...", "Ansvarig: Ida Ek")
            or (("\t" in text or (first.isupper() and (_is_entry(previous) or _led_by_label(text)))) and ends_sentence(previous.parts[-1]))
            # ... or after a line a label led ("Ansvarig: Maja Lind" / "Klart till: 2025-12-01"), or a list's entry
            or (
                first.isupper()
                and _led_by_label(text)
                and (previous.label is not None or (len(previous.parts) == 1 and _led_by_label(previous.parts[0])))
            )
        ):
            paras.append(_Para(None, [text], no))
            continue
        _append(previous, text, no, diagnostics)
    for section in sections:
        section.paras = _join_broken_sentences(section.paras, diagnostics)
    own = tuple([Paragraph(p.text(), p.label) for p in sections[0].paras])
    subsections = tuple(
        [
            Subsection(s.heading, tuple([Paragraph(p.text(), p.label) for p in s.paras]))
            for s in sections[1:]
            if s.heading
        ]
    )
    if paragraph_lines is not None:
        paragraph_lines += [p.line for s in sections if s is sections[0] or s.heading for p in s.paras]
    return ItemText(number, squeeze(heading), own, subsections, position is None or inferred)


def _institution_lead(text: str) -> bool:
    """A report's lead-in that names an institution, known or not: "Fritidsgården:",
    "Skolan:", "Sörbyskolan Öst:" (a capital first, three words at most)."""
    return text[:1].isupper() and len(text.split()) <= 3 and looks_like_institution(text)


#: A line that starts with a date ("2025-12-09 kl. 10.00").
_DATE_FIRST = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b")

#: A label that leads a line: a word or two and a colon ("Åtgärd:", "Att göra:", "Ansvarig:").
LINE_LABEL = re.compile(r"\w+(?:\s\w+)?\s?:\s")


def _led_by_label(text: str) -> bool:
    """True for a line a label leads (:data:`LINE_LABEL`; a cheap look for its colon first)."""
    return ":" in text[:24] and LINE_LABEL.match(text) is not None


def _is_entry(para: _Para) -> bool:
    """True for a list's entry: a bullet, a sub-item, or a numbered line ("2. Hamnen")."""
    first = para.parts[0][:1]
    return para.label is not None or ((first.isdigit() or first in "IVX") and NUMBERED_ENTRY.match(para.parts[0]) is not None)


def _next_entry(text: str, previous: _Para) -> bool:
    """True for a numbered list's entry ("2. Hamnen", "III. Narkotika") after a sentence's
    end, right after the entry before it ("1. Söderby", "II. Skadegörelse"), or the first
    right under the list's label ("Åtgärder", "Att göra:")."""
    entry = NUMBERED_ENTRY.match(text)
    if entry is None:
        return False
    last = previous.parts[-1]
    if ends_sentence(last) or (len(previous.parts) == 1 and _LIST_LABEL.match(last) is not None):
        return True
    before = NUMBERED_ENTRY.match(previous.parts[0])
    if before is None:
        return False
    number, number_before = _entry_value(entry["number"]), _entry_value(before["number"])
    return number is not None and number_before is not None and number == number_before + 1 and (
        entry["number"].isdigit() == before["number"].isdigit()
    )


#: A list's label on a line of its own: a word or two, a capital first, and a colon ("Att göra:",
#: "Förslag på datum:"), or a word that names a list ("Åtgärder").
_LIST_LABEL = re.compile(
    r"[A-ZÅÄÖ][\wåäö]*(?:\s[\wåäö]+)?\s?:\Z"
    r"|(?i:åtgärder|åtgärdslista|att\s+göra|uppgifter|beslut|aktiviteter|punkter|deltagare|frågor|övrigt)\Z"
)


def _entry_value(number: str) -> int | None:
    return int(number) if number.isdigit() else _ROMAN_VALUES.get(number)


def _heading_like(text: str) -> bool:
    """A line that can be a heading: short, and no sentence (no full stop at its end)."""
    return len(text) <= 100 and not text.endswith((".", "!", "?", ":", ";"))


def _append(para: _Para, text: str, line: int, diagnostics: Diagnostics) -> None:
    joined = join_hyphenated(para.parts[-1], text, line, diagnostics)
    if joined is not None:
        para.parts[-1] = joined
        return
    para.parts.append(text)


def _join_broken_sentences(paras: list[_Para], diagnostics: Diagnostics) -> list[_Para]:
    joined: list[_Para] = []
    for para in paras:
        if (
            joined
            and para.label is None
            and para.parts[0][:1].islower()
            and not (para.alone or joined[-1].alone or para.clause)
            and not ends_sentence(joined[-1].parts[-1])
        ):
            joined[-1].parts.extend(para.parts)
            diagnostics.info("sentence-joined", "joined a sentence split by a paragraph break", para.line)
            continue
        joined.append(para)
    return joined


def find_chair(items: Sequence[ItemLike], people: Sequence[str]) -> str | None:
    """The name after "Mötesordförande", matched against the attendees where possible, or
    an attendee's name after "Ordförande" at the start of a sentence."""
    longest_first = sorted(people, key=len, reverse=True)
    for item in items:
        for paragraph in item.all_paragraphs():
            if "rdförande" not in paragraph.text:
                continue
            for m in CHAIR.finditer(paragraph.text):
                rest = m["rest"]
                for name in longest_first:
                    if rest.startswith(name) and (len(rest) == len(name) or not rest[len(name)].isalnum()):
                        return name
                found = CHAIR_NAME.match(rest) if m["plain"] is None else None
                if found:
                    return found.group(0)
    return None


def find_next_meeting(
    items: Sequence[ItemLike], meeting_date: dt.date, diagnostics: Diagnostics
) -> NextMeeting | None:
    """The next meeting from the first sentence of the items that announces one with a date."""
    return find_next_meeting_in([p for item in items for p in item.all_paragraphs()], meeting_date, diagnostics)


def find_next_meeting_in(
    paragraphs: Sequence[Paragraph],
    meeting_date: dt.date,
    diagnostics: Diagnostics,
    *,
    keywords: Sequence[frozenset[str]] | None = None,
    lines: Sequence[int | None] | None = None,
) -> NextMeeting | None:
    """The next meeting from the first sentence of ``paragraphs`` that announces one with a
    date (also used on the preamble, for minutes without items).

    ``keywords`` may give :func:`~.annotate.keywords_in` of the paragraphs' texts with
    :data:`NEXT_MEETING_WORDS` among the keywords, when the caller has it already;
    ``lines`` the source line of each paragraph, for the diagnostics.
    """
    if keywords is None:
        keywords = keywords_in([p.text for p in paragraphs], NEXT_MEETING_WORDS)
    for index, (paragraph, words) in enumerate(zip(paragraphs, keywords)):
        # most paragraphs hold no keyword at all: an empty set is passed over without a call
        if not words or words.isdisjoint(NEXT_MEETING_WORDS) or not NEXT_MEETING.search(paragraph.text):
            continue
        for sentence in sentences(paragraph.text):
            keyword = NEXT_MEETING.search(sentence)
            if not keyword:
                continue
            line = lines[index] if lines is not None and index < len(lines) else None
            announced = _announced(sentence[keyword.end():], meeting_date, diagnostics, line)
            if announced is not None:
                return announced
    return None


def find_next_meeting_under(
    items: Sequence[ItemLike],
    meeting_date: dt.date,
    diagnostics: Diagnostics,
    lines: Sequence[int | None] | None = None,
) -> NextMeeting | None:
    """The next meeting from the first paragraph with a date under an item headed so
    ("Nästa möte" / "18 april kl. 18.00."; "Kommande möten" / "2025-12-09 kl. 10.00, ..." /
    "2026-02-10 ..."; a date not after the meeting's passed over), where no sentence names
    it. ``lines``: the source line of each paragraph of the items, in order, for the
    diagnostics."""
    index = 0
    for item in items:
        paragraphs = item.all_paragraphs()
        if NEXT_MEETING.match(item.heading) or MEETINGS_HEADING.match(item.heading):
            for offset, paragraph in enumerate(paragraphs):
                line = lines[index + offset] if lines is not None and index + offset < len(lines) else None
                announced = _announced(paragraph.text, meeting_date, diagnostics, line)
                if announced is not None and announced.date > meeting_date:  # a plan's past dates: no next meeting
                    return announced
        index += len(paragraphs)
    return None


def _announced(rest: str, meeting_date: dt.date, diagnostics: Diagnostics, line: int | None) -> NextMeeting | None:
    """The next meeting from the text after its announcement: a date, then times and a place."""
    found = find_date(rest, after=meeting_date)
    if found is None:
        return None
    if found.year_inferred:
        diagnostics.info(
            "year-inferred",
            f"the next meeting's date has no year; took {found.date.isoformat()}, the first such date after the meeting",
            line,
        )
    after_date = rest[found.end:]
    start, end, offset = find_times(after_date, leading=True)
    tail = after_date[offset:] if offset >= 0 else after_date
    return NextMeeting(found.date, start, end, place_after(tail))
