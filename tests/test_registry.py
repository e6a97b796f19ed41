"""Exporter discovery: lazy loading, broken plugins, conflicts, the exact group name."""

from __future__ import annotations

import warnings
from typing import Any, BinaryIO, ClassVar

import attrs
import pytest

import bigprotokoll
from bigprotokoll import ExporterConflictError, ExporterLoadError, ExporterNotFoundError, Registry
from bigprotokoll.export import NoOptions, export_bytes, make_options
from bigprotokoll.json_exporter import JsonExporter
from bigprotokoll.registry import GROUP, entry_points


@attrs.frozen
class FakeDist:
    name: str
    version: str = "1.0"

    @property
    def metadata(self) -> dict[str, str]:
        return {"Name": self.name}


@attrs.frozen
class FakeEntryPoint:
    name: str
    value: str
    target: Any
    dist: FakeDist | None = None
    loads: list[str] = attrs.field(factory=list, eq=False)

    def load(self) -> Any:
        self.loads.append(self.name)
        if isinstance(self.target, Exception):
            raise self.target
        return self.target


@attrs.frozen
class ShoutOptions:
    loud: bool = False
    times: int = 1


class ShoutExporter:
    """Shouts the title."""

    name: ClassVar[str] = "shout"
    media_type: ClassVar[str] = "text/plain"
    file_extension: ClassVar[str] = ".shout"
    options_type: ClassVar[type] = ShoutOptions

    def __init__(self, options: ShoutOptions) -> None:
        self.options = options

    def export(self, minutes: bigprotokoll.Minutes, sink: BinaryIO) -> None:
        title = minutes.title.upper() if self.options.loud else minutes.title
        sink.write((title * self.options.times).encode())


def test_loading_is_lazy_and_broken_plugins_only_break_themselves() -> None:
    good = FakeEntryPoint("shout", "x:ShoutExporter", ShoutExporter, FakeDist("shout-dist"))
    bad = FakeEntryPoint("bad", "y:Bad", ImportError("no module named y"), FakeDist("bad-dist"))
    registry = Registry([good, bad])
    assert registry.names() == ["bad", "shout"]
    assert good.loads == [] and bad.loads == []  # nothing loaded by listing names
    assert registry.get("shout") is ShoutExporter
    with pytest.raises(ExporterLoadError, match="no module named y"):
        registry.get("bad")
    statuses = {i.name: i.status for i in registry.info()}
    assert statuses["shout"] == "ok"
    assert statuses["bad"].startswith("broken:") and "no module named y" in statuses["bad"]


def test_two_distributions_claiming_one_name_is_an_error_naming_both() -> None:
    registry = Registry([
        FakeEntryPoint("shout", "a:ShoutExporter", ShoutExporter, FakeDist("first-dist")),
        FakeEntryPoint("shout", "b:ShoutExporter", ShoutExporter, FakeDist("second-dist")),
    ])
    with pytest.raises(ExporterConflictError) as info:
        registry.get("shout")
    assert "first-dist" in str(info.value) and "second-dist" in str(info.value)
    assert registry.info()[0].status.startswith("conflict:")


def test_the_same_distribution_seen_twice_is_not_a_conflict() -> None:
    ep = FakeEntryPoint("shout", "a:ShoutExporter", ShoutExporter, FakeDist("d"))
    assert Registry([ep, ep]).get("shout") is ShoutExporter


def test_entry_point_name_must_match_the_exporter_name() -> None:
    registry = Registry([FakeEntryPoint("yell", "a:ShoutExporter", ShoutExporter, FakeDist("d"))])
    with pytest.raises(ExporterLoadError, match="must match"):
        registry.get("yell")


def test_unknown_exporter_lists_what_is_installed() -> None:
    registry = Registry([FakeEntryPoint("shout", "a:S", ShoutExporter, FakeDist("d"))])
    with pytest.raises(ExporterNotFoundError, match="installed: shout"):
        registry.get("akn-typo")


def test_options_from_strings_are_typed_and_checked() -> None:
    options = make_options(ShoutExporter, {"loud": "true", "times": "2"})
    assert options == ShoutOptions(True, 2)
    with pytest.raises(bigprotokoll.OptionError, match="unknown option 'quiet'.*known: loud, times"):
        make_options(ShoutExporter, {"quiet": "1"})
    with pytest.raises(bigprotokoll.OptionError, match="'times'"):
        make_options(ShoutExporter, {"times": "many"})


def test_builtin_json_exporter_is_registered_through_the_group() -> None:
    installed = {ep.name: ep for ep in entry_points(group=GROUP)}
    assert installed["json"].value == "bigprotokoll.json_exporter:JsonExporter"
    assert Registry().get("json") is JsonExporter


def test_json_exporter_writes_the_canonical_json() -> None:
    m = bigprotokoll.testing.sample_minutes() if hasattr(bigprotokoll, "testing") else None
    from bigprotokoll.testing import sample_minutes

    m = sample_minutes()
    data = export_bytes(JsonExporter(NoOptions()), m)
    assert data == bigprotokoll.dumps(m).encode("utf-8")
    assert bigprotokoll.get_exporter("json").media_type == "application/json"


def test_every_installed_exporter_conforms() -> None:
    """The core's conformance check over every exporter the registry finds."""
    from bigprotokoll.testing.conformance import check_exporter

    registry = Registry()
    infos = registry.info()
    assert infos, "no exporter found: the json exporter at least must be registered"
    for info in infos:
        assert info.status == "ok", f"{info.name}: {info.status}"
        options = {"created": "2024-02-09T12:00:00+01:00"} if info.name == "eark-sip" else {}
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            check_exporter(registry.get(info.name), options=options)
        # a package made from a model alone says it holds no source file; nothing else warns
        assert {type(w.message).__name__ for w in caught} <= {"SourceNotSuppliedWarning"}, info.name


def test_conformance_check_catches_broken_exporters() -> None:
    from bigprotokoll.testing.conformance import ConformanceError, check_exporter

    class Clock(ShoutExporter):
        """Writes a counter: not deterministic."""

        calls = 0

        def export(self, minutes: bigprotokoll.Minutes, sink: BinaryIO) -> None:
            Clock.calls += 1
            sink.write(str(Clock.calls).encode())

    class Closer(ShoutExporter):
        """Closes the sink it was given."""

        def export(self, minutes: bigprotokoll.Minutes, sink: BinaryIO) -> None:
            sink.write(b"x")
            sink.close()

    class Mute(ShoutExporter):
        """Writes nothing."""

        def export(self, minutes: bigprotokoll.Minutes, sink: BinaryIO) -> None:
            pass

    check_exporter(ShoutExporter)  # the well-behaved one passes
    for broken, rule in ((Clock, "different bytes"), (Closer, "closed the sink"), (Mute, "wrote nothing")):
        with pytest.raises(ConformanceError, match=rule):
            check_exporter(broken)
