"""PREMIS 3 preservation metadata, at package and at representation level.

Representation level (``representations/rep1/metadata/preservation/premis.xml``): one
``file`` object per data file with SHA-256 fixity, size, format and (for the source)
its original name; each derived file has a ``derivation`` / ``has source`` relationship
to the source; one ``migration`` event (the conversion) with its outcome, linking the
source as ``source`` and every output as ``outcome``; the software agent with its version.

Package level (``metadata/preservation/premis.xml``): the representation as an object,
the package's own metadata, documentation and schema files with fixity, a ``creation``
event for the package and the same software agent.
"""

from __future__ import annotations

from typing import Sequence

import attrs
from lxml import etree

from ._package import PackageFile

__all__ = ["PREMIS_NS", "PremisFile", "package_premis", "representation_premis"]

PREMIS_NS = "http://www.loc.gov/premis/v3"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_NSMAP = {"premis": PREMIS_NS, "xsi": XSI_NS}
ID_TYPE = "local"


def _p(tag: str) -> str:
    return f"{{{PREMIS_NS}}}{tag}"


def _sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, _p(tag))
    if text is not None:
        element.text = text
    return element


@attrs.frozen
class PremisFile:
    """A file to describe: its identifier (path), bytes' facts, format, and provenance."""

    identifier: str
    entry: PackageFile
    format_name: str
    original_name: str | None = None
    derived_from: str | None = None  # identifier of the source object


@attrs.frozen
class Software:
    name: str
    version: str

    @property
    def identifier(self) -> str:
        return f"agent-{self.name}-{self.version}"


def _identifier(parent: etree._Element, kind: str, value: str) -> None:
    element = _sub(parent, f"{kind}Identifier")
    _sub(element, f"{kind}IdentifierType", ID_TYPE)
    _sub(element, f"{kind}IdentifierValue", value)


def _file_object(root: etree._Element, item: PremisFile) -> None:
    obj = _sub(root, "object")
    obj.set(f"{{{XSI_NS}}}type", "premis:file")
    _identifier(obj, "object", item.identifier)
    characteristics = _sub(obj, "objectCharacteristics")
    _sub(characteristics, "compositionLevel", "0")
    fixity = _sub(characteristics, "fixity")
    _sub(fixity, "messageDigestAlgorithm", "SHA-256")
    _sub(fixity, "messageDigest", item.entry.sha256)
    _sub(characteristics, "size", str(item.entry.size))
    designation = _sub(_sub(characteristics, "format"), "formatDesignation")
    _sub(designation, "formatName", item.format_name)
    if item.original_name:
        _sub(obj, "originalName", item.original_name)
    if item.derived_from:
        relationship = _sub(obj, "relationship")
        _sub(relationship, "relationshipType", "derivation")
        _sub(relationship, "relationshipSubType", "has source")
        related = _sub(relationship, "relatedObjectIdentifier")
        _sub(related, "relatedObjectIdentifierType", ID_TYPE)
        _sub(related, "relatedObjectIdentifierValue", item.derived_from)


def _agent(root: etree._Element, software: Software) -> None:
    agent = _sub(root, "agent")
    _identifier(agent, "agent", software.identifier)
    _sub(agent, "agentName", software.name)
    _sub(agent, "agentType", "software")
    _sub(agent, "agentVersion", software.version)


def _event(
    root: etree._Element,
    *,
    identifier: str,
    event_type: str,
    when: str,
    detail: str,
    outcome: str,
    outcome_notes: Sequence[str],
    software: Software,
    links: Sequence[tuple[str, str]],
) -> None:
    event = _sub(root, "event")
    _identifier(event, "event", identifier)
    _sub(event, "eventType", event_type)
    _sub(event, "eventDateTime", when)
    _sub(_sub(event, "eventDetailInformation"), "eventDetail", detail)
    outcome_info = _sub(event, "eventOutcomeInformation")
    _sub(outcome_info, "eventOutcome", outcome)
    for note in outcome_notes:
        _sub(_sub(outcome_info, "eventOutcomeDetail"), "eventOutcomeDetailNote", note)
    agent = _sub(event, "linkingAgentIdentifier")
    _sub(agent, "linkingAgentIdentifierType", ID_TYPE)
    _sub(agent, "linkingAgentIdentifierValue", software.identifier)
    _sub(agent, "linkingAgentRole", "executing program")
    for value, role in links:
        link = _sub(event, "linkingObjectIdentifier")
        _sub(link, "linkingObjectIdentifierType", ID_TYPE)
        _sub(link, "linkingObjectIdentifierValue", value)
        _sub(link, "linkingObjectRole", role)


def _new_root() -> etree._Element:
    root = etree.Element(_p("premis"), nsmap=_NSMAP, version="3.0")
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{PREMIS_NS} http://www.loc.gov/standards/premis/premis.xsd")
    return root


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def representation_premis(
    *,
    files: Sequence[PremisFile],
    source_id: str | None,
    software: Software,
    when: str,
    detail: str,
    outcome_notes: Sequence[str],
) -> bytes:
    """The representation's premis.xml (objects, the conversion event, the agent)."""
    root = _new_root()
    for item in files:
        _file_object(root, item)
    links: list[tuple[str, str]] = []
    if source_id:
        links.append((source_id, "source"))
    links += [(item.identifier, "outcome") for item in files if item.identifier != source_id]
    _event(
        root,
        identifier="event-conversion",
        event_type="migration",
        when=when,
        detail=detail,
        outcome="success",
        outcome_notes=outcome_notes,
        software=software,
        links=links,
    )
    _agent(root, software)
    return _serialise(root)


def package_premis(
    *,
    representation_ids: Sequence[str],
    files: Sequence[PremisFile],
    software: Software,
    when: str,
    package_id: str,
) -> bytes:
    """The package's premis.xml (representations, package-level files, creation event, agent)."""
    root = _new_root()
    for rep_id in representation_ids:
        obj = _sub(root, "object")
        obj.set(f"{{{XSI_NS}}}type", "premis:representation")
        _identifier(obj, "object", rep_id)
    for item in files:
        _file_object(root, item)
    _event(
        root,
        identifier="event-package-creation",
        event_type="creation",
        when=when,
        detail=f"{software.name} {software.version} created E-ARK SIP {package_id}",
        outcome="success",
        outcome_notes=(),
        software=software,
        links=[(rep_id, "outcome") for rep_id in representation_ids] + [(f.identifier, "outcome") for f in files],
    )
    _agent(root, software)
    return _serialise(root)
