"""The minutes domain model: frozen attrs classes, nothing else.

No I/O, no parsing, no serialisation lives here. The parser (:mod:`bigprotokoll.parse`)
builds these objects; the converter (:mod:`bigprotokoll.converter`) turns them into the
canonical JSON; exporters read them.

Equality deliberately ignores where a value came from (line numbers, the source file's
name and encoding, diagnostics): two minutes are equal when they say the same thing.
That is what makes ``parse_text(render(m)) == m`` a meaningful property.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs
from attrs import field, frozen

from ._checks import no_outer_space as _no_outer_space
from ._checks import optional_no_outer_space as _optional_no_outer_space

__all__ = [
    "Absentee",
    "AgendaItem",
    "Assignment",
    "AttachmentRef",
    "Attendee",
    "Decision",
    "Diagnostic",
    "Distribution",
    "Furniture",
    "FurnitureKind",
    "Minutes",
    "NextMeeting",
    "Outcome",
    "Paragraph",
    "Severity",
    "Source",
    "Subsection",
]


class Outcome(str, enum.Enum):
    """What the group did with a matter (a closed list; the JSON-LD exporter maps it to SKOS)."""

    APPROVED = "approved"  # godkändes, antogs
    NOTED = "noted"  # lades till handlingarna
    DECIDED = "decided"  # beslutade, beslutades
    TABLED = "tabled"  # bordläggs
    REFERRED_BACK = "referred_back"  # återremitteras: sent back for more preparation


class FurnitureKind(str, enum.Enum):
    """Kinds of page furniture the parser sets aside."""

    LETTERHEAD = "letterhead"
    PAGE_NUMBER = "page_number"
    PAGE_FOOTER = "page_footer"  # the signature boxes at a page's foot: "Justerandes sign"


class Severity(str, enum.Enum):
    INFO = "info"
    WARNING = "warning"


@frozen
class Diagnostic:
    """Something the parser noticed: a guess it made or a line it could not place.

    Text a diagnostic is about always stays in the model too; a diagnostic never
    replaces content.
    """

    code: str  # stable, kebab-case, e.g. "numbering-gap"
    message: str
    line: int | None = None  # 1-based line in the source
    severity: Severity = Severity.WARNING


@frozen
class Source:
    """Where the minutes came from. Ignored by equality.

    ``media_type`` is the file's (``text/plain``, the Word document type for a .docx);
    ``encoding`` the character encoding its text was read in.
    """

    name: str | None = None
    encoding: str = "utf-8"
    sha256: str | None = None
    size: int | None = None
    media_type: str = "text/plain"


@frozen
class Furniture:
    """A line of page furniture (letterhead, page number) set aside by the parser."""

    text: str = field(validator=_no_outer_space)
    kind: FurnitureKind = FurnitureKind.LETTERHEAD
    line: int | None = field(default=None, eq=False)


@frozen
class Attendee:
    """One row of the attendance list ("Närvarande").

    ``items`` is None when the person attended the whole meeting, else the § numbers
    attended, resolved from ``scope``, the scope as written ("(§ 4)", "tom §5").
    """

    name: str = field(validator=_no_outer_space)
    organisation: str | None = field(default=None, validator=_optional_no_outer_space)
    items: tuple[int, ...] | None = None
    scope: str | None = field(default=None, validator=_optional_no_outer_space)


@frozen
class Absentee:
    """One row of the list of absentees ("Frånvarande")."""

    name: str = field(validator=_no_outer_space)
    organisation: str | None = field(default=None, validator=_optional_no_outer_space)


@frozen
class Distribution:
    """Who receives the minutes ("Delges närvarande, A, B samt kommunstyrelsen")."""

    attendees: bool = False
    recipients: tuple[str, ...] = ()


@frozen
class Paragraph:
    """A paragraph of an item's text; ``label`` marks a sub-item ("a", "b") or a bullet ("-")."""

    text: str = field(validator=_no_outer_space)
    label: str | None = None

    @property
    def is_sub_item(self) -> bool:
        return self.label is not None and self.label != "-"


@frozen
class Subsection:
    """One organisation's report inside an item such as "Aktuellt från respektive huvudman"."""

    heading: str = field(validator=_no_outer_space)
    paragraphs: tuple[Paragraph, ...] = ()


