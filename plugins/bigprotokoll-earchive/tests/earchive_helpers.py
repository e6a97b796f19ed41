"""Helpers shared by the E-ARK tests (a uniquely named module: plugins' tests run together)."""

from __future__ import annotations

import io
import warnings

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
