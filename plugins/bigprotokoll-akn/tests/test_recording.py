"""The writer records every eId and reference it writes: the reference check relies on it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from bigprotokoll.errors import ValidationError
from bigprotokoll.export import export_bytes
from bigprotokoll.model import Minutes
from bigprotokoll.testing import sample_minutes

from _strategies import minutes as nasty_minutes
from bigprotokoll_akn import AknExporter, AknOptions, AknReferenceError
from bigprotokoll_akn._build import Built, build
from bigprotokoll_akn._refcheck import REFERENCE_ATTRIBUTES, Recorded, _all_resolve, _problems, _written


def _in_tree(data: bytes) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    root = etree.fromstring(data)
    ids = [(e.get("eId"), _written(e.tag)) for e in root.iter("*") if e.get("eId") is not None]
    refs = [
        (_written(e.tag), attribute, e.get(attribute))
        for e in root.iter("*")
        for attribute in REFERENCE_ATTRIBUTES
        if e.get(attribute) is not None
    ]
    return sorted(ids), sorted(refs)  # type: ignore[arg-type]


def _assert_recorded_as_written(minutes: Minutes, options: AknOptions) -> None:
    built = build(minutes, options)
    ids, refs = _in_tree(built.data)
    assert sorted(built.recorded.eids) == ids
    assert sorted(built.recorded.refs) == refs


def test_sample_records_every_eid_and_reference() -> None:
    _assert_recorded_as_written(sample_minutes(), AknOptions())
    _assert_recorded_as_written(sample_minutes(), AknOptions(base="https://example.org/x?a=1&b=<2>:", generated="2024-01-31"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(nasty_minutes())
def test_any_model_records_every_eid_and_reference(minutes: Minutes) -> None:
    _assert_recorded_as_written(minutes, AknOptions())


def test_a_dangling_reference_in_the_written_bytes_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """The recorded check and the re-parse both see a reference that resolves to nothing."""
    import bigprotokoll_akn.exporter as exporter_module

    good = build(sample_minutes(), AknOptions())
    bad_data = good.data.replace(b'href="#att_1"', b'href="#att_9"')
    recorded = Recorded(
        list(good.recorded.eids),
        [(tag, name, "#att_9" if value == "#att_1" else value) for tag, name, value in good.recorded.refs],
    )

    def broken_build(minutes: object, options: object) -> Built:
        return Built(bad_data, (), recorded)

    monkeypatch.setattr(exporter_module, "build", broken_build)
    with pytest.raises(AknReferenceError) as caught:
        export_bytes(AknExporter(AknOptions()), sample_minutes())
    assert isinstance(caught.value, ValidationError)
    assert any("#att_9" in p and p.startswith("line ") for p in caught.value.problems)
    assert export_bytes(AknExporter(AknOptions(validate=False)), sample_minutes()) == bad_data


def test_malformed_bytes_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import bigprotokoll_akn.exporter as exporter_module

    def broken_build(minutes: object, options: object) -> Built:
        return Built(b"<akomaNtoso><oops></akomaNtoso>", (), Recorded())

    monkeypatch.setattr(exporter_module, "build", broken_build)
    with pytest.raises(ValidationError, match="well-formed"):
        export_bytes(AknExporter(AknOptions()), sample_minutes())


# -- the reference check's fast path agrees with the full check ----------------------------

_TAGS = st.sampled_from(["person", "organization", "role", "speech", "inline", "FRBRauthor", "TLCPerson", "TLCRole", "p"])
_TARGET_TAGS = st.sampled_from(["TLCPerson", "TLCOrganization", "TLCRole", "TLCConcept", "debateSection", "p"])
_EIDS = st.sampled_from(["a", "b", "c-1", "d_2", "é", "1x", "", "a b"])
_VALUES = st.one_of(
    st.sampled_from(["#a", "#b", "#c-1", "#d_2", "#zz", "#a #b", "#a zz", "", " ", "urn:x:y", ":x", "/akn/se/x", "x"]),
    _EIDS.map(lambda e: f"#{e}"),
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.tuples(_EIDS, _TARGET_TAGS), max_size=6),
    st.lists(st.tuples(_TAGS, st.sampled_from(REFERENCE_ATTRIBUTES), _VALUES), max_size=6),
)
def test_the_fast_path_passes_exactly_what_the_full_check_passes(
    ids: list[tuple[str, str]], refs: list[tuple[str, str, str]]
) -> None:
    assert _all_resolve(ids, refs) == (_problems(ids, refs) == ())
    assert Recorded(ids, refs).problems() == _problems(ids, refs)


def test_the_fast_path_passes_a_real_document() -> None:
    built = build(sample_minutes(), AknOptions())
    assert _all_resolve(built.recorded.eids, built.recorded.refs)
