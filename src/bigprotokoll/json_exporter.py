"""The built-in canonical JSON exporter (registered through the core's own entry point)."""

from __future__ import annotations

from typing import BinaryIO, ClassVar

from .converter import dumps
from .export import NoOptions
from .model import Minutes

__all__ = ["JsonExporter"]


class JsonExporter:
    """Canonical JSON: every field of the model, stable key order, UTF-8."""

    name: ClassVar[str] = "json"
    media_type: ClassVar[str] = "application/json"
    file_extension: ClassVar[str] = ".json"
    options_type: ClassVar[type] = NoOptions

    def __init__(self, options: NoOptions | None = None) -> None:
        self.options = options or NoOptions()

    def export(self, minutes: Minutes, sink: BinaryIO) -> None:
        sink.write(dumps(minutes).encode("utf-8"))
