"""The model -> JSON-LD node objects (plain dicts in the compact form of the shipped context).

Every node has an IRI built from natural keys (see :mod:`bigprotokoll.identity`): the
meeting from body and date, the minutes and the meeting's parts from the meeting's IRI,
paragraphs and the like from their position. No blank nodes, so documents compare as
plain triples and consumers can point at any part. Order is kept with ``position``
(schema:position) or, where the model keeps a bare list, an ``@list``.

:data:`FIELD_TERMS` names, for every field of every model class, the context term that
carries it; a test holds it to the model, so a new model field cannot be left out.
"""

from __future__ import annotations

import base64
import datetime as dt
import re
from typing import Any, Iterable, Iterator, Sequence

import attrs
from bigprotokoll import __version__ as core_version
from bigprotokoll import identity
from bigprotokoll.model import (
    Absentee,
    AgendaItem,
    Assignment,
    AttachmentRef,
    Attendee,
    Decision,
    Diagnostic,
    Distribution,
    Furniture,
    Minutes,
    NextMeeting,
    Paragraph,
    Source,
    Subsection,
)

from ._names import NameTable
from ._options import JsonLdOptions
from ._vocab import OUTCOME_IRIS, ROLE_IRIS

__all__ = ["FIELD_TERMS", "PLUGIN_VERSION", "Builder", "Node"]

PLUGIN_VERSION = "0.1.0"

Node = dict[str, Any]

#: Model class -> field -> the context term that carries the field.
FIELD_TERMS: dict[type, dict[str, str]] = {
    Minutes: {
        "title": "title",
        "body": "organizer",
        "meeting_date": "startDate",
        "document_date": "documentDate",
        "place": "location",
        "start": "startTime",
        "end": "endTime",
        "attendees": "hasParticipation",
        "absent": "hasParticipation",
        "distribution": "distribution",
        "chair": "hasParticipation",
        "minute_taker": "hasParticipation",
        "adjusters": "hasParticipation",
        "items": "agendaItem",
        "next_meeting": "nextMeeting",
        "preamble": "preamble",
        "closing": "closing",
        "furniture": "furniture",
        "diagnostics": "diagnostic",
        "source": "wasDerivedFrom",
    },
    Attendee: {"name": "participant", "organisation": "representing", "items": "attendedItems", "scope": "attendanceScope"},
    Absentee: {"name": "participant", "organisation": "representing"},
    Distribution: {"attendees": "toAttendees", "recipients": "recipients"},
    Paragraph: {"text": "text", "label": "label"},
    Subsection: {"heading": "heading", "paragraphs": "paragraph"},
    Decision: {"text": "text", "outcome": "outcome"},
    Assignment: {"assignee": "assignee", "text": "text"},
    AttachmentRef: {"text": "text"},
    AgendaItem: {
        "number": "itemNumber",
        "heading": "heading",
        "paragraphs": "paragraph",
        "subsections": "subsection",
        "tabled": "tabled",
        "deferred_to": "deferredTo",
        "decisions": "decision",
        "assignments": "assignment",
        "attachments": "attachment",
        "numbered": "position",  # an item the minutes number not has its place instead of an itemNumber
        "adjusted_immediately": "adjustedImmediately",
    },
    NextMeeting: {"date": "startDate", "start": "startTime", "end": "endTime", "place": "location"},
    Furniture: {"text": "text", "kind": "furnitureKind", "line": "sourceLine"},
    Diagnostic: {"code": "code", "message": "message", "line": "sourceLine", "severity": "severity"},
    Source: {"name": "name", "encoding": "encoding", "sha256": "sha256", "size": "byteSize", "media_type": "encodingFormat"},
}

_SHA256_HEX = re.compile(r"[0-9a-fA-F]{64}\Z")

_SOFTWARE = (
    ("bigprotokoll", core_version),
    ("bigprotokoll-jsonld", PLUGIN_VERSION),
)


def _software_iri(name: str, version: str) -> str:
    return f"https://pypi.org/project/{name}/{version}/"


def software_agents() -> list[Node]:
    """The parser and this exporter as PROV software agents."""
    return [
        {
            "@id": _software_iri(name, version),
            "@type": ["SoftwareAgent", "SoftwareApplication"],
            "name": name,
            "softwareVersion": version,
        }
        for name, version in _SOFTWARE
    ]


