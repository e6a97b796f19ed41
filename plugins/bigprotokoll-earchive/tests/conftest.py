"""Fixtures: the sample minutes, a deterministic exporter, built packages."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from bigprotokoll.model import Minutes
from bigprotokoll.testing import sample_minutes
from bigprotokoll_earchive import EarkSipExporter, EarkSipOptions
from earchive_helpers import CREATED, build_zip


@pytest.fixture()
def minutes() -> Minutes:
    return sample_minutes()


@pytest.fixture()
def exporter() -> EarkSipExporter:
    return EarkSipExporter(EarkSipOptions(created=CREATED))


@pytest.fixture()
def package_zip(tmp_path: Path, exporter: EarkSipExporter, minutes: Minutes) -> Path:
    path = tmp_path / "package.zip"
    path.write_bytes(build_zip(exporter, minutes))
    return path


@pytest.fixture()
def package_dir(tmp_path: Path, package_zip: Path) -> Path:
    out = tmp_path / "unpacked"
    with zipfile.ZipFile(package_zip) as archive:
        archive.extractall(out)
    (root,) = list(out.iterdir())
    return root
