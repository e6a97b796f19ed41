"""The ``akn`` exporter: minutes -> Akoma Ntoso 3.0, validated and reference-checked."""

from __future__ import annotations

import warnings
from typing import BinaryIO, ClassVar

import attrs
from bigprotokoll.model import Diagnostic, Minutes
from lxml import etree

from ._build import build
from ._format import serialize
from ._options import AknOptions
from ._refcheck import reference_problems
from ._schema import schema_errors
from .errors import AknReferenceError, AknSchemaError, ControlCharacterWarning

__all__ = ["AknExporter", "Rendered"]


@attrs.frozen
class Rendered:
    """The bytes of one export and the diagnostics noticed while writing them."""

    data: bytes
    diagnostics: tuple[Diagnostic, ...] = ()


class AknExporter:
    """Akoma Ntoso 3.0 debate "protokoll": schema-valid, references resolved, reversible."""

    name: ClassVar[str] = "akn"
    media_type: ClassVar[str] = "application/akn+xml"
    file_extension: ClassVar[str] = ".xml"
    options_type: ClassVar[type] = AknOptions

    def __init__(self, options: AknOptions | None = None) -> None:
        self.options = options if options is not None else AknOptions()

    def render(self, minutes: Minutes) -> Rendered:
        """The document's bytes and diagnostics (raises ValidationError when ``validate`` fails)."""
        built = build(minutes, self.options)
        data = serialize(built.root)
        # Check the tree in memory (no second parse); only a failure re-parses the bytes,
        # to report problems with line numbers.
        if self.options.validate and (schema_errors(built.root) or reference_problems(built.root)):
            check(data)
        return Rendered(data, built.diagnostics)

    def export(self, minutes: Minutes, sink: BinaryIO) -> None:
        """Write the document to ``sink``; replaced control characters are reported as a warning."""
        rendered = self.render(minutes)
        if rendered.diagnostics:
            warnings.warn(ControlCharacterWarning(rendered.diagnostics), stacklevel=2)
        sink.write(rendered.data)


def check(data: bytes) -> None:
    """Validate exported bytes: the AKN 3.0 schema, then the reference check.

    Raises :class:`AknSchemaError` or :class:`AknReferenceError` (both
    :class:`bigprotokoll.errors.ValidationError`) listing each problem with its line.
    """
    # Parse the bytes rather than validate the built tree, so that errors carry line numbers.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    tree = etree.fromstring(data, parser)
    problems = schema_errors(tree)
    if problems:
        raise AknSchemaError("output does not validate against Akoma Ntoso 3.0", exporter="akn", problems=problems)
    problems = reference_problems(tree)
    if problems:
        raise AknReferenceError("output has unresolved or repeated references", exporter="akn", problems=problems)
