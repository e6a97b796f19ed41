"""A conformance check any exporter should pass; plugin authors can call it in their tests.

    from bigprotokoll.testing.conformance import check_exporter
    check_exporter(MyExporter)

The core's test suite runs it over every exporter the registry finds.
"""

from __future__ import annotations

import io
from typing import Any, Iterable, Mapping

import attrs

from ..export import NAME_PATTERN, ExporterClass, export_bytes, make_options
from ..model import Minutes
from .sample import sample_minutes

__all__ = ["ConformanceError", "check_exporter"]


class ConformanceError(AssertionError):
    """An exporter breaks the contract (the message says which rule)."""


class _NoClose(io.BytesIO):
    """A sink that records whether the exporter tried to close it (the caller owns it)."""

    closed_by_exporter = False

    def close(self) -> None:
        self.closed_by_exporter = True


def check_exporter(
    cls: ExporterClass,
    samples: Iterable[Minutes] = (),
    options: Mapping[str, Any] | None = None,
    deterministic: bool = True,
) -> None:
    """Raise :class:`ConformanceError` unless ``cls`` keeps the exporter contract:

    - a name matching ``[a-z][a-z0-9-]*``, a media type, an extension starting with ".",
      a docstring whose first line summarises it;
    - an attrs options class whose fields all have defaults;
    - for each sample (default: :func:`sample_minutes`): some bytes written, the sink left
      open, and (``deterministic``) the same bytes from a second run.
    """
    problems: list[str] = []
    if not NAME_PATTERN.match(getattr(cls, "name", "")):
        problems.append(f"name {getattr(cls, 'name', None)!r} must match [a-z][a-z0-9-]*")
    if "/" not in getattr(cls, "media_type", ""):
        problems.append("media_type must be a media type such as application/json")
    if not str(getattr(cls, "file_extension", "")).startswith("."):
        problems.append("file_extension must start with '.'")
    if not (cls.__doc__ or "").strip():
        problems.append("the class needs a docstring; its first line is what listings show")
    options_type = getattr(cls, "options_type", None)
    if options_type is None or not attrs.has(options_type):
        problems.append("options_type must be an attrs class")
    elif any(a.default is attrs.NOTHING for a in attrs.fields(options_type)):
        problems.append("every option needs a default")
    if problems:
        raise ConformanceError(f"{cls!r}: " + "; ".join(problems))
    for minutes in list(samples) or [sample_minutes()]:
        exporter = cls(make_options(cls, dict(options or {})))
        sink = _NoClose()
        exporter.export(minutes, sink)
        if sink.closed_by_exporter:
            raise ConformanceError(f"{cls.name}: the exporter closed the sink; the caller owns it")
        first = sink.getvalue()
        if not first:
            raise ConformanceError(f"{cls.name}: wrote nothing for {minutes.title!r}")
        if deterministic and export_bytes(cls(make_options(cls, dict(options or {}))), minutes) != first:
            raise ConformanceError(f"{cls.name}: the same minutes and options gave different bytes")
