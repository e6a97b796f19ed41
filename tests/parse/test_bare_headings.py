"""§ headings without their numbers ("§ Ordförandens rapport", or "§" over the heading), as
a Word document's text has them when its numbered list is lost in saving: numbered by the
items around them, or, where no § heading has a number, the items in their order."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import bigprotokoll
from bigprotokoll import parse_text
from bigprotokoll.testing.strategies import minutes

HEAD = "Protokoll fört vid ledningsgruppsmöte BIG 2022-01-18\n\nNärvarande:\n\nIda Ek\tPolisen\nBo Lund\tBIG\n\n"


def items(m: bigprotokoll.Minutes) -> list[tuple[int, bool, str, list[str]]]:
    return [(i.number, i.numbered, i.heading, [p.text for p in i.paragraphs]) for i in m.items]


def codes(m: bigprotokoll.Minutes) -> list[tuple[str, int | None]]:
    wanted = ("unnumbered-items", "number-inferred", "heading-unnumbered", "numbering-gap", "attendance-unread")
    return [(d.code, d.line) for d in m.diagnostics if d.code in wanted]


@pytest.mark.parametrize("mark", ["§ ", "§\t", "### § ", "**§ "])
def test_no_heading_numbered_gives_the_items_in_their_order(mark: str) -> None:
    close = "**" if mark.startswith("**") else ""
    m = parse_text(
        HEAD + f"{mark}Mötets öppnande{close}\n\nIda öppnade mötet.\n\n{mark}Dagordning{close}\n\nDagordningen godkändes.\n"
    )
    assert items(m) == [
        (1, False, "Mötets öppnande", ["Ida öppnade mötet."]), (2, False, "Dagordning", ["Dagordningen godkändes."])
    ]
    assert [(a.name, a.organisation) for a in m.attendees] == [("Ida Ek", "Polisen"), ("Bo Lund", "BIG")]  # the list ends there
    assert codes(m) == [("unnumbered-items", 8)]


def test_one_heading_without_its_number_takes_the_free_one() -> None:
    m = parse_text(HEAD + "§ 1 Öppnande\n\nIda öppnade.\n\n§ Ordförandens rapport\n\nIda rapporterade.\n\n§ 3 Övrigt\n\nInget.\n")
    assert items(m) == [
        (1, True, "Öppnande", ["Ida öppnade."]),
        (2, True, "Ordförandens rapport", ["Ida rapporterade."]),
        (3, True, "Övrigt", ["Inget."]),
    ]
    assert codes(m) == [("number-inferred", 12)]


def test_a_section_sign_alone_over_its_heading() -> None:
    m = parse_text(HEAD + "§ 1 Öppnande\n\nIda öppnade.\n\n§\nOrdförandens rapport\n\nIda rapporterade.\n\n§ 3 Övrigt\n\nInget.\n")
    assert items(m)[1] == (2, True, "Ordförandens rapport", ["Ida rapporterade."])


@pytest.mark.parametrize(
    ("body", "numbers"),
    [
        ("§ Öppnande\n\nA.\n\n§ 2 Rapport\n\nB.\n", [1, 2]),  # first: the one before the number below
        ("§ 1 Öppnande\n\nA.\n\n§ Rapport\n\nB.\n\n§ Ekonomi\n\nC.\n\n§ 4 Övrigt\n\nD.\n", [1, 2, 3, 4]),  # two in a row
        ("§ 1 Öppnande\n\nA.\n\n§ 2 Rapport\n\nB.\n\n§ Övrigt\n\nC.\n", [1, 2, 3]),  # last: the one after
        ("§ 1 Öppnande\n\nA.\n\n§ Rapport\n\nB.\n\n§ 5 Övrigt\n\nC.\n", [1, 2, 5]),  # the next free one; § 3-4 missing
    ],
)
def test_numbers_taken_from_the_items_around(body: str, numbers: list[int]) -> None:
    m = parse_text(HEAD + body)
    assert [(i.number, i.numbered) for i in m.items] == [(n, True) for n in numbers]


def test_with_no_number_free_the_heading_stays_text_with_a_warning() -> None:
    m = parse_text(HEAD + "§ 1 Öppnande\n\nIda öppnade.\n\n§ Ordförandens rapport\n\nIda rapporterade.\n\n§ 2 Övrigt\n\nInget.\n")
    assert items(m)[0] == (1, True, "Öppnande", ["Ida öppnade.", "§ Ordförandens rapport", "Ida rapporterade."])
    assert codes(m) == [("heading-unnumbered", 12)]
    assert next(d for d in m.diagnostics if d.code == "heading-unnumbered").severity.value == "warning"


@pytest.mark.parametrize(
    "line",
    [
        "§ och sedan kom det en rad i gemener",  # lower case: no heading
        "§ Detta är en mening som slutar med punkt.",  # a sentence
        "§§ Ekonomi och Övrigt",  # two signs: no heading
    ],
)
def test_what_is_no_heading_without_a_number(line: str) -> None:
    m = parse_text(HEAD + f"§ 1 Öppnande\n\nIda öppnade.\n\n{line}\n\n§ 2 Övrigt\n\nInget.\n")
    assert [i.number for i in m.items] == [1, 2]
    assert line in [p.text for p in m.items[0].paragraphs]
    assert not {"number-inferred", "heading-unnumbered"} & {d.code for d in m.diagnostics}


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(minutes(), st.data())
def test_any_minutes_with_one_number_left_out_read_the_same(m: bigprotokoll.Minutes, data: st.DataObject) -> None:
    """Where the items around give the number left out, the minutes read as with it."""
    assume(len(m.items) >= 2 and m.items[0].numbered)
    j = data.draw(st.integers(0, len(m.items) - 1))
    numbers = [item.number for item in m.items]
    taken: int | None
    if j == 0:
        taken = numbers[1] - 1
    else:
        free = j == len(numbers) - 1 or numbers[j + 1] > numbers[j - 1] + 1
        taken = numbers[j - 1] + 1 if free else None
    assume(taken == numbers[j])
    item = m.items[j]
    text = bigprotokoll.render(m)
    line = f"\n§ {item.number} {item.heading}\n"
    assert text.count(line) == 1
    got = parse_text(text.replace(line, f"\n§ {item.heading}\n"))
    assert got == m
    assert [d.code for d in got.diagnostics if d.code == "number-inferred"] == ["number-inferred"]
