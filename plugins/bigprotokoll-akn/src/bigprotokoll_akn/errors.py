"""The plugin's errors and warnings, under the core's tree::

    bigprotokoll.errors.InputError (ValueError)
    └── AknReadError                   this XML cannot be read back as minutes
        ├── AknSyntaxError             not well-formed XML
        ├── UnsafeXmlError             a DTD, entity declaration or entity reference
        ├── ForeignDocumentError       well-formed, but not Akoma Ntoso written by this plugin
        └── AknStructureError          ours, but a required part is missing or malformed
    bigprotokoll.errors.ValidationError (ValueError)
    ├── AknSchemaError                 the output does not validate against the AKN 3.0 XSD
    └── AknReferenceError              an href/refersTo/by/as points nowhere, or an eId repeats

    UserWarning
    └── ControlCharacterWarning        characters XML 1.0 cannot carry were replaced visibly
"""

from __future__ import annotations

from bigprotokoll.errors import InputError, ValidationError
from bigprotokoll.model import Diagnostic

__all__ = [
    "AknReadError",
    "AknReferenceError",
    "AknSchemaError",
    "AknStructureError",
    "AknSyntaxError",
    "ControlCharacterWarning",
    "ForeignDocumentError",
    "UnsafeXmlError",
]


class AknReadError(InputError):
    """This XML cannot be read back as minutes."""


class AknSyntaxError(AknReadError):
    """The bytes are not well-formed XML."""


class UnsafeXmlError(AknReadError):
    """The XML has a document type declaration or entities; they are refused, never expanded."""


class ForeignDocumentError(AknReadError):
    """Well-formed XML, but not Akoma Ntoso minutes written by bigprotokoll-akn."""


class AknStructureError(AknReadError):
    """Akoma Ntoso minutes of ours with a required part missing or malformed."""


class AknSchemaError(ValidationError):
    """The output does not validate against the Akoma Ntoso 3.0 schema."""


class AknReferenceError(ValidationError):
    """A reference in the output resolves to nothing, or an eId is repeated or not ASCII."""


class ControlCharacterWarning(UserWarning):
    """Characters that XML 1.0 cannot carry were replaced by visible stand-ins.

    ``diagnostics`` says which and where; the reader restores the original characters.
    """

    def __init__(self, diagnostics: tuple[Diagnostic, ...]) -> None:
        self.diagnostics = diagnostics
        first = diagnostics[0].message if diagnostics else ""
        more = f" (and {len(diagnostics) - 1} more)" if len(diagnostics) > 1 else ""
        super().__init__(f"akn: {first}{more}")
