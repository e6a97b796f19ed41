"""Any minutes give a package our validator accepts, with PREMIS files the official schema
accepts, the same bytes twice (hypothesis, few examples)."""

from __future__ import annotations

import io
import warnings

import pytest
from hypothesis import HealthCheck, given, settings

from bigprotokoll.model import Minutes
from bigprotokoll_earchive import EarkSipExporter, EarkSipOptions
from bigprotokoll_earchive._validate import _Checker, _ZipReader, _zip_layout
from earchive_helpers import CREATED, premis_problems

strategies = pytest.importorskip("bigprotokoll.testing.strategies", reason="core hypothesis strategies not available")


def _problems(data: bytes) -> list[object]:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        problems, root = _zip_layout(archive)
        assert root is not None
        return [*problems, *_Checker(_ZipReader(archive, root)).run()]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(minutes=strategies.minutes() | strategies.minutes(exotic=True))
def test_any_minutes_give_a_valid_deterministic_package(minutes: Minutes) -> None:
    exporter = EarkSipExporter(EarkSipOptions(created=CREATED))
    sinks = [io.BytesIO(), io.BytesIO()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for sink in sinks:
            exporter.export(minutes, sink, source_bytes=b"text\n")
    assert sinks[0].getvalue() == sinks[1].getvalue()
    assert _problems(sinks[0].getvalue()) == []
    assert premis_problems(sinks[0].getvalue()) == {}
