"""Swedish dates and times."""

from __future__ import annotations

import datetime as dt

import pytest

from bigprotokoll.parse.dates import find_compact_date, find_date, find_times

MEETING = dt.date(2022, 1, 18)


@pytest.mark.parametrize(
    ("text", "date", "inferred"),
    [
        ("den 12/12 2018 kl.08.15-11.15", dt.date(2018, 12, 12), False),
        ("den 21/10 kl.8.15-11.15", dt.date(2022, 10, 21), True),
        ("måndagen den 7 mars kl.13.15-16.15", dt.date(2022, 3, 7), True),
        ("den 20 april 2020", dt.date(2020, 4, 20), False),
        ("2022-03-07", dt.date(2022, 3, 7), False),
        ("den 10/1", dt.date(2023, 1, 10), True),  # before the meeting in its year: the next year
        ("2022.03.07", dt.date(2022, 3, 7), False),
        ("2022/03/07", dt.date(2022, 3, 7), False),
        ("7.3.2022", dt.date(2022, 3, 7), False),
        ("den 14 mar. 2023", dt.date(2023, 3, 14), False),
        ("den 3 sept", dt.date(2022, 9, 3), True),
        ("tisdag 7 OKT", dt.date(2022, 10, 7), True),
        ("den 14 mars, 2023", dt.date(2023, 3, 14), False),
    ],
)
def test_date_forms(text: str, date: dt.date, inferred: bool) -> None:
    found = find_date(text, after=MEETING)
    assert found is not None
    assert (found.date, found.year_inferred) == (date, inferred)


@pytest.mark.parametrize(
    "text",
    [
        "kl. 13.15-16.15",  # times, not a date with dots
        "Dnr KS 2024/33",  # a case number: one slash
        "den 3 marsvinet",  # a month's name inside a word
        "i jul",  # Christmas, no date
    ],
)
def test_what_is_no_date(text: str) -> None:
    assert find_date(text, after=MEETING) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [("Protokoll BIG 230314", dt.date(2023, 3, 14)), ("Protokoll 20230314 BIG", dt.date(2023, 3, 14)), ("Protokoll 231399", None),
     ("Protokoll 2023-03-14", None), ("Tel 0701234567", None), ("Protokoll BIG 24-03-03", dt.date(2024, 3, 3)),
     ("Dnr 2024-03-03-12", None), ("24-13-03", None)],
)
def test_compact_dates(text: str, date: dt.date | None) -> None:
    found = find_compact_date(text)
    assert (found.date if found else None) == date


def test_impossible_dates_are_skipped() -> None:
    assert find_date("den 31/2 och sedan 3 mars", after=MEETING).date == dt.date(2022, 3, 3)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("kl.08.15-11.15", dt.time(8, 15), dt.time(11, 15)),
        ("kl.8.15-11.15", dt.time(8, 15), dt.time(11, 15)),
        ("kl. 08.30–11.30", dt.time(8, 30), dt.time(11, 30)),
        ("kl 13:15 - 16:15", dt.time(13, 15), dt.time(16, 15)),
        ("klockan 9", dt.time(9, 0), None),
        ("inget klockslag", None, None),
        ("tisdag 18:00-20:00", dt.time(18), dt.time(20)),  # two times with their minutes need no "kl"
        ("8.15 – 11.45", dt.time(8, 15), dt.time(11, 45)),
        ("avsnitt 1.10-1.20.3", None, None),  # no range of times: a number goes on after it
        ("18-20", None, None),  # hours alone without "kl" are no times
    ],
)
def test_time_forms(text: str, start: dt.time | None, end: dt.time | None) -> None:
    assert find_times(text)[:2] == (start, end)


@pytest.mark.parametrize(
    "title",
    ["Protokoll styrelsemöte Brf Tallkotten 3/3-24", "Protokoll BIG 24-03-03", "Protokoll BIG 3 mars -24", "Protokoll BIG 3/3 24"],
)
def test_a_titles_date_with_a_year_of_two_digits(title: str) -> None:
    from bigprotokoll import parse_text

    assert parse_text(f"{title}\n\n§ 1 A\n\nB.\n").meeting_date == dt.date(2024, 3, 3)


def test_a_month_by_name_with_a_year_of_two_digits() -> None:
    found = find_date("Nästa möte den 7 mars -25 kl 9")
    assert found is not None and (found.date, found.year_inferred) == (dt.date(2025, 3, 7), False)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (" digitalt via Teams.", "Teams"),
        (" i Folkets hus, lilla salen.", "Folkets hus, lilla salen"),
        (" (Stadshuset)", "Stadshuset"),
        (" i Stadshuset, och sedan lunch på stan.", "Stadshuset"),
        (" i Folkets hus, lilla salen, sedan fika.", "Folkets hus"),
    ],
)
def test_the_place_after_a_date(text: str, place: str) -> None:
    from bigprotokoll.parse.dates import place_after

    assert place_after(text) == place
