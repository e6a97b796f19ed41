"""What a package holds, determinism, options and the source file."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import warnings
import zipfile
from pathlib import Path

import attrs
import pytest
from lxml import etree

import bigprotokoll
from bigprotokoll.errors import OptionError
from bigprotokoll.model import Attendee, Minutes, Source
from bigprotokoll.registry import Registry
from bigprotokoll_earchive import (
    EarkSipExporter,
    EarkSipOptions,
    MissingExporterWarning,
    SourceMismatchError,
    SourceNotSuppliedWarning,
    options as options_module,
    validate_package,
)
from bigprotokoll_earchive._package import safe_file_name
from bigprotokoll_earchive._schemas import mets_schema

from earchive_helpers import CREATED, SOURCE, build_zip

M = "{http://www.loc.gov/METS/}"
CSIP = "{https://DILCIS.eu/XML/METS/CSIPExtensionMETS}"


def _read(zip_bytes: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as archive:
        return {n: archive.read(n) for n in archive.namelist() if not n.endswith("/")}


def test_same_minutes_and_created_give_identical_zip_bytes(exporter: EarkSipExporter, minutes: Minutes) -> None:
    assert build_zip(exporter, minutes) == build_zip(EarkSipExporter(EarkSipOptions(created=CREATED)), minutes)


def test_source_date_epoch_makes_it_deterministic(monkeypatch: pytest.MonkeyPatch, minutes: Minutes) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1707476400")
    first = build_zip(EarkSipExporter(), minutes)
    second = build_zip(EarkSipExporter(), minutes)
    assert first == second
    mets = etree.fromstring(next(v for k, v in _read(first).items() if k.count("/") == 1))
    assert mets.find(f"{M}metsHdr").get("CREATEDATE") == "2024-02-09T11:00:00+00:00"


def test_without_created_or_epoch_the_clock_is_read(monkeypatch: pytest.MonkeyPatch, minutes: Minutes) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.setattr(options_module, "now", lambda: dt.datetime(2031, 3, 4, 5, 6, 7, tzinfo=dt.timezone.utc))
    files = _read(build_zip(EarkSipExporter(), minutes))
    mets = etree.fromstring(next(v for k, v in files.items() if k.count("/") == 1))
    assert mets.find(f"{M}metsHdr").get("CREATEDATE") == "2031-03-04T05:06:07+00:00"


def test_zip_has_one_root_named_after_objid_fixed_times_and_modes(exporter: EarkSipExporter, minutes: Minutes) -> None:
    data = build_zip(exporter, minutes)
    objid = exporter.package_id(minutes)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
    assert {i.filename.split("/")[0] for i in infos} == {objid}
    assert [i.filename for i in infos] == sorted(i.filename for i in infos)
    assert {i.date_time for i in infos} == {(2024, 2, 9, 12, 0, 0)}
    assert {(i.external_attr >> 16) & 0o777 for i in infos if not i.is_dir()} == {0o644}
    assert objid.startswith("uuid-") and len(objid) == 41


@pytest.mark.parametrize(
    ("created", "entry_time"),
    [
        ("1970-01-01T00:00:00Z", (1980, 1, 1, 0, 0, 0)),
        ("2108-01-01T00:00:00Z", (2107, 12, 31, 23, 59, 58)),  # was struct.error: past the last DOS date
    ],
)
def test_a_creation_time_a_zip_cannot_hold_is_held_to_its_years(
    minutes: Minutes, created: str, entry_time: tuple[int, ...]
) -> None:
    """Zip entry times run from 1980 to 2107; the METS keeps the time as given."""
    data = build_zip(EarkSipExporter(EarkSipOptions(created=created)), minutes)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {i.date_time for i in archive.infolist()} == {entry_time}
    mets = etree.fromstring(next(v for k, v in _read(data).items() if k.count("/") == 1))
    assert mets.find(f"{M}metsHdr").get("CREATEDATE") == created.replace("Z", "+00:00")
    assert validate_package_bytes(data) == []


def test_layout_and_the_source_byte_for_byte(exporter: EarkSipExporter, minutes: Minutes) -> None:
    files = _read(build_zip(exporter, minutes))
    root = exporter.package_id(minutes)
    names = {n[len(root) + 1 :] for n in files}
    for required in (
        "METS.xml",
        "representations/rep1/METS.xml",
        "representations/rep1/data/minutes.json",
        "representations/rep1/metadata/preservation/premis.xml",
        "metadata/descriptive/dc.xml",
        "metadata/preservation/premis.xml",
        "schemas/mets.xsd",
        "schemas/xlink.xsd",
        "schemas/DILCISExtensionMETS.xsd",
        "documentation/README.md",
    ):
        assert required in names, required
    assert files[f"{root}/representations/rep1/data/minutes.txt"] == SOURCE
    assert files[f"{root}/representations/rep1/data/minutes.json"] == bigprotokoll.dumps(minutes).encode()


def test_both_mets_are_schema_valid_with_e_ark_root_attributes(exporter: EarkSipExporter, minutes: Minutes) -> None:
    files = _read(build_zip(exporter, minutes))
    root = exporter.package_id(minutes)
    for name in ("METS.xml", "representations/rep1/METS.xml"):
        document = etree.fromstring(files[f"{root}/{name}"])
        assert mets_schema().validate(etree.ElementTree(document)), mets_schema().error_log
        assert document.get("TYPE") == "Textual works \u2013 Digital"
        assert document.get("OBJID") == root
        assert document.get(f"{CSIP}CONTENTINFORMATIONTYPE") == "OTHER"
        assert document.get("PROFILE") == "https://earksip.dilcis.eu/profile/E-ARK-SIP.xml"
        assert document.find(f"{M}metsHdr").get(f"{CSIP}OAISPACKAGETYPE") == "SIP"


def test_every_file_has_mime_size_created_and_verified_sha256(package_dir: Path) -> None:
    for mets_name in ("METS.xml", "representations/rep1/METS.xml"):
        mets_path = package_dir / mets_name
        document = etree.parse(str(mets_path)).getroot()
        elements = list(document.iter(f"{M}file", f"{M}mdRef"))
        assert elements
        for element in elements:
            loc = element.find(f"{M}FLocat") if element.tag == f"{M}file" else element
            href = loc.get("{http://www.w3.org/1999/xlink}href")
            data = (mets_path.parent / href).read_bytes()
            assert element.get("MIMETYPE") and element.get("CREATED") == CREATED
            assert int(element.get("SIZE")) == len(data)
            assert element.get("CHECKSUMTYPE") == "SHA-256"
            assert element.get("CHECKSUM") == hashlib.sha256(data).hexdigest().upper()


def test_agents_from_options(minutes: Minutes) -> None:
    options = bigprotokoll.make_options(
        EarkSipExporter,
        {"created": CREATED, "submitter": "Gävle kommun", "submitter_id": "212000-2254", "archival_creator": "BIG"},
    )
    files = _read(build_zip(EarkSipExporter(options), minutes))
    mets = etree.fromstring(next(v for k, v in files.items() if k.count("/") == 1))
    agents = [(a.get("ROLE"), a.get("TYPE"), a.findtext(f"{M}name"), a.findtext(f"{M}note")) for a in mets.iter(f"{M}agent")]
    assert agents[1] == ("CREATOR", "ORGANIZATION", "Gävle kommun", "212000-2254")
    assert agents[2][:3] == ("ARCHIVIST", "ORGANIZATION", "BIG")
    assert agents[0][:3] == ("CREATOR", "OTHER", "bigprotokoll-earchive")


def test_profile_2_2_0_uses_the_versioned_url(minutes: Minutes) -> None:
    files = _read(build_zip(EarkSipExporter(EarkSipOptions(created=CREATED, profile="2.2.0")), minutes))
    mets = etree.fromstring(next(v for k, v in files.items() if k.count("/") == 1))
    assert mets.get("PROFILE") == "https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-2-0.xml"


@pytest.mark.parametrize(
    ("key", "value"),
    [("profile", "3.0"), ("created", "2024-02-09T12:00:00"), ("created", "yesterday"), ("package_id", "../evil"), ("formats", "Bad!")],
)
def test_bad_options_are_option_errors_naming_the_option(key: str, value: str) -> None:
    with pytest.raises(bigprotokoll.OptionError) as info:
        bigprotokoll.make_options(EarkSipExporter, {key: value})
    assert info.value.exporter == "eark-sip"


def test_package_id_option_names_the_root(minutes: Minutes) -> None:
    exporter = EarkSipExporter(EarkSipOptions(created=CREATED, package_id="big-2023-05-12"))
    files = _read(build_zip(exporter, minutes))
    assert {n.split("/")[0] for n in files} == {"big-2023-05-12"}


def test_source_bytes_that_do_not_match_the_parsed_checksum_are_refused(exporter: EarkSipExporter, minutes: Minutes) -> None:
    import attrs

    tagged = attrs.evolve(minutes, source=Source(name="x.txt", sha256=hashlib.sha256(b"other").hexdigest()))
    with pytest.raises(SourceMismatchError):
        exporter.export(tagged, io.BytesIO(), source_bytes=SOURCE)


def test_untrusted_source_names_are_sanitised(exporter: EarkSipExporter, minutes: Minutes) -> None:
    import attrs

    evil = attrs.evolve(minutes, source=Source(name="../../etc/pass wd..txt"))
    files = _read(build_zip(exporter, evil))
    data_names = [n.rsplit("/", 1)[-1] for n in files if "/data/" in n]
    assert "pass-wd.txt" in data_names
    assert all(".." not in n for n in files)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("../../x.txt", "x.txt"),
        ("C:\\Users\\me\\möte 1.txt", "mote-1.txt"),
        ("...", "minutes.txt"),
        ("", "minutes.txt"),
        (".hidden", "hidden"),
        ("a" * 300 + ".txt", "a" * 96 + ".txt"),
    ],
)
def test_safe_file_name(given: str, expected: str) -> None:
    assert safe_file_name(given, default="minutes.txt") == expected


def test_missing_derived_exporter_is_warned_and_documented(minutes: Minutes) -> None:
    """A documented optional format (akn, jsonld) whose plugin is not installed."""
    exporter = EarkSipExporter(EarkSipOptions(created=CREATED, formats="akn"), registry=Registry([]))
    sink = io.BytesIO()
    with pytest.warns(MissingExporterWarning, match="akn"):
        exporter.export(minutes, sink, source_bytes=SOURCE)
    readme = next(v for k, v in _read(sink.getvalue()).items() if k.endswith("documentation/README.md"))
    assert b"Not included: akn output" in readme


def test_a_format_that_is_no_exporter_is_an_option_error() -> None:
    """A typo in formats (pdf, jsnold) made a package without it, with a warning only."""
    message = r"formats: no exporter named 'pdf' or 'jsnold' is installed \(known: akn, jsonld\)"
    with pytest.raises(OptionError, match=message) as caught:
        EarkSipExporter(EarkSipOptions(created=CREATED, formats="akn,pdf,jsnold"), registry=Registry([]))
    assert (caught.value.exporter, caught.value.option) == ("eark-sip", "formats")


def test_without_source_bytes_a_warning_says_what_the_package_holds(exporter: EarkSipExporter, minutes: Minutes) -> None:
    sink = io.BytesIO()
    with pytest.warns(SourceNotSuppliedWarning):
        exporter.export(minutes, sink)
    assert validate_package_bytes(sink.getvalue()) == []


def validate_package_bytes(data: bytes) -> list[object]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.zip"
        path.write_bytes(data)
        return list(validate_package(path))


def test_sample_package_passes_our_validator(package_zip: Path, package_dir: Path) -> None:
    assert validate_package(package_zip) == []
    assert validate_package(package_dir) == []


def test_directory_export_equals_the_zip_content(tmp_path: Path, exporter: EarkSipExporter, minutes: Minutes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        folder = exporter.export_to_directory(minutes, tmp_path, source_bytes=SOURCE)
    files = _read(build_zip(exporter, minutes))
    on_disk = {f"{folder.name}/{p.relative_to(folder).as_posix()}": p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert on_disk == files
    assert [p.name for p in tmp_path.iterdir()] == [folder.name]


def test_base_and_aliases_reach_the_exporters_inside_the_package(minutes: Minutes) -> None:
    base = "https://example.org/id/"
    name = minutes.attendees[0].name
    variant = name.upper()
    minutes = attrs.evolve(minutes, attendees=(*minutes.attendees, Attendee(variant)))
    options = EarkSipOptions(created=CREATED, base=base, aliases=f"{variant}={name}")
    files = _read(build_zip(EarkSipExporter(options), minutes))
    akn = etree.fromstring(next(v for k, v in files.items() if k.endswith(".xml") and "/representations/" in k and "/data/" in k))
    hrefs = {e.get("showAs"): e.get("href") for e in akn.iter("{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}TLCPerson")}
    assert hrefs[name].startswith(f"{base}person:")
    assert hrefs[variant] == hrefs[name]  # one person, one IRI
    jsonld = next(v for k, v in files.items() if k.endswith(".jsonld")).decode("utf-8")
    assert hrefs[name] in jsonld and "urn:bigprotokoll:person:" not in jsonld


def _submitter_note(files: dict[str, bytes]) -> str:
    mets = etree.fromstring(next(v for k, v in files.items() if k.count("/") == 1))
    agent = next(a for a in mets.iter(f"{M}agent") if a.get("ROLE") == "CREATOR" and a.get("TYPE") == "ORGANIZATION")
    return agent.find(f"{M}note").text


def test_the_default_submitter_id_is_the_iri_the_jsonld_gives_that_organisation(minutes: Minutes) -> None:
    # the submitter defaults to the body; an alias maps the body's short name to its full one
    options = EarkSipOptions(created=CREATED, aliases=f"{minutes.body}=Brottsförebyggarna i Gävle")
    files = _read(build_zip(EarkSipExporter(options), minutes))
    note = _submitter_note(files)
    assert note == "urn:bigprotokoll:org:brottsförebyggarna-i-gävle"
    jsonld = next(v for k, v in files.items() if k.endswith(".jsonld")).decode("utf-8")
    assert f'"{note}"' in jsonld


def test_a_given_submitter_id_is_kept_as_given(minutes: Minutes) -> None:
    options = EarkSipOptions(created=CREATED, submitter="Gävle kommun", submitter_id="212000-2254", aliases="Gävle kommun=Gävle")
    assert _submitter_note(_read(build_zip(EarkSipExporter(options), minutes))) == "212000-2254"
