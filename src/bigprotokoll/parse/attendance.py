"""Stage 3a: the attendance lists ("Närvarande", "Frånvarande") into people.

Rows come in these layouts, often mixed in one list, bulleted or not: ``name<TAB>organisation``,
``name  organisation`` (two or more spaces), ``name, organisation`` or
``name – organisation`` (a comma or a spaced dash after a name), ``name organisation``
(one space: split where a known organisation starts), ``name (organisation)``,
``name/organisation``, a name surname first (``Berg, Karin, organisation``), several of
those on one line ("Ida Ek (Polisen), Bo Lund och Eva Berg"), ``name, title,
organisation``, and a block of names followed by a block of organisations whose lines may
wrap ("Styrning och stöd, säkerhet" / "& social hållbarhet").
An attendance scope ("(§ 4)", "tom §5") at the end of a row is kept raw and resolved
against the item numbers once the items are known.

Guarantees: every word of every row ends up in a name, an organisation, a scope, or in
the returned leftovers (with a diagnostic).
"""

from __future__ import annotations

import re
from typing import Final, Sequence

from .diagnostics import Diagnostics, quoted
from .letters import UPPER
from .lines import BULLETS, Line
from .orgs import OrgKnowledge, looks_like_institution, looks_like_name

__all__ = [
    "CHAIR_ROLES", "COLUMN_TITLES", "FIRST_NAME", "FIRST_NAME_WORD", "MINUTE_TAKER_ROLES", "ROLE_WORDS", "Row", "SCOPE",
    "is_column_titles", "is_role", "names_no_one", "read_rows", "resolve_scope",
]

#: An attendance scope at the end of a row, in brackets or bare.
SCOPE = re.compile(
    r"""
    (?:
        \( \s* (?P<bracketed>[^()]*?§[^()]*?) \s* \)               # (§ 4), (tom §5)
      | (?<=\s) (?P<bare>
            (?:t\.?\s?o\.?\s?m\.?|tom|fr\.?\s?o\.?\s?m\.?|from) \s* §+ \s* \d+   # tom §5, fr.o.m. § 3
          | §§? \s* \d+ (?: \s* [-–] \s* §? \s* \d+ )?                           # § 4, §§ 3-5
        )
    )
    \s* $
    """,
    re.VERBOSE | re.IGNORECASE,
)

UP_TO = re.compile(r"^(?:t\.?\s?o\.?\s?m\.?|tom|till\s+och\s+med|till)\s*§+\s*(?P<n>\d+)$", re.IGNORECASE)
FROM = re.compile(r"^(?:fr\.?\s?o\.?\s?m\.?|from|från(?:\s+och\s+med)?)\s*§+\s*(?P<n>\d+)$", re.IGNORECASE)
#: "§ 3 och framåt", "§ 3-": from that item on.
ONWARDS = re.compile(r"^§+\s*(?P<n>\d+)\s*(?:och\s+framåt|och\s+senare|[-–])$", re.IGNORECASE)
RANGE = re.compile(r"^§§?\s*(?P<a>\d+)\s*[-–]\s*§?\s*(?P<b>\d+)$")
#: Numbers and ranges: "§ 1, 3 och 5", "§§ 1, 3-4".
_NUMBERS = r"\d+(?:\s*[-–]\s*§?\s*\d+)?(?:\s*(?:,|och|&)\s*§?\s*\d+(?:\s*[-–]\s*§?\s*\d+)?)*"
LISTED = re.compile(rf"^§§?\s*(?P<numbers>{_NUMBERS})$")
#: Every item but those: "ej § 5", "utom §§ 2-3".
EXCEPT = re.compile(rf"^(?:ej|inte|utom|förutom)\s+(?:närvarande\s+)?(?:(?:vid|under)\s+)?§§?\s*(?P<numbers>{_NUMBERS})$", re.IGNORECASE)
_NUMBER_OR_RANGE = re.compile(r"(\d+)(?:\s*[-–]\s*§?\s*(\d+))?")


def _numbers_in(listed: str) -> set[int]:
    """The numbers a list of numbers and ranges names ("1, 3-4": 1, 3, 4)."""
    found: set[int] = set()
    for first, last in _NUMBER_OR_RANGE.findall(listed):
        a, b = int(first), int(last or first)
        found.update(range(min(a, b), max(a, b) + 1))
    return found

#: Columns split by a tab or by two or more spaces: white space that starts with a tab,
#: or a run of two or more (written to start with ``\s``, so a search scans fast).
COLUMN_GAP = re.compile(r"\s(?:(?<=\t)\s*|\s+)")

#: A name's end in "Ida Ek, Polisen" and "Ida Ek – Polisen": a comma, or a dash with space
#: on both sides (a hyphen inside "Anna-Karin" has none).
NAME_END = re.compile(r"\s*,\s+|\s+[-–—]\s+")


#: The titles of a table's columns ("Namn", "Organisation"): a row of only these is no person.
COLUMN_TITLES = frozenset(
    {
        "namn", "name", "deltagare", "organisation", "förvaltning", "verksamhet", "myndighet", "sektor",
        "funktion", "roll", "befattning", "titel", "representerar", "närvaro", "närvarande", "§", "paragraf",
        "kommentar", "anmärkning", "parti",
    }
)


#: The titles of a name's column and of an organisation's.
NAME_TITLES = frozenset({"namn", "name", "deltagare", "närvarande", "ledamot", "ledamöter"})
ORGANISATION_TITLES = frozenset({"organisation", "förvaltning", "verksamhet", "myndighet", "sektor", "representerar", "parti"})


def _column_order(titles: str) -> list[int]:
    """The columns of a table with this row of titles, in the order rows are read: the
    name's, the organisation's, then the others as they stand."""
    cells = [cell.strip(" :").casefold() for cell in COLUMN_GAP.split(titles)]
    name = next((i for i, cell in enumerate(cells) if cell in NAME_TITLES), 0)
    organisation = next((i for i, cell in enumerate(cells) if cell in ORGANISATION_TITLES and i != name), None)
    first = [name] if organisation is None else [name, organisation]
    return first + [i for i in range(len(cells)) if i not in first]


def _reordered(line: Line, order: Sequence[int]) -> Line:
    """The row with its cells in ``order`` (cells beyond the titles' stay last)."""
    cells = COLUMN_GAP.split(line.text)
    if len(cells) < 2:
        return line
    moved = [cells[i] for i in order if i < len(cells)] + cells[len(order) :]
    return line._replace(text="\t".join(moved))


