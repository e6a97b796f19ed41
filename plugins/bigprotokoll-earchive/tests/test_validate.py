"""Our validator reports each kind of damage precisely, with the path it concerns."""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

from bigprotokoll_earchive import Problem, claims, validate_package

DATA = "representations/rep1/data/minutes.json"


def _codes(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.path, p.code) for p in problems}


def test_a_valid_package_is_claimed_and_has_no_problems(package_dir: Path, package_zip: Path) -> None:
    assert claims(package_dir) and claims(package_zip)
    assert not claims(package_dir / "schemas")
    assert validate_package(package_dir) == []


def test_one_changed_byte_is_a_checksum_mismatch_of_that_file(package_dir: Path) -> None:
    target = package_dir / DATA
    data = bytearray(target.read_bytes())
    data[10] ^= 0x01
    target.write_bytes(bytes(data))
    problems = validate_package(package_dir)
    assert _codes(problems) == {(DATA, "checksum-mismatch")}
    assert "representations/rep1/METS.xml line" in problems[0].message


def test_a_deleted_file_is_reported_missing(package_dir: Path) -> None:
    (package_dir / "documentation/README.md").unlink()
    assert _codes(validate_package(package_dir)) >= {("documentation/README.md", "missing-file")}


def test_a_dropped_checksum_is_reported(package_dir: Path) -> None:
    mets = package_dir / "representations/rep1/METS.xml"
    text = mets.read_text(encoding="utf-8")
    text, count = re.subn(r'(<mets:file ID="ID-rep1-file-data-minutes.json"[^>]*?) CHECKSUM="[0-9A-F]+"', r"\1", text)
    assert count == 1
    mets.write_text(text, encoding="utf-8")
    problems = validate_package(package_dir)
    assert (DATA, "no-checksum") in _codes(problems)
    # The package METS checksums the representation METS, which has now changed too.
    assert ("representations/rep1/METS.xml", "checksum-mismatch") in _codes(problems)


def test_broken_mets_is_reported_with_its_line(package_dir: Path) -> None:
    mets = package_dir / "METS.xml"
    mets.write_text(mets.read_text(encoding="utf-8").replace("</mets:fileSec>", "</mets:fileSecc>"), encoding="utf-8")
    problems = validate_package(package_dir)
    assert [p for p in problems if p.code == "mets-not-xml" and p.path == "METS.xml" and p.message.startswith("line ")]


def test_schema_invalid_mets_is_reported(package_dir: Path) -> None:
    mets = package_dir / "METS.xml"
    mets.write_text(mets.read_text(encoding="utf-8").replace('csip:OAISPACKAGETYPE="SIP"', 'csip:OAISPACKAGETYPE="BAG"'), encoding="utf-8")
    assert {p.code for p in validate_package(package_dir) if p.path == "METS.xml"} >= {"mets-schema", "csip"}


def test_a_dangling_idref_is_reported(package_dir: Path) -> None:
    mets = package_dir / "METS.xml"
    mets.write_text(mets.read_text(encoding="utf-8").replace('FILEID="ID-pkg-fileGrp-Schemas"', 'FILEID="ID-nowhere"'), encoding="utf-8")
    problems = [p for p in validate_package(package_dir) if p.code == "dangling-idref"]
    assert problems and "ID-nowhere" in problems[0].message and problems[0].path == "METS.xml"


def test_an_added_file_is_unreferenced(package_dir: Path) -> None:
    (package_dir / "representations/rep1/data/extra.txt").write_text("x")
    assert _codes(validate_package(package_dir)) == {("representations/rep1/data/extra.txt", "unreferenced-file")}


def test_a_zip_with_two_roots_is_reported(tmp_path: Path, package_zip: Path) -> None:
    damaged = tmp_path / "two.zip"
    shutil.copy(package_zip, damaged)
    with zipfile.ZipFile(damaged, "a") as archive:
        archive.writestr("other/readme.txt", "x")
    assert ("/", "zip-root") in _codes(validate_package(damaged))


def test_a_zip_with_a_changed_byte_is_reported_like_a_folder(tmp_path: Path, package_zip: Path, package_dir: Path) -> None:
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(package_zip) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith(DATA):
                data = data[:-2] + b"X\n"
            target.writestr(info, data)
    assert _codes(validate_package(damaged)) == {(DATA, "checksum-mismatch")}


def test_a_renamed_root_folder_is_reported(package_dir: Path) -> None:
    renamed = package_dir.with_name("renamed")
    package_dir.rename(renamed)
    assert _codes(validate_package(renamed)) == {("/", "root-name")}
