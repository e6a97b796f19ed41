"""Stage 3d: the signatures: who took the minutes, who adjusted them, who chaired, read
from the names under (or beside, or above) their labels and roles, at the end of the
minutes or on a formal first page; and the notice of adjustment after them.

Guarantees: every line given ends up as a signature or in the returned ``unplaced``
lines (the notice of adjustment, "ANSLAG/BEVIS", and what follows it among them), which
the caller keeps as closing text; each label, role and line to sign on read is kept in a
diagnostic.
"""

from __future__ import annotations

import re
from typing import AbstractSet as Set, Sequence

from .attendance import CHAIR_ROLES, COLUMN_GAP, FIRST_NAME_WORD, MINUTE_TAKER_ROLES
from .dates import find_date
from .diagnostics import Diagnostics
from .letters import UPPER
from .lines import Line
from .orgs import looks_like_name

__all__ = [
    "NAME_AND_ROLE", "NOTICE_HEADING", "SIGNATURE_LABEL", "SIGN_HERE", "Signatures", "cells_of", "first_page_signatures",
    "name_list", "read_signatures", "signature_label", "signatures_start",
]

#: Names after a label: "Ida Ek och Bo Lund", "Ida Ek, Bo Lund".
_NAME_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+och\s+")

#: The labels of the signature block.
SIGNATURE_LABEL = re.compile(
    r"""
    ^ (?P<label>
        Vid \s+ protokollet | Sekreterare | Protokollförare   # above the minute-taker's name
      | Vid \s+ anteckningarna | Antecknare | Antecknat \s+ av    # (notes rather than minutes)
      | Justeras | Justerat (?:\s+ av)? | Justerare | Justerande   # above the adjusters' names
      | Ordförande                                          # above the chair's
      | Underskrifter                                       # the block's heading (formal minutes)
    )
    \s* (?: :? $                      # alone: the names follow below
          | : \s* (?P<names>\S.*) $   # or after a colon: "Justeras: Ida Ek och Bo Lund"
          | (?<=\sav) \s+ (?P<by>\S.*) $ )  # or after "av": "Antecknat av Ida Ek"
    """,
    re.VERBOSE | re.IGNORECASE,
)


#: The items a formal first page's signatures cover, beside them ("Paragrafer 51–53"): a field
#: the model has none for, kept as text.
PARAGRAPHS_FIELD = re.compile(r"(?:Paragrafer|Paragraf|§§?)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?$", re.IGNORECASE)

#: Signature labels that say no more than the structure does (others are kept in a diagnostic).
_PLAIN_SIGNATURE_LABELS = frozenset({"vid protokollet", "justeras"})


#: What each signature label stands above.
_SIGNATURE_KINDS = {
    "vid protokollet": "minute_taker", "sekreterare": "minute_taker", "protokollförare": "minute_taker",
    "vid anteckningarna": "minute_taker", "antecknare": "minute_taker", "antecknat av": "minute_taker",
    "justeras": "adjuster", "justerat": "adjuster", "justerat av": "adjuster", "justerare": "adjuster", "justerande": "adjuster",
    "ordförande": "chair",
    "underskrifter": "heading",
}


def signature_label(text: str) -> tuple[str, list[str]] | None:
    """``(kind, names after the label)`` for a signature label ("Vid protokollet", "Justeras:
    Ida Ek", "Ordförande"), the kind ``minute_taker``, ``adjuster``, ``chair`` or ``heading``
    (``Underskrifter``, above them all); None for other text, and for a label followed by
    anything but names."""
    found = SIGNATURE_LABEL.match(text)
    if not found:
        return None
    kind = _SIGNATURE_KINDS[" ".join(found["label"].lower().split())]
    written = found["names"] or found["by"]
    if written is None:
        return kind, []
    names = (name_list(written) or _first_name(written)) if kind != "heading" else []
    return (kind, names) if names else None


def _first_name(text: str) -> list[str]:
    """``[name]`` for a first name alone after a signature's label ("Antecknat av: Johan"); else empty."""
    name = text.strip().rstrip(".")
    return [name] if FIRST_NAME_WORD.fullmatch(name) else []


