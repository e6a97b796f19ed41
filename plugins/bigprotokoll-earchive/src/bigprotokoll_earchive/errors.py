"""Errors and warnings of the E-ARK exporter, below the core's tree::

    bigprotokoll.ExporterError
    └── EarkSipError                     the E-ARK package could not be made
        ├── PackageWriteError (OSError)  writing the package to disk failed (nothing left behind)
        └── SourceMismatchError (ValueError)  the given source bytes are not the parsed file's

    UserWarning
    └── EarkSipWarning
        ├── MissingExporterWarning       an AKN or JSON-LD exporter is not installed
        └── SourceNotSuppliedWarning     no original bytes were given
"""

from __future__ import annotations

from bigprotokoll.errors import ExporterError

__all__ = [
    "EarkSipError",
    "EarkSipWarning",
    "MissingExporterWarning",
    "PackageWriteError",
    "SourceMismatchError",
    "SourceNotSuppliedWarning",
]


class EarkSipError(ExporterError):
    """The E-ARK package could not be made."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(message, exporter="eark-sip")


class PackageWriteError(EarkSipError, OSError):
    """Writing a package to disk failed; the temporary files were removed."""


class SourceMismatchError(EarkSipError, ValueError):
    """The source bytes given do not match the checksum the parser recorded."""


class EarkSipWarning(UserWarning):
    """Something a package lacks, said once at export time and in its documentation."""


class MissingExporterWarning(EarkSipWarning):
    """An exporter the package would include (AKN, JSON-LD) is not installed or is broken."""


class SourceNotSuppliedWarning(EarkSipWarning):
    """The original source bytes were not given, so the package holds a substitute or none."""
