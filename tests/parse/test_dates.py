"""Swedish dates and times."""

from __future__ import annotations

import datetime as dt

import pytest

from bigprotokoll.parse.dates import find_date, find_times

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
    ],
)
def test_date_forms(text: str, date: dt.date, inferred: bool) -> None:
    found = find_date(text, after=MEETING)
    assert found is not None
    assert (found.date, found.year_inferred) == (date, inferred)


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
    ],
)
def test_time_forms(text: str, start: dt.time | None, end: dt.time | None) -> None:
    assert find_times(text)[:2] == (start, end)