def name_list(text: str) -> list[str]:
    """``["Ida Ek", "Bo Lund"]`` for "Ida Ek och Bo Lund."; empty unless every part is a name."""
    names = [n for n in _NAME_LIST_SEPARATOR.split(text.rstrip(". ")) if n]
    return names if all(looks_like_name(n) for n in names) else []


class Signatures:
    """Who signs the minutes, as :func:`read_signatures` reads them. A plain class, not an
    attrs one: compiled (mypyc), it is a native class, whose fields are read and set without
    a lookup by name (nothing compares, hashes or prints one)."""

    def __init__(
        self,
        minute_taker: str | None = None,
        adjusters: list[str] | None = None,
        chair: str | None = None,
        unplaced: list[Line] | None = None,
    ) -> None:
        self.minute_taker = minute_taker
        self.adjusters: list[str] = [] if adjusters is None else adjusters
        self.chair = chair  # under "Ordförande" (formal minutes)
        self.unplaced: list[Line] = [] if unplaced is None else unplaced

    def merged(self, later: Signatures) -> Signatures:
        """These signatures (a first page's) and ``later`` ones (at the end) together: each
        role as the first block names it, else the later; every adjuster once."""
        return Signatures(
            self.minute_taker or later.minute_taker,
            list(dict.fromkeys([*self.adjusters, *later.adjusters])),
            self.chair or later.chair,
            [*self.unplaced, *later.unplaced],
        )

    def take(self, kind: str, name: str) -> bool:
        """Give ``name`` the role ``kind`` stands for; False when that role is taken (or none)."""
        if kind == "adjuster":
            self.adjusters.append(name)
        elif kind == "minute_taker" and self.minute_taker is None:
            self.minute_taker = name
        elif kind == "chair" and self.chair is None:
            self.chair = name
        else:
            return False
        return True


_LABEL_ROLES = {"minute_taker": "minute-taker's", "adjuster": "adjusters'", "chair": "chair's"}

