"""The reader: our own AKN back to the model; everything else refused with a clear error."""

from __future__ import annotations

import attrs
import pytest
from bigprotokoll.errors import InputError
from bigprotokoll.testing import sample_minutes

from _helpers import export, parse
from bigprotokoll_akn import (
    AknReadError,
    AknStructureError,
    AknSyntaxError,
    ForeignDocumentError,
    UnsafeXmlError,
    read,
    read_akn,
)


@pytest.fixture(scope="module")
def sample_xml() -> bytes:
    return export(sample_minutes())


def test_reads_back_the_sample_exactly(sample_xml: bytes) -> None:
    """read(export(m)) == m, field by field."""
    back = read_akn(sample_xml)
    for field in attrs.fields(type(back)):
        assert getattr(back, field.name) == getattr(sample_minutes(), field.name) or not field.eq, field.name


def test_an_item_the_minutes_number_not_has_no_num_and_reads_back_unnumbered() -> None:
    """No "§ N" the minutes do not have; the eId still names the item by its number (its
    place, or any number a program gave it), and the reader takes the number from there."""
    m = sample_minutes()
    items = tuple(attrs.evolve(item, numbered=i != 1) for i, item in enumerate(m.items))
    # numbered 1, then one with no number but 5 as a program set it (not its place), then 7
    items = (items[0], attrs.evolve(items[1], number=5), attrs.evolve(items[2], number=7), *items[3:])
    m = attrs.evolve(m, items=items)
    root = parse(export(m))  # validated against the schema, references checked
    sections = root.iterfind(".//{*}debateSection[@name='agendaItem']")
    got = [(s.get("eId"), s.findtext("{*}num"), s.findtext("{*}heading")) for s in sections]
    assert [(eid, num) for eid, num, _ in got] == [
        ("dbsect_1", "§ 1"), ("dbsect_5", None), ("dbsect_7", "§ 7"), ("dbsect_4", "§ 4")
    ][: len(got)]
    assert read_akn(export(m)) == m
    assert [(i.number, i.numbered) for i in read_akn(export(m)).items][:3] == [(1, True), (5, False), (7, True)]


def test_read_records_the_source(sample_xml: bytes) -> None:
    """The registered reader names the source and its checksum."""
    minutes = read(sample_xml, "m.xml")
    assert minutes.source.name == "m.xml"
    assert minutes.source.size == len(sample_xml) and minutes.source.sha256 and len(minutes.source.sha256) == 64
    assert (minutes.source.media_type, minutes.source.encoding) == ("application/akn+xml", "utf-8")


@pytest.mark.parametrize("data", [b"", b"<akomaNtoso", b"not xml at all", b"<a></b>", b"\xff\xfe<\x00"])
def test_malformed_xml_is_refused(data: bytes) -> None:
    """Malformed input raises AknSyntaxError, an InputError naming the file."""
    with pytest.raises(AknSyntaxError) as caught:
        read(data, "bad.xml")
    assert isinstance(caught.value, InputError) and caught.value.path == "bad.xml"


def test_doctype_is_refused_even_without_entities(sample_xml: bytes) -> None:
    """Any document type declaration is refused."""
    data = sample_xml.replace(b"?>\n", b"?>\n<!DOCTYPE akomaNtoso>\n", 1)
    with pytest.raises(UnsafeXmlError, match="document type"):
        read_akn(data)


@pytest.mark.parametrize(
    "prolog",
    [
        b'<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        b'<!DOCTYPE akomaNtoso [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
        b'<!DOCTYPE akomaNtoso SYSTEM "http://example.invalid/akn.dtd">',
    ],
)
def test_entities_and_external_dtds_are_refused_unexpanded(sample_xml: bytes, prolog: bytes) -> None:
    """External entities, entity bombs and remote DTDs: refused, nothing expanded or fetched."""
    data = sample_xml.replace(b"?>\n", b"?>\n" + prolog + b"\n", 1)
    data = data.replace(b"<heading>", b"<heading>&xxe;" if b"xxe" in prolog else b"<heading>&b;", 1)
    with pytest.raises(UnsafeXmlError) as caught:
        read_akn(data)
    assert "root:" not in str(caught.value)  # no file content leaked into the message


def test_undeclared_entity_reference_is_refused(sample_xml: bytes) -> None:
    """A bare entity reference without a DTD is an error, never silently dropped."""
    with pytest.raises(AknReadError):
        read_akn(sample_xml.replace(b"<heading>", b"<heading>&nbsp;", 1))


@pytest.mark.parametrize(
    "data",
    [
        b"<html><body>minutes</body></html>",
        b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act/></akomaNtoso>',
        b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><debate name="debate"/></akomaNtoso>',
        b'<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><debate name="protokoll"/></akomaNtoso>',
    ],
)
def test_foreign_xml_is_refused(data: bytes) -> None:
    """XML that is not our AKN minutes raises ForeignDocumentError."""
    with pytest.raises(ForeignDocumentError):
        read_akn(data)


def test_akn_minutes_from_another_tool_are_refused(sample_xml: bytes) -> None:
    """A debate protokoll whose identification is not ours cannot be read back."""
    with pytest.raises(ForeignDocumentError, match="bigprotokoll"):
        read_akn(sample_xml.replace(b'<identification source="#bigprotokoll">', b'<identification source="#cobalt">'))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b"<docTitle>", b"<docTitleX>"),
        (b'<FRBRdate date="2023-05-12" name="meeting"/>', b'<FRBRdate date="12/5" name="meeting"/>'),
        (b"<num>\xc2\xa7 2</num>", b"<num>2</num>"),
        (b'bp:outcome="approved"', b'bp:outcome="maybe"'),
        (b'bp:items="1 2 3"', b'bp:items="x"'),
    ],
)
def test_broken_parts_of_our_own_output_are_reported(sample_xml: bytes, old: bytes, new: bytes) -> None:
    """A damaged document of ours raises AknStructureError with a line number."""
    data = sample_xml.replace(old, new, 1).replace(old.replace(b"<", b"</", 1), new.replace(b"<", b"</", 1), 1)
    assert data != sample_xml
    with pytest.raises(AknStructureError) as caught:
        read_akn(data)
    assert caught.value.line is not None
