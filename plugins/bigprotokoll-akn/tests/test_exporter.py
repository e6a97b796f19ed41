"""The akn exporter: contract, mapping, determinism, options, escaping and validation."""

from __future__ import annotations

import datetime as dt
import io
import warnings

import attrs
import pytest
from bigprotokoll.errors import OptionError, ValidationError
from bigprotokoll.export import export_bytes, make_options
from bigprotokoll.identity import organisation_iri, person_iri
from bigprotokoll.model import AgendaItem, Decision, Outcome, Paragraph
from bigprotokoll.testing import sample_minutes
from lxml import etree

from _helpers import export, parse, structural_problems, word_coverage
from bigprotokoll_akn._refcheck import reference_problems
from bigprotokoll_akn import (
    AknExporter,
    AknOptions,
    AknReferenceError,
    AknSchemaError,
    ControlCharacterWarning,
    check,
    read_akn,
)

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0", "bp": "urn:bigprotokoll:akn:1"}


def xp(data: bytes, path: str) -> list[etree._Element]:
    return list(parse(data).xpath(path, namespaces=NS))


def one(data: bytes, path: str) -> str:
    found = parse(data).xpath(path, namespaces=NS)
    assert len(found) == 1, f"{path}: {found}"
    return str(found[0])


@pytest.fixture(scope="module")
def sample_xml() -> bytes:
    return export(sample_minutes())


def test_contract_class_variables() -> None:
    """The exporter offers the contract the core's registry checks."""
    assert AknExporter.name == "akn"
    assert AknExporter.media_type == "application/akn+xml"
    assert AknExporter.file_extension == ".xml"
    assert AknExporter.options_type is AknOptions
    assert (AknExporter.__doc__ or "").splitlines()[0].startswith("Akoma Ntoso 3.0")


def test_export_writes_to_the_given_sink_only(sample_xml: bytes) -> None:
    """export() writes exactly the rendered bytes into the caller's sink."""
    sink = io.BytesIO()
    AknExporter(AknOptions()).export(sample_minutes(), sink)
    assert sink.getvalue() == sample_xml
    assert sample_xml.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<akomaNtoso")
    assert sample_xml.endswith(b"</akomaNtoso>\n")


def test_sample_is_valid_complete_and_reversible(sample_xml: bytes) -> None:
    """The sample validates, resolves every reference, keeps every word and reads back."""
    assert structural_problems(sample_xml) == ()
    assert word_coverage(sample_minutes(), sample_xml)[0] == 1.0
    assert read_akn(sample_xml) == sample_minutes()


def test_frbr_identification(sample_xml: bytes) -> None:
    """Work, expression and manifestation follow the AKN naming convention; dates are the document's."""
    work = "/akn/se-2180/debate/protokoll/big-ledningsgrupp/2023-05-12/nn"
    assert one(sample_xml, "//a:debate/@name") == "protokoll"
    assert one(sample_xml, "//a:FRBRWork/a:FRBRuri/@value") == work
    assert one(sample_xml, "//a:FRBRWork/a:FRBRdate/@date") == "2023-05-12"
    assert one(sample_xml, "//a:FRBRWork/a:FRBRauthor/@href") == "#big-ledningsgrupp"
    assert one(sample_xml, "//a:FRBRExpression/a:FRBRuri/@value") == work + "/swe@"
    assert one(sample_xml, "//a:FRBRExpression/a:FRBRdate/@date") == "2023-05-15"
    assert one(sample_xml, "//a:FRBRExpression/a:FRBRlanguage/@language") == "swe"
    assert one(sample_xml, "//a:FRBRManifestation/a:FRBRthis/@value") == work + "/swe@/!main.xml"
    assert one(sample_xml, "//a:FRBRManifestation/a:FRBRdate/@date") == "2023-05-15"
    assert b'href=""' not in sample_xml and b"Untitled" not in sample_xml


def test_options_change_uri_and_generation_date() -> None:
    """country, body_slug and generated reach the FRBR metadata; nothing else changes."""
    data = export(sample_minutes(), country="se", body_slug="ksau", generated=dt.date(2024, 1, 31))
    assert one(data, "//a:FRBRWork/a:FRBRuri/@value") == "/akn/se/debate/protokoll/ksau/2023-05-12/nn"
    assert one(data, "//a:FRBRManifestation/a:FRBRdate[@name='generation']/@date") == "2024-01-31"
    assert one(data, "//a:FRBRWork/a:FRBRauthor/@href") == "#ksau"
    assert structural_problems(data) == ()