#: The heading of the notice of adjustment at the end of formal minutes ("ANSLAG/BEVIS"):
#: what follows restates the meeting and is kept as closing text.
#: So is an extract's certificate ("Rätt utdraget intygar: Ida Ek, registrator").
NOTICE_HEADING = re.compile(
    r"""
    ^ (?: (?:Anslag\s*/\s*bevis | Anslagsbevis | Bevis(?:\s+om\s+justering)? | Anslag) \s* :? $
        | Rätt \s+ utdraget \s+ (?:intygar|betygar|bestyrkes) \b )
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: The first letters a notice's heading may have (a cheap first look).
_NOTICE_FIRST = frozenset("AaBbRr")


#: The line to sign on beside or above a name: dots, underscores or dashes, nothing else.
SIGN_HERE = re.compile(
    r"""
    ^ [._\-–—…]{3,} $    # "..........", "__________"
    """,
    re.VERBOSE,
)


#: A name with the role it signs in, after a comma or in brackets: "Ida Ek, ordförande",
#: "Bo Lund (justerare)".
NAME_AND_ROLE = re.compile(
    r"""
    ^ (?P<name>[^,()]+?) \s*
    (?: , \s* (?P<role>[^,()]+?)         # "Ida Ek, ordförande"
      | \( \s* (?P<bracketed>[^()]+?) \s* \) )   # "Bo Lund (justerare)"
    \s* $
    """,
    re.VERBOSE,
)

#: The roles a name may sign in, beside it or on the line below it, and the kind of
#: signature each makes ("Justerare" below a name is the role, not a label above the next).
_SIGNED_ROLES = {
    **dict.fromkeys(CHAIR_ROLES, "chair"),
    **dict.fromkeys(MINUTE_TAKER_ROLES, "minute_taker"),
    "justerare": "adjuster",
    "justerande": "adjuster",
}


def _role_row(cells: Sequence[str]) -> list[str] | None:
    """The kinds of signature a row of roles alone names ("Ordförande    Justerare"), else None."""
    kinds = []
    for cell in cells:
        kind = _SIGNED_ROLES.get(cell.casefold())
        if kind is None:
            return None
        kinds.append(kind)
    return kinds or None


def _name_and_role(cell: str, known: set[str]) -> tuple[str, str, str] | None:
    """``(name, role as written, kind)`` for "Ida Ek, ordförande"; None for anything else."""
    found = NAME_AND_ROLE.match(cell)
    if not found:
        return None
    role = found["role"] or found["bracketed"]
    kind = _SIGNED_ROLES.get(role.casefold())
    name = found["name"]
    return (name, role, kind) if kind and (looks_like_name(name) or name in known) else None


def sign_off(text: str, known: Set[str] = frozenset()) -> tuple[str, str] | None:
    """``(name, kind)`` for the writer's sign-off at the end of notes: "/Ida Ek" or "/Ida" (the
    minute-taker), "/Ida Ek, sekreterare" (as the role says); None for anything else."""
    if text[:1] != "/":
        return None
    rest = text.lstrip("/ ").rstrip(" .")
    with_role = _name_and_role(rest, set(known))
    if with_role:
        return with_role[0], with_role[2]
    return (rest, "minute_taker") if looks_like_name(rest) or rest in known or FIRST_NAME_WORD.fullmatch(rest) else None


def read_signatures(lines: Sequence[Line], people: Sequence[str], diagnostics: Diagnostics) -> Signatures:
    """Names under "Vid protokollet" ("Sekreterare"), "Justeras" and "Ordförande", in column
    order; a name's role beside it ("Ida Ek, ordförande") or on the line right below the
    names ("Ordförande    Justerare") says what it signs as, besides any label above; the
    lines to sign on beside them (dots, underscores) are noted, no names."""
    result = Signatures()
    pending: list[tuple[str, Line]] = []  # labels not yet given a name, in column order, and their lines
    last_label: str | None = None
    by_first = _by_first_name(people)  # "Johan" signs for the one attendee of that first name
    known = set(people) | set(by_first)
    end = next(
        (at for at, line in enumerate(lines) if line.text[:1] in _NOTICE_FIRST and NOTICE_HEADING.match(line.text)), len(lines)
    )
    rows = [_cells(line, diagnostics) for line in lines[:end]]

    def label_above() -> str:
        return pending.pop(0)[0] if pending else ("adjuster" if last_label == "adjuster" else "")

    def sign(name: str, role: str) -> bool:
        """``name`` signs under the label above it, if any, and as its ``role``; False when neither is free."""
        above = label_above()
        taken = result.take(above, name) if above else False
        return (result.take(role, name) or taken) if role != above else taken

    roles_below: set[int] = set()  # rows read as the roles of the names above them
    for at, line in enumerate(lines[:end]):
        if at in roles_below:
            continue
        if at == 0 and signed_at(line.text):
            diagnostics.info("signed-at", f"kept {line.text!r}, where the minutes were signed, as closing text", line.no)
            result.unplaced.append(line)
            continue
        signed = sign_off(line.text, known)
        if signed is not None and result.take(signed[1], signed[0]):
            diagnostics.info("signature-line", f"read {line.text!r} into the signatures: a sign-off", line.no)
            continue
        cells = rows[at]
        below = _roles_below(lines, rows, at, known)
        if below is not None:
            roles_below.add(at + 1)
            for cell, (role, kind) in zip(cells, below):
                if sign(cell, kind):
                    diagnostics.info("signature-role", f"read {role!r} below {cell!r} as the role signed in", lines[at + 1].no)
                else:
                    diagnostics.warn("signature-unread", f"{cell!r} signs as {role!r}, which is taken; kept as text", line.no)
                    result.unplaced += [line, lines[at + 1]]
            continue
        non_names: list[str] = []
        fields: list[str] = []
        for cell in cells:
            if cell[:1] in "Pp§" and PARAGRAPHS_FIELD.match(cell):
                fields.append(cell)
                continue
            label = signature_label(cell)
            if label:
                kind, names = label
                if not names:
                    if cell.rstrip(": ").casefold() not in _PLAIN_SIGNATURE_LABELS:  # "Justerare": kept as written
                        what = "the heading of the signatures" if kind == "heading" else f"the label above the {_LABEL_ROLES[kind]} names"
                        diagnostics.info("signature-label", f"read {cell!r} as {what}", line.no)
                    if kind == "heading":
                        continue
                    pending.append((kind, line))  # the name comes below, in this column
                else:  # the line as written ("... och ...") stays in the result this way
                    diagnostics.info("signature-line", f"read {cell!r} into the signatures", line.no)
                last_label = kind
                non_names += [name for name in names if not result.take(kind, name)]
                continue
            with_role = None if looks_like_name(cell) or cell in known else _name_and_role(cell, known)
            if with_role:
                name, role, kind = with_role
                if sign(name, kind):
                    diagnostics.info("signature-role", f"read {cell!r} as {name} signing as {role!r}", line.no)
                else:
                    non_names.append(cell)
                continue
            if not (looks_like_name(cell) or cell in known):
                non_names.append(cell)
                continue
            if not result.take(label_above(), cell):
                non_names.append(cell)
        if non_names:
            diagnostics.warn("signature-unread", f"not a signature name: {' '.join(non_names)!r}; kept as text", line.no)
            result.unplaced.append(line)
        elif fields:
            diagnostics.info("signature-field", f"kept {' '.join(fields)!r}, the items signed, as text: the model has no field for it", line.no)
            result.unplaced.append(line)
    for line in dict.fromkeys(line for _, line in pending):  # a label no name came under
        if line not in result.unplaced:
            diagnostics.warn("signature-unread", f"no name under {line.text!r}; kept as text", line.no)
            result.unplaced.append(line)
    if end < len(lines):
        diagnostics.info("notice", f"kept the notice under {lines[end].text!r} as closing text", lines[end].no)
        result.unplaced += lines[end:]
    result.unplaced = sorted(dict.fromkeys(result.unplaced), key=lambda line: line.no)
    if by_first:
        def full(name: str | None) -> str | None:
            if name in by_first:
                diagnostics.info("first-name", f"read {name!r} in the signatures as {by_first[name]}, the one attendee of that first name", None)
                return by_first[name]
            return name

        result.minute_taker, result.chair = full(result.minute_taker), full(result.chair)
        result.adjusters = [full(name) or name for name in result.adjusters]
    return result


def _by_first_name(people: Sequence[str]) -> dict[str, str]:
    """First name -> the full name of the one person of the list with it (first names two
    people share are left out, as are names of one word)."""
    firsts: dict[str, str] = {}  # first name -> the first person of the list with it
    shared: set[str] = set()  # first names two or more people have
    for person in people:
        words = person.split()
        if len(words) > 1:
            if words[0] in firsts:
                shared.add(words[0])
            else:
                firsts[words[0]] = person
    named = set(people)
    return {first: name for first, name in firsts.items() if first not in shared and first not in named}


def first_page_signatures(lines: Sequence[Line], end: int) -> int:
    """Where a formal first page's signatures begin among the header's ``lines[:end]``: at
    ``Underskrifter``, the block's heading (``Underskrifter<TAB>Sekreterare<TAB>.....``);
    ``end`` when the header has none."""
    for at in range(end):
        text = lines[at].text
        if text[:1] in "Uu" and text[:13].casefold() == "underskrifter" and signature_label(cells_of(text)[0]) == ("heading", []):
            return at
    return end


#: Where (and when) the minutes were signed, on the line right above the signatures: "Gävle
#: som ovan", "Gävle dag som ovan", "Norrvik 2024-03-18", "Gävle den 18 mars 2024".
SIGNED_AT = re.compile(
    rf"""
    ^ [{UPPER}][\w-]+ (?:\s[{UPPER}][\w-]+)? ,?\s+         # the place: one or two capitalised words
    (?: (?:dag\s+|datum\s+)? som\s+ovan                   # "som ovan": the meeting's day
      | (?:den\s+)? (?P<date>\d.{{3,20}}) )                 # or a date
    \.? $
    """,
    re.VERBOSE,
)


def signed_at(text: str) -> bool:
    """True for a line that says where (and when) the minutes were signed (:data:`SIGNED_AT`)."""
    found = SIGNED_AT.match(text) if "ovan" in text or any(c.isdigit() for c in text[-4:]) else None
    if found is None:
        return False
    if found["date"] is None:
        return True
    date = find_date(found["date"])
    return date is not None and date.start == 0 and date.end == len(found["date"].rstrip("."))


def signatures_start(lines: Sequence[Line], start: int) -> int:
    """Where the signatures begin, looking from ``start`` (the last item's heading): at the
    first signature label, or the notice of adjustment when no label comes before it. A row
    of names right above a row of their roles ("Ida Ek    Bo Lund" / "Ordförande
    Justerare") begins them, as does a row of names with their roles ("Ida Ek, ordförande")
    when only such rows follow it; so does a line to sign on right above either."""
    for at in range(start, len(lines)):
        text = lines[at].text
        if text[:1] in "VvJjSsPpOoUuAaBbRr" and (
            signature_label(text.split("  ")[0].split("\t")[0].strip()) or NOTICE_HEADING.match(text)
        ):
            if at - 1 > start and not lines[at].brk and _role_row(cells_of(text)) and _all_names(cells_of(lines[at - 1].text)):
                at -= 1
            return _signed_at_above(lines, _above_rules(lines, at, start), start)
        if text.rstrip(") ").casefold().endswith(_ROLE_ENDINGS) and all(map(_is_signature_row, lines[at:])):
            return _signed_at_above(lines, _above_rules(lines, at, start), start)
        if text[:1] == "/" and at > start and sign_off(text) and all(map(_is_signature_row, lines[at + 1 :])):
            return _signed_at_above(lines, at, start)  # "/Ida Ek": the writer's sign-off ends the notes
    return len(lines)


def _signed_at_above(lines: Sequence[Line], at: int, start: int) -> int:
    """``at``, or the line above it when that says where the minutes were signed ("Gävle som ovan")."""
    return at - 1 if at - 1 > start and signed_at(lines[at - 1].text) else at


#: How a name's role ends a line ("..., ordförande", "... (justerare)"): a cheap first look.
_ROLE_ENDINGS = tuple(_SIGNED_ROLES)


def cells_of(text: str) -> list[str]:
    """The columns of a line: its text split at tabs and runs of spaces."""
    return [c.strip() for c in COLUMN_GAP.split(text) if c.strip()]


def _all_names(cells: Sequence[str], known: Set[str] = frozenset()) -> bool:
    """True for cells that are names all: name-like, or among the ``known`` (the attendees)."""
    return bool(cells) and all(looks_like_name(cell) or cell in known for cell in cells)


def _is_signature_row(line: Line) -> bool:
    """A line of the signatures alone: names (with or without roles), roles, labels, lines to sign on."""
    return all(
        SIGN_HERE.match(cell) or looks_like_name(cell) or cell.casefold() in _SIGNED_ROLES
        or signature_label(cell) or _name_and_role(cell, set())
        for cell in cells_of(line.text)
    )


def _above_rules(lines: Sequence[Line], at: int, start: int) -> int:
    """``at``, or the line above it when that is lines to sign on alone, right above it."""
    if at - 1 > start and not lines[at].brk and all(SIGN_HERE.match(cell) for cell in cells_of(lines[at - 1].text)):
        return at - 1
    return at


def _cells(line: Line, diagnostics: Diagnostics) -> list[str]:
    """The columns of a signature line, without the lines to sign on (noted)."""
    cells = cells_of(line.text)
    rules = [cell for cell in cells if SIGN_HERE.match(cell)]
    if rules:
        diagnostics.info("signature-rule", f"read {rules[0]!r} as a line to sign on", line.no)
        cells = [cell for cell in cells if cell not in rules]
    return cells


def _roles_below(
    lines: Sequence[Line], rows: Sequence[list[str]], at: int, known: Set[str]
) -> list[tuple[str, str]] | None:
    """``(role, kind)`` per name when row ``at`` is names alone and the line right below it
    names a role under each ("Ida Ek    Bo Lund" / "Ordförande    Justerare"). Not when
    names follow the roles at once: then the roles are labels above those names."""
    if at + 1 >= len(rows) or lines[at + 1].brk or not _all_names(rows[at], known):
        return None
    kinds = _role_row(rows[at + 1])
    if kinds is None or len(kinds) != len(rows[at]):
        return None
    if at + 2 < len(rows) and not lines[at + 2].brk and _all_names(rows[at + 2], known):
        return None
    return list(zip(rows[at + 1], kinds))
