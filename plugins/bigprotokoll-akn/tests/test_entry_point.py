"""The installed distribution registers the exporter and the reader under the exact group names."""

from __future__ import annotations

import sys

from bigprotokoll.registry import GROUP, Registry

if sys.version_info >= (3, 12):
    from importlib.metadata import distribution, entry_points
else:
    from importlib_metadata import distribution, entry_points

import bigprotokoll_akn


def test_metadata_exposes_akn_under_the_exact_exporter_group() -> None:
    """`akn = bigprotokoll_akn:AknExporter` in `bigprotokoll.exporters` (a typo would be silent)."""
    assert GROUP == "bigprotokoll.exporters"
    ours = [ep for ep in distribution("bigprotokoll-akn").entry_points if ep.group == "bigprotokoll.exporters"]
    assert [(ep.name, ep.value) for ep in ours] == [("akn", "bigprotokoll_akn:AknExporter")]
    assert ours[0].load() is bigprotokoll_akn.AknExporter


def test_metadata_exposes_the_reader() -> None:
    """`akn = bigprotokoll_akn:read` in `bigprotokoll.readers`, for `bigprotokoll parse minutes.xml`."""
    found = [ep for ep in entry_points(group="bigprotokoll.readers") if ep.name == "akn"]
    assert [ep.value for ep in found] == ["bigprotokoll_akn:read"]
    assert found[0].load() is bigprotokoll_akn.read


def test_registry_loads_and_lists_it() -> None:
    """The core's registry finds the exporter, with its docstring's first line and extension."""
    registry = Registry()
    assert registry.get("akn") is bigprotokoll_akn.AknExporter
    info = {i.name: i for i in registry.info()}["akn"]
    assert info.status == "ok" and info.distribution == "bigprotokoll-akn"
    assert info.media_type == "application/akn+xml" and info.file_extension == ".xml"
    assert info.summary.startswith("Akoma Ntoso 3.0")
