"""Both PREMIS files of every package validate against the official PREMIS 3.0 schema.

The schema is the Library of Congress's own (``premis_schema.py`` says where it comes from);
our validator and eark-validator check the METS files, this checks the PREMIS ones.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from pathlib import Path

import pytest

import bigprotokoll
from bigprotokoll.model import Minutes
from bigprotokoll_earchive import EarkSipExporter, EarkSipOptions
from earchive_helpers import CREATED, build_zip, premis_problems

REPO = Path(__file__).resolve().parents[3]
SEEDS = REPO.parent / "shared" / "seeds"
FIXTURES = REPO / "tests" / "fixtures"


def _package(minutes: Minutes, source: bytes | None, **options: str) -> bytes:
    return build_zip(EarkSipExporter(EarkSipOptions(created=CREATED, **options)), minutes, source)


def test_the_sample_package_with_and_without_source_and_agents(minutes: Minutes) -> None:
    assert premis_problems(_package(minutes, b"source\n")) == {}
    named = _package(minutes, None, submitter="Gävle kommun", submitter_id="212000-2254")
    assert premis_problems(named) == {}


def test_the_check_can_fail(minutes: Minutes) -> None:
    """A PREMIS object without its required characteristics is reported, with its line."""
    good = _package(minutes, b"source\n")
    broken = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(broken, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("rep1/metadata/preservation/premis.xml"):
                data = data.replace(b"<premis:objectCharacteristics>", b"<premis:objectCharacteristic>", 1)
                data = data.replace(b"</premis:objectCharacteristics>", b"</premis:objectCharacteristic>", 1)
            target.writestr(info, data)
    problems = premis_problems(broken.getvalue())
    assert list(problems) == [n for n in problems if n.endswith("rep1/metadata/preservation/premis.xml")]
    assert len(problems) == 1
    assert any("objectCharacteristic" in line and line.startswith("line ") for line in next(iter(problems.values())))


@pytest.mark.parametrize(
    "folder", [SEEDS, FIXTURES], ids=["seeds", "fixtures"]
)
def test_every_seed_and_fixture(folder: Path) -> None:
    if not folder.is_dir():
        pytest.skip(f"no seeds: the sibling folder {folder} is absent")
    paths = sorted(folder.glob("*.txt"))
    assert paths
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        failures = {
            path.name: problems
            for path in paths
            if (problems := premis_problems(_package(bigprotokoll.parse_file(path), path.read_bytes())))
        }
    assert failures == {}
