"""Swedish dates and times as the minutes write them.

Guarantees: every function returns real ``date``/``time`` values or None; a date
written without a year gets one from a reference date (the first such date on or after
it) and the caller is told so, to record a diagnostic.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

__all__ = [
    "BARE_TIME_RANGE", "COMPACT_DATE", "DATE_EXPRESSION", "ISO_DATE", "MONTHS", "MONTH_ABBREVIATIONS", "TIME_RANGE", "FoundDate",
    "PLACE", "find_compact_date", "find_date", "find_times", "place_after",
]

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6,
    "juli": 7, "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}

ISO_DATE = re.compile(
    r"""
    (?P<year> (?:19|20) (?<!\d\d\d) \d{2} )    # the year, no digit before it (the look behind sees
                                            # that place and the year's first two digits); "19"
                                            # or "20" first, so a search skips to them fast
    - (?P<month>\d{1,2}) - (?P<day>\d{1,2})    # 2022-01-18
    (?!\d)
    """,
    re.VERBOSE,
)

#: Months as written short ("14 mar. 2023", "3 sept"), after their full names.
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
_MONTH_NUMBERS = {**MONTHS, **MONTH_ABBREVIATIONS}

#: The date forms of next-meeting sentences and titles: "den 12/12 2018", "den 21/10",
#: "måndagen den 7 mars", "den 20 april 2020", "14 mar. 2023", "2022-03-07" (also with
#: dots or slashes: "2022.03.07"), "7.3.2022".
DATE_EXPRESSION = re.compile(
    r"""
    (?:
        (?<!\d) (?P<iso_year>(?:19|20)\d{2}) (?P<iso_sep>[-./]) (?P<iso_month>\d{1,2}) (?P=iso_sep)
        (?P<iso_day>\d{1,2}) (?![\d])
      | (?<!\d) (?P<day>\d{1,2}) / (?P<month>\d{1,2})              # 21/10
        (?: (?:\s+|\s*/\s*|-) (?P<year>(?:19|20)?\d{2}) (?![\d.:]) )?  # optional year: " 2018" or "/18"
      | (?<!\d) (?P<day2>\d{1,2}) (?::e|:a)? \s+ (?P<month_name>januari|februari|mars|april|maj|juni|juli
            |augusti|september|oktober|november|december
            |jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec) \b \.?    # 7 mars, 14 mar.
        (?: ,? \s+ (?P<year2>(?:19|20)\d{2}) | \s* - (?P<year2s>\d{2}) (?!\d) )?   # optional year, maybe after a comma; "-24"
      | (?<![\d.]) (?P<day3>\d{1,2}) \. (?P<month3>\d{1,2}) \. (?P<year3>(?:19|20)\d{2}) (?![\d])   # 7.3.2022
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: A date written without separators, as in titles and file names: "20230314", "230314"; or
#: with a year of two digits and dashes: "24-03-03".
COMPACT_DATE = re.compile(
    r"""
    (?<![\d-])
    (?: (?P<year>(?:19|20)?\d{2}) (?P<month>[01]\d) (?P<day>[0-3]\d)
      | (?P<short_year>\d{2}) - (?P<short_month>[01]\d) - (?P<short_day>[0-3]\d) )   # 24-03-03
    (?![\d-])
    """,
    re.VERBOSE,
)

#: "kl.08.15-11.15", "kl. 8.15 – 11.15", "kl 13:15-16:15", "kl.9"
TIME_RANGE = re.compile(
    r"""
    \bkl(?:ockan)? \.? \s*
    (?P<start_h>\d{1,2}) (?: [.:] (?P<start_m>\d{2}) )?          # 08.15
    (?: \s* (?:[-–—]|\s och \s) \s* (?:kl\.?\s*)? (?P<end_h>\d{1,2}) (?: [.:] (?P<end_m>\d{2}) )? )?  # -11.15, "mellan kl 17 och 19"
    """,
    re.VERBOSE | re.IGNORECASE,
)


@attrs.frozen
class FoundDate:
    date: dt.date
    year_inferred: bool
    start: int  # where the expression starts and ends in the text searched
    end: int


def _with_year(month: int, day: int, year: int | None, after: dt.date | None) -> tuple[dt.date, bool]:
    if year is not None:
        return dt.date(year, month, day), False
    if after is None:
        raise ValueError("a date without a year needs a reference date")
    for candidate_year in (after.year, after.year + 1, after.year + 2, after.year + 3, after.year + 4):
        try:
            candidate = dt.date(candidate_year, month, day)
        except ValueError:  # 29/2 outside a leap year
            continue
        if candidate >= after:
            return candidate, True
    raise ValueError("no such date")


def find_date(text: str, after: dt.date | None = None) -> FoundDate | None:
    """The first date expression in ``text``; a missing year is inferred from ``after``."""
    for m in DATE_EXPRESSION.finditer(text):
        try:
            if m["iso_year"]:
                date, inferred = dt.date(int(m["iso_year"]), int(m["iso_month"]), int(m["iso_day"])), False
            elif m["month"]:
                year = m["year"]
                year_value = None if year is None else int(year) + (2000 if len(year) == 2 else 0)
                date, inferred = _with_year(int(m["month"]), int(m["day"]), year_value, after)
            elif m["month_name"]:
                year_value = int(m["year2"]) if m["year2"] else 2000 + int(m["year2s"]) if m["year2s"] else None
                month = _MONTH_NUMBERS[m["month_name"].rstrip(".").lower()]
                date, inferred = _with_year(month, int(m["day2"]), year_value, after)
            else:
                date, inferred = dt.date(int(m["year3"]), int(m["month3"]), int(m["day3"])), False
        except ValueError:
            continue
        return FoundDate(date, inferred, m.start(), m.end())
    return None


def find_compact_date(text: str) -> FoundDate | None:
    """The first date written without separators ("20230314", "230314": a year in this
    century) or as "24-03-03", for titles, where a number of six or eight digits is a date more often than
    not; None when there is none, or it is no real date."""
    for m in COMPACT_DATE.finditer(text):
        written, month, day = (m["year"], m["month"], m["day"]) if m["year"] else (m["short_year"], m["short_month"], m["short_day"])
        year = int(written) + (2000 if len(written) == 2 else 0)
        try:
            return FoundDate(dt.date(year, int(month), int(day)), False, m.start(), m.end())
        except ValueError:
            continue
    return None


def _time(hour: str, minute: str | None) -> dt.time | None:
    h, mi = int(hour), int(minute or 0)
    if h > 23 or mi > 59:
        return None
    return dt.time(h, mi)


#: Two times with their minutes and a dash between, without "kl": "18:00-20:00", "8.15–11.15".
BARE_TIME_RANGE = re.compile(
    r"""
    (?<![\d.:]) (?P<start_h>\d{1,2}) [.:] (?P<start_m>\d{2})
    \s* [-–—] \s* (?P<end_h>\d{1,2}) [.:] (?P<end_m>\d{2}) (?![\d.:]\d)
    """,
    re.VERBOSE,
)


#: A range of hours right after a date, without "kl": "24 april 13-14.30", "3 juni, 17-19",
#: "den 3 juni mellan 17 och 19" (only there: elsewhere two numbers with a dash are no times).
LEADING_TIME_RANGE = re.compile(
    r"""
    ^ \s* ,? \s* (?:mellan \s+)?
    (?P<start_h>\d{1,2}) (?: [.:] (?P<start_m>\d{2}) )?
    \s* (?:[-–—]|\s och \s) \s* (?P<end_h>\d{1,2}) (?: [.:] (?P<end_m>\d{2}) )? (?![\d.:/-]?\d)
    """,
    re.VERBOSE,
)


def find_times(text: str, *, leading: bool = False) -> tuple[dt.time | None, dt.time | None, int]:
    """``(start, end, offset after the match)`` of the first "kl. ..." in ``text``, else of
    the first range of two times with their minutes ("18:00-20:00"); with ``leading`` (the
    text right after a date), else of a range of hours at its start ("13-14.30")."""
    m = TIME_RANGE.search(text) or BARE_TIME_RANGE.search(text) or (LEADING_TIME_RANGE.match(text) if leading else None)
    if not m:
        return None, None, -1
    start = _time(m["start_h"], m["start_m"])
    end = _time(m["end_h"], m["end_m"]) if m["end_h"] else None
    return start, end, m.end()


def parse_iso(text: str) -> dt.date | None:
    m = ISO_DATE.search(text)
    if not m:
        return None
    try:
        return dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None


#: The place after the date and time: "... kl.8.15-11.15 på BIG", or named alone after a
#: comma where the sentence ends with it: "... kl 9-11, Rådhuset."
PLACE = re.compile(
    r"""
    ^ \s* (?:
        ,? \s* (?:(?:digitalt|fysiskt) \s+)? (?:på|i|via) \s+      # "på BIG", "i Stadshuset", "(digitalt) via Teams"
        (?P<place>[^.,;:]+?          # the place, up to punctuation,
            (?: , \s* [a-zåäö][\w'’-]* (?:\s+[\w'’-]+){0,2} (?=\s*\.?\s*$) )? )  # and a room at the end: ", lilla salen"
        \s* (?:[.,;]|$)
      | \s* \( (?P<bracketed>[^()]+) \) \s* \.? \s* $   # "(Stadshuset)"
      | , \s*                        # ", Rådhuset." (a capital, at most four words)
        (?P<bare>[A-ZÅÄÖ][\w'’-]* (?:\s+[\w'’-]+){0,3}
                 (?: \s*,\s* [\w'’-]+ (?:\s+[\w'’-]+){0,2} )? )   # and where: ", Länsstyrelsen, Gävle"
        \s* \.? \s* $
    )
    """,
    re.VERBOSE,
)


def place_after(text: str) -> str | None:
    """The place :data:`PLACE` finds at the start of ``text`` (after a date and time)."""
    found = PLACE.match(text)
    if found is None:
        return None
    return (found["place"] or found["bare"] or found["bracketed"]).strip()
