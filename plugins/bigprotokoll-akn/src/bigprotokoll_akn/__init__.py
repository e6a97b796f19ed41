"""Akoma Ntoso 3.0 for bigprotokoll: the ``akn`` exporter and its reader.

>>> from bigprotokoll.testing import sample_minutes
>>> from bigprotokoll.export import export_bytes
>>> data = export_bytes(AknExporter(AknOptions()), sample_minutes())
>>> read_akn(data) == sample_minutes()
True

The exporter registers under ``bigprotokoll.exporters`` as ``akn``; the reader under
``bigprotokoll.readers`` as ``akn``, so that ``bigprotokoll parse minutes.xml`` works.
"""

from __future__ import annotations

from ._options import KNOWN_BODIES, AknOptions
from ._reader import read, read_akn
from ._schema import schema_path
from .errors import (
    AknReadError,
    AknReferenceError,
    AknSchemaError,
    AknStructureError,
    AknSyntaxError,
    ControlCharacterWarning,
    ForeignDocumentError,
    UnsafeXmlError,
)
from .exporter import AknExporter, Rendered, check

__version__ = "0.1.0"

__all__ = [
    "AknExporter",
    "AknOptions",
    "AknReadError",
    "AknReferenceError",
    "AknSchemaError",
    "AknStructureError",
    "AknSyntaxError",
    "ControlCharacterWarning",
    "ForeignDocumentError",
    "KNOWN_BODIES",
    "Rendered",
    "UnsafeXmlError",
    "__version__",
    "check",
    "read",
    "read_akn",
    "schema_path",
]
