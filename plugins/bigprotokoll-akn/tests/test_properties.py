"""Properties over generated models: valid XML, the same bytes twice, an exact read-back."""

from __future__ import annotations

import importlib
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from bigprotokoll.converter import unstructure
from bigprotokoll.export import export_bytes
from bigprotokoll.model import Minutes

from _helpers import export, parse, structural_problems, word_coverage
from _libxml2_layout import serialize
from _strategies import minutes as nasty_minutes
from bigprotokoll_akn import AknExporter, AknOptions, ControlCharacterWarning, read_akn
from bigprotokoll_akn._build import _Writer, build
from bigprotokoll_akn._ns import AKN
from bigprotokoll_akn._schema import is_valid, schema_errors
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


#: Ways to break one element of a valid document, for the streaming/tree verdict property.
_MUTATIONS = ("rename", "repeat-eid", "bad-date", "drop-attributes", "move-to-root", "text-in-container")


def _mutated(root: etree._Element, element: etree._Element, mutation: str) -> None:
    if mutation == "rename":
        element.tag = f"{{{AKN}}}bogus"
    elif mutation == "repeat-eid":
        eids = [e.get("eId") for e in root.iter("*") if e.get("eId")]
        if eids:
            element.set("eId", eids[0])
    elif mutation == "bad-date":
        element.set("date", "2022-13-40")
    elif mutation == "drop-attributes":
        element.attrib.clear()
    elif mutation == "move-to-root" and element is not root:
        root.append(element)
    elif mutation == "text-in-container":
        element.text = (element.text or "") + "stray words"


@SETTINGS
@given(nasty_minutes(), st.data())
def test_validating_while_reading_agrees_with_validating_the_tree(minutes: Minutes, data: st.DataObject) -> None:
    """is_valid (the exporter's check: no tree, validated as libxml2 reads the bytes) says
    valid exactly when the tree parsed from the same bytes validates; for our documents and
    for each of them broken in one place (an element renamed, an eId repeated, a bad date,
    attributes dropped, an element moved, words where none may stand, the bytes cut short)."""
    valid = export(minutes)
    assert is_valid(valid) and schema_errors(parse(valid)) == ()
    root = parse(valid)
    elements = list(root.iter("*"))
    element = elements[data.draw(st.integers(0, len(elements) - 1), label="element")]
    mutation = data.draw(st.sampled_from((*_MUTATIONS, "truncate")), label="mutation")
    if mutation == "truncate":
        # cut inside the document (without its last line break alone it is still whole)
        broken = valid[: data.draw(st.integers(0, len(valid.rstrip(b"\n")) - 1), label="cut at")]
        assert not is_valid(broken)
        return
    _mutated(root, element, mutation)
    broken = etree.tostring(root, encoding="UTF-8", xml_declaration=True)
    assert is_valid(broken) == (schema_errors(parse(broken)) == ())
