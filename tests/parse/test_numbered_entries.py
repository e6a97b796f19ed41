"""Notes that are a numbered list of topics, each entry a sentence with its topic first
("1. Skolstart – lugn start på skolorna."): each entry an item, the topic its heading and the
rest its text, whether or not blank lines part the entries."""

from __future__ import annotations

import pytest

import bigprotokoll
from bigprotokoll import parse_text

HEAD = "Minnesanteckningar BIG 2024-08-20\n\nNärvarande: Ida Ek, Bo Lund och Eva Berg\n\n"
ENTRIES = [
    "1. Skolstart – lugn start på skolorna, inga incidenter.",
    "2. Sommaren: färre anmälningar än i fjol. Bo Lund återkommer med statistik.",
    "3. Övrigt – inget.",
]


def items(m: bigprotokoll.Minutes) -> list[tuple[int, str, list[str]]]:
    return [(i.number, i.heading, [p.text for p in i.paragraphs]) for i in m.items]


WANTED = [
    (1, "Skolstart", ["lugn start på skolorna, inga incidenter."]),
    (2, "Sommaren", ["färre anmälningar än i fjol. Bo Lund återkommer med statistik."]),
    (3, "Övrigt", ["inget."]),
]


@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_list_of_topics_is_the_items(between: str) -> None:
    m = parse_text(HEAD + between.join(ENTRIES) + "\n")
    assert items(m) == WANTED
    assert [a.name for a in m.attendees] == ["Ida Ek", "Bo Lund", "Eva Berg"]  # the list ends at the first entry
    assert m.preamble == () and [d.code for d in m.diagnostics if d.severity.value == "warning"] == []
    assert [a.assignee for a in m.items[1].assignments] == ["Bo Lund"]


def test_an_entry_may_go_on_over_lines() -> None:
    m = parse_text(HEAD + "1. Skolstart – lugn start på skolorna,\ninga incidenter.\n2. Övrigt – inget.\n")
    assert items(m) == [(1, "Skolstart", ["lugn start på skolorna, inga incidenter."]), (2, "Övrigt", ["inget."])]


def test_numbered_sentences_in_a_paragraph_of_text_stay_text() -> None:
    """The first entry must start a paragraph: "redovisade:" over a list keeps it the text's."""
    m = parse_text(HEAD + "Elias Strand redovisade:\n1. Färre inbrott i centrum.\n2. Oron kvarstår.\n")
    assert m.items == ()
    assert any(d.code == "no-items" for d in m.diagnostics)


@pytest.mark.parametrize(
    ("entry", "heading"),
    [
        ("Mötets öppnande", "Mötets öppnande"),  # a heading: as it is
        ("Ida Ek öppnade mötet och hälsade alla välkomna.", "Ida Ek öppnade mötet och hälsade alla välkomna."),  # no topic
        ("Ekonomi – budget", "Ekonomi – budget"),  # no sentence: a heading with a dash
    ],
)
def test_what_is_no_topic_and_text_stays_the_heading(entry: str, heading: str) -> None:
    m = parse_text(HEAD + f"1. {entry}\n\n2. Övrigt\n")
    assert m.items[0].heading == heading


def test_a_section_heading_with_a_dash_is_not_parted() -> None:
    m = parse_text(HEAD + "§ 1 Handlingsplan – uppföljning.\n\nText.\n\n§ 2 Övrigt\n\nInget.\n")
    assert m.items[0].heading == "Handlingsplan – uppföljning."
