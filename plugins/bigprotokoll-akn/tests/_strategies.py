"""Small hypothesis strategies of our own: models full of text that needs escaping.

The core's ``bigprotokoll.testing.strategies.minutes()`` is used too when it exists; these
ones aim at the exporter's weak spots (control characters, markup characters, sentences
that repeat, cross or are missing from the text they should point into).
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from bigprotokoll.model import (
    Absentee,
    AgendaItem,
    Assignment,
    AttachmentRef,
    Attendee,
    Decision,
    Distribution,
    Furniture,
    FurnitureKind,
    Minutes,
    NextMeeting,
    Outcome,
    Paragraph,
    Subsection,
)

#: Characters that break naive XML writers.
NASTY = [
    "<", ">", "&", '"', "'", "&amp;", "]]>", "\\", "\\u0001",
    "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x1f", "\r", "\t", "\n",
    "\ud800", "\udfff", "\ufffe", "\uffff", "\ufffd",
    "\u200f", "\u202e", "\u2066", "\u200b", "🙂", "👩‍👩‍👧", "§", "Å", "é", "ع",
    "Mötesordförande ", "Anne Jäder", "BIG", " ", ". ",
]

chunk = st.one_of(st.sampled_from(NASTY), st.text(alphabet=st.characters(codec="utf-8"), max_size=6))
text = st.lists(chunk, min_size=1, max_size=6).map(lambda parts: "".join(parts).strip()).filter(bool)
short = st.one_of(st.sampled_from(["Anne Jäder", "Polisen", "BIG", "Jens Gagge", "a", "-"]), text)
times = st.one_of(st.none(), st.times())
dates = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


def _paragraph() -> st.SearchStrategy[Paragraph]:
    return st.builds(Paragraph, text, st.one_of(st.none(), st.sampled_from(["a", "b", "-", "", "ä\x01"]), text))


@st.composite
def agenda_items(draw: st.DrawFn, people: list[str]) -> AgendaItem:
    paragraphs = draw(st.lists(_paragraph(), max_size=3))
    subsections = draw(st.lists(st.builds(Subsection, short, st.lists(_paragraph(), max_size=2).map(tuple)), max_size=2))
    texts = [p.text for p in paragraphs] + [p.text for s in subsections for p in s.paragraphs]

    def sentence() -> str:
        # Usually a piece of the item's own text (as the parser makes them), sometimes not.
        if texts and draw(st.booleans()):
            source = draw(st.sampled_from(texts))
            start = draw(st.integers(0, len(source) - 1))
            end = draw(st.integers(start + 1, len(source)))
            piece = source[start:end].strip()
            if piece:
                return piece
        return draw(text)

    assignees = st.sampled_from(people) if people else short
    return AgendaItem(
        number=draw(st.integers(-3, 120)),
        heading=draw(text),
        paragraphs=tuple(paragraphs),
        subsections=tuple(subsections),
        tabled=draw(st.booleans()),
        deferred_to=draw(st.one_of(st.none(), dates)),
        decisions=tuple(Decision(sentence(), draw(st.sampled_from(Outcome))) for _ in range(draw(st.integers(0, 3)))),
        assignments=tuple(Assignment(draw(st.one_of(assignees, short)), sentence()) for _ in range(draw(st.integers(0, 2)))),
        attachments=tuple(AttachmentRef(sentence()) for _ in range(draw(st.integers(0, 2)))),
    )


@st.composite
def minutes(draw: st.DrawFn) -> Minutes:
    people = draw(st.lists(short, max_size=4))
    orgs = st.one_of(st.none(), short)
    attendees = tuple(
        Attendee(
            name,
            draw(orgs),
            draw(st.one_of(st.none(), st.lists(st.integers(-2, 50), max_size=3).map(tuple))),
            draw(st.one_of(st.none(), text)),
        )
        for name in people
    )
    return Minutes(
        title=draw(text),
        body=draw(short),
        meeting_date=draw(dates),
        document_date=draw(st.one_of(st.none(), dates)),
        place=draw(st.one_of(st.none(), short)),
        start=draw(times),
        end=draw(times),
        attendees=attendees,
        absent=tuple(draw(st.lists(st.builds(Absentee, short, orgs), max_size=2))),
        distribution=draw(st.one_of(st.none(), st.builds(Distribution, st.booleans(), st.lists(short, max_size=3).map(tuple)))),
        chair=draw(st.one_of(st.none(), st.sampled_from(people) if people else short)),
        minute_taker=draw(st.one_of(st.none(), short)),
        adjusters=tuple(draw(st.lists(short, max_size=2))),
        items=tuple(draw(st.lists(agenda_items(people), max_size=3))),
        next_meeting=draw(st.one_of(st.none(), st.builds(NextMeeting, dates, times, times, st.one_of(st.none(), short)))),
        preamble=tuple(draw(st.lists(_paragraph(), max_size=2))),
        closing=tuple(draw(st.lists(_paragraph(), max_size=2))),
        furniture=tuple(draw(st.lists(st.builds(Furniture, text, st.sampled_from(FurnitureKind)), max_size=2))),
    )
