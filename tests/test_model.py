"""The model's invariants and helpers."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from bigprotokoll import AgendaItem, Attendee, Diagnostic, Minutes, Paragraph, Source
from bigprotokoll.testing import sample_minutes


def test_models_are_frozen() -> None:
    m = sample_minutes()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.title = "x"  # type: ignore[misc]


@pytest.mark.parametrize("bad", ["", " padded", "padded ", "\n"])
def test_text_fields_reject_empty_or_padded_values(bad: str) -> None:
    with pytest.raises(ValueError):
        Attendee(bad)


def test_equality_ignores_provenance_but_not_content() -> None:
    m = sample_minutes()
    other = attrs.evolve(m, diagnostics=(Diagnostic("x", "y", 1),), source=Source("a.txt", "cp1252"))
    assert other == m
    assert attrs.evolve(m, title="Protokoll annat") != m


def test_item_lookup_and_sub_items() -> None:
    m = sample_minutes()
    assert m.item(3).heading == "Trygghetsvandringar"
    assert [p.label for p in m.item(3).sub_items] == ["a", "b"]
    with pytest.raises(LookupError):
        m.item(99)


def test_people_and_organisations_are_listed_once_in_order() -> None:
    m = sample_minutes()
    assert m.people() == ("Vera Lindqvist", "Olof Brandt", "Saga Nyberg")
    assert m.organisations() == ("Styrning och stöd Gävle", "Polisen", "Välfärd Gävle")


def test_all_paragraphs_include_subsections() -> None:
    item = sample_minutes().item(4)
    assert len(item.all_paragraphs()) == 1 + 2
    assert isinstance(item.all_paragraphs()[0], Paragraph)


def test_minutes_need_real_dates() -> None:
    m = Minutes("Protokoll BIG 2020-01-01", "BIG", dt.date(2020, 1, 1), items=(AgendaItem(1, "Öppnande"),))
    assert m.meeting_date.year == 2020
