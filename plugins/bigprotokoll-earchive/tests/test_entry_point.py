"""The installed metadata exposes the exporter and the validator under the exact group names."""

from __future__ import annotations

from importlib.metadata import entry_points

import bigprotokoll
from bigprotokoll.registry import Registry
from bigprotokoll_earchive import EarkSipExporter, validate_package


def test_exporter_entry_point_group_and_name() -> None:
    found = {ep.name: ep for ep in entry_points(group="bigprotokoll.exporters")}
    assert found["eark-sip"].value == "bigprotokoll_earchive:EarkSipExporter"
    assert found["eark-sip"].load() is EarkSipExporter


def test_validator_entry_point_group_and_name() -> None:
    found = {ep.name: ep for ep in entry_points(group="bigprotokoll.validators")}
    assert found["eark-sip"].load() is validate_package


def test_registry_loads_it_and_the_contract_holds() -> None:
    cls = Registry().get("eark-sip")
    assert cls is EarkSipExporter
    assert (cls.name, cls.media_type, cls.file_extension) == ("eark-sip", "application/zip", ".zip")
    assert isinstance(cls(bigprotokoll.make_options(cls, {})), bigprotokoll.Exporter)
