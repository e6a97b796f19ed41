"""The plugin is installed under the exact entry-point group and loads through the registry."""

from __future__ import annotations

import sys

from bigprotokoll import Registry
from bigprotokoll.registry import GROUP

from bigprotokoll_jsonld import JsonLdExporter

if sys.version_info >= (3, 12):
    from importlib.metadata import distribution
else:
    from importlib_metadata import distribution


def test_installed_metadata_exposes_jsonld_under_the_exact_group() -> None:
    eps = [ep for ep in distribution("bigprotokoll-jsonld").entry_points if ep.name == "jsonld"]
    assert [(ep.group, ep.value) for ep in eps] == [("bigprotokoll.exporters", "bigprotokoll_jsonld:JsonLdExporter")]
    assert GROUP == "bigprotokoll.exporters"


def test_registry_loads_the_exporter_with_its_listing_line() -> None:
    registry = Registry()
    assert registry.get("jsonld") is JsonLdExporter
    (info,) = [i for i in registry.info() if i.name == "jsonld"]
    assert (info.status, info.distribution, info.media_type, info.file_extension) == (
        "ok",
        "bigprotokoll-jsonld",
        "application/ld+json",
        ".jsonld",
    )
    assert info.summary.startswith("JSON-LD linked data")
