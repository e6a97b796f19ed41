"""Helpers shared by the E-ARK tests (a uniquely named module: plugins' tests run together)."""

from __future__ import annotations

import functools
import io
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from bigprotokoll.model import Minutes
from bigprotokoll_earchive import EarkSipExporter

CREATED = "2024-02-09T12:00:00+01:00"
SOURCE = "Protokoll fört vid ledningsgruppsmöte BIG 2023-05-12\n\n§ 1 Mötets öppnande\n".encode("utf-8")


def build_zip(exporter: EarkSipExporter, minutes: Minutes, source: bytes | None = SOURCE) -> bytes:
    """The package zip's bytes, with the exporter's warnings silenced."""
    sink = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        exporter.export(minutes, sink, source_bytes=source)
    return sink.getvalue()


@functools.cache
def _premis_xsd(path: Path) -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    return etree.XMLSchema(etree.parse(str(path), parser))


def premis_schema() -> etree.XMLSchema:
    """The official PREMIS 3.0 schema (see ``premis_schema.py``); the test fails, saying how
    to install it, when it is missing."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from premis_schema import schema_path

    path = schema_path()
    if not path.is_file():
        pytest.fail(
            f"the PREMIS 3.0 schema is missing ({path}). Install it with\n"
            f"    python {Path(__file__).with_name('premis_schema.py')}\n"
            "(scripts/test does; set PREMIS_SCHEMA_DIR to choose the folder)."
        )
    return _premis_xsd(path)


def premis_problems(package: bytes) -> dict[str, list[str]]:
    """Each ``premis.xml`` of a package zip that the official schema rejects, with its errors."""
    schema = premis_schema()
    found: dict[str, list[str]] = {}
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        names = [n for n in archive.namelist() if n.endswith("/premis.xml")]
        assert len(names) == 2, names  # the package's and the representation's
        for name in names:
            document = etree.fromstring(archive.read(name), etree.XMLParser(resolve_entities=False, no_network=True))
            if not schema.validate(document):
                found[name] = [f"line {e.line}: {e.message}" for e in schema.error_log]  # type: ignore[attr-defined]
    return found
