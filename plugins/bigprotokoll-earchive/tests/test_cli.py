"""The core CLI with this plugin: packages as zips or folders, and `bigprotokoll validate`."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import bigprotokoll
from bigprotokoll.cli import main

CREATED = "created=2024-02-09T12:00:00+01:00"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def test_export_as_folder_then_validate(tmp_path: Path) -> None:
    status, _, err = run("export", "--example", "-f", "eark-sip", "--as-folder", "-o", str(tmp_path), "-O", CREATED)
    assert status == 0, err
    (package,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert package.name.startswith("uuid-") and (package / "METS.xml").is_file()
    status, out, _ = run("validate", str(package))
    assert status == 0 and out.endswith("valid (eark-sip)\n")


def test_folder_and_zip_hold_the_same_files(tmp_path: Path) -> None:
    import zipfile

    assert run("export", "--example", "-f", "eark-sip", "--as-folder", "-o", str(tmp_path / "dir"), "-O", CREATED)[0] == 0
    assert run("export", "--example", "-f", "eark-sip", "-o", str(tmp_path / "zip"), "-O", CREATED)[0] == 0
    (package,) = list((tmp_path / "dir").iterdir())
    in_folder = sorted(str(p.relative_to(tmp_path / "dir")) for p in package.rglob("*") if p.is_file())
    with zipfile.ZipFile(tmp_path / "zip" / "exempel.zip") as archive:
        in_zip = sorted(n for n in archive.namelist() if not n.endswith("/"))
    assert in_folder == in_zip


def test_validate_reports_a_tampered_package_and_exits_1(tmp_path: Path) -> None:
    run("export", "--example", "-f", "eark-sip", "--as-folder", "-o", str(tmp_path), "-O", CREATED)
    (package,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    source = next((package / "representations" / "rep1" / "data").iterdir())
    source.write_bytes(source.read_bytes() + b"x")
    status, out, _ = run("validate", str(package))
    assert status == 1
    assert str(package) in out and source.name in out


def test_as_folder_is_refused_for_file_exporters(tmp_path: Path) -> None:
    status, _, err = run("export", "--example", "-f", "json", "--as-folder", "-o", str(tmp_path))
    assert status == 2 and "--as-folder" in err


def test_example_is_parsed_from_the_package_source(tmp_path: Path) -> None:
    run("export", "--example", "-f", "eark-sip", "--as-folder", "-o", str(tmp_path), "-O", CREATED)
    (package,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    data = package / "representations" / "rep1" / "data"
    original = [p for p in data.iterdir() if p.suffix == ".txt"]
    assert original and original[0].read_bytes() == Path(bigprotokoll.example_path()).read_bytes()


def test_an_existing_package_zip_is_not_written_over(tmp_path: Path) -> None:
    """A second export replaced sip/exempel.zip silently (--as-folder refused); now both refuse."""
    assert run("export", "--example", "-f", "eark-sip", "-o", f"{tmp_path}/", "-O", CREATED)[0] == 0
    first = (tmp_path / "exempel.zip").read_bytes()
    later = "created=2024-03-01T12:00:00+01:00"
    status, _, err = run("export", "--example", "-f", "eark-sip", "-o", f"{tmp_path}/", "-O", later)
    assert status == 1 and err.count("\n") == 1
    assert f"{tmp_path / 'exempel.zip'} already exists; remove it" in err
    assert (tmp_path / "exempel.zip").read_bytes() == first


def test_a_creation_time_after_2107_is_no_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SOURCE_DATE_EPOCH=5000000000 (2128) ended in struct.error: the zip's times stop at 2107."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "5000000000")
    status, _, err = run("export", "--example", "-f", "eark-sip", "-o", f"{tmp_path}/")
    assert (status, err) == (0, "")
    status, out, _ = run("validate", str(tmp_path / "exempel.zip"))
    assert status == 0 and out.endswith("valid (eark-sip)\n")


def test_validate_names_a_file_that_is_no_package_once(tmp_path: Path) -> None:
    """It said 'protokoll.txt: protokoll.txt: not a zip file ...'."""
    path = tmp_path / "protokoll.txt"
    path.write_text(bigprotokoll.example_text(), encoding="utf-8")
    status, out, _ = run("validate", str(path))
    assert (status, out) == (1, f"{path}: not a package: neither a zip file nor a package folder\n")


def test_a_format_that_is_no_exporter_is_a_usage_error(tmp_path: Path) -> None:
    """-O formats=akn,pdf made a package without pdf, with a warning and exit 0."""
    status, _, err = run("export", "--example", "-f", "eark-sip", "-o", f"{tmp_path}/", "-O", "formats=akn,pdf")
    assert status == 2
    assert err.startswith("bigprotokoll: exporter 'eark-sip': formats: no exporter named 'pdf' is installed (known: akn")
    assert list(tmp_path.iterdir()) == []
