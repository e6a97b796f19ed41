"""Writing is all-or-nothing: bad output folders, a full disk and vanishing sources."""

from __future__ import annotations

import errno
import warnings
from pathlib import Path

import pytest

import bigprotokoll
from bigprotokoll.model import Minutes
from bigprotokoll_earchive import EarkSipExporter, PackageWriteError, _package, validate_package
from bigprotokoll_earchive.batch import export_files
from earchive_helpers import SOURCE


def _full_disk_after(monkeypatch: pytest.MonkeyPatch, files: int) -> None:
    real = _package._write_bytes
    calls = {"n": 0}

    def write(path: Path, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] > files:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, data)

    monkeypatch.setattr(_package, "_write_bytes", write)


@pytest.fixture(autouse=True)
def _quiet() -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def test_full_disk_while_writing_a_folder_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, exporter: EarkSipExporter, minutes: Minutes
) -> None:
    _full_disk_after(monkeypatch, 3)
    with pytest.raises(PackageWriteError, match="no space left on device") as info:
        exporter.export_to_directory(minutes, tmp_path, source_bytes=SOURCE)
    assert isinstance(info.value, OSError) and isinstance(info.value, bigprotokoll.ExporterError)
    assert list(tmp_path.iterdir()) == []


def test_full_disk_while_writing_a_zip_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, exporter: EarkSipExporter, minutes: Minutes
) -> None:
    _full_disk_after(monkeypatch, 0)
    with pytest.raises(PackageWriteError, match="no space left on device"):
        exporter.export_to_zip_file(minutes, tmp_path / "p.zip", source_bytes=SOURCE)
    assert list(tmp_path.iterdir()) == []


def test_output_folder_that_is_a_file_is_a_clear_error(tmp_path: Path, exporter: EarkSipExporter, minutes: Minutes) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(PackageWriteError, match="does not exist or is not a folder"):
        exporter.export_to_directory(minutes, not_a_folder, source_bytes=SOURCE)


def test_unwritable_output_folder_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, exporter: EarkSipExporter, minutes: Minutes
) -> None:
    # Tests may run as root, for whom mode bits do not stop writes: ask os.access instead.
    monkeypatch.setattr(_package.os, "access", lambda path, mode: False)
    with pytest.raises(PackageWriteError, match="not writable"):
        exporter.export_to_directory(minutes, tmp_path, source_bytes=SOURCE)
    assert list(tmp_path.iterdir()) == []


def test_permission_denied_midway_leaves_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, exporter: EarkSipExporter, minutes: Minutes
) -> None:
    def deny(path: Path, data: bytes) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(_package, "_write_bytes", deny)
    with pytest.raises(PackageWriteError, match="permission denied"):
        exporter.export_to_directory(minutes, tmp_path, source_bytes=SOURCE)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_package_is_not_overwritten(tmp_path: Path, exporter: EarkSipExporter, minutes: Minutes) -> None:
    first = exporter.export_to_directory(minutes, tmp_path, source_bytes=SOURCE)
    with pytest.raises(PackageWriteError, match="already exists"):
        exporter.export_to_directory(minutes, tmp_path, source_bytes=SOURCE)
    assert validate_package(first) == []


def test_a_source_vanishing_mid_batch_is_reported_and_the_rest_written(
    tmp_path: Path, exporter: EarkSipExporter, minutes: Minutes
) -> None:
    inputs = tmp_path / "in"
    out = tmp_path / "out"
    inputs.mkdir()
    out.mkdir()
    paths = []
    for day in (1, 2, 3):
        import attrs
        import datetime as dt

        variant = attrs.evolve(minutes, meeting_date=dt.date(2023, 5, day))
        path = inputs / f"m{day}.json"
        path.write_text(bigprotokoll.dumps(variant), encoding="utf-8")
        paths.append(path)

    def progress(index: int, _result: object) -> None:
        if index == 0:
            paths[1].unlink()  # the second input disappears while the first is being written

    results = export_files(paths, out, exporter, parse=lambda data, _name: bigprotokoll.loads(data), progress=progress)
    assert [r.ok for r in results] == [True, False, True]
    assert "disappeared" in (results[1].error or "")
    assert sorted(p.name for p in out.iterdir()) == ["m1.zip", "m3.zip"]
    assert all(validate_package(out / name) == [] for name in ("m1.zip", "m3.zip"))


def test_bad_input_in_a_batch_does_not_stop_it(tmp_path: Path, exporter: EarkSipExporter) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")

    def parse(data: bytes, name: str) -> Minutes:
        raise bigprotokoll.NotMinutesError("no minutes here", path=name)

    results = export_files([bad], tmp_path, exporter, parse=parse)
    assert not results[0].ok and "no minutes here" in (results[0].error or "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]