@pytest.mark.parametrize(
    ("body", "country", "slug"),
    [
        ("BIG", "se-2180", "big-ledningsgrupp"),
        ("Brottsförebyggarna i Gävle", "se-2180", "big-ledningsgrupp"),
        ("Brottsförebyggande rådet i Norrvik", "se", "brottsforebyggande-radet-i-norrvik"),
        ("BRÅ", "se", "bra"),
        ("2024", "se", "body-2024"),  # an eId starts with a letter
        ("Uppdrag", "se", "body-uppdrag"),  # an eId the exporter gives something else
        ("Org Norr", "se", "body-org-norr"),  # looks like an organisation's eId
    ],
)
def test_without_options_the_frbr_actor_is_the_minutes_body(body: str, country: str, slug: str) -> None:
    """BIG's minutes name BIG's leadership group in Gävle; another body's name itself, in
    Sweden with no locality (two bodies meeting on one day get two work URIs)."""
    data = export(attrs.evolve(sample_minutes(), body=body))
    assert one(data, "//a:FRBRWork/a:FRBRuri/@value") == f"/akn/{country}/debate/protokoll/{slug}/2023-05-12/nn"
    assert (one(data, "//a:FRBRcountry/@value"), one(data, "//a:FRBRWork/a:FRBRauthor/@href")) == (country, f"#{slug}")
    assert one(data, f"//a:TLCOrganization[@eId='{slug}']/@showAs") == body
    assert structural_problems(data) == ()
    given = export(attrs.evolve(sample_minutes(), body=body), country="se-2181", body_slug="bra-sandviken")
    assert one(given, "//a:FRBRWork/a:FRBRuri/@value") == "/akn/se-2181/debate/protokoll/bra-sandviken/2023-05-12/nn"


def test_options_from_strings_and_bad_values() -> None:
    """-O strings are converted; bad values raise OptionError naming the option."""
    options = make_options(AknExporter, {"generated": "2024-01-31", "validate": "false", "base": "https://x.se/id/"})
    assert options.generated_date == dt.date(2024, 1, 31) and options.validate is False
    for key, value in [("generated", "31/1"), ("country", "Sverige"), ("body_slug", "Big Grupp"), ("body_slug", "chair")]:
        with pytest.raises(OptionError) as caught:
            make_options(AknExporter, {key: value})
        assert caught.value.exporter == "akn"


def test_generated_takes_a_date_and_says_so_for_a_date_time() -> None:
    """The generation date is a date: a date-time is refused by a message saying which form is taken
    (it said "an ISO 8601 date", which a date-time with a zone also is)."""
    with pytest.raises(OptionError, match=r"a date, YYYY-MM-DD such as 2024-01-31 \(no time of day or zone\)"):
        make_options(AknExporter, {"generated": "2024-01-01T12:00:00+01:00"})


def test_references_reuse_the_shared_iris(sample_xml: bytes) -> None:
    """TLCPerson/TLCOrganization hrefs are the identity module's IRIs (as in JSON-LD)."""
    assert one(sample_xml, "//a:TLCPerson[@showAs='Olof Brandt']/@href") == person_iri("Olof Brandt")
    assert one(sample_xml, "//a:TLCOrganization[@showAs='Polisen']/@href") == organisation_iri("Polisen")
    data = export(sample_minutes(), base="https://example.org/id/")
    assert one(data, "//a:TLCPerson[@showAs='Olof Brandt']/@href") == "https://example.org/id/person:olof-brandt"
    roles = {e.get("eId") for e in xp(sample_xml, "//a:TLCRole")}
    assert roles == {"chair", "minute-taker", "adjuster"}
    assert {e.get("eId") for e in xp(sample_xml, "//a:TLCEvent")} == {"meeting", "next-meeting"}