def _organisation_first(cells: Sequence[str], orgs: OrgKnowledge) -> bool:
    """True for a row that starts with a known organisation and goes on with a name."""
    return orgs.known_prefix(cells[0]) and looks_like_name(cells[1]) and not orgs.known_prefix(cells[1])


def _name_first(line: Line, orgs: OrgKnowledge, diagnostics: Diagnostics) -> Line:
    """A row that puts a known organisation before a name ("Polisen<TAB>Ida Ek") the other
    way round, with an info diagnostic; any other row as it is."""
    cells = COLUMN_GAP.split(line.text, maxsplit=2)
    if len(cells) < 2 or not _organisation_first(cells, orgs):
        return line
    diagnostics.info("attendance-order", f"read {quoted(line.text)} as the organisation, then the name", line.no)
    return line._replace(text="\t".join([cells[1], cells[0], *cells[2:]]))


def _organisation_cell(cells: Sequence[str], orgs: OrgKnowledge) -> int:
    """Which of the cells after a name holds the organisation: the first, unless it is no
    known organisation and a later one is ("Ida Ek<TAB>Polisinspektör<TAB>Polisen")."""
    if len(cells) > 1 and not orgs.known_prefix(cells[0]):
        for at, cell in enumerate(cells[1:], 1):
            if orgs.known_prefix(_split_scope(cell)[0]):
                return at
    return 0


def is_column_titles(text: str) -> bool:
    """True for a row of column titles only: "Namn<TAB>Organisation"."""
    cells = [cell.strip(" :").casefold() for cell in COLUMN_GAP.split(text)]
    return len(cells) > 1 and all(cell in COLUMN_TITLES for cell in cells)


class Row:
    """A person read from an attendance list, with the number of the row's line; nothing
    changes a row once it is made. A plain class, not an attrs one: compiled (mypyc), it is
    built without a call into interpreted code (an attrs class's generated ``__init__``),
    which cost as much as the rest of reading a row of columns."""

    def __init__(self, name: str, organisation: str | None, scope: str | None, line: int, role: str | None = None) -> None:
        self.name = name
        self.organisation = organisation
        self.scope = scope
        self.line = line
        self.role = role  # "ordförande" beside the name (kept in a diagnostic; may name the chair)


def _both_scopes(first: str | None, second: str | None) -> str | None:
    """The scope of a name from the block of names and of its organisation from the block
    beside it: either, or both as written (never one dropped)."""
    if first is None:
        return second
    return first if second is None else f"{first} {second}"


def resolve_scope(scope: str, numbers: Sequence[int]) -> tuple[int, ...] | None:
    """The § numbers a scope covers, given the document's item numbers (None if unreadable)."""
    scope = " ".join(scope.split())
    if m := UP_TO.match(scope):
        limit = int(m["n"])
        found = tuple(n for n in numbers if n <= limit)
        return found or tuple(range(1, limit + 1))
    if m := FROM.match(scope) or ONWARDS.match(scope):
        start = int(m["n"])
        return tuple(n for n in numbers if n >= start) or (start,)
    if m := RANGE.match(scope):
        a, b = int(m["a"]), int(m["b"])
        return tuple(range(min(a, b), max(a, b) + 1))
    if m := LISTED.match(scope):
        return tuple(sorted(_numbers_in(m["numbers"])))
    if m := EXCEPT.match(scope):
        left_out = _numbers_in(m["numbers"])
        return tuple(n for n in numbers if n not in left_out) or None
    return None


def _split_scope(text: str) -> tuple[str, str | None]:
    if "§" not in text:
        return text, None
    m = SCOPE.search(text)
    if not m:
        return text, None
    scope = m["bracketed"] or m["bare"]
    rest = text[: m.start()].rstrip(" ,")  # "Polisen, § 4": the comma goes with the scope
    return rest, " ".join(scope.split())


#: Between the people of a list on one line: "Ida Ek, Bo Lund och Eva Berg", "Ida Ek
#: (Polisen); Bo Lund (BIG)" (a comma, semicolon, "och" or "samt" before a capital).
LIST_SEPARATOR = re.compile(rf"\s*[,;]\s+(?=[{UPPER}])|\s+(?:och|samt)\s+(?=[{UPPER}])")
#: One person of such a list, with what stands in brackets after the name and a title after
#: a comma: "Ida Ek (Polisen)", "Ida Ek (S), ordförande".
LISTED_PERSON = re.compile(
    r"""
    ^ (?P<name>[^()]+?)
    (?: \s* \( (?P<bracketed>[^()]+) \) )?           # (Polisen), (S), (ordförande)
    (?: ,\s+ (?P<title>(?:\d:[ae]\s)?[a-zåäöé][^\W\d]*\.?(?:\s[^\W\d]+\.?){0,4})   # , ordförande, 2:e vice ordförande
      | (?<=\))\s+ (?P<role>(?:\d:[ae]\s)?(?:vice\s)?(?:ordförande|ordf\.|sekreterare|sekr\.|ersättare|ledamot  # (S) ersättare
                                            |justerare|adjungerad|protokollförare|tjänstgörande\sersättare)) )?
    $
    """,
    re.VERBOSE,
)
#: Roles written in brackets after a name ("Ida Ek (ordförande)"): no organisation.
ROLE_WORDS = frozenset(
    {
        "ordförande", "ordf", "ordf.", "vice ordförande", "mötesordförande", "sekreterare", "sekr", "sekr.",
        "protokollförare", "justerare", "ersättare", "ledamot", "adjungerad", "adjungerade", "gäst", "föredragande",
    }
)

#: The roles among them that name the meeting's chair, and its minute-taker.
CHAIR_ROLES = frozenset({"ordförande", "ordf", "ordf.", "mötesordförande"})
MINUTE_TAKER_ROLES = frozenset({"sekreterare", "sekr", "sekr.", "protokollförare"})