def _time(value: dt.time) -> str:
    return value.isoformat()  # xsd:time wants seconds: "08:15:00"


def _source_iri(sha256: str | None, fallback: str) -> str:
    """RFC 6920 ``ni:`` IRI of the file's SHA-256, or ``fallback`` when it is not known."""
    if sha256 is None or not _SHA256_HEX.match(sha256):
        return fallback
    digest = base64.urlsafe_b64encode(bytes.fromhex(sha256)).rstrip(b"=").decode("ascii")
    return f"ni:///sha-256;{digest}"


def _people(minutes: Minutes) -> list[str]:
    return list(minutes.people())


def _organisations(minutes: Minutes) -> list[str]:
    return [minutes.body, *minutes.organisations()]


@attrs.frozen
class Builder:
    """Builds the nodes of one export: one minutes or a series, sharing one name table."""

    options: JsonLdOptions
    people: NameTable
    organisations: NameTable

    @classmethod
    def for_minutes(cls, options: JsonLdOptions, minutes_seq: Sequence[Minutes]) -> Builder:
        aliases = options.alias_table
        base = options.base
        return cls(
            options,
            NameTable("person", (n for m in minutes_seq for n in _people(m)), aliases, lambda n: identity.person_iri(n, base)),
            NameTable(
                "organisation",
                (n for m in minutes_seq for n in _organisations(m)),
                aliases,
                lambda n: identity.organisation_iri(n, base),
            ),
        )

    # -- the shared entities ------------------------------------------------------------

    def _person(self, name: str) -> Node:
        node: Node = {"@id": self.people.iri(name), "@type": "Person", "name": name}
        if variants := self.people.variants(name):
            node["alternateName"] = list(variants)
        if collides := self.people.collides_with(name):
            node["slugCollidesWith"] = list(collides)
        return node

    def _organisation(self, name: str) -> Node:
        node: Node = {"@id": self.organisations.iri(name), "@type": "Organization", "name": name}
        if variants := self.organisations.variants(name):
            node["alternateName"] = list(variants)
        if collides := self.organisations.collides_with(name):
            node["slugCollidesWith"] = list(collides)
        return node

    def entities(self, minutes_seq: Iterable[Minutes] | None = None) -> list[Node]:
        """Person and organisation nodes: of the given minutes, or of all the table knows."""
        if minutes_seq is None:
            people = self.people.names()
            orgs = self.organisations.names()
        else:
            seq = list(minutes_seq)
            people = tuple(dict.fromkeys(self.people.canonical(n) for m in seq for n in _people(m)))
            orgs = tuple(dict.fromkeys(self.organisations.canonical(n) for m in seq for n in _organisations(m)))
        return [*(self._person(n) for n in people), *(self._organisation(n) for n in orgs)]

    # -- one minutes --------------------------------------------------------------------

    def minutes(self, minutes: Minutes, *, embed: bool) -> Node:
        """The minutes node, with its meeting embedded.

        ``embed``: people, organisations and software agents as full nodes inside the
        tree (a single document); else as IRIs, for a ``@graph`` that lists them once.
        """
        base = self.options.base
        meeting = identity.meeting_iri(minutes.body, minutes.meeting_date, base)
        iri = f"{meeting}:minutes"
        node: Node = {
            "@id": iri,
            "@type": ["Minutes", "DigitalDocument"],
            "title": minutes.title,
        }
        if minutes.document_date is not None:
            node["documentDate"] = minutes.document_date.isoformat()
        node["about"] = self._meeting(minutes, meeting)
        if minutes.distribution is not None:
            node["distribution"] = self._distribution(minutes.distribution, f"{iri}:distribution")
        if minutes.preamble:
            node["preamble"] = _paragraphs(minutes.preamble, f"{iri}:preamble")
        if minutes.closing:
            node["closing"] = _paragraphs(minutes.closing, f"{iri}:closing")
        if minutes.furniture:
            node["furniture"] = [self._furniture(f, f"{iri}:furniture:{i}", i) for i, f in enumerate(minutes.furniture, 1)]
        if minutes.diagnostics:
            node["diagnostic"] = [
                self._diagnostic(d, f"{iri}:diagnostic:{i}", i) for i, d in enumerate(minutes.diagnostics, 1)
            ]
        entities = self.entities([minutes])
        node["mentions"] = entities if embed else [e["@id"] for e in entities]
        source = self._source(minutes.source, f"{iri}:source")
        if source is not None:
            node["wasDerivedFrom"] = source
        node["wasGeneratedBy"] = self._generation(f"{iri}:generation", source["@id"] if source else None, embed=embed)
        return node

    def _meeting(self, minutes: Minutes, iri: str) -> Node:
        node: Node = {
            "@id": iri,
            "@type": ["Event", "PublicEvent", "Meeting"],
            "startDate": minutes.meeting_date.isoformat(),
        }
        if minutes.start is not None:
            node["startTime"] = _time(minutes.start)
        if minutes.end is not None:
            node["endTime"] = _time(minutes.end)
        if minutes.place is not None:
            node["location"] = minutes.place
        node["organizer"] = self.organisations.iri(minutes.body)
        participations = list(self._participations(minutes, iri))
        if participations:
            node["hasParticipation"] = participations
        if minutes.items:
            node["agendaItem"] = list(self._items(minutes, iri))
        if minutes.next_meeting is not None:
            node["nextMeeting"] = self._next_meeting(minutes.body, minutes.next_meeting)
        return node

    def _participation(self, meeting: str, role: str, position: int, name: str) -> Node:
        node: Node = {
            "@id": f"{meeting}:participation:{role}:{position}",
            "@type": "Participation",
            "role": ROLE_IRIS[role],
            "participant": self.people.iri(name),
            "position": position,
        }
        if self.people.canonical(name) != name:
            node["nameAsWritten"] = name
        return node

    def _participations(self, minutes: Minutes, meeting: str) -> Iterator[Node]:
        base = self.options.base
        for i, attendee in enumerate(minutes.attendees, 1):
            node = self._participation(meeting, "attendee", i, attendee.name)
            if attendee.organisation is not None:
                node["representing"] = self.organisations.iri(attendee.organisation)
            if attendee.items is not None:
                node["attendedItems"] = [
                    identity.item_iri(minutes.body, minutes.meeting_date, n, base) for n in attendee.items
                ]
            if attendee.scope is not None:
                node["attendanceScope"] = attendee.scope
            yield node
        for i, absentee in enumerate(minutes.absent, 1):
            node = self._participation(meeting, "absentee", i, absentee.name)
            if absentee.organisation is not None:
                node["representing"] = self.organisations.iri(absentee.organisation)
            yield node
        if minutes.chair is not None:
            yield self._participation(meeting, "chair", 1, minutes.chair)
        if minutes.minute_taker is not None:
            yield self._participation(meeting, "minute-taker", 1, minutes.minute_taker)
        for i, adjuster in enumerate(minutes.adjusters, 1):
            yield self._participation(meeting, "adjuster", i, adjuster)

    def _items(self, minutes: Minutes, meeting: str) -> Iterator[Node]:
        seen: dict[int, int] = {}
        for item in minutes.items:
            iri = identity.item_iri(minutes.body, minutes.meeting_date, item.number, self.options.base)
            seen[item.number] = seen.get(item.number, 0) + 1
            if seen[item.number] > 1:  # a § number written twice: keep both items apart
                iri = f"{iri}-{seen[item.number]}"
            yield self._item(minutes.body, item, iri)

    def _item(self, body: str, item: AgendaItem, iri: str) -> Node:
        node: Node = {
            "@id": iri,
            "@type": "AgendaItem",
        }
        if item.numbered:
            node["itemNumber"] = item.number
        else:  # the minutes give the item no number: its place among the items
            node["position"] = item.number
        node["heading"] = item.heading
        if item.paragraphs:
            node["paragraph"] = _paragraphs(item.paragraphs, iri)
        if item.subsections:
            node["subsection"] = [
                self._subsection(s, f"{iri}:subsection:{i}", i) for i, s in enumerate(item.subsections, 1)
            ]
        node["tabled"] = item.tabled
        if item.adjusted_immediately:
            node["adjustedImmediately"] = True
        if item.deferred_to is not None:
            node["deferredTo"] = item.deferred_to.isoformat()
            node["deferredToMeeting"] = identity.meeting_iri(body, item.deferred_to, self.options.base)
        if item.decisions:
            node["decision"] = [
                {
                    "@id": f"{iri}:decision:{i}",
                    "@type": "Decision",
                    "position": i,
                    "text": d.text,
                    "outcome": OUTCOME_IRIS[d.outcome],
                }
                for i, d in enumerate(item.decisions, 1)
            ]
        if item.assignments:
            node["assignment"] = [
                {
                    "@id": f"{iri}:assignment:{i}",
                    "@type": ["Assignment", "Action"],
                    "position": i,
                    "assignee": a.assignee,
                    "text": a.text,
                }
                for i, a in enumerate(item.assignments, 1)
            ]
        if item.attachments:
            node["attachment"] = [
                {"@id": f"{iri}:attachment:{i}", "@type": "AttachmentReference", "position": i, "text": a.text}
                for i, a in enumerate(item.attachments, 1)
            ]
        return node

    @staticmethod
    def _subsection(subsection: Subsection, iri: str, position: int) -> Node:
        node: Node = {
            "@id": iri,
            "@type": ["Subsection", "Report"],
            "position": position,
            "heading": subsection.heading,
        }
        if subsection.paragraphs:
            node["paragraph"] = _paragraphs(subsection.paragraphs, iri)
        return node

    def _next_meeting(self, body: str, next_meeting: NextMeeting) -> Node:
        node: Node = {
            "@id": identity.meeting_iri(body, next_meeting.date, self.options.base),
            "@type": ["Event", "PublicEvent", "Meeting"],
            "startDate": next_meeting.date.isoformat(),
        }
        if next_meeting.start is not None:
            node["startTime"] = _time(next_meeting.start)
        if next_meeting.end is not None:
            node["endTime"] = _time(next_meeting.end)
        if next_meeting.place is not None:
            node["location"] = next_meeting.place
        node["organizer"] = self.organisations.iri(body)
        return node

    @staticmethod
    def _distribution(distribution: Distribution, iri: str) -> Node:
        node: Node = {"@id": iri, "@type": "Distribution", "toAttendees": distribution.attendees}
        if distribution.recipients:
            node["recipients"] = list(distribution.recipients)
        return node

    @staticmethod
    def _furniture(furniture: Furniture, iri: str, position: int) -> Node:
        node: Node = {
            "@id": iri,
            "@type": "Furniture",
            "position": position,
            "text": furniture.text,
            "furnitureKind": furniture.kind.value,
        }
        if furniture.line is not None:
            node["sourceLine"] = furniture.line
        return node

    @staticmethod
    def _diagnostic(diagnostic: Diagnostic, iri: str, position: int) -> Node:
        node: Node = {
            "@id": iri,
            "@type": "Diagnostic",
            "position": position,
            "code": diagnostic.code,
            "message": diagnostic.message,
            "severity": diagnostic.severity.value,
        }
        if diagnostic.line is not None:
            node["sourceLine"] = diagnostic.line
        return node

    @staticmethod
    def _source(source: Source, fallback: str) -> Node | None:
        if source == Source():
            return None
        node: Node = {"@id": _source_iri(source.sha256, fallback), "@type": ["SourceFile", "Entity"]}
        if source.name is not None:
            node["name"] = source.name
        node["encoding"] = source.encoding
        node["encodingFormat"] = source.media_type
        if source.sha256 is not None:
            node["sha256"] = source.sha256
        if source.size is not None:
            node["byteSize"] = source.size
        return node

    def _generation(self, iri: str, source: str | None, *, embed: bool) -> Node:
        agents = software_agents()
        node: Node = {
            "@id": iri,
            "@type": "Activity",
            "wasAssociatedWith": agents if embed else [a["@id"] for a in agents],
        }
        if source is not None:
            node["used"] = source
        generated = self.options.generated
        if generated is not None:
            datatype = "xsd:dateTime" if "T" in generated else "xsd:date"
            node["endedAtTime"] = {"@value": generated, "@type": datatype}
        return node


def _paragraphs(paragraphs: Sequence[Paragraph], parent: str) -> list[Node]:
    nodes = []
    for i, paragraph in enumerate(paragraphs, 1):
        node: Node = {"@id": f"{parent}:paragraph:{i}", "@type": "Paragraph", "position": i, "text": paragraph.text}
        if paragraph.label is not None:
            node["label"] = paragraph.label
        nodes.append(node)
    return nodes
