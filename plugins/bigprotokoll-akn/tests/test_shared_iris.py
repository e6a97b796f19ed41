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
