"""bigprotokoll-earchive: minutes as E-ARK SIP 2.1.0 packages (FGS Paketstruktur 2.0).

The exporter ``eark-sip`` (entry-point group ``bigprotokoll.exporters``) writes one
package per meeting; :data:`validate_package` (group ``bigprotokoll.validators``) checks
a package folder or zip and returns its problems, each with the path it concerns.
"""

from __future__ import annotations

from ._validate import Problem, claims, validate_package
from .errors import (
    EarkSipError,
    EarkSipWarning,
    MissingExporterWarning,
    PackageWriteError,
    SourceMismatchError,
    SourceNotSuppliedWarning,
)
from .exporter import EarkSipExporter
from .options import EarkSipOptions

__version__ = "0.1.0"

__all__ = [
    "EarkSipError",
    "EarkSipExporter",
    "EarkSipOptions",
    "EarkSipWarning",
    "MissingExporterWarning",
    "PackageWriteError",
    "Problem",
    "SourceMismatchError",
    "SourceNotSuppliedWarning",
    "__version__",
    "claims",
    "validate_package",
]
