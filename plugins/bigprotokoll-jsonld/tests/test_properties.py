"""Property tests: any model the core's strategies draw gives a conforming document, the same
bytes twice; any text round-trips exactly through the JSON."""

from __future__ import annotations

import json

import attrs
from bigprotokoll import export_bytes
from bigprotokoll.model import Minutes, Paragraph
from bigprotokoll.testing import sample_minutes
from bigprotokoll.testing.strategies import minutes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bigprotokoll_jsonld import JsonLdExporter, JsonLdOptions
from bigprotokoll_jsonld.checks import dropped_keys, pyld_graph, rdflib_graph, same_triples, shacl_validate

EXPORTER = JsonLdExporter(JsonLdOptions())
# pyshacl takes ~0.1-0.3 s a document: keep the expensive property small.
SLOW = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(minutes(exotic=True))
def test_any_model_gives_a_conforming_document_and_the_same_bytes_twice(model: Minutes) -> None:
    data = export_bytes(EXPORTER, model)
    assert export_bytes(EXPORTER, model) == data
    document = json.loads(data)
    assert dropped_keys(document) == []
    graph = rdflib_graph(data)
    assert same_triples(pyld_graph(document), graph)
    result = shacl_validate(graph)
    assert result.conforms, result.text


@settings(max_examples=40, deadline=None)
@given(minutes(exotic=True))
def test_tree_and_graph_forms_say_the_same(model: Minutes) -> None:
    tree = rdflib_graph(export_bytes(EXPORTER, model))
    flat = rdflib_graph(export_bytes(JsonLdExporter(JsonLdOptions(graph=True)), model))
    assert same_triples(tree, flat)


_ANY_TEXT = st.text(min_size=1) | st.text(st.characters(min_codepoint=0, max_codepoint=0x3F), min_size=1)


@settings(max_examples=150, deadline=None)
@given(_ANY_TEXT.filter(lambda t: t == t.strip()))
def test_any_text_round_trips_exactly_through_the_json(text: str) -> None:
    model = attrs.evolve(sample_minutes(), title=text, preamble=(Paragraph(text, label=text),))
    document = json.loads(export_bytes(EXPORTER, model))
    assert document["title"] == text
    assert document["preamble"][0]["text"] == text and document["preamble"][0]["label"] == text
