"""Stable identifiers shared by the exporters."""

from __future__ import annotations

import datetime as dt

import pytest

from bigprotokoll.identity import (
    ascii_slug,
    distinct_iris,
    iso_date,
    item_iri,
    meeting_iri,
    parse_aliases,
    person_iri,
    slug,
    slug_collisions,
)


def test_slugs_keep_letters_and_fold_case_and_punctuation() -> None:
    assert slug("Måns Jennehag") == "måns-jennehag"
    assert slug("Styrning och stöd, säkerhet") == "styrning-och-stöd-säkerhet"
    assert ascii_slug("Måns Jennehag") == "mans-jennehag"


def test_natural_keys() -> None:
    assert person_iri("Anna Berg") == "urn:bigprotokoll:person:anna-berg"
    assert meeting_iri("BIG", dt.date(2022, 1, 18), "https://ex.org/") == "https://ex.org/meeting:big:2022-01-18"
    assert item_iri("BIG", dt.date(2022, 1, 18), 4).endswith("meeting:big:2022-01-18:item:4")


def test_different_spellings_are_different_people() -> None:
    iris = distinct_iris(["Patric Falk", "Patrik Falk"], person_iri)
    assert len(set(iris.values())) == 2
    assert not slug_collisions(["Patric Falk", "Patrik Falk"])


def test_names_sharing_a_slug_are_kept_apart_the_same_way_in_any_order() -> None:
    names = ["anna-karin berg", "Anna-Karin Berg", "Anna Karin Berg"]
    forward = distinct_iris(names, person_iri)
    backward = distinct_iris(reversed(names), person_iri)
    assert forward == backward
    assert len(set(forward.values())) == 3
    first = min(names)
    assert forward[first] == person_iri(first)  # the name that sorts first keeps the plain IRI
    assert all(forward[n].startswith(person_iri(first) + "-") for n in names if n != first)


def test_alias_tables_are_read_and_bad_ones_refused() -> None:
    assert parse_aliases(" Patric Falk = Patrik Falk ;; Anne J=Anne Jäder; X=X ") == {
        "Patric Falk": "Patrik Falk",
        "Anne J": "Anne Jäder",
    }
    for bad, reason in [("Anne", "is not"), ("A=B; A=C", "two canonical"), ("A=B; B=C", "chain")]:
        with pytest.raises(ValueError, match=reason):
            parse_aliases(bad)


def test_aliases_give_each_spelling_its_canonical_names_iri() -> None:
    mint = lambda n: person_iri(n)  # noqa: E731
    iris = distinct_iris(["Vera Lindqvist", "vera lindqvist", "V. Lindqvist"], mint, {"V. Lindqvist": "Vera Lindqvist"})
    assert iris["V. Lindqvist"] == iris["Vera Lindqvist"] == person_iri("Vera Lindqvist")
    assert iris["vera lindqvist"] != iris["Vera Lindqvist"]  # no alias: kept apart by the slug rule


@pytest.mark.parametrize(
    "date",
    [dt.date(2022, 1, 18), dt.date(1999, 12, 31), dt.date(999, 1, 2), dt.date(1, 1, 1), dt.datetime(2022, 1, 18, 13, 5)],
)
def test_meeting_iris_write_the_date_as_isoformat_does(date: dt.date) -> None:
    assert meeting_iri("BIG", date) == f"urn:bigprotokoll:meeting:big:{date.isoformat()}"


@pytest.mark.parametrize(
    "value",
    [dt.date(2022, 9, 9), dt.date(1999, 12, 31), dt.date(999, 1, 2), dt.date(1, 1, 1), dt.datetime(2022, 9, 9, 13, 5)],
)
def test_dates_are_written_as_isoformat_writes_them(value: dt.date) -> None:
    assert iso_date(value) == value.isoformat()