def test_body_mapping(sample_xml: bytes) -> None:
    """Roll call, distribution, §§ with ASCII eIds, sub-items, speeches, decisions, attachments, next meeting."""
    assert len(xp(sample_xml, "//a:rollCall/a:p[@class='attendee']/a:person")) == 3
    assert one(sample_xml, "//a:p[@bp:items='1 2 3']/a:inline[@name='attendanceScope']/text()") == "tom § 3"
    assert [e.text for e in xp(sample_xml, "//a:debateSection[@name='distribution']//a:inline[@name='recipient']")] == [
        "Hugo Ek",
        "kommunstyrelsen",
    ]
    sections = xp(sample_xml, "//a:debateBody/a:debateSection[@name='agendaItem']")
    assert [s.get("eId") for s in sections] == ["dbsect_1", "dbsect_2", "dbsect_3", "dbsect_4"]
    assert [s.findtext("a:num", namespaces=NS) for s in sections] == ["§ 1", "§ 2", "§ 3", "§ 4"]
    assert one(sample_xml, "//a:debateSection[@eId='dbsect_3']/a:debateSection[1]/a:num/text()") == "a."
    assert one(sample_xml, "//a:summary[a:inline[@bp:outcome='approved']]/@refersTo") == "#beslut"
    assert one(sample_xml, "//a:summary[a:inline[@bp:outcome='tabled']]/@refersTo") == "#bordlagd"
    assert one(sample_xml, "//a:entity[@name='actionItem']/text()") == "Olof fick i uppdrag att boka en ny vandring."
    assert one(sample_xml, "//a:ref[@class='attachmentRef']/@href") == "#att_1"
    assert one(sample_xml, "//a:attachments/a:attachment/@eId") == "att_1"
    assert [s.get("by") for s in xp(sample_xml, "//a:speech")] == ["#org-polisen", "#org-valfard-gavle"]
    assert one(sample_xml, "//a:debateSection[@name='nextMeeting']//a:date/@date") == "2023-06-09"
    assert one(sample_xml, "//a:debateSection[@name='nextMeeting']//a:time[@class='start']/@time") == "08:15:00"
    assert one(sample_xml, "//a:debateSection[@name='nextMeeting']//a:location/text()") == "BIG"
    assert one(sample_xml, "//a:signature/a:person[@as='#minute-taker']/text()") == "Olof Brandt"
    assert one(sample_xml, "//a:narrative/a:person[@as='#chair']/text()") == "Vera Lindqvist"
    assert one(sample_xml, "//a:coverPage/a:p[@class='page_number']/text()") == "Sida 1 av 2"


def test_same_bytes_twice_and_independent_of_exporter_instance() -> None:
    """Deterministic: same model and options give the same bytes, in any instance."""
    assert export(sample_minutes()) == export(sample_minutes()) == export_bytes(AknExporter(), sample_minutes())


def test_markup_never_changes_paragraph_text() -> None:
    """A paragraph that is one marked-up sentence gets no white space added by pretty-printing."""
    item = AgendaItem(1, "Beslut", (Paragraph("Planen antogs."),), decisions=(Decision("Planen antogs.", Outcome.APPROVED),))
    minutes = attrs.evolve(sample_minutes(), items=(item,))
    data = export(minutes)
    assert b'<summary refersTo="#beslut"><inline name="decision"' in data
    assert read_akn(data).items[0].paragraphs[0].text == "Planen antogs."


@pytest.mark.parametrize("title", ["Mötesordförande", "Ordförande", "Ordföranden"])
def test_the_chairs_title_is_marked_as_the_parser_reads_it(title: str) -> None:
    item = AgendaItem(1, "Öppnande", (Paragraph(f"{title} Vera Lindqvist hälsade välkommen."),))
    minutes = attrs.evolve(sample_minutes(), items=(item,))
    data = export(minutes)
    assert one(data, "//a:narrative/a:role[@refersTo='#chair']/text()") == title
    assert one(data, "//a:narrative/a:person[@as='#chair']/text()") == "Vera Lindqvist"
    assert read_akn(data) == minutes


def test_annotation_missing_from_the_text_is_kept_on_its_own() -> None:
    """A decision whose sentence is in no paragraph is written as its own block, not dropped."""
    item = AgendaItem(1, "Beslut", (Paragraph("Text."),), decisions=(Decision("Något annat beslutades.", Outcome.DECIDED),))
    minutes = attrs.evolve(sample_minutes(), items=(item,))
    data = export(minutes)
    assert one(data, "//a:summary[@class='unplaced']/a:inline/text()") == "Något annat beslutades."
    assert read_akn(data) == minutes


@pytest.mark.parametrize("paragraph", ["0_", "_0", "a0"])
def test_an_annotation_is_wrapped_at_word_boundaries_only(paragraph: str) -> None:
    """A decision "0" inside the word "0_" is not wrapped there (markup would split the word
    for anyone who reads the text element by element): it is written on its own."""
    item = AgendaItem(1, "Beslut", (Paragraph(paragraph),), decisions=(Decision("0", Outcome.APPROVED),))
    minutes = attrs.evolve(sample_minutes(), items=(item,))
    data = export(minutes)
    assert one(data, "//a:debateSection[@eId='dbsect_1']/a:narrative/text()") == paragraph
    assert one(data, "//a:summary[@class='unplaced']/a:inline/text()") == "0"
    assert read_akn(data) == minutes
    assert word_coverage(minutes, data)[0] == 1.0