@frozen
class Decision:
    """A sentence that records a decision, with its outcome."""

    text: str = field(validator=_no_outer_space)
    outcome: Outcome = Outcome.DECIDED


@frozen
class Assignment:
    """A task given to someone: "X fick i uppdrag att ...", "Anne tar en ny kontakt med ..."."""

    assignee: str = field(validator=_no_outer_space)
    text: str = field(validator=_no_outer_space)


@frozen
class AttachmentRef:
    """A reference to an attachment: "Se bifogat dokument", "(se bilaga)"."""

    text: str = field(validator=_no_outer_space)


@frozen
class AgendaItem:
    """One § of the minutes.

    ``paragraphs`` is the text before any subsection; each subsection holds its own.
    ``decisions``, ``assignments`` and ``attachments`` point at sentences of that text
    (the parser derives them; they add meaning, not words).

    ``numbered`` is False for an item the minutes give no number, only a heading (notes
    with a Markdown or Word heading per item): ``number`` is then its place among the
    items, 1, 2, 3 ..., and exporters show no number for it.

    ``adjusted_immediately`` is True when the text says the item was adjusted (checked and
    signed) at the meeting itself ("Paragrafen justeras omedelbart"), so that its decision
    holds before the whole minutes are adjusted (the parser derives it, as it does
    decisions).
    """

    number: int
    heading: str = field(validator=_no_outer_space)
    paragraphs: tuple[Paragraph, ...] = ()
    subsections: tuple[Subsection, ...] = ()
    tabled: bool = False
    deferred_to: dt.date | None = None
    decisions: tuple[Decision, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    attachments: tuple[AttachmentRef, ...] = ()
    numbered: bool = True
    adjusted_immediately: bool = False

    @property
    def sub_items(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if p.is_sub_item)

    def all_paragraphs(self) -> tuple[Paragraph, ...]:
        """The item's own paragraphs followed by those of every subsection, in order."""
        if not self.subsections:
            return self.paragraphs
        return self.paragraphs + tuple([p for s in self.subsections for p in s.paragraphs])


@frozen
class NextMeeting:
    """The next meeting as announced in the minutes."""

    date: dt.date
    start: dt.time | None = None
    end: dt.time | None = None
    place: str | None = field(default=None, validator=_optional_no_outer_space)


@frozen
class Minutes:
    """A whole set of minutes (protokoll) of one meeting.

    ``preamble`` holds text before the first § that is none of the known header parts,
    and ``closing`` text after the signatures: kept, never dropped (each also gets a
    diagnostic when the parser put it there).
    """

    title: str = field(validator=_no_outer_space)
    body: str = field(validator=_no_outer_space)
    meeting_date: dt.date
    document_date: dt.date | None = None
    place: str | None = field(default=None, validator=_optional_no_outer_space)
    start: dt.time | None = None
    end: dt.time | None = None
    attendees: tuple[Attendee, ...] = ()
    absent: tuple[Absentee, ...] = ()
    distribution: Distribution | None = None
    chair: str | None = field(default=None, validator=_optional_no_outer_space)
    minute_taker: str | None = field(default=None, validator=_optional_no_outer_space)
    adjusters: tuple[str, ...] = ()
    items: tuple[AgendaItem, ...] = ()
    next_meeting: NextMeeting | None = None
    preamble: tuple[Paragraph, ...] = ()
    closing: tuple[Paragraph, ...] = ()
    furniture: tuple[Furniture, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = field(default=(), eq=False)
    source: Source = field(factory=Source, eq=False)

    def item(self, number: int) -> AgendaItem:
        """The item with § ``number``; raises LookupError when there is none."""
        for item in self.items:
            if item.number == number:
                return item
        raise LookupError(f"no § {number} in these minutes")

    def people(self) -> tuple[str, ...]:
        """Every person named in a role or list, once, in order of first mention."""
        names: dict[str, None] = {}
        for attendee in self.attendees:
            names[attendee.name] = None
        for absentee in self.absent:
            names[absentee.name] = None
        for name in (self.chair, self.minute_taker, *self.adjusters):
            if name:
                names[name] = None
        return tuple(names)

    def organisations(self) -> tuple[str, ...]:
        """Every organisation named in the attendance lists, once, in order."""
        orgs: dict[str, None] = {}
        for organisation in [a.organisation for a in self.attendees] + [a.organisation for a in self.absent]:
            if organisation:
                orgs[organisation] = None
        return tuple(orgs)