def _listed_people(text: str, orgs: OrgKnowledge, line: int, pairs: bool = False) -> list[Row] | None:
    """The people of ``text`` when it lists them on one line, each with an optional
    organisation (or role, or both: "(rektor, Östra Sala skola)", "(Polisen, ordf.)") in
    brackets and a scope: "Ida Ek (Polisen), Bo Lund (BIG) och Eva Berg", "Ida Ek (Polisen)
    (§ 3)"; else None.

    Two names and a comma make no list when the second names an institution ("Ida Ek,
    Fritidsgården Norr") or the list's other rows are a name and an organisation each
    (``pairs``); a name alone makes none; a separator inside brackets is none.
    """
    if "(" not in text and "," not in text and ";" not in text and " och " not in text and " samt " not in text:
        return None  # a name alone, or a row of columns (a cheap look first)
    entries: list[str] = []
    start = 0
    separators: list[str] = []
    for m in LIST_SEPARATOR.finditer(text):
        if text.count("(", 0, m.start()) == text.count(")", 0, m.start()):
            entries.append(text[start : m.start()])
            separators.append(m.group().strip())
            start = m.end()
    entries.append(text[start:])
    people: list[Row] = []
    for entry in entries:
        body, scope = _split_scope(entry)
        found = LISTED_PERSON.match(body.strip())
        if found is None or not looks_like_name(found["name"]) or orgs.known_prefix(found["name"]):
            if entry is entries[-1] and _shared_organisation(body.strip(), people, separators):
                # "Ida Ek och Bo Lund, Polisen": both of Polisen
                return [Row(person.name, body.strip(), person.scope or scope, person.line, person.role) for person in people]
            return None
        bracketed = " ".join(found["bracketed"].split()) if found["bracketed"] else None
        title = found["title"] or found["role"]
        if bracketed is not None and "," in bracketed:  # a role beside the organisation
            first, _, second = (part.strip() for part in bracketed.partition(","))
            role = None
            if first[:1].islower() and second[:1].isupper():  # "(rektor, Östra Sala skola)"
                role, bracketed = first, second
            elif first[:1].isupper() and second[:1].islower():  # "(Polisen, ordf.)"
                bracketed, role = first, second
            if role is not None:
                if title is not None:
                    return None  # two roles
                people.append(Row(found["name"], bracketed, scope, line, role))
                continue
        if bracketed is not None and bracketed.casefold() in ROLE_WORDS:
            if title is not None:
                return None  # "(ordf.), polisinspektör": two roles
            people.append(Row(found["name"], None, scope, line, bracketed))
        elif bracketed is None or bracketed[:1].isupper() or bracketed[:1].isdigit():
            if title is not None and bracketed is None:
                return None  # "Ida Ek, polisinspektör, Polisen" is a titled row (see TITLED_ROW)
            people.append(Row(found["name"], bracketed, scope, line, title))
        elif looks_like_institution(bracketed) and title is None:
            people.append(Row(found["name"], bracketed, scope, line))  # an institution in lower case: "(fritidsgården Navet)"
        elif title is None and len(bracketed.split()) <= 3 and not any(word[:1].isupper() for word in bracketed.split()):
            people.append(Row(found["name"], None, scope, line, bracketed))  # a role in lower case: "(samordnare)"
        else:
            return None  # "(vikarie för Bo Lund)": no organisation
    if not any(p.organisation or p.role for p in people) and (
        len(people) == 1 or (len(people) == 2 and separators == [","] and (pairs or looks_like_institution(people[1].name)))
    ):
        return None
    return people


#: A first name alone, as informal notes list those present ("Lotta, Kenneth och Amir"), with
#: what stands in brackets after it ("Ida (Polisen)", "Ahmed (fältare)").
FIRST_NAME_WORD = re.compile(rf"[{UPPER}][a-zåäöéüï]+(?:-[{UPPER}][a-zåäöéüï]+)?")
FIRST_NAME = re.compile(rf"(?P<name>{FIRST_NAME_WORD.pattern})(?:\s*\((?P<bracketed>[^()]+)\))?")
#: Capitalised words that are no one's first name in a list of those present.
_NO_ONE = frozenset({"Ingen", "Inga", "Alla", "Samtliga", "Övriga", "Se", "Enligt", "Plus", "Totalt"})


def _first_names(text: str, orgs: OrgKnowledge, line: int) -> list[Row] | None:
    """The people of a list of first names ("Lotta, Kenneth, Amir och Johan"), full names
    among them ("Lotta Berg, Kenneth och Amir"), each maybe with an organisation or role in
    brackets ("Ida (Polisen), Ahmed (fältare)"); else None. A name alone is one only in a
    list of three or more, joined by "och" or "samt", or each with its bracket; no word an
    institution's ("Polisen") or an organisation the minutes know."""
    entries: list[str] = []
    start = 0
    joined = False
    for m in LIST_SEPARATOR.finditer(text):
        if text.count("(", 0, m.start()) == text.count(")", 0, m.start()):
            entries.append(text[start : m.start()])
            joined = joined or bool(m.group().strip(" ,;"))  # "och", "samt"
            start = m.end()
    entries.append(text[start:])
    # two names and a comma are two people only where each has its bracket ("Lisa (skolan), Bo (polisen)")
    if len(entries) < 2 or not (joined or len(entries) >= 3 or all("(" in entry for entry in entries)):
        return None
    people: list[Row] = []
    for entry in entries:
        body, scope = _split_scope(entry.strip().rstrip("."))
        body = body.strip()
        found = FIRST_NAME.fullmatch(body)
        if found is not None:
            name, bracketed = found["name"], found["bracketed"]
            if not _first_name_alone(name, orgs):
                return None
        else:
            listed = LISTED_PERSON.match(body)
            if listed is None or listed["title"] or listed["role"] or not looks_like_name(listed["name"]) or orgs.known_prefix(listed["name"]):
                return None
            name, bracketed = listed["name"].strip(), listed["bracketed"]
        organisation, role = _organisation_or_role(bracketed)
        people.append(Row(name, organisation, scope, line, role))
    return people if any(FIRST_NAME.fullmatch(p.name) for p in people) else None


def _organisation_or_role(bracketed: str | None) -> tuple[str | None, str | None]:
    """What a bracket after a first name says: (an organisation, a role), one of them or
    neither. An organisation has a capital first ("(Polisen)") or is an institution's word
    ("(skolan)", "(fritidsgården)"); other words in lower case are a role ("(fältare)", "(ordf.)")."""
    if not bracketed:
        return None, None
    words = " ".join(bracketed.split())
    if words[:1].isupper() or looks_like_institution(words):
        return words, None
    return None, words


def _first_name_alone(word: str, orgs: OrgKnowledge) -> bool:
    """True for a capitalised word on a line of its own in a list of those present that may
    be a first name: none an institution's or an organisation's the minutes know, nor a
    noun in its definite form ("Lantmäteriet", "Fältarna")."""
    return word not in _NO_ONE and not word.endswith(("et", "na")) and not looks_like_institution(word) and not orgs.known_prefix(word)


