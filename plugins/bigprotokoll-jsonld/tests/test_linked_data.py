"""Every document expands and converts to RDF offline, rdflib reads the same triples, and the
shipped SHACL shapes accept it; broken documents fail. Over hand-built models, every shared
seed and every core fixture."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
import rdflib
from bigprotokoll import export_bytes, parse_file
from bigprotokoll.model import Minutes
from bigprotokoll.testing import sample_minutes
from bigprotokoll.testing.documents import written_documents
from pyld import jsonld

from bigprotokoll_jsonld import JsonLdExporter, JsonLdOptions, outcomes_text, roles_text
from bigprotokoll_jsonld._vocab import OUTCOME_IRIS
from bigprotokoll_jsonld.checks import (
    RemoteDocumentRefused,
    dropped_keys,
    expand,
    pyld_graph,
    rdflib_graph,
    same_triples,
    shacl_validate,
    shapes_graph,
)

REPO = Path(__file__).resolve().parents[3]
SEEDS_DIR = REPO.parent / "shared" / "seeds"
SEEDS = sorted(SEEDS_DIR.glob("*.txt"))
FIXTURES_DIR = REPO / "tests" / "fixtures"
FIXTURES = sorted(FIXTURES_DIR.glob("*.txt"))
NO_SEEDS = f"no shared seeds at {SEEDS_DIR} (the repo's sibling ../shared is absent)"


def paths_or_skip(paths: list[Path], reason: str) -> list[Any]:
    return [pytest.param(p, id=p.name) for p in paths] or [pytest.param(None, marks=pytest.mark.skip(reason=reason))]
SCHEMA = rdflib.Namespace("http://schema.org/")
BP = rdflib.Namespace("urn:bigprotokoll:vocab:")


def export(minutes: Minutes, **options: Any) -> bytes:
    return export_bytes(JsonLdExporter(JsonLdOptions(**options)), minutes)


def assert_linked_data_ok(data: bytes) -> rdflib.Graph:
    """The acceptance checks of one exported document; returns its graph."""
    document = json.loads(data)
    assert dropped_keys(document) == []
    from_pyld = pyld_graph(document)
    from_rdflib = rdflib_graph(data)
    assert len(from_rdflib) > 0
    assert same_triples(from_pyld, from_rdflib)
    result = shacl_validate(from_rdflib)
    assert result.conforms, result.text
    return from_rdflib


def test_full_model_passes_every_check(full: Minutes) -> None:
    assert_linked_data_ok(export(full))


def test_graph_mode_gives_the_same_triples_as_the_tree(full: Minutes) -> None:
    tree = assert_linked_data_ok(export(full))
    flat = assert_linked_data_ok(export(full, graph=True))
    assert same_triples(tree, flat)


def test_nasty_strings_survive_into_rdf_literals(nasty: Minutes, nasty_text: str) -> None:
    graph = assert_linked_data_ok(export(nasty))
    headings = {str(o) for o in graph.objects(None, SCHEMA.headline)}
    assert headings == {f"Rubrik {nasty_text}"}
    texts = [o for o in graph.objects(None, SCHEMA.text) if str(o) == f"Text {nasty_text}"]
    assert [t.language for t in texts] == ["sv"]


def test_language_tag_only_on_text_literals(full: Minutes) -> None:
    graph = rdflib_graph(export(full))
    for _s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.language is not None:
            assert p in {SCHEMA.headline, SCHEMA.text, rdflib.URIRef("http://purl.org/dc/terms/title"), BP.attendanceScope}
    assert all(o.language is None for o in graph.objects(None, SCHEMA.name))


def test_offline_loader_refuses_remote_contexts() -> None:
    remote = {"@context": "http://schema.org/", "@id": "urn:x", "name": "x"}
    with pytest.raises(jsonld.JsonLdError) as info:
        expand(remote)
    chain: list[BaseException] = []
    error: BaseException | None = info.value
    while error is not None and len(chain) < 10:
        chain.append(error)
        error = getattr(error, "cause", None) or error.__cause__ or error.__context__
    assert any(isinstance(e, RemoteDocumentRefused) for e in chain) or "refusing to fetch" in str(info.value)


def test_dropped_key_check_catches_an_undefined_term() -> None:
    document = json.loads(export(sample_minutes()))
    document["about"]["agendaItem"][0]["undefinedKey"] = "lost"
    document["about"]["agendaItem"][1]["bp:fineKey"] = "kept: a compact IRI of a known prefix"
    problems = dropped_keys(document)
    assert len(problems) == 1 and "undefinedKey" in problems[0]


def test_a_broken_document_fails_the_shapes() -> None:
    document = json.loads(export(sample_minutes()))
    meeting = document["about"]
    meeting["agendaItem"][1]["itemNumber"] = 1  # two items numbered 1
    del meeting["agendaItem"][2]["heading"]
    meeting["hasParticipation"][0]["role"] = "roles:president"
    person = next(e for e in document["mentions"] if e["@type"] == "Person")
    del person["name"]
    del meeting["startDate"]
    result = shacl_validate(rdflib_graph(json.dumps(document)))
    assert not result.conforms
    for message in (
        "Item number 1 is used by more than one agenda item",
        "An agenda item has exactly one heading",
        "exactly one role from the role list",
        "A person has exactly one name",
        "Minutes are about exactly one meeting",
    ):
        assert message in result.text, message


def test_duplicate_item_numbers_are_kept_but_flagged_by_the_shapes() -> None:
    base = sample_minutes()
    minutes = attrs.evolve(base, items=(*base.items, attrs.evolve(base.items[0], heading="Igen")))
    graph = rdflib_graph(export(minutes))
    assert len(set(graph.subjects(rdflib.RDF.type, BP.AgendaItem))) == 5
    result = shacl_validate(graph)
    assert not result.conforms and "Item number 1 is used by more than one" in result.text


def test_an_item_the_minutes_number_not_has_a_position_and_no_item_number() -> None:
    base = sample_minutes()
    minutes = attrs.evolve(base, items=tuple(attrs.evolve(i, numbered=k != 1) for k, i in enumerate(base.items)))
    data = export(minutes)
    items = json.loads(data)["about"]["agendaItem"]
    assert [(i.get("itemNumber"), i.get("position")) for i in items] == [(1, None), (None, 2), (3, None), (4, None)]
    graph = assert_linked_data_ok(data)
    assert len(set(graph.subjects(SCHEMA.position, rdflib.Literal(2)))) >= 1


@pytest.mark.parametrize("change", ["both", "neither"])
def test_an_item_with_both_a_number_and_a_position_or_neither_fails_the_shapes(change: str) -> None:
    document = json.loads(export(sample_minutes()))
    item = document["about"]["agendaItem"][1]
    if change == "both":
        item["position"] = 2
    else:
        del item["itemNumber"]
    result = shacl_validate(rdflib_graph(json.dumps(document)))
    assert not result.conforms
    assert "a number or, when the minutes give it none, a position (not both)" in result.text


def test_shapes_role_and_outcome_lists_match_the_skos_files() -> None:
    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    shapes = shapes_graph()
    allowed: set[rdflib.term.Node] = set()
    for in_list in shapes.objects(None, sh["in"]):
        allowed |= set(rdflib.collection.Collection(shapes, in_list))
    concepts: set[rdflib.term.Node] = set()
    for text in (roles_text(), outcomes_text()):
        graph = rdflib.Graph().parse(data=text, format="turtle")
        concepts |= set(graph.subjects(rdflib.RDF.type, skos.Concept))
    assert allowed == concepts and len(concepts) == 10  # 5 roles, 5 outcomes
    assert {rdflib.URIRef(iri) for iri in OUTCOME_IRIS.values()} <= concepts  # every outcome of the model has its concept


def test_series_of_every_seed_as_one_graph() -> None:
    if not SEEDS:
        pytest.skip(NO_SEEDS)
    minutes = [parse_file(path) for path in SEEDS]
    sink = io.BytesIO()
    JsonLdExporter(JsonLdOptions()).export_many(minutes, sink)
    graph = assert_linked_data_ok(sink.getvalue())
    assert len(set(graph.subjects(rdflib.RDF.type, BP.Minutes))) == len(SEEDS)
    people = set(graph.subjects(rdflib.RDF.type, SCHEMA.Person))
    names = {str(n) for p in people for n in graph.objects(p, SCHEMA.name)}
    assert len(people) == len(names)  # each person once, however many minutes name them


@pytest.mark.parametrize("path", paths_or_skip(SEEDS, NO_SEEDS))
def test_seed(path: Path) -> None:
    minutes = parse_file(path)
    data = export(minutes)
    assert data == export(minutes)
    graph = assert_linked_data_ok(data)
    assert len(set(graph.subjects(rdflib.RDF.type, BP.AgendaItem))) == len(minutes.items)


DOCUMENTS = written_documents(FIXTURES_DIR)


@pytest.mark.parametrize("path", paths_or_skip(FIXTURES + DOCUMENTS, f"no core fixtures in {FIXTURES_DIR} yet"))
def test_fixture(path: Path) -> None:
    minutes = parse_file(path)
    graph = assert_linked_data_ok(export(minutes))
    assert len(set(graph.subjects(rdflib.RDF.type, BP.AgendaItem))) == len(minutes.items)
