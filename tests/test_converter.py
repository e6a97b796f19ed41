"""The canonical JSON: key names, formats and the round trip."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings

import bigprotokoll
from bigprotokoll.testing import sample_minutes
from bigprotokoll.testing.strategies import minutes


def test_contract_keys_are_present() -> None:
    data = bigprotokoll.unstructure(sample_minutes())
    for key in ("title", "body", "meeting_date", "document_date", "attendees", "absent", "distribution",
                "chair", "minute_taker", "adjusters", "items", "next_meeting", "furniture", "diagnostics"):
        assert key in data, key
    assert set(data["attendees"][0]) >= {"name", "organisation", "items"}
    assert set(data["distribution"]) == {"attendees", "recipients"}
    assert set(data["items"][0]) >= {"number", "heading", "tabled", "subsections"}
    assert set(data["next_meeting"]) == {"date", "start", "end", "place"}


def test_dates_are_iso_and_times_hh_mm() -> None:
    data = bigprotokoll.unstructure(sample_minutes())
    assert data["meeting_date"] == "2023-05-12"
    assert data["next_meeting"] == {"date": "2023-06-09", "start": "08:15", "end": "11:15", "place": "BIG"}


def test_whole_meeting_attendance_is_null_and_scopes_are_lists() -> None:
    data = bigprotokoll.unstructure(sample_minutes())
    assert data["attendees"][0]["items"] is None
    assert data["attendees"][2]["items"] == [1, 2, 3]


def test_dumps_is_stable_and_keeps_unicode() -> None:
    text = bigprotokoll.dumps(sample_minutes())
    assert text == bigprotokoll.dumps(sample_minutes())
    assert "Mötets öppnande" in text  # not \u-escaped
    assert list(json.loads(text))[:4] == ["title", "body", "meeting_date", "document_date"]


def test_an_items_numbered_is_written_only_where_the_minutes_give_it_no_number() -> None:
    import attrs

    m = sample_minutes()
    assert all("numbered" not in item for item in bigprotokoll.unstructure(m)["items"])
    unnumbered = attrs.evolve(m, items=tuple(attrs.evolve(i, numbered=False) for i in m.items))
    data = bigprotokoll.unstructure(unnumbered)
    assert [item["numbered"] for item in data["items"]] == [False] * len(m.items)
    assert list(data["items"][0])[-1] == "numbered"  # after the other keys, in the model's order
    assert bigprotokoll.loads(bigprotokoll.dumps(unnumbered)) == unnumbered
    assert bigprotokoll.loads(bigprotokoll.dumps(m)) == m


def test_an_items_immediate_adjustment_is_written_only_where_it_holds() -> None:
    m = sample_minutes()
    data = bigprotokoll.unstructure(m)
    assert [item.get("adjusted_immediately") for item in data["items"]] == [None, True, None, None]
    assert list(data["items"][1])[-1] == "adjusted_immediately"
    assert bigprotokoll.loads(bigprotokoll.dumps(m)) == m


def test_unknown_keys_are_rejected() -> None:
    data = bigprotokoll.unstructure(sample_minutes())
    data["surprise"] = 1
    try:
        bigprotokoll.structure(data)
    except Exception as exc:  # cattrs reports extra keys as a class validation error
        assert "surprise" in repr(exc) or "extra" in repr(exc).lower()
    else:
        raise AssertionError("an unknown key was accepted")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(minutes(exotic=True))
def test_round_trip(m: bigprotokoll.Minutes) -> None:
    data = bigprotokoll.unstructure(m)
    back = bigprotokoll.structure(data)
    assert back == m
    assert bigprotokoll.unstructure(back) == data  # also fields equality ignores (diagnostics, source)
    assert bigprotokoll.loads(bigprotokoll.dumps(m)) == m


def test_round_trip_keeps_diagnostics_and_source() -> None:
    parsed = bigprotokoll.parse_bytes(bigprotokoll.example_text().encode("utf-8"), source_name="exempel.txt")
    back = bigprotokoll.loads(bigprotokoll.dumps(parsed))
    assert back.diagnostics == parsed.diagnostics and back.diagnostics
    assert back.source == parsed.source and back.source.sha256
    assert isinstance(back.meeting_date, dt.date)