def _pairs_by_semicolons(text: str, line: int) -> list[Row] | None:
    """People with their organisations after a comma or a spaced dash, between semicolons:
    "Ida Ek, Polisen; Bo Lund – BIG" (one may have none); else None."""
    if ";" not in text:
        return None
    people = []
    for part in text.split(";"):
        body, scope = _split_scope(part.strip().rstrip("."))
        name, *organisation = NAME_END.split(body, maxsplit=1)
        if not looks_like_name(name) or (organisation and not organisation[0][:1].isupper()):
            return None
        people.append(Row(name, organisation[0] if organisation else None, scope, line))
    return people if len(people) > 1 and any(person.organisation for person in people) else None


def _shared_organisation(text: str, people: Sequence[Row], separators: Sequence[str]) -> bool:
    """True when ``text``, the last of a list's entries, is the organisation of all the
    people before it: "Ida Ek och Bo Lund, Polisen" (names joined by "och" or "samt", then a
    comma and words in capitals that are no name, none of them with an organisation of
    their own)."""
    return (
        len(people) >= 2
        and len(separators) >= 2
        and separators[-1] == ","
        and separators[-2] in ("och", "samt")
        and not any(person.organisation or person.role for person in people)
        and text[:1].isupper()
        and not looks_like_name(text)
    )


#: A name, a title in lower case, and maybe an organisation: "Ida Ek, polisinspektör, Polisen".
TITLED_ROW = re.compile(
    rf"""
    ^ (?P<name>[^,()]+?) (?:,|\s[-–—])\s+          # the name and a comma, or a spaced dash ("Ida Ek – ordförande")
    (?P<title>[a-zåäöé](?:[^\W\d]|[-.])*(?:\s(?:[^\W\d]|[-.])+){{0,4}}?  # a title: one to five words, lower case first
             | v?VD )                                                          # or a managing director's
    (?: ,\s+ (?P<org>[{UPPER}0-9].*?)               # the organisation after another comma,
      | \s* \( (?P<party>[{UPPER}0-9][^()]*) \) )? $  # or in brackets: "Eva Ek, ledamot (S)"
    """,
    re.VERBOSE,
)


def _titled_row(text: str, orgs: OrgKnowledge, line: int) -> list[Row] | None:
    """A person with a title (which the model has no field for) and maybe an organisation
    and a scope: "Ida Ek, polisinspektör, Polisen", "Bo Lund, ordförande"."""
    if ", " not in text and " – " not in text and " - " not in text and " — " not in text:
        return None
    body, scope = _split_scope(text)
    found = TITLED_ROW.match(body)
    if found is None or not looks_like_name(found["name"]) or orgs.known_prefix(found["name"]):
        return None
    organisation, title = found["org"] or found["party"], found["title"]
    # a role in brackets after the organisation: "..., Norrfors kommun (ordförande)"
    bracket = _ROLE_AFTER.match(organisation) if organisation and organisation.endswith(")") else None
    if bracket is not None:
        organisation, title = bracket["org"], f"{title}, {bracket['role']}"
    return [Row(found["name"], organisation, scope, line, title)]


#: An organisation with a role in brackets after it, in lower case: "Norrfors kommun (ordförande)".
_ROLE_AFTER = re.compile(r"(?P<org>[^()]*?\S)\s*\((?P<role>[a-zåäö][^()]*)\)$")


