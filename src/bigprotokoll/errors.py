"""The library's errors, one tree under :class:`BigprotokollError`::

    BigprotokollError
    ├── InputError (ValueError)            the input cannot be read as minutes
    │   ├── EncodingError                  bytes that are no known text encoding
    │   ├── EmptyInputError                nothing but white space
    │   └── NotMinutesError                text, but no minutes in it
    ├── ExporterError                      an exporter failed or is misconfigured
    │   ├── ExporterNotFoundError (LookupError)
    │   ├── ExporterLoadError              its plugin failed to import
    │   ├── ExporterConflictError          two distributions claim one name
    │   ├── OptionError (ValueError)       a bad ``-O key=value``
    │   └── ValidationError (ValueError)   the output failed its schema or checks
    └── (plugins add their own subclasses)

Every error has a one-line ``str()`` that names the thing and what to do next, and
structured fields for programs (``path``, ``line``, ``exporter``, ``option``).
"""

from __future__ import annotations

__all__ = [
    "BigprotokollError",
    "EmptyInputError",
    "EncodingError",
    "ExporterConflictError",
    "ExporterError",
    "ExporterLoadError",
    "ExporterNotFoundError",
    "InputError",
    "NotMinutesError",
    "OptionError",
    "ValidationError",
]


class BigprotokollError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(BigprotokollError, ValueError):
    """The input cannot be read as minutes."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        where = path or "<text>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")


class EncodingError(InputError):
    """The bytes are neither UTF-8 nor cp1252 text (or look binary)."""


class EmptyInputError(InputError):
    """The input holds nothing but white space."""


class NotMinutesError(InputError):
    """The text holds no recognisable minutes (no title, no date)."""


class ExporterError(BigprotokollError):
    """An exporter failed or is misconfigured."""

    def __init__(self, message: str, *, exporter: str | None = None) -> None:
        self.message = message
        self.exporter = exporter
        super().__init__(f"exporter {exporter!r}: {message}" if exporter else message)


class ExporterNotFoundError(ExporterError, LookupError):
    """No exporter of that name is installed."""


class ExporterLoadError(ExporterError):
    """The exporter's plugin is installed but failed to import."""


class ExporterConflictError(ExporterError):
    """Two distributions register an exporter under the same name."""


class OptionError(ExporterError, ValueError):
    """An exporter option is unknown or has a bad value."""

    def __init__(self, message: str, *, exporter: str | None = None, option: str | None = None) -> None:
        self.option = option
        super().__init__(message, exporter=exporter)


class ValidationError(ExporterError, ValueError):
    """An exporter's output failed validation (schema or reference checks).

    ``problems`` lists each problem as one line, with a line number where known.
    """

    def __init__(self, message: str, *, exporter: str | None = None, problems: tuple[str, ...] = ()) -> None:
        self.problems = problems
        detail = "; ".join(problems[:5])
        super().__init__(f"{message}: {detail}" if detail else message, exporter=exporter)
