"""Whole documents against golden files (compared after JSON loading; --update-goldens rewrites)."""

from __future__ import annotations

import datetime as dt
import io
import warnings
from typing import Callable

import attrs
from bigprotokoll import export_bytes
from bigprotokoll.model import Attendee, Minutes, NextMeeting
from bigprotokoll.testing import sample_minutes

from bigprotokoll_jsonld import JsonLdExporter, JsonLdOptions, NameCollisionWarning

Golden = Callable[[str, bytes], None]


def test_sample_tree(golden: Golden) -> None:
    golden("sample.jsonld", export_bytes(JsonLdExporter(JsonLdOptions()), sample_minutes()))


def test_full_model_as_graph_with_options(golden: Golden, full: Minutes) -> None:
    options = JsonLdOptions(base="https://example.org/big/", graph=True, generated="2024-05-01T12:00:00+02:00")
    golden("full-graph.jsonld", export_bytes(JsonLdExporter(options), full))


def test_series(golden: Golden) -> None:
    first = sample_minutes()
    second = attrs.evolve(
        first,
        title="Protokoll fört vid ledningsgruppsmöte BIG 2023-06-09",
        meeting_date=dt.date(2023, 6, 9),
        document_date=None,
        attendees=(*first.attendees, Attendee("Ida Ström", "Polisen")),
        next_meeting=NextMeeting(dt.date(2023, 8, 25)),
    )
    sink = io.BytesIO()
    JsonLdExporter(JsonLdOptions()).export_many([first, second], sink)
    golden("series.jsonld", sink.getvalue())


def test_collision(golden: Golden) -> None:
    minutes = attrs.evolve(sample_minutes(), attendees=(Attendee("Anna-Karin Berg"), Attendee("Anna Karin Berg")))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NameCollisionWarning)
        data = export_bytes(JsonLdExporter(JsonLdOptions()), minutes)
    golden("collision.jsonld", data)