#: A substitute and whom they stand in for: "Lisa Holm (V) tjänstgörande ersättare för Per
#: Andersson (C)", "Ola Ström (L), ersätter Kim Nord (KD)", "Ronja Ek (S) istället för Gun
#: Dahl (S)", "Ronja Ek (S) tjg ers. för Gun Dahl (S)", and, after the party, "för" alone
#: (under "Tjänstgörande ersättare": "Ronja Ek (S) för Gun Dahl (S)").
SUBSTITUTE_ROW = re.compile(
    r"""
    ^ (?P<name>[^(),]+?) (?: \s* \( (?P<org>[^()]+) \) )? ,? \s+
    (?P<extra> (?:(?:tjänstgörande|tjg\.?) \s+)? (?:ersättare \s+ för | ers\. \s+ för | ersätter | i \s* stället \s+ för) \s+ \S.*
             | tjänstgör \s+ (?:i \s* stället \s+)? för \s+ \S.*
             | (?P<bare>för) \s+ [A-ZÅÄÖ]\S* \s+ \S.* ) $
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _substitute_row(text: str, orgs: OrgKnowledge, line: int) -> list[Row] | None:
    """A substitute with their party or organisation, and whom they stand in for (kept as
    the row's role, which the model has no field for)."""
    found = (
        SUBSTITUTE_ROW.match(text)
        if "ers" in text or "stället" in text or "tjänstgör" in text or ") för " in text
        else None
    )
    if found is None or not looks_like_name(found["name"]) or orgs.known_prefix(found["name"]):
        return None
    if found["bare"] and found["org"] is None:
        return None  # "för" alone only after the party in brackets: "Ida Ek för Polisen" is no substitute
    return [Row(found["name"], found["org"], None, line, found["extra"])]


def _is_continuation(text: str) -> bool:
    return text[:1] in {"&", ","} or text[:1].islower() or text.startswith(("och ", "samt "))


def _columns(text: str, orgs: OrgKnowledge, pairs: bool = False) -> list[str]:
    """``[name, organisation and scope]`` where a row marks its columns, else ``[text]``.

    A tab or two spaces always mark them; a spaced dash after a name and before a capital
    ("Stefan Ohlsson – Fritid Östra Berga"); a comma only after a name and before a capital
    that does not start another name ("Ida Ek, Bo Lund" is two people), unless it starts a
    known organisation ("Ida Ek, Välfärd Gävle") or an institution ("Ida Ek, Fritidsgården
    Norr"), or the list's other rows are such ``pairs``.
    """
    parts = COLUMN_GAP.split(text, maxsplit=1)
    if len(parts) == 2:
        return parts
    if "/" in text:  # "Jonas Ek/Bostadsbolaget", "Jonas Ek / Polisen"
        name, _, rest = text.partition("/")
        name, rest = name.strip(), rest.strip()
        if (
            rest[:1].isupper()
            and looks_like_name(name)
            and not orgs.known_prefix(name)
            and (orgs.known_prefix(rest) or looks_like_institution(rest) or not looks_like_name(_split_scope(rest)[0]))
        ):
            return [name, rest]
    if not ("," in text or " -" in text or "–" in text or "—" in text):
        return parts
    end = NAME_END.search(text)
    if end is not None:
        name, rest = text[: end.start()], text[end.end() :]
        dashed = "," not in end.group()  # a spaced dash parts a name from its organisation, not two people
        if (
            rest[:1].isupper()
            and looks_like_name(name)
            and not orgs.known_prefix(name)
            and (pairs or dashed or orgs.known_prefix(rest) or looks_like_institution(rest) or not looks_like_name(_split_scope(rest)[0]))
        ):
            return [name, rest]
    return [text]


#: A name written surname first, one word on each side of the comma, then the end or what
#: follows a name in a row: "Berg, Karin", "Berg, Karin, Polisen", "Berg, Karin<TAB>Polisen".
SURNAME_FIRST = re.compile(rf"(?P<surname>[{UPPER}][\w'’-]+),\x20(?P<given>[{UPPER}][\w'’-]+)(?=$|,\s|\s*\(|\t|\s\s|\s[-–—]\s)")


#: A role before the name: "Ordförande Maria Ek (S)", "2:e vice ordförande: Bo Lund".
ROLE_FIRST = re.compile(
    rf"""
    (?P<role> (?:\d:[ae]\s+)? (?:vice\s+)? (?:ordförande|mötesordförande|ordf\.?|sekreterare|sekr\.?|protokollförare
                                           |ledamot|ersättare|adjungerad|justerare) ) :? \s+
    (?=[{UPPER}])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_ROLE_FIRST_LETTERS = frozenset("OoVvSsPpLlEeAaJjMm2")
#: The first two letters, in lower case, of every role :data:`ROLE_FIRST` reads that starts
#: with two ASCII letters ("mötesordförande" and "2:e ..." start otherwise).
_ROLE_FIRST_HEADS = frozenset({"ad", "er", "ju", "le", "or", "pr", "se", "vi"})
#: An academic title before a name ("Fil. dr Anna Berg", "Docent Bo Lund", "Prof. Eva Ek").
TITLE_FIRST = re.compile(
    rf"""
    (?P<title> (?:fil|med|tekn|jur|ekon|odont|teol|farm|pol|agr) \.?\s? (?:dr|lic|kand|mag) \.?
             | dr\.? | docent | professor | prof\. ) \s+
    (?=[{UPPER}])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_TITLE_FIRST_LETTERS = frozenset("FfMmTtJjEeOoPpAaDd")
#: The first two letters, in lower case, of every title :data:`TITLE_FIRST` reads (all ASCII).
_TITLE_FIRST_HEADS = frozenset({"ag", "do", "dr", "ek", "fa", "fi", "ju", "me", "od", "po", "pr", "te"})


def _in_order(line: Line, orgs: OrgKnowledge, diagnostics: Diagnostics) -> Line | None:
    """The row with its name written surname first turned round ("Berg, Karin, Polisen":
    "Karin Berg, Polisen"; a diagnostic keeps the name as written), or with a role before the
    name put after the rest ("Ordförande Maria Ek (S)": "Maria Ek (S), ordförande", read as
    any row with a role after it), or with an academic title before the name left out ("Fil.
    dr Anna Berg, Polisen": "Anna Berg, Polisen"; a diagnostic keeps it); None for any other row."""
    text = line.text
    # A cheap look first: where the row starts with two ASCII letters, they start the title or
    # role or the pattern cannot match (for ASCII letters its IGNORECASE is plain lower case);
    # else the first letter does ("Pernilla Dalborg", "Malin Ek": neither).
    head = text[:2]
    plain = len(head) == 2 and head.isascii() and head.isalpha()
    head = head.lower()
    titled = head in _TITLE_FIRST_HEADS if plain else text[:1] in _TITLE_FIRST_LETTERS
    if titled and (title := TITLE_FIRST.match(text)):
        rest = text[title.end() :]
        words = rest.split(None, 2)
        if len(words) >= 2 and looks_like_name(name := " ".join(words[:2]).rstrip(",")):
            diagnostics.info("title-first", f"kept {title['title']!r} from the row of {name}: the model has no field for a title", line.no)
            return line._replace(text=rest)
    if (head in _ROLE_FIRST_HEADS if plain else text[:1] in _ROLE_FIRST_LETTERS) and (role := ROLE_FIRST.match(text)):
        rest = text[role.end() :]
        words = rest.split(None, 2)
        if len(words) >= 2 and looks_like_name(" ".join(words[:2]).rstrip(",")):
            said = role["role"].lower()
            diagnostics.info("role-first", f"read {role['role']!r} before the name as the role of {' '.join(words[:2]).rstrip(',')}", line.no)
            return line._replace(text=f"{rest}, {said}")
    space = text.find(" ")
    if space < 2 or text[space - 1] != ",":  # a cheap look first: the first word ends on a comma
        return None
    found = SURNAME_FIRST.match(text)
    if found is None or _first_names(text, orgs, line.no):  # "Lotta, Kenneth, Amir och Johan": first names
        return None
    surname, given = found["surname"], found["given"]
    name = f"{given} {surname}"
    if not looks_like_name(name) or any(orgs.known_prefix(word) or looks_like_institution(word) for word in (surname, given)):
        return None
    diagnostics.info("name-order", f"read {found.group()!r}, written surname first, as {name}", line.no)
    return line._replace(text=name + text[found.end() :])


def _people_in_columns(line: Line, diagnostics: Diagnostics) -> list[Line]:
    """A row of two or more columns each of which is a person with an organisation after a
    comma or a spaced dash ("Ida Ek, Polisen<TAB>Bo Lund – BIG", the list set in columns), as
    one row a column; else the row. (Only lists with a comma or a dash and a column gap are
    looked at.)"""
    cells = COLUMN_GAP.split(line.text)
    if len(cells) < 2:
        return [line]
    for cell in cells:
        parts = NAME_END.split(cell, maxsplit=1)
        if len(parts) != 2 or not parts[1][:1].isupper() or not looks_like_name(parts[0]):
            return [line]
    diagnostics.info("attendance-columns", f"read {quoted(line.text)} as one person a column", line.no)
    return [line._replace(text=cell) for cell in cells]


def read_rows(lines: Sequence[Line], orgs: OrgKnowledge, diagnostics: Diagnostics) -> tuple[list[Row], list[Line]]:
    """Rows of one attendance list, and lines that could not be placed (kept by the caller)."""
    if any(line.text[:1] in _LIST_MARKS for line in lines):  # a bulleted list: "- Ida Ek, Polisen"
        lines = [_unmarked(line) for line in lines]
    alone: list[re.Match[str]] = []  # each line a first name, with its bracket or without
    for line in lines:
        found = FIRST_NAME.fullmatch(line.text.strip())
        if found is None or not _first_name_alone(found["name"], orgs):
            break
        alone.append(found)
    if lines and len(alone) == len(lines):
        # "Frånvarande: Sofie", "Lotta" / "Kenneth (fältare)": informal notes name people by their first names
        named: list[Row] = []
        for line, found in zip(lines, alone):
            diagnostics.info("first-name", f"read {line.text.strip()!r} as a person named by the first name alone", line.no)
            organisation, role = _organisation_or_role(found["bracketed"])
            if role is not None:
                _kept_extra(role, found["name"], line.no, diagnostics)
            named.append(Row(found["name"], organisation, None, line.no, role))
        return named, []
    if any((", " in line.text or " – " in line.text) and ("\t" in line.text or "  " in line.text) for line in lines):
        lines = [row for line in lines for row in _people_in_columns(line, diagnostics)]
    turned = [_in_order(line, orgs, diagnostics) for line in lines]
    as_written = {line.no: line for line, row in zip(lines, turned) if row is not None}  # rows turned round
    if as_written:
        lines = [row or line for line, row in zip(lines, turned)]
    if len(lines) > 1 and any("(" in line.text or "," in line.text for line in lines):
        lines = _wraps_joined(lines)  # "Bo Lund (Välfärd" / "Gävle), Eva Berg (BIG)"; "Bo Lund (BIG) och" / "Eva Berg"
    columns = [_columns(line.text, orgs) for line in lines]
    titles = [
        i
        for i, parts in enumerate(columns)
        if len(parts) == 2 and parts[0].casefold() in COLUMN_TITLES and is_column_titles(lines[i].text)
    ]
    for i in titles:  # a table's first row: kept in the diagnostic, read as no one
        shown = " | ".join(COLUMN_GAP.split(lines[i].text))
        diagnostics.info("list-label", f"read {shown!r} as the titles of the list's columns", lines[i].no)
    if titles:
        order = _column_order(lines[titles[0]].text)
        lines = [line for i, line in enumerate(lines) if i not in titles]
        columns = [parts for i, parts in enumerate(columns) if i not in titles]
        # "Organisation | Namn", "Namn | Funktion | Organisation"; and with a third column the
        # cells apart at tabs, also where spaces set them ("Namn   Organisation   Närvaro")
        if order[:2] != [0, 1] or len(order) > 2:
            lines = [_reordered(line, order) for line in lines]
            columns = [_columns(line.text, orgs) for line in lines]
    else:
        first = next((parts for parts in columns if len(parts) == 2), None)  # the table's first row
        if first is not None and _organisation_first(first, orgs):  # "Polisen<TAB>Ida Ek"
            lines = [_name_first(line, orgs, diagnostics) for line in lines]
            columns = [_columns(line.text, orgs) for line in lines]
    # "Bo Lund, Gavle Energi" is a name and an organisation in a list of such pairs ("Ida Ek,
    # Polisen"), two people in any other ("Ida Ek, Bo Lund")
    pairs = any(len(parts) == 2 and "\t" not in line.text and not COLUMN_GAP.search(line.text) for line, parts in zip(lines, columns))
    if pairs:
        columns = [_columns(line.text, orgs, pairs) if len(parts) == 1 else parts for line, parts in zip(lines, columns)]
    # people listed on one line ("Ida Ek (Polisen), Bo Lund (BIG)") or with a title ("Ida
    # Ek, polisinspektör, Polisen"), where no column gap is (a tab always is one: a cheap look first)
    listed = [
        _pairs_by_semicolons(line.text, line.no) or _listed_people(line.text, orgs, line.no, pairs) or _titled_row(line.text, orgs, line.no)
        or _substitute_row(line.text, orgs, line.no) or _first_names(line.text, orgs, line.no)
        if len(parts) == 1 or ("\t" not in line.text and not COLUMN_GAP.search(line.text))
        else None
        for line, parts in zip(lines, columns)
    ]
    # first pass: rows that mark their columns teach us their organisations
    for parts, people in zip(columns, listed):
        if people:
            for person in people:
                if person.organisation:
                    orgs.learn(person.organisation)
        elif len(parts) == 2:
            cells = parts[1].split("\t")
            orgs.learn(_split_scope(cells[_organisation_cell(cells, orgs)])[0])  # the organisation's cell
    full: list[tuple[int, Row]] = []  # (position, row)
    names: list[tuple[int, str, str | None, int]] = []  # (position, name, scope, line)
    org_lines: list[tuple[str, str | None, list[Line]]] = []  # (organisation, scope, its lines)
    leftovers: list[Line] = []
    for position, (line, parts, people) in enumerate(zip(lines, columns, listed)):
        text = line.text
        if people:
            full += [(position, row) for row in people]
            if len(people) > 1:  # the words between them ("och") stay in the diagnostic
                diagnostics.info("attendance-line", f"read {quoted(text)} as {len(people)} people", line.no)
            for row in people:
                if row.role:
                    _kept_extra(row.role, row.name, line.no, diagnostics)
            continue
        if len(parts) == 2:
            full += [(position, row) for row in _cell_rows(parts[0].strip(), parts[1].strip(), line.no, orgs, diagnostics)]
            continue
        body, scope = _split_scope(text)
        if org_lines and org_lines[-1][1] is None and _is_continuation(body):
            previous, _, its_lines = org_lines[-1]
            org_lines[-1] = (f"{previous} {body}", scope, [*its_lines, line])
            continue
        split = _split_single_spaced(body, orgs, strict=True)
        if split:
            full.append((position, Row(split[0], split[1], scope, line.no)))
            continue
        name_like = looks_like_name(body)
        known = orgs.known_prefix(body) or looks_like_institution(body)
        if name_like and not known and scope is None:
            names.append((position, body, None, line.no))
            continue
        if known or (not name_like and orgs.looks_like_org(body)):
            org_lines.append((body, scope, [line]))
            continue
        split = _split_single_spaced(body, orgs)
        if split:
            name, org = split
            full.append((position, Row(name, org, scope, line.no)))
            continue
        if looks_like_name(body):  # "Lisa Berg (tom § 3)": the scope goes with the name
            names.append((position, body, scope, line.no))
            continue
        if names_no_one(text):
            diagnostics.info("attendance-elsewhere", f"kept {quoted(text)} as text: it names no one present", line.no)
        else:
            # the row is kept as text: a long one is named by its start
            shown = text if len(text) <= 80 else f"{text[:60]}…"
            diagnostics.warn("attendance-unread", f"could not read attendance row {quoted(shown)}; kept as text", line.no)
        leftovers.append(line)
    # pair the block of names with the block of organisations, in order
    paired: list[tuple[int, Row]] = []
    for index, (position, name, own_scope, no) in enumerate(names):
        if index < len(org_lines):
            org, scope, _ = org_lines[index]
            paired.append((position, Row(name, org, _both_scopes(own_scope, scope), no)))
        else:
            paired.append((position, Row(name, None, own_scope, no)))
    if org_lines and len(names) != len(org_lines):
        diagnostics.warn(
            "attendance-mismatch",
            f"{len(names)} names but {len(org_lines)} organisations in the attendance list; paired in order"
            if names
            else f"read {' | '.join(repr(org) for org, _, _ in org_lines)} as organisations, with no names to pair them with; kept as text",
            names[0][3] if names else org_lines[0][2][0].no,
        )
        for _, _, its_lines in org_lines[len(names):]:
            # kept as written, a paragraph of its own (a wrapped name goes on in it)
            leftovers += [its_lines[0]._replace(brk=True), *its_lines[1:]]
    rows = [row for _, row in sorted(full + paired, key=lambda pair: pair[0])]
    if as_written:  # a row left unread is kept as written
        leftovers = [as_written[line.no]._replace(brk=line.brk) if line.no in as_written else line for line in leftovers]
    return rows, leftovers


#: A line under "Närvarande" that counts those present or points to a list elsewhere: "14
#: medlemmar enligt bifogad närvarolista", "Se bifogad närvarolista", "Enligt bilaga 1".
ELSEWHERE = re.compile(
    r"""
    ^ (?: \d+ \s+ (?:st\.?\s+)? (?:röstberättigade\s+|närvarande\s+)? (?:medlemmar|ledamöter|deltagare|personer|st)\b
        | (?:se\s+|enligt\s+)? (?:bifogad|bilagd|separat) \s+ närvarolista
        | (?:se|enligt) \s+ bilaga\b
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)


def names_no_one(text: str) -> bool:
    """True for a line of an attendance list that counts those present or points to a list
    elsewhere (:data:`ELSEWHERE`): it stays text, and is no row the parser failed to read."""
    return ELSEWHERE.match(text) is not None


#: A list mark before a row: "- Ida Ek, Polisen", "* Ida Ek", "• Ida Ek".
LIST_MARK = re.compile(rf"^[{re.escape(BULLETS)}–]\s+(?=\S)")
_LIST_MARKS = frozenset(BULLETS + "–")


def _unmarked(line: Line) -> Line:
    found = LIST_MARK.match(line.text)
    return line._replace(text=line.text[found.end() :]) if found else line


#: The end of a line that lists people and goes on on the next: a separator ("Bo Lund (BIG) och").
LIST_GOES_ON = re.compile(
    r"""
    (?: [,;] | \s (?:och|samt) ) $    # a comma or semicolon, or "och" / "samt", last
    """,
    re.VERBOSE,
)


def _wraps_joined(lines: Sequence[Line]) -> list[Line]:
    """A list of people wrapped over lines joined again, on its first line: a line whose
    bracket closes on the next ("Bo Lund (Välfärd" / "Gävle), Eva Berg (BIG)"; a bracket
    that stays open joins nothing), and a line of people in brackets that ends on a separator
    before a line that starts with a name ("Ida Ek (Polisen), Bo Lund (BIG) och" / "Eva Berg
    (Välfärd Gävle)"), a list wrapped right before a bracket ("Per Nyström, Sara Lind" /
    "(ordförande) och Tove Ek"), and a list between semicolons wrapped inside an entry, where
    the paragraph goes on in small letters ("Ida Ek, Polisen; Eva Berg, Norrviks" / "kommun;
    Bo Lund, BIG")."""
    joined: list[Line] = []
    for line in lines:
        previous = joined[-1].text if joined else ""
        if previous.count("(") > previous.count(")"):
            text = f"{previous} {line.text}"
            if text.count("(") == text.count(")"):
                joined[-1] = joined[-1]._replace(text=text)
                continue
        elif ")" in previous and LIST_GOES_ON.search(previous) and line.text[:1].isupper():
            joined[-1] = joined[-1]._replace(text=f"{previous} {line.text}")
            continue
        elif previous and line.text[:1] == "(" and "," in previous and ")" in line.text:
            # a list wrapped before a bracket: "..., Sara Lind" / "(ordförande) och Tove Ek"
            joined[-1] = joined[-1]._replace(text=f"{previous} {line.text}")
            continue
        elif ";" in previous and not line.brk and line.text[:1].islower() and previous[-1] not in ",;-" and "\t" not in previous:
            joined[-1] = joined[-1]._replace(text=f"{previous} {line.text}")
            continue
        joined.append(line)
    return joined


def _cell_rows(name: str, rest: str, line: int, orgs: OrgKnowledge, diagnostics: Diagnostics) -> list[Row]:
    """The row (or two) of a name and the cells after it: the organisation, then a scope,
    or another name and organisation (two people a row), or cells the model has no field
    for ("Ordförande", a title before the organisation), which are kept in a diagnostic."""
    if _may_be_role(name) and "\t" not in rest and is_role(name):
        role_first = _role_first_row(name, rest, line, diagnostics)
        if role_first is not None:
            return role_first
    # further cells only at tabs: two spaces inside a name are too often a stray (PDF text)
    cells = [cell.strip() for cell in rest.split("\t") if cell.strip()] if "\t" in rest else [rest]
    if len(cells) == 3 and looks_like_name(cells[1]):
        second, second_scope = _split_scope(cells[2])
        first, first_scope = _split_scope(cells[0])
        return [Row(name, first or None, first_scope, line), Row(cells[1], second or None, second_scope, line)]
    at = _organisation_cell(cells, orgs)
    if at:
        cells.insert(0, cells.pop(at))
    org, scope = _split_scope(cells[0])
    if len(cells) == 1 and _may_be_role(org) and is_role(org):
        # "Linnea Holt<TAB>Sekreterare" (the party's cell empty): a role, no organisation
        _kept_extra(org, name, line, diagnostics)
        return [Row(name, None, scope, line, _row_role(org))]
    if org[:1] == "(" and org[-1:] == ")" and org.count("(") == 1:
        org = org[1:-1].strip()  # a party in a column of its own: "Birgitta Sandell<TAB>(S)<TAB>ordförande"
    extra = []
    titled = TITLED_ROW.match(name) if ", " in name or " – " in name or " - " in name else None
    if titled and not (titled["org"] or titled["party"]) and looks_like_name(titled["name"]):  # "Bo Lund, ordförande<TAB>BIG"
        name = titled["name"]
        extra.append(titled["title"])
    found = _ASIDE.search(org) if org[-1:] == ")" or ", " in org else None
    said = _aside(found) if found else None
    if found and said:  # "Polisen (ordf.)", "Polisen, via Teams": the organisation, and what the row says beside it
        org = org[: found.start()]
        extra.append(said)
    for cell in cells[1:]:
        bare, cell_scope = _split_scope(f" {cell}")  # a scope cell: "(§ 4)", "§ 1-3"
        if scope is None and cell_scope is not None and not bare.strip():
            scope = cell_scope
        else:
            extra.append(cell)
    if extra:
        _kept_extra(" | ".join(extra), name, line, diagnostics)
    role = next((cell for cell in extra if _row_role(cell)), None)
    return [Row(name, org or None, scope, line, role)]


def _may_be_role(text: str) -> bool:
    """False for a cell that is no role by a cheap look: a role is one word, or starts as
    "Vice ordförande", "1:e vice ordförande", "Tjänstgörande ersättare" do (a person's name,
    an organisation's, has two words or more); and it ends as a role does."""
    return (" " not in text or text[:1] in _ROLE_FIRST_OF_MANY) and text[-1:] in _ROLE_LAST


def is_role(text: str) -> bool:
    """A role or a job's title alone ("Vice ordförande", "Ledamot", "1:e vice ordförande",
    "Socialchef"), as the first column of a table of members has it."""
    folded = text.casefold()
    if folded in ROLE_WORDS:
        return True
    if " " not in folded:
        return folded.endswith(JOB_TITLE_ENDS)
    return folded[-1:] == "e" and ROLE_IN_COLUMN.match(folded) is not None


#: A role with its rank ("1:e vice ordförande", "2:e vice ordförande"), in lower case.
ROLE_IN_COLUMN = re.compile(r"(?:\d:[ae]\s+)?(?:vice\s+)?ordförande\Z|tjänstgörande\s+ersättare\Z")


def _row_role(cell: str) -> str | None:
    """A cell as the row's role, as written, where it is one of :data:`ROLE_WORDS` (which may
    name the chair or the minute-taker; a job's title is kept in a diagnostic only)."""
    return cell if cell.casefold() in ROLE_WORDS else None


def _role_first_row(role: str, rest: str, line: int, diagnostics: Diagnostics) -> list[Row] | None:
    """The person in the column after a role ("Vice ordförande<TAB>Henrik Alm (M)",
    "Enhetschef<TAB>Robin Hägg, § 14"): the role kept in a diagnostic (and naming the chair
    or the minute-taker, as a role after the name does); None when no person follows."""
    body, scope = _split_scope(rest)
    person = LISTED_PERSON.match(body)
    if person is None or person["title"] or person["role"]:
        return None
    name = person["name"].strip()
    if not looks_like_name(name):
        return None
    _kept_extra(role, name, line, diagnostics)
    return [Row(name, person["bracketed"], scope, line, _row_role(role))]


#: How a job's title ends, in lower case ("kommunpolis", "enhetschef", "säkerhetssamordnare"):
#: after an organisation and a comma, such a word is the person's title, no part of its name
#: ("Polisen, kommunpolis"; "Styrning och stöd, säkerhet" is one organisation's name).
JOB_TITLE_ENDS: Final = (
    "polis", "chef", "samordnare", "sekreterare", "handläggare", "assistent", "strateg", "inspektör", "ansvarig",
    "rektor", "direktör", "utredare", "pedagog", "kurator", "ledare", "ombud", "representant", "medarbetare",
    "konsult", "controller", "analytiker", "vägledare", "sjuksköterska", "lärare", "specialist", "tekniker",
)
#: How a role or a job's title ends (a cheap look before :func:`is_role`): the last letters
#: of all it takes.
_ROLE_LAST: Final = frozenset(word[-1] for word in (*ROLE_WORDS, *JOB_TITLE_ENDS, "ordförande", "ersättare"))
#: The first letters of the roles of more than one word.
_ROLE_FIRST_OF_MANY: Final = frozenset("VvTt123")
_JOB_TITLE = rf"(?-i: (?:[a-zåäö]+\s)? [a-zåäö]* (?:{'|'.join(JOB_TITLE_ENDS)}) )"

#: What a row says after the organisation: a role in brackets or after a comma ("Polisen
#: (ordf.)", "S, ordförande", "Polisen, kommunpolis") or how the person took part ("Polisen,
#: via Teams", "BIG (digitalt)").
_ASIDE = re.compile(
    rf"""
    (?: \s* \( (?P<bracketed>[^()]+) \)
      | ,\s+ (?P<after_comma>via\s+\w+ | digitalt | på\s+distans | på\s+länk          # "Polisen, via Teams"
              | (?:\d:[ae]\s+)? (?:{"|".join(re.escape(role) for role in sorted(ROLE_WORDS, key=len, reverse=True))})  # "S, ordförande"
              | {_JOB_TITLE} )                                                          # "Polisen, kommunpolis"
    ) $
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _aside(found: re.Match[str]) -> str | None:
    bracketed = found["bracketed"]
    if bracketed is None:
        return found["after_comma"]
    words = " ".join(bracketed.split())
    return words if words.casefold() in ROLE_WORDS or words.casefold().startswith(_ASIDE_STARTS) else None


#: How a bracket after the organisation that says how or when the person took part starts:
#: "(via Teams)", "(digitalt)", "(kl. 13.00–14.30)", "(till kl 14)", "(del av mötet)".
_ASIDE_STARTS = ("via ", "digital", "kl ", "kl.", "till kl", "från kl", "fr.o.m. kl", "t.o.m. kl", "del av", "delvis", "lämnade", "anslöt")


def _kept_extra(kept: str, name: str, line: int, diagnostics: Diagnostics) -> None:
    """What a row says beside the name and organisation ("ordförande"), kept in a diagnostic."""
    diagnostics.info("attendance-extra", f"kept {kept!r} from the row of {name}: the model has no field for it", line)


def _split_single_spaced(text: str, orgs: OrgKnowledge, strict: bool = False) -> tuple[str, str] | None:
    """Split "Anna Berg Styrning och stöd Gävle" where a known organisation starts; unless
    ``strict``, fall back to where an organisation-like phrase starts."""
    words = text.split()
    for k in range(2, min(6, len(words))):
        name, org = " ".join(words[:k]), " ".join(words[k:])
        if looks_like_name(name) and (orgs.known_prefix(org) or looks_like_institution(org)):
            return name, org
    if strict:
        return None
    for k in range(2, min(6, len(words))):
        name, org = " ".join(words[:k]), " ".join(words[k:])
        if looks_like_name(name) and orgs.looks_like_org(org) and not looks_like_name(org):
            return name, org
    return None
