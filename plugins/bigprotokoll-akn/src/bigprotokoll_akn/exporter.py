"""The ``akn`` exporter: minutes -> Akoma Ntoso 3.0, validated and reference-checked."""

from __future__ import annotations

import threading
import warnings
from typing import BinaryIO, ClassVar

import attrs
from bigprotokoll.model import Diagnostic, Minutes
from lxml import etree

from ._build import build
from ._options import AknOptions
from ._refcheck import reference_problems
from ._schema import is_valid, schema_errors, stream_errors
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
        data = built.data
        if self.options.validate:
            # The schema sees the very bytes written, validated as libxml2 reads them (no
            # tree); the reference check runs over the eIds and references recorded while
            # writing them. Only a failure parses a tree, for the problems and their lines.
            if not is_valid(data):
                _raise_schema_errors(_tree(data))
                raise AknSchemaError(  # the streaming check rejected what the tree passes: a libxml2 difference
                    "output does not validate against Akoma Ntoso 3.0", exporter="akn", problems=stream_errors()
                )
            problems = built.recorded.problems()
            if problems:
                _raise_reference_problems(_tree(data))  # the same problems, with their lines
                raise AknReferenceError("output has unresolved or repeated references", exporter="akn", problems=problems)
        return Rendered(data, built.diagnostics)

    def export(self, minutes: Minutes, sink: BinaryIO) -> None:
        """Write the document to ``sink``; replaced control characters are reported as a warning."""
        rendered = self.render(minutes)
        if rendered.diagnostics:
            warnings.warn(ControlCharacterWarning(rendered.diagnostics), stacklevel=2)
        sink.write(rendered.data)


_parsers = threading.local()


def _parser() -> etree.XMLParser:
    """This thread's parser for our own output (made once: no entities, no DTD, no network)."""
    parser: etree.XMLParser | None = getattr(_parsers, "parser", None)
    if parser is None:
        parser = _parsers.parser = etree.XMLParser(
            resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
        )
    return parser


def _tree(data: bytes) -> etree._Element:
    """The bytes parsed, with line numbers; raises AknSchemaError when they are not well-formed."""
    try:
        return etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise AknSchemaError(
            "output is not well-formed XML", exporter="akn", problems=(f"line {exc.lineno}: {exc.msg}",)
        ) from exc


def check(data: bytes) -> None:
    """Validate exported bytes: the AKN 3.0 schema, then the reference check.

    Raises :class:`AknSchemaError` or :class:`AknReferenceError` (both
    :class:`bigprotokoll.errors.ValidationError`) listing each problem with its line.
    """
    tree = _tree(data)
    _raise_schema_errors(tree)
    _raise_reference_problems(tree)


def _raise_schema_errors(tree: etree._Element) -> None:
    problems = schema_errors(tree)
    if problems:
        raise AknSchemaError("output does not validate against Akoma Ntoso 3.0", exporter="akn", problems=problems)


def _raise_reference_problems(tree: etree._Element) -> None:
    problems = reference_problems(tree)
    if problems:
        raise AknReferenceError("output has unresolved or repeated references", exporter="akn", problems=problems)
