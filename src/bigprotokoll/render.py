"""Model -> minutes text in the BIG house style.

The text is what a registrar would write, and what the parser reads back:
``parse_text(render(m)) == m`` for any model the parser could have produced (the
hypothesis strategies in :mod:`bigprotokoll.testing.strategies` generate such models).
The chair and the next meeting are written as header lines ("Ordförande:", "Nästa
möte:") only when the items' text does not already announce them; the body's name and
the date below the title only when the title does not name them ("SAMMANTRÄDESPROTOKOLL").

The text is one page: furniture the parser knew by its place on a page (a running head
at each page's top) is written at the end, where it reads back as closing text.
"""

from __future__ import annotations

import datetime as dt

from .model import AgendaItem, Attendee, Minutes, Paragraph
from .parse.dates import find_date
from .parse.diagnostics import Diagnostics
from .parse.header import title_body
from .parse.items import find_chair, find_next_meeting

__all__ = ["render"]


def _hhmm(value: dt.time) -> str:
    return f"{value.hour:02d}.{value.minute:02d}"


def _times(start: dt.time | None, end: dt.time | None) -> str:
    if start is None:
        return ""
    return f"kl.{_hhmm(start)}" + (f"-{_hhmm(end)}" if end else "")


def _paragraph(paragraph: Paragraph) -> str:
    if paragraph.label is None:
        return paragraph.text
    if paragraph.label == "-":
        return f"- {paragraph.text}"
    return f"{paragraph.label}. {paragraph.text}"


def _row(person: Attendee | object) -> str:
    name = getattr(person, "name")
    organisation = getattr(person, "organisation", None)
    scope = getattr(person, "scope", None)
    cells = [name]
    right = " ".join(part for part in (organisation, f"({scope})" if scope else None) if part)
    if right:
        cells.append(right)
    return "\t".join(cells)


def _item(item: AgendaItem) -> list[str]:
    # an item the minutes give no number: a heading above the subsections' level
    blocks = [f"§ {item.number} {item.heading}" if item.numbered else f"### {item.heading}"]
    blocks.extend(_paragraph(p) for p in item.paragraphs)
    for subsection in item.subsections:
        blocks.append(f"#### {subsection.heading}")
        blocks.extend(_paragraph(p) for p in subsection.paragraphs)
    return blocks


def render(minutes: Minutes) -> str:
    """The minutes as text: blocks separated by blank lines, UTF-8-ready, newline at the end."""
    blocks: list[str] = []
    if minutes.document_date:
        blocks.append(minutes.document_date.isoformat())
    if title_body(minutes.title, 0, Diagnostics()) == minutes.body:
        blocks.append(minutes.title)
    else:  # "SAMMANTRÄDESPROTOKOLL": the body's name below it, as a title block has it
        blocks.append(f"{minutes.title}\n{minutes.body}")
    dated = find_date(minutes.title)
    if dated is None or dated.date != minutes.meeting_date:  # "SAMMANTRÄDESPROTOKOLL": the date as a field
        blocks.append(f"Datum: {minutes.meeting_date.isoformat()}")
    if minutes.place:
        blocks.append(f"Plats: {minutes.place}")
    if minutes.start:
        blocks.append(f"Tid: {_times(minutes.start, minutes.end)}")
    people = [a.name for a in minutes.attendees]
    if minutes.chair and find_chair(minutes.items, people) != minutes.chair:
        blocks.append(f"Ordförande: {minutes.chair}")
    if minutes.next_meeting and find_next_meeting(minutes.items, minutes.meeting_date, Diagnostics()) != minutes.next_meeting:
        nxt = minutes.next_meeting
        line = f"Nästa möte: {nxt.date.isoformat()}"
        if nxt.start:
            line += f" {_times(nxt.start, nxt.end)}"
        if nxt.place:
            line += f" på {nxt.place}"
        blocks.append(line)
    blocks.extend(_paragraph(p) for p in minutes.preamble)
    if minutes.attendees:
        blocks.append("Närvarande:\n" + "\n".join(_row(a) for a in minutes.attendees))
    if minutes.absent:
        blocks.append("Frånvarande:\n" + "\n".join(_row(a) for a in minutes.absent))
    if minutes.distribution is not None:
        parts = (["närvarande"] if minutes.distribution.attendees else []) + list(minutes.distribution.recipients)
        if len(parts) > 1:
            blocks.append(f"Delges {', '.join(parts[:-1])} samt {parts[-1]}.")
        else:
            blocks.append(f"Delges {parts[0]}." if parts else "Delges.")
    for item in minutes.items:
        blocks.extend(_item(item))
    if minutes.minute_taker:
        blocks.append("Vid protokollet")
    if minutes.adjusters:
        blocks.append("Justeras")
    if minutes.minute_taker:
        blocks.append(minutes.minute_taker)
    blocks.extend(minutes.adjusters)
    blocks.extend(_paragraph(p) for p in minutes.closing)
    blocks.extend(f.text for f in minutes.furniture)
    return "\n\n".join(blocks) + "\n"
