"""The exporter contract and the helpers around it; nothing format-specific.

An exporter is a class registered under the entry-point group ``bigprotokoll.exporters``::

    class MyExporter:
        \"\"\"One line shown by `bigprotokoll exporters`.\"\"\"

        name = "mine"                      # the entry-point key, [a-z][a-z0-9-]*
        media_type = "application/x-mine"
        file_extension = ".mine"
        options_type = MyOptions           # a frozen attrs class, all fields defaulted

        def __init__(self, options: MyOptions) -> None: ...
        def export(self, minutes: Minutes, sink: BinaryIO) -> None: ...

The caller opens and closes the sink. Exporters never open files, read the clock or
draw random numbers: the same minutes and options give the same bytes. Package exporters
that write a folder may also offer ``export_to_directory(minutes, directory)``.
"""

from __future__ import annotations

import io
import re
from typing import Any, BinaryIO, ClassVar, Mapping, Protocol, runtime_checkable

import attrs
import cattrs

from .errors import OptionError
from .model import Minutes

__all__ = [
    "Exporter",
    "ExporterClass",
    "NAME_PATTERN",
    "NoOptions",
    "export_bytes",
    "make_options",
    "parse_option_strings",
]

#: What an exporter name may look like (it is also a file-name-safe key).
NAME_PATTERN = re.compile(r"[a-z][a-z0-9-]*\Z")


@attrs.frozen
class NoOptions:
    """Options of an exporter that takes none."""


@runtime_checkable
class Exporter(Protocol):
    """What an exporter instance offers."""

    name: ClassVar[str]
    media_type: ClassVar[str]
    file_extension: ClassVar[str]
    options_type: ClassVar[type]

    def export(self, minutes: Minutes, sink: BinaryIO) -> None:
        """Write the minutes to the binary sink."""


class ExporterClass(Protocol):
    """What an exporter class offers before it is instantiated."""

    name: str
    media_type: str
    file_extension: str
    options_type: type
    __doc__: str | None

    def __call__(self, options: Any) -> Exporter: ...


def parse_option_strings(pairs: list[str] | tuple[str, ...], *, exporter: str | None = None) -> dict[str, str]:
    """``["key=value", ...]`` from the command line into a dict (the last value wins)."""
    result: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise OptionError(f"option {pair!r} is not key=value", exporter=exporter, option=pair)
        result[key.replace("-", "_")] = value
    return result


#: What a yes/no option accepts, in the order the error message lists them.
_TRUE = ("true", "yes", "ja", "on", "1")
_FALSE = ("false", "no", "nej", "off", "0")


def _to_bool(value: Any, _type: object) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(f"expected {'/'.join(_TRUE)} or {'/'.join(_FALSE)}, got {value!r}")


def make_options(exporter_cls: ExporterClass, values: Mapping[str, Any]) -> Any:
    """An instance of the exporter's options class from strings or typed values.

    Unknown keys and values of the wrong type raise :class:`OptionError` naming the
    exporter and the option, with the list of options it knows.
    """
    options_type = exporter_cls.options_type
    name = exporter_cls.name
    try:
        attrs.resolve_types(options_type)  # string annotations (from __future__ import annotations)
    except NameError as exc:
        raise OptionError(f"cannot read the option types: {exc}", exporter=name) from exc
    known = {a.name: a for a in attrs.fields(options_type)}
    for key in values:
        if key not in known:
            listing = ", ".join(sorted(known)) or "none"
            raise OptionError(f"unknown option {key!r} (known: {listing})", exporter=name, option=key)
    converter = cattrs.Converter()
    converter.register_structure_hook(bool, _to_bool)
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        attribute = known[key]
        try:
            kwargs[key] = converter.structure(value, attribute.type) if attribute.type else value
        except Exception as exc:  # cattrs raises many kinds; all mean a bad value here
            raise OptionError(f"option {key!r}: bad value {value!r} ({exc})", exporter=name, option=key) from exc
    try:
        return options_type(**kwargs)
    except (TypeError, ValueError) as exc:
        raise OptionError(str(exc), exporter=name) from exc


def export_bytes(exporter: Exporter, minutes: Minutes) -> bytes:
    """Run an exporter into memory and return its bytes."""
    sink = io.BytesIO()
    exporter.export(minutes, sink)
    return sink.getvalue()

