"""Hypothesis strategies for the whole model, for the core's and plugins' property tests.

:func:`minutes` draws models the parser could have produced: text fields are built
from words the house style allows, and everything the parser derives from the text
(the chair, the next meeting, attendance items, decisions, assignments, attachments,
tabling) is derived here by the parser's own functions. So, for any drawn ``m``,
``parse_text(render(m)) == m``, and every exporter must handle ``m``.

Pass ``exotic=True`` to mix in characters that need escaping in XML and JSON (``<``,
``&``, quotes, emoji, right-to-left marks); such text still round-trips through render
and parse.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
from hypothesis import strategies as st

from ..model import (
    Absentee,
    AgendaItem,
    Attendee,
    Distribution,
    Furniture,
    FurnitureKind,
    Minutes,
    NextMeeting,
    Paragraph,
    Subsection,
)
from ..parse import derive
from ..parse.attendance import resolve_scope
from ..parse.orgs import BUILTIN_ORGANISATIONS

__all__ = ["minutes", "names", "organisations", "sentences"]

FIRST_NAMES = ("Anna", "Bo", "Cecilia", "David", "Ebba", "Fredrik", "Greta", "Hugo", "Ines", "Johan",
               "Karin", "Lars", "Maja", "Nils", "Olle", "Pia", "Rut", "Sven", "Tove", "Ulf",
               "Åsa", "Örjan", "Anna-Karin", "Per-Erik", "Émile", "Zeynep", "Şahin", "Łukasz", "Ægir")
SURNAMES = ("Andersson", "Berg", "Claesson", "Dahl", "Ek", "Falk", "Grön", "Holm", "Isaksson", "Jäder",
            "Karlsson", "Lind", "Mörk", "Nyström", "Olofsson", "Persson", "Quist", "Ruud", "Sjöberg",
            "Törnqvist", "Ulander", "Vallin", "Wågberg", "Öberg", "Åkesson", "Çelik", "Dvořák", "Nguyễn", "O'Brien",
            "Al-Hassan")
WORDS = ("arbetet", "gruppen", "trygghet", "skolan", "insatser", "stadsdelen", "samverkan", "planen",
         "budget", "rapport", "fältgruppen", "föreningar", "kväll", "våren", "hösten", "projekt",
         "medel", "statistik", "kommunen", "unga", "utbildning", "dialog", "2024", "17", "3,5",
         "drog-", "och", "brottsförebyggande", "bl.a.", "t.ex.", "RF/SISU", "(SIG)", "”Machofabriken”")
CAPITALISED = ("Arbetet", "Gruppen", "Planen", "Rapporten", "Fältgruppen", "Skolan", "Kommunen",
               "Projektet", "Insatsen", "Dialogen", "Budgeten", "Medlen")
EXOTIC = ("<b>", "a&b", "\"citat\"", "'apostrof'", "🙂", "\u200fשלום\u200f", "x>y", "&amp;")
BODIES = ("BIG", "BRÅ", "KSAU", "LG")
PLACES = ("BIG", "Stadshuset", "Nynäs Herrgård", "Rådhuset")
MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
               "september", "oktober", "november", "december")


def names() -> st.SearchStrategy[str]:
    """Person names as the minutes write them ("Anna-Karin Wågberg")."""
    return st.builds(
        lambda first, last, second: f"{first} {last}" + (f" {second}" if second else ""),
        st.sampled_from(FIRST_NAMES),
        st.sampled_from(SURNAMES),
        st.none() | st.sampled_from(SURNAMES),
    )


def organisations() -> st.SearchStrategy[str]:
    return st.sampled_from([o for o in BUILTIN_ORGANISATIONS if o not in ("Kommunstyrelsen",)])


def sentences(exotic: bool = False) -> st.SearchStrategy[str]:
    """One sentence: a capitalised word, some words, a full stop."""
    word = st.sampled_from(WORDS + EXOTIC) if exotic else st.sampled_from(WORDS)
    return st.builds(
        lambda first, rest: " ".join([first, *rest]) + ".",
        st.sampled_from(CAPITALISED),
        st.lists(word, min_size=1, max_size=8),
    )


def _templated(people: list[str], meeting: dt.date) -> st.SearchStrategy[str]:
    """Sentences the parser annotates: decisions, assignments, attachments, tabling."""
    person = st.sampled_from(people) if people else st.just("Anna Berg")
    later = st.integers(1, 120).map(lambda days: meeting + dt.timedelta(days=days))
    return st.one_of(
        st.just("Dagordningen godkändes."),
        st.just("Föregående protokoll godkändes och lades till handlingarna."),
        st.just("Ledningsgruppen beslutade att anta planen."),
        st.just("Se bifogat dokument."),
        st.just("Paragrafen justeras omedelbart."),
        st.just("Rapporten presenterades (se bilaga)."),
        person.map(lambda p: f"{p.split()[0]} fick i uppdrag att boka ett möte."),
        person.map(lambda p: f"{p.split()[0]} tar en ny kontakt med skolan."),
        later.map(lambda d: f"Frågan bordläggs till mötet {d.day} {MONTH_NAMES[d.month - 1]}."),
    )


@st.composite
def _paragraphs(draw: Any, people: list[str], meeting: dt.date, exotic: bool, max_size: int = 3) -> tuple[Paragraph, ...]:
    count = draw(st.integers(0, max_size))
    result = []
    for _ in range(count):
        parts = draw(st.lists(sentences(exotic) | _templated(people, meeting), min_size=1, max_size=3))
        label = draw(st.none() | st.none() | st.sampled_from(["a", "b", "c", "-"]))
        result.append(Paragraph(" ".join(parts), label))
    return tuple(result)


@st.composite
def _items(draw: Any, people: list[str], orgs: list[str], meeting: dt.date, exotic: bool) -> tuple[AgendaItem, ...]:
    count = draw(st.integers(1, 6))
    # now and then notes that number no item, only head each (two or more, else no items)
    numbered = count < 2 or draw(st.integers(0, 5)) > 0
    start = draw(st.integers(1, 3)) if numbered else 1
    numbers = list(range(start, start + count))
    if numbered and count > 2 and draw(st.booleans()):
        numbers[-1] += 1  # a gap in the numbering, as in real minutes
    headings = _HEADINGS if numbered else _HEADINGS[1:]  # not the agenda's "Dagordning" (a header's heading)
    items = []
    for number in numbers:
        heading = draw(st.sampled_from(headings))
        paragraphs = draw(_paragraphs(people, meeting, exotic))
        subsections: tuple[Subsection, ...] = ()
        if draw(st.integers(0, 3)) == 0:
            subsections = tuple(
                Subsection(heading_text, draw(_paragraphs(people, meeting, exotic, 2)))
                for heading_text in draw(st.lists(st.sampled_from(orgs + ["Sektor styrning och stöd"]), max_size=3, unique=True))
            )
        items.append(AgendaItem(number, heading, paragraphs, subsections, numbered=numbered))
    return tuple(items)


_HEADINGS = ("Dagordning", "Mötets öppnande", "Föregående protokoll", "Ekonomi", "Övriga frågor",
             "Aktuellt från respektive huvudman", "Lokal BIG", "Utredning av det drog- och brottsförebyggande arbetet")


_SCOPES = ("§ {a}", "tom §{a}", "t.o.m. § {a}", "fr.o.m. § {a}", "§§ {a}-{b}", "§ {a} - § {b}")


@st.composite
def _attendees(draw: Any, people: list[str], orgs: list[str], numbers: list[int]) -> tuple[Attendee, ...]:
    result = []
    for name in people:
        org = draw(st.none() | st.sampled_from(orgs))
        scope = None
        if numbers and draw(st.integers(0, 4)) == 0:
            a = draw(st.sampled_from(numbers))
            scope = draw(st.sampled_from(_SCOPES)).format(a=a, b=a + draw(st.integers(1, 3)))
        items = resolve_scope(scope, numbers) if scope else None
        result.append(Attendee(name, org, items, scope))
    return tuple(result)


_FURNITURE = (
    (FurnitureKind.LETTERHEAD, "BIG BROTTSFÖREBYGGARNA I GÄVLE"),
    (FurnitureKind.LETTERHEAD, "803 25 Gävle. Besöksadress: Nynäs Herrgård, Gavlegränd 2"),
    (FurnitureKind.LETTERHEAD, "Tfn 026-17 80 00 (vx) Fax 026-17 99 40"),
    (FurnitureKind.LETTERHEAD, "www.gavle/big.se"),
    (FurnitureKind.PAGE_NUMBER, "Sida 1 av 2"),
    (FurnitureKind.PAGE_NUMBER, "2 (3)"),
    (FurnitureKind.PAGE_FOOTER, "Justerandes sign\tUtdragsbestyrkande"),
)


def _time() -> st.SearchStrategy[dt.time]:
    return st.builds(dt.time, st.integers(7, 17), st.sampled_from([0, 15, 30, 45]))


@st.composite
def minutes(draw: Any, exotic: bool = False) -> Minutes:
    """Any minutes the parser could have produced (see the module docstring)."""
    meeting = draw(st.dates(dt.date(2000, 1, 1), dt.date(2039, 12, 31)))
    body = draw(st.sampled_from(BODIES))
    people = draw(st.lists(names(), min_size=0, max_size=6, unique=True))
    orgs = draw(st.lists(organisations(), min_size=1, max_size=4, unique=True))
    items = draw(_items(people, orgs, meeting, exotic))
    numbers = [item.number for item in items if item.numbered]  # no "§ 3" where no item has a number
    attendees = draw(_attendees(people, orgs, numbers))
    absent = tuple(Absentee(n, draw(st.none() | st.sampled_from(orgs))) for n in draw(st.lists(names(), max_size=2, unique=True)) if n not in people)
    if people and draw(st.booleans()):
        chair = draw(st.sampled_from(people))
        first = items[0]
        opening = Paragraph(f"Mötesordförande {chair} hälsade välkommen och öppnade mötet.")
        items = (attrs.evolve(first, paragraphs=(opening, *first.paragraphs)), *items[1:])
    start = draw(st.none() | _time())
    end = draw(st.none() | _time()) if start else None
    next_date = meeting + dt.timedelta(days=draw(st.integers(1, 200)))
    next_meeting = None
    choice = draw(st.integers(0, 2))
    if choice == 1:  # announced in the last item's text, without a year
        nstart, nend = draw(_time()), draw(_time())
        place = draw(st.none() | st.sampled_from(PLACES))
        sentence = (f"Nästa möte är den {next_date.day} {MONTH_NAMES[next_date.month - 1]} "
                    f"kl.{nstart.hour:02d}.{nstart.minute:02d}-{nend.hour:02d}.{nend.minute:02d}"
                    + (f" på {place}" if place else "") + ".")
        last = items[-1]
        items = (*items[:-1], attrs.evolve(last, paragraphs=(*last.paragraphs, Paragraph(sentence))))
    elif choice == 2:  # given in the header
        next_meeting = NextMeeting(next_date, draw(st.none() | _time()), None, draw(st.none() | st.sampled_from(PLACES)))
        if next_meeting.start and draw(st.booleans()):
            next_meeting = attrs.evolve(next_meeting, end=draw(_time()))
    signatories = people or draw(st.lists(names(), max_size=2, unique=True))
    minute_taker = draw(st.none() | st.sampled_from(signatories)) if signatories else None
    adjusters = tuple(draw(st.lists(st.sampled_from(signatories), max_size=2, unique=True))) if signatories else ()
    closing: tuple[Paragraph, ...] = ()
    if minute_taker or adjusters:
        closing = tuple(Paragraph(s) for s in draw(st.lists(sentences(exotic), max_size=1)))
    recipients = draw(st.lists(names() | st.just("kommunstyrelsen"), max_size=3, unique=True))
    distribution = draw(st.none() | st.builds(Distribution, st.booleans(), st.just(tuple(recipients))))
    furniture = tuple(
        Furniture(text, kind) for kind, text in draw(st.lists(st.sampled_from(_FURNITURE), max_size=3))
    )
    model = Minutes(
        # a formal title names neither the body nor the day: render writes them below it
        title=draw(st.sampled_from((f"Protokoll fört vid ledningsgruppsmöte {body} {meeting.isoformat()}",
                                    "SAMMANTRÄDESPROTOKOLL", "Minnesanteckningar"))),
        body=body,
        meeting_date=meeting,
        document_date=draw(st.none() | st.just(meeting) | st.just(meeting + dt.timedelta(days=3))),
        place=draw(st.none() | st.sampled_from(PLACES)),
        start=start,
        end=end,
        attendees=attendees,
        absent=absent,
        distribution=distribution,
        chair=None,
        minute_taker=minute_taker,
        adjusters=adjusters,
        items=items,
        next_meeting=next_meeting,
        preamble=tuple(Paragraph(s) for s in draw(st.lists(sentences(exotic), max_size=1))),
        closing=closing,
        furniture=furniture,
    )
    return derive(model)
