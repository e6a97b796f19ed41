"""Two attendance lists side by side, their labels on one line ("Beslutande<gap>Ersättare"), as
formal minutes' first page sets them in two columns: read one after the other."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import bigprotokoll
from bigprotokoll import parse_text
from bigprotokoll.testing.strategies import names, organisations

TITLE = "Protokoll fört vid sammanträde med Trygghetsrådet 2024-03-12\n\n"
ITEMS = "\n§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n"


def people(m: bigprotokoll.Minutes) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    return [(a.name, a.organisation) for a in m.attendees], [(a.name, a.organisation) for a in m.absent]


@pytest.mark.parametrize("gap", ["\t", "          ", "\t\t"])
def test_members_and_substitutes_in_two_columns(gap: str) -> None:
    lists = (
        f"Beslutande{gap}Ersättare\n"
        f"Anna Andersson (S), ordförande{gap}Bertil Berg (M)\n"
        f"Cecilia Dahl (M){gap}David Ek (S)\n"
        "Erik Fors (C)\n"
    )
    m = parse_text(TITLE + lists + ITEMS)
    assert people(m) == (
        [("Anna Andersson", "S"), ("Cecilia Dahl", "M"), ("Erik Fors", "C"), ("Bertil Berg", "M"), ("David Ek", "S")],
        [],
    )
    assert m.chair == "Anna Andersson"
    assert [(d.code, d.line) for d in m.diagnostics if d.code == "lists-side-by-side"] == [("lists-side-by-side", 3)]
    assert not {"attendance-unread", "unplaced-text"} & {d.code for d in m.diagnostics}


def test_present_and_absent_side_by_side_each_with_an_organisation() -> None:
    lists = "Närvarande:\tFrånvarande:\nIda Ek\tPolisen\tBo Lund\tBIG\nEva Berg\tVälfärd Gävle\tKim Sand\tPolisen\n"
    m = parse_text(TITLE + lists + ITEMS)
    assert people(m) == ([("Ida Ek", "Polisen"), ("Eva Berg", "Välfärd Gävle")], [("Bo Lund", "BIG"), ("Kim Sand", "Polisen")])


def test_the_lists_end_at_the_next_label_and_the_right_one_comes_before_its_list() -> None:
    lists = "Beslutande\tErsättare\nAnna Andersson (S)\tBertil Berg (M)\n\nÖvriga närvarande\nGustav Holm, sekreterare\n"
    m = parse_text(TITLE + lists + ITEMS)
    assert [a.name for a in m.attendees] == ["Anna Andersson", "Bertil Berg", "Gustav Holm"]


def test_a_label_and_its_value_in_columns_is_no_pair_of_lists() -> None:
    """"Beslutande<TAB>Maria Holm (S)": the label in one column, the first member in the next."""
    m = parse_text(TITLE + "Beslutande\tMaria Holm (S), ordförande\n\tJonas Rask (M)\n" + ITEMS)
    assert people(m)[0] == [("Maria Holm", "S"), ("Jonas Rask", "M")]
    assert "lists-side-by-side" not in {d.code for d in m.diagnostics}


_ROWS = st.lists(st.tuples(names(), organisations()), min_size=1, max_size=5)


@settings(max_examples=60, deadline=None)
@given(_ROWS, _ROWS)
def test_any_two_lists_side_by_side_read_as_one_after_the_other(
    left: list[tuple[str, str]], right: list[tuple[str, str]]
) -> None:
    assume(len(left) >= len(right))
    rows = [f"{name}\t{org}" + (f"\t{right[k][0]}\t{right[k][1]}" if k < len(right) else "") for k, (name, org) in enumerate(left)]
    side = parse_text(TITLE + "Beslutande\tErsättare\n" + "\n".join(rows) + "\n" + ITEMS)
    lists = "\n\n".join(
        [
            "Beslutande\n" + "\n".join(f"{name}\t{org}" for name, org in left),
            "Ersättare\n" + "\n".join(f"{name}\t{org}" for name, org in right),
        ]
    )
    stacked = parse_text(TITLE + lists + "\n" + ITEMS)
    assert side.attendees == stacked.attendees
    assert [(a.name, a.organisation) for a in side.attendees] == left + right