@pytest.mark.parametrize(
    "text",
    [
        "a < b & c > d",
        'Han sa "hej" och \'då\'',
        "]]> och &amp; och &#60;",
        "Glad 🙂 och 👩‍👩‍👧 familj",
        "\u200fשלום\u200f och \u202eomvänd\u202c",
        "Tab\there, CR\rthere",
        "Back\\slash \\u{0041}",
    ],
)
def test_text_needing_escapes_round_trips_in_every_field(text: str) -> None:
    """Markup characters, emoji and RTL marks in any field give valid XML and come back unchanged."""
    m = sample_minutes()
    item = attrs.evolve(m.items[2], heading=text, paragraphs=(Paragraph(text, label=text),) + m.items[2].paragraphs[1:])
    minutes = attrs.evolve(
        m,
        title=text,
        body=text,
        chair=text,
        attendees=(attrs.evolve(m.attendees[0], name=text, organisation=text, scope=text),),
        items=(item,),
        furniture=(attrs.evolve(m.furniture[0], text=text),),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # nothing here needs replacing
        data = export_bytes(AknExporter(), minutes)
    assert structural_problems(data) == ()
    assert read_akn(data) == minutes


def test_control_characters_are_replaced_visibly_reported_and_restored() -> None:
    """U+0001 and friends become visible stand-ins with a warning; the reader restores them."""
    m = sample_minutes()
    minutes = attrs.evolve(m, title="Protokoll\x01 BIG\x1f 2023", items=(attrs.evolve(m.items[0], heading="Öppning\x00"),))
    with pytest.warns(ControlCharacterWarning) as caught:
        data = export_bytes(AknExporter(), minutes)
    warning = caught[0].message
    assert isinstance(warning, ControlCharacterWarning)
    assert len(warning.diagnostics) == 3 and {d.code for d in warning.diagnostics} == {"control-character-replaced"}
    assert "\u2401".encode() in data and "\u241f".encode() in data and "\u2400".encode() in data
    assert one(data, "//a:docTitle//a:inline[@name='controlCharacter'][1]/@title") == "U+0001"
    assert structural_problems(data) == ()
    assert read_akn(data) == minutes


def test_check_reports_schema_errors_with_line_numbers(sample_xml: bytes) -> None:
    """A document the schema rejects raises ValidationError listing 'line N: ...'."""
    broken = sample_xml.replace(b"<num>\xc2\xa7 1</num>", b"<num>\xc2\xa7 1</num><bogus/>")
    with pytest.raises(AknSchemaError) as caught:
        check(broken)
    assert isinstance(caught.value, ValidationError)
    assert caught.value.problems and caught.value.problems[0].startswith("line ")
    assert "bogus" in caught.value.problems[0]
    with pytest.raises(AknSchemaError, match="not well-formed") as caught:
        check(sample_xml[:200])
    assert caught.value.problems[0].startswith("line ")


def test_check_reports_unresolved_and_repeated_references(sample_xml: bytes) -> None:
    """The reference check finds what the schema lets through."""
    dangling = sample_xml.replace(b'href="#att_1"', b'href="#att_9"')
    with pytest.raises(AknReferenceError) as caught:
        check(dangling)
    assert any("#att_9" in p and p.startswith("line ") for p in caught.value.problems)
    repeated = sample_xml.replace(b'eId="dbsect_2"', b'eId="dbsect_1"')
    with pytest.raises(ValidationError):  # the strict schema's identity constraint sees this one too
        check(repeated)
    assert any("used twice" in p for p in reference_problems(parse(repeated)))
    wrong_kind = sample_xml.replace(b'as="#minute-taker"', b'as="#meeting"')
    with pytest.raises(AknReferenceError, match="TLCRole"):
        check(wrong_kind)
    non_ascii = sample_xml.replace(b'eId="dbsect_2"', 'eId="dbsekt_å"'.encode())
    with pytest.raises(AknReferenceError, match="ASCII"):
        check(non_ascii)


def test_validate_false_skips_the_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """validate=false writes without checking; the default checks and raises."""
    import bigprotokoll_akn.exporter as exporter_module

    from bigprotokoll_akn._build import Built
    from bigprotokoll_akn._refcheck import Recorded

    def broken_build(minutes: object, options: object) -> Built:
        return Built(b'<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>', (), Recorded())

    monkeypatch.setattr(exporter_module, "build", broken_build)
    assert b"akomaNtoso" in export_bytes(AknExporter(AknOptions(validate=False)), sample_minutes())
    with pytest.raises(ValidationError):
        export_bytes(AknExporter(AknOptions()), sample_minutes())


@pytest.mark.parametrize(
    ("old", "new", "error", "found"),
    [
        (b"<num>\xc2\xa7 1</num>", b"<num>\xc2\xa7 1</num><bogus/>", AknSchemaError, "bogus"),  # the schema
        (b'eId="dbsect_2"', b'eId="dbsect_1"', AknSchemaError, "dbsect_1"),  # its identity constraint
        (b"</debate>", b"</debat>", AknSchemaError, "debat"),  # not well-formed
        (b'href="#att_1"', b'href="#att_9"', AknReferenceError, "#att_9"),  # the reference check
    ],
)
def test_render_reports_what_fails_with_line_numbers(
    sample_xml: bytes, monkeypatch: pytest.MonkeyPatch, old: bytes, new: bytes, error: type[Exception], found: str
) -> None:
    """The exporter validates without a tree; what fails is parsed again for its lines."""
    import bigprotokoll_akn.exporter as exporter_module

    from bigprotokoll_akn._build import Built
    from bigprotokoll_akn._refcheck import Recorded

    broken = sample_xml.replace(old, new, 1)
    assert broken != sample_xml
    recorded = Recorded(refs=[("ref", "href", "#att_9")]) if error is AknReferenceError else Recorded()
    monkeypatch.setattr(exporter_module, "build", lambda minutes, options: Built(broken, (), recorded))
    with pytest.raises(error) as caught:
        AknExporter().render(sample_minutes())
    problems = caught.value.problems  # type: ignore[attr-defined]
    assert problems and all(p.startswith("line ") for p in problems)
    assert any(found in p for p in problems)


def test_a_rejection_the_tree_does_not_confirm_still_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """Should validating while reading ever reject bytes whose tree validates, the export
    still fails (never passes what one check refused)."""
    import bigprotokoll_akn.exporter as exporter_module

    monkeypatch.setattr(exporter_module, "is_valid", lambda data: False)
    with pytest.raises(AknSchemaError, match="does not validate"):
        AknExporter().render(sample_minutes())


def test_validation_verdicts_hold_across_threads(sample_xml: bytes) -> None:
    """Each thread validates with its own parser: valid and broken documents checked at the
    same time keep their own verdicts and errors."""
    from concurrent.futures import ThreadPoolExecutor

    from bigprotokoll_akn._schema import is_valid, stream_errors

    broken = sample_xml.replace(b"<num>\xc2\xa7 1</num>", b"<num>\xc2\xa7 1</num><bogus/>")

    def verdict(k: int) -> tuple[bool, bool]:
        data = broken if k % 2 else sample_xml
        valid = is_valid(data)
        return valid, any("bogus" in e for e in stream_errors())

    with ThreadPoolExecutor(max_workers=4) as pool:
        verdicts = list(pool.map(verdict, range(200)))
    assert verdicts == [(False, True) if k % 2 else (True, False) for k in range(200)]


def test_no_items_still_valid() -> None:
    """Minutes with nothing but a title still give a valid debate (debateBody needs a section)."""
    minutes = attrs.evolve(
        sample_minutes(), attendees=(), distribution=None, items=(), next_meeting=None, chair=None, minute_taker=None, adjusters=()
    )
    data = export(minutes)
    assert structural_problems(data) == ()
    assert read_akn(data) == minutes


@pytest.mark.parametrize("slug", ["distribution", "preamble", "chair", "uppdrag"])
def test_body_slug_may_not_take_a_fixed_eid(slug: str) -> None:
    # the builder claims these eIds first; an option that names one is refused, not renamed
    with pytest.raises(OptionError, match="clashes"):
        make_options(AknExporter, {"body_slug": slug})


@pytest.mark.parametrize(
    "value",
    [
        dt.time(13, 5),
        dt.time(0, 0),
        dt.time(23, 59, 59),
        dt.time(9, 3, 0, 5),
        dt.time(9, 3, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    ],
)
def test_times_are_written_as_isoformat_and_strftime_write_them(value: dt.time) -> None:
    from bigprotokoll_akn._build import _time_attr, _time_text

    assert _time_attr(value) == value.isoformat()
    assert _time_text(value) == value.strftime("%H:%M")
