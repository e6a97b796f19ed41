"""Person and organisation hrefs are the IRIs the JSON-LD exporter mints, so the outputs link up."""

from __future__ import annotations

import json
import warnings

import attrs
import pytest
from lxml import etree

from bigprotokoll import Attendee, export_bytes, get_exporter
from bigprotokoll.testing import sample_minutes

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def _akn_hrefs(data: bytes, tag: str) -> dict[str, str]:
    root = etree.fromstring(data)
    return {e.get("showAs"): e.get("href") for e in root.iter(f"{AKN}{tag}")}


def test_person_and_organisation_iris_match_json_ld_even_when_names_collide() -> None:
    pytest.importorskip("bigprotokoll_jsonld", reason="the JSON-LD plugin is not installed beside this one")
    minutes = sample_minutes()
    # two spellings that share a slug: both exporters must keep them apart the same way
    minutes = attrs.evolve(minutes, attendees=(*minutes.attendees, Attendee("vera lindqvist", "polisen")))
    akn = export_bytes(get_exporter("akn"), minutes)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the collision warning is the JSON-LD plugin's own test
        jsonld = json.loads(export_bytes(get_exporter("jsonld", graph=True), minutes))
    ids = {node["@id"] for node in jsonld["@graph"]}
    people = _akn_hrefs(akn, "TLCPerson")
    orgs = _akn_hrefs(akn, "TLCOrganization")
    assert people["Vera Lindqvist"] != people["vera lindqvist"]
    for name in ("Vera Lindqvist", "vera lindqvist", "Olof Brandt"):
        assert people[name] in ids, name
    for name in ("Polisen", "polisen", "Välfärd Gävle"):
        assert orgs[name] in ids, name


def test_aliases_give_both_exporters_the_canonical_iri() -> None:
    pytest.importorskip("bigprotokoll_jsonld", reason="the JSON-LD plugin is not installed beside this one")
    minutes = sample_minutes()
    minutes = attrs.evolve(
        minutes, attendees=(*minutes.attendees, Attendee("vera lindqvist", "polisen"), Attendee("V. Lindqvist"))
    )
    aliases = "vera lindqvist=Vera Lindqvist; V. Lindqvist=Vera Lindqvist; polisen=Polisen"
    akn = export_bytes(get_exporter("akn", aliases=aliases), minutes)
    jsonld = json.loads(export_bytes(get_exporter("jsonld", graph=True, aliases=aliases), minutes))
    ids = {node["@id"] for node in jsonld["@graph"]}
    people = _akn_hrefs(akn, "TLCPerson")
    orgs = _akn_hrefs(akn, "TLCOrganization")
    # every spelling keeps its own TLC (the reader needs it), all pointing at one IRI
    assert people["vera lindqvist"] == people["V. Lindqvist"] == people["Vera Lindqvist"] in ids
    assert orgs["polisen"] == orgs["Polisen"] in ids
    assert people["Olof Brandt"] in ids
    # without the table the variants are kept apart, as before
    plain = _akn_hrefs(export_bytes(get_exporter("akn"), minutes), "TLCPerson")
    assert plain["vera lindqvist"] != plain["Vera Lindqvist"]


@pytest.mark.parametrize("aliases", ["no equals sign", "A=B; A=C", "A=B; B=C"])
def test_a_bad_alias_table_is_refused_with_a_reason(aliases: str) -> None:
    with pytest.raises(ValueError, match="alias"):
        get_exporter("akn", aliases=aliases)
