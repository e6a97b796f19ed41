"""The exporter's contract, options, IRIs, names, completeness and exact string round trips."""

from __future__ import annotations

import base64
import builtins
import datetime as dt
import hashlib
import io
import json
import time
import warnings
from typing import Any, Iterator

import attrs
import bigprotokoll
import bigprotokoll.model as model_module
import pytest
from bigprotokoll import OptionError, export_bytes, make_options
from bigprotokoll.identity import DEFAULT_BASE, item_iri, meeting_iri, organisation_iri, person_iri
from bigprotokoll.model import Attendee, Minutes, NextMeeting
from bigprotokoll.testing import sample_minutes

import bigprotokoll_jsonld
from bigprotokoll_jsonld import (
    FIELD_TERMS,
    JsonLdExporter,
    JsonLdOptions,
    NameCollisionWarning,
    context,
    context_text,
    parse_aliases,
)


def export(minutes: Minutes, **options: Any) -> bytes:
    return export_bytes(JsonLdExporter(JsonLdOptions(**options)), minutes)


def doc_of(minutes: Minutes, **options: Any) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(export(minutes, **options))
    return result


def walk(value: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object inside ``value`` (the context excluded)."""
    if isinstance(value, list):
        for entry in value:
            yield from walk(entry)
    elif isinstance(value, dict):
        yield value
        for key, entry in value.items():
            if key != "@context":
                yield from walk(entry)


def nodes_by_id(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["@id"]: n for n in walk(document) if "@id" in n and len(n) > 1}


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k != "@context" for s in strings(v)]
    return []


def test_class_declares_the_contract() -> None:
    assert (JsonLdExporter.name, JsonLdExporter.media_type, JsonLdExporter.file_extension) == (
        "jsonld",
        "application/ld+json",
        ".jsonld",
    )
    assert JsonLdExporter.options_type is JsonLdOptions
    assert JsonLdOptions() == JsonLdOptions(base=DEFAULT_BASE, graph=False, aliases="", generated=None)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        JsonLdOptions().graph = True  # type: ignore[misc]


def test_same_minutes_give_the_same_bytes(full: Minutes) -> None:
    assert export(full) == export(full)
    assert export(full, graph=True) == export(full, graph=True)


def test_export_opens_no_file_and_reads_no_clock(full: Minutes, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = export(full)  # warm up: package data (the context) is read once per process

    def forbidden(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the exporter must not open files or read the clock")

    monkeypatch.setattr(builtins, "open", forbidden)
    monkeypatch.setattr(io, "open", forbidden)
    monkeypatch.setattr(time, "time", forbidden)
    monkeypatch.setattr(time, "time_ns", forbidden)
    assert export(full) == expected


def test_context_is_embedded_inline_and_equals_the_shipped_file(full: Minutes) -> None:
    document = doc_of(full)
    assert document["@context"] == json.loads(context_text())["@context"] == context()
    assert isinstance(document["@context"], dict)  # never a URL to fetch


def test_language_sv_is_set_on_text_terms_only() -> None:
    ctx = context()
    assert "@language" not in ctx
    tagged = {term for term, d in ctx.items() if isinstance(d, dict) and d.get("@language") == "sv"}
    assert tagged == {"title", "heading", "text", "attendanceScope"}
    assert all("@language" not in ctx[t] for t in ("name", "recipients", "assignee", "location", "code"))


def test_field_terms_cover_every_field_of_every_model_class() -> None:
    classes = {
        obj
        for name in model_module.__all__
        if attrs.has(obj := getattr(model_module, name))
    }
    assert set(FIELD_TERMS) == classes
    ctx = context()
    for cls, terms in FIELD_TERMS.items():
        assert set(terms) == {f.name for f in attrs.fields(cls)}, cls.__name__
        assert all(term in ctx for term in terms.values()), cls.__name__


def test_every_field_of_a_full_model_appears_in_the_document(full: Minutes) -> None:
    document = doc_of(full)
    keys = {k for obj in walk(document) for k in obj}
    for cls, terms in FIELD_TERMS.items():
        missing = set(terms.values()) - keys
        assert not missing, f"{cls.__name__}: {missing}"
    texts = set(strings(document))
    # every string of the canonical JSON appears: names, texts, dates; times gain seconds
    # ("08:15" -> "08:15:00") and outcomes live in concept IRIs, hence "inside a string"
    for value in strings(bigprotokoll.unstructure(full)):
        assert value in texts or any(value in t for t in texts), value


def test_iris_come_from_the_shared_identity_functions(full: Minutes) -> None:
    document = doc_of(full)
    meeting = document["about"]
    assert meeting["@id"] == meeting_iri("BIG", dt.date(2023, 5, 12))
    assert [i["@id"] for i in meeting["agendaItem"]] == [item_iri("BIG", dt.date(2023, 5, 12), n) for n in (1, 2, 3, 4)]
    mentioned = {e["@id"] for e in document["mentions"]}
    assert {person_iri(n) for n in full.people()} | {organisation_iri(o) for o in full.organisations()} <= mentioned
    assert meeting["organizer"] == organisation_iri("BIG")
    assert meeting["nextMeeting"]["@id"] == meeting_iri("BIG", dt.date(2023, 6, 9))
    assert meeting["agendaItem"][2]["deferredToMeeting"] == meeting_iri("BIG", dt.date(2023, 6, 9))


def test_base_option_moves_every_instance_iri(full: Minutes) -> None:
    document = doc_of(full, base="https://example.org/id/")
    ids = [n["@id"] for n in walk(document) if "@id" in n and not n["@id"].startswith(("https://pypi.org/", "ni:"))]
    assert ids and all(i.startswith("https://example.org/id/") for i in ids)


@pytest.mark.parametrize("base", ["not an iri", "", "relative/path", "schema:x", "urn:with space"])
def test_a_bad_base_is_an_option_error(base: str) -> None:
    with pytest.raises(OptionError) as info:
        make_options(JsonLdExporter, {"base": base})
    assert info.value.exporter == "jsonld"


def test_options_from_command_line_strings() -> None:
    options = make_options(
        JsonLdExporter,
        {"graph": "true", "aliases": "Patric Falk=Patrik Falk", "generated": "2024-01-02T10:00:00", "base": "urn:x:"},
    )
    assert options == JsonLdOptions("urn:x:", True, "Patric Falk=Patrik Falk", "2024-01-02T10:00:00")
    assert options.alias_table == {"Patric Falk": "Patrik Falk"}


@pytest.mark.parametrize(
    ("key", "value"),
    [("aliases", "no equals sign"), ("aliases", "A=B;B=C"), ("aliases", "A=B;A=C"), ("generated", "yesterday"), ("graph", "maybe")],
)
def test_bad_option_values_name_the_option(key: str, value: str) -> None:
    with pytest.raises(OptionError) as info:
        make_options(JsonLdExporter, {key: value})
    assert info.value.exporter == "jsonld"


def test_alias_table_parsing() -> None:
    assert parse_aliases(" A = B ;; C=D; E=E ") == {"A": "B", "C": "D"}


def test_generated_is_recorded_only_when_given(full: Minutes) -> None:
    assert "endedAtTime" not in doc_of(full)["wasGeneratedBy"]
    assert doc_of(full, generated="2024-05-01T12:00:00+02:00")["wasGeneratedBy"]["endedAtTime"] == {
        "@value": "2024-05-01T12:00:00+02:00",
        "@type": "xsd:dateTime",
    }
    assert doc_of(full, generated="2024-05-01")["wasGeneratedBy"]["endedAtTime"]["@type"] == "xsd:date"


def test_provenance_names_software_and_source_file_by_sha256(full: Minutes) -> None:
    document = doc_of(full)
    digest = hashlib.sha256(b"protokoll").digest()
    expected = "ni:///sha-256;" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert document["wasDerivedFrom"]["@id"] == expected
    assert document["wasDerivedFrom"]["sha256"] == digest.hex()
    agents = {a["name"]: a["softwareVersion"] for a in document["wasGeneratedBy"]["wasAssociatedWith"]}
    assert agents == {"bigprotokoll": bigprotokoll.__version__, "bigprotokoll-jsonld": bigprotokoll_jsonld.__version__}
    assert document["wasGeneratedBy"]["used"] == expected


def test_no_sha256_means_no_hash_iri(full: Minutes) -> None:
    no_hash = attrs.evolve(full, source=attrs.evolve(full.source, sha256=None))
    source = doc_of(no_hash)["wasDerivedFrom"]
    assert not source["@id"].startswith("ni:") and "sha256" not in source
    assert "wasDerivedFrom" not in doc_of(sample_minutes())  # an empty Source says nothing


def test_names_sharing_a_slug_stay_apart_and_are_reported() -> None:
    minutes = attrs.evolve(
        sample_minutes(),
        attendees=(Attendee("Anna-Karin Berg"), Attendee("Anna Karin Berg"), Attendee("Patric Falk"), Attendee("Patrik Falk")),
    )
    with pytest.warns(NameCollisionWarning, match="Anna Karin Berg.*Anna-Karin Berg") as record:
        document = doc_of(minutes)
    assert len([w for w in record if issubclass(w.category, NameCollisionWarning)]) == 1
    people = {e["name"]: e for e in document["mentions"] if e["@type"] == "Person"}
    plain = person_iri("Anna Karin Berg")
    assert people["Anna Karin Berg"]["@id"] == plain  # sorts first: keeps the plain IRI
    suffixed = people["Anna-Karin Berg"]["@id"]
    assert suffixed.startswith(plain + "-") and suffixed != plain
    assert people["Anna Karin Berg"]["slugCollidesWith"] == [suffixed]
    assert people["Anna-Karin Berg"]["slugCollidesWith"] == [plain]
    assert people["Patric Falk"]["@id"] != people["Patrik Falk"]["@id"]  # different letters, different slugs
    participants = [p["participant"] for p in document["about"]["hasParticipation"] if p["role"].endswith(":attendee")]
    assert len(set(participants)) == 4


def test_alias_table_merges_names_without_warning() -> None:
    minutes = attrs.evolve(sample_minutes(), attendees=(Attendee("Anna-Karin Berg"), Attendee("Anna Karin Berg")))
    with warnings.catch_warnings():
        warnings.simplefilter("error", NameCollisionWarning)
        document = doc_of(minutes, aliases="Anna Karin Berg=Anna-Karin Berg")
    people = [e for e in document["mentions"] if e["@type"] == "Person" and "Berg" in e["name"]]
    assert people == [
        {"@id": person_iri("Anna-Karin Berg"), "@type": "Person", "name": "Anna-Karin Berg", "alternateName": ["Anna Karin Berg"]}
    ]
    attendance = [p for p in document["about"]["hasParticipation"] if p["role"].endswith(":attendee")]
    assert [p["participant"] for p in attendance] == [person_iri("Anna-Karin Berg")] * 2
    assert attendance[1]["nameAsWritten"] == "Anna Karin Berg" and "nameAsWritten" not in attendance[0]


def test_duplicate_item_numbers_keep_both_items() -> None:
    base = sample_minutes()
    minutes = attrs.evolve(base, items=(*base.items, attrs.evolve(base.items[0], heading="Igen")))
    items = doc_of(minutes)["about"]["agendaItem"]
    assert len({i["@id"] for i in items}) == len(items) == 5
    assert items[-1]["@id"] == item_iri("BIG", base.meeting_date, 1) + "-2"


def test_export_many_merges_people_and_links_the_series() -> None:
    first = sample_minutes()
    second = attrs.evolve(
        first,
        title="Protokoll fört vid ledningsgruppsmöte BIG 2023-06-09",
        meeting_date=dt.date(2023, 6, 9),
        document_date=None,
        next_meeting=NextMeeting(dt.date(2023, 8, 25)),
    )
    sink = io.BytesIO()
    JsonLdExporter(JsonLdOptions()).export_many([first, second], sink)
    document = json.loads(sink.getvalue())
    graph = document["@graph"]
    minutes_nodes = [n for n in graph if "Minutes" in n["@type"]]
    assert len(minutes_nodes) == 2
    assert minutes_nodes[0]["about"]["nextMeeting"]["@id"] == minutes_nodes[1]["about"]["@id"]
    people = [n["@id"] for n in graph if n.get("@type") == "Person"]
    assert len(people) == len(set(people)) == len(first.people())
    assert all(isinstance(ref, str) for m in minutes_nodes for ref in m["mentions"])
    assert document["@context"] == context()


def test_graph_option_writes_a_flat_graph_with_people_once(full: Minutes) -> None:
    document = doc_of(full, graph=True)
    assert set(document) == {"@context", "@graph"}
    top = [n["@id"] for n in document["@graph"]]
    assert len(top) == len(set(top))
    assert {person_iri(n) for n in full.people()} <= set(top)


def test_nasty_strings_round_trip_exactly_through_the_json(nasty: Minutes, nasty_text: str) -> None:
    NASTY = nasty_text
    data = export(nasty)
    data.decode("utf-8")  # valid UTF-8
    document = json.loads(data)
    values = strings(document)
    item = document["about"]["agendaItem"][0]
    assert item["heading"] == f"Rubrik {NASTY}"
    assert item["paragraph"][0]["text"] == f"Text {NASTY}"
    assert item["paragraph"][0]["label"] == f"a{NASTY}"
    assert item["assignment"][0]["assignee"] == f"Nils {NASTY}"
    assert document["title"] == f"Protokoll {NASTY}"
    assert document["distribution"]["recipients"] == [f"Mottagare {NASTY}"]
    assert f"Plats {NASTY}" in values and f"meddelande {NASTY}" in values and f"Org {NASTY}" in values
    assert b"\x00" not in data and b"\\u0000" in data  # control characters escaped, not raw


def test_lone_surrogates_still_give_loadable_json() -> None:
    minutes = attrs.evolve(sample_minutes(), title="Trasig \ud800 text")
    data = export(minutes)
    assert json.loads(data)["title"] == "Trasig \ud800 text"
    assert data.isascii()
