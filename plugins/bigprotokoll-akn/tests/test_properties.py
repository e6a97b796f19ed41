"""Properties over generated models: valid XML, the same bytes twice, an exact read-back."""

from __future__ import annotations

import importlib
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bigprotokoll.converter import unstructure
from bigprotokoll.export import export_bytes
from bigprotokoll.model import Minutes

from _helpers import export, parse, structural_problems, word_coverage
from _libxml2_layout import serialize
from _strategies import minutes as nasty_minutes
from bigprotokoll_akn import AknExporter, AknOptions, ControlCharacterWarning, read_akn
from bigprotokoll_akn._build import _Writer, build
from bigprotokoll_akn._text import ILLEGAL

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _core_minutes() -> st.SearchStrategy[Minutes] | None:
    try:
        module = importlib.import_module("bigprotokoll.testing.strategies")
    except ImportError:
        return None
    strategy: st.SearchStrategy[Minutes] = module.minutes()
    return strategy


def _check(minutes: Minutes) -> None:
    data = export(minutes)  # validates (schema + references) or raises
    assert structural_problems(data) == ()
    assert export(minutes) == data, "the same model must give the same bytes"
    assert serialize(parse(data)) == data, "the writer's bytes must be libxml2's layout of the same tree"
    assert read_akn(data) == minutes
    share, missing = word_coverage(minutes, data)
    assert share == 1.0, f"words lost: {missing.most_common(5)}"


@SETTINGS
@given(nasty_minutes())
def test_any_nasty_model_exports_valid_deterministic_and_reads_back(minutes: Minutes) -> None:
    """Models full of markup characters, control characters and stray annotations round-trip."""
    _check(minutes)


_CORE = _core_minutes()


@pytest.mark.skipif(_CORE is None, reason="bigprotokoll.testing.strategies is not in this core yet")
@SETTINGS
@given(st.data())
def test_any_core_model_exports_valid_deterministic_and_reads_back(data: st.DataObject) -> None:
    """The core's own model strategy: the exporter's acceptance property."""
    assert _CORE is not None
    _check(data.draw(_CORE))


_CORE_EXOTIC = None if _CORE is None else importlib.import_module("bigprotokoll.testing.strategies").minutes(exotic=True)


@pytest.mark.skipif(_CORE_EXOTIC is None, reason="bigprotokoll.testing.strategies is not in this core yet")
@SETTINGS
@given(st.data())
def test_any_exotic_core_model_round_trips(data: st.DataObject) -> None:
    """The core strategy with text that needs escaping (<, &, quotes, emoji, RTL marks)."""
    assert _CORE_EXOTIC is not None
    _check(data.draw(_CORE_EXOTIC))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


@settings(max_examples=80, deadline=None)
@given(nasty_minutes())
def test_control_characters_are_reported_never_dropped(minutes: Minutes) -> None:
    """Diagnostics appear exactly when some model text holds a character XML 1.0 cannot carry."""
    data = unstructure(minutes)
    for key in ("source", "diagnostics"):
        data.pop(key)
    has_illegal = any(ILLEGAL.search(s) for s in _strings(data))
    rendered = AknExporter().render(minutes)
    assert bool(rendered.diagnostics) == has_illegal
    assert all(d.code == "control-character-replaced" for d in rendered.diagnostics)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        export_bytes(AknExporter(), minutes)
    assert [w.category for w in caught] == ([ControlCharacterWarning] if has_illegal else [])


@SETTINGS
@given(st.one_of(nasty_minutes(), *([_CORE_EXOTIC] if _CORE_EXOTIC is not None else [])))
def test_the_optimistic_pass_writes_what_the_careful_pass_writes(minutes: Minutes) -> None:
    """build() looks only for markup characters per string and for the rest once in the
    bytes; whichever way it goes, the result is the careful pass's, byte for byte."""
    careful = _Writer(minutes, AknOptions(), careful=True).build()
    assert careful is not None
    built = build(minutes, AknOptions())
    assert (built.data, built.diagnostics) == (careful.data, careful.diagnostics)
    optimistic = _Writer(minutes, AknOptions(), careful=False).build()
    assert optimistic is None or optimistic.data == careful.data
    # it gives up whenever something had to be replaced, and otherwise only for a CR (which
    # it writes escaped, and so keeps, when the same string holds markup to escape too)
    if careful.diagnostics:
        assert optimistic is None
    if optimistic is None:
        assert careful.diagnostics or b"&#13;" in careful.data
