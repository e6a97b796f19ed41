"""Minutes -> an Akoma Ntoso 3.0 ``debate`` element tree (no I/O, no clock, no randomness).

The layout (see docs/akn.md for the full mapping)::

    akomaNtoso/debate[@name=protokoll]
      meta/identification      FRBR work, expression, manifestation
      meta/references          TLCOrganization, TLCPerson, TLCRole, TLCEvent, TLCLocation, TLCConcept
      coverPage                page furniture (letterheads, page numbers), when there is any
      preface                  date line, title (with the body), place and time, chair
      debateBody
        rollCall               attendees and absentees
        debateSection[@name=distribution]
        debateSection[@name=preamble]     text before the first § that fits no header part
        debateSection[@name=agendaItem]   one per §, sub-items nested, subsections as speech
        debateSection[@name=nextMeeting]
      conclusions              signatures of the minute-taker and the adjusters, closing text
      attachments              one per attachment reference

Exact values AKN has no attribute for (paragraph labels, attended items, outcomes, the
assignee as written, the deferral date) travel in attributes of our own namespace, which
the schema admits on every element; the reader uses them to rebuild the model exactly.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Mapping

import attrs
from bigprotokoll.identity import item_iri, meeting_iri, organisation_iri, person_iri, slug
from bigprotokoll.model import AgendaItem, Diagnostic, Minutes, Outcome, Paragraph
from lxml import etree

from ._ids import IdRegistry, number_id
from ._ns import (
    CONCEPT_DECISION,
    CONCEPT_TABLED,
    CONTROL_CHARACTER,
    DOC_NAME,
    EVENT_MEETING,
    EVENT_NEXT,
    NSMAP,
    ROLE_ADJUSTER,
    ROLE_CHAIR,
    ROLE_MINUTE_TAKER,
    SOFTWARE_EID,
    akn,
    bp,
)
from ._options import AknOptions
from ._spans import Placer, emit
from ._text import ILLEGAL, encode_attribute, split_illegal, visible, visible_symbol

__all__ = ["Built", "build", "work_uri"]

# Ranks of inline spans: the lower rank is the outer element when two cover the same text.
_RANK_DECISION = 0
_RANK_ACTION = 1
_RANK_REF = 2
_RANK_ROLE = 3
_RANK_PERSON = 4

#: How the roles read in Swedish minutes.
_ROLE_LABELS: Mapping[str, str] = {
    ROLE_CHAIR: "Mötesordförande",
    ROLE_MINUTE_TAKER: "Vid protokollet",
    ROLE_ADJUSTER: "Justeras",
}
_CONCEPT_LABELS: Mapping[str, str] = {CONCEPT_DECISION: "Beslut", CONCEPT_TABLED: "Bordlagt"}
_SOFTWARE = "bigprotokoll-akn"


@attrs.frozen
class Built:
    """The tree and what was noticed while building it (replaced characters)."""

    root: etree._Element
    diagnostics: tuple[Diagnostic, ...]


def work_uri(minutes: Minutes, options: AknOptions) -> str:
    """``/akn/se-2180/debate/protokoll/big-ledningsgrupp/2022-09-09/nn``."""
    return f"/akn/{options.country}/debate/{DOC_NAME}/{options.body_slug}/{minutes.meeting_date.isoformat()}/nn"


def build(minutes: Minutes, options: AknOptions) -> Built:
    """The minutes as an Akoma Ntoso element tree."""
    return _Builder(minutes, options).build()


def _time_attr(value: dt.time) -> str:
    return value.isoformat()


def _time_text(value: dt.time) -> str:
    return value.strftime("%H:%M")


class _Builder:
    def __init__(self, minutes: Minutes, options: AknOptions) -> None:
        self.m = minutes
        self.o = options
        self.ids = IdRegistry()
        self.diagnostics: list[Diagnostic] = []
        self.where = "the minutes"
        self.roles_used: set[str] = set()
        self.concepts_used: set[str] = set()
        self.attachments: list[tuple[str, str, str]] = []  # eId, text, IRI
        for fixed in (
            SOFTWARE_EID,
            ROLE_CHAIR,
            ROLE_MINUTE_TAKER,
            ROLE_ADJUSTER,
            EVENT_MEETING,
            EVENT_NEXT,
            CONCEPT_DECISION,
            CONCEPT_TABLED,
            "rollCall",
            "distribution",
            "nextMeeting",
            "noItems",
            "preamble",
        ):
            self.ids.claim(fixed)
        self.body_eid = self.ids.claim(options.body_slug)
        self.person_eids = self._claim_all("person-", self._person_names())
        self.org_eids = self._claim_all("org-", self._organisation_names())
        self.place_eids = self._claim_all("loc-", self._place_names())

    # -- names and their eIds, in order of first mention -------------------------------

    def _claim_all(self, prefix: str, names: Iterable[str]) -> dict[str, str]:
        return {name: self.ids.claim_slug(prefix, name) for name in names}

    def _person_names(self) -> list[str]:
        names = dict.fromkeys(self.m.people())
        for item in self.m.items:
            for assignment in item.assignments:
                names.setdefault(assignment.assignee, None)
        return list(names)

    def _organisation_names(self) -> list[str]:
        names = dict.fromkeys(self.m.organisations())
        for item in self.m.items:
            for subsection in item.subsections:
                names.setdefault(subsection.heading, None)
        return list(names)

    def _place_names(self) -> list[str]:
        places = [self.m.place, self.m.next_meeting.place if self.m.next_meeting else None]
        return list(dict.fromkeys(p for p in places if p))

    # -- text ----------------------------------------------------------------------------

    def text(self, element: etree._Element, text: str) -> None:
        """Append ``text`` to ``element``'s content, replacing what XML 1.0 cannot carry."""
        if not text:
            return
        if ILLEGAL.search(text) is None:
            _append_plain(element, text)
            return
        for part in split_illegal(text):
            if len(part) == 1 and ILLEGAL.match(part):
                code = f"U+{ord(part):04X}"
                marker = etree.SubElement(element, akn("inline"), name=CONTROL_CHARACTER, title=code)
                marker.text = visible_symbol(part)
                self.diagnostics.append(
                    Diagnostic(
                        "control-character-replaced",
                        f"{self.where}: {code} cannot be written in XML 1.0; "
                        f"replaced by {visible_symbol(part)} (the reader restores it)",
                    )
                )
            else:
                _append_plain(element, part)

    def sub(self, parent: etree._Element, tag: str, text: str | None = None, **attrib: str) -> etree._Element:
        element = etree.SubElement(parent, akn(tag), attrib)
        if text:
            self.text(element, text)
        return element

    def encoded(self, text: str) -> str:
        """A value for one of our own attributes: reversibly escaped, and reported when it had to be."""
        if ILLEGAL.search(text):
            self.diagnostics.append(
                Diagnostic(
                    "control-character-replaced",
                    f"{self.where}: {text!r} holds characters XML 1.0 cannot carry; "
                    "written with \\uXXXX escapes in an attribute (the reader restores them)",
                )
            )
        return encode_attribute(text)

    def shown(self, text: str) -> str:
        """A display-only attribute value (``showAs``): illegal characters shown, not kept."""
        return visible(text) if ILLEGAL.search(text) else text

    # -- the document ------------------------------------------------------------------

    def build(self) -> Built:
        root = etree.Element(akn("akomaNtoso"), nsmap=NSMAP)  # type: ignore[arg-type]
        debate = self.sub(root, "debate", name=DOC_NAME)
        meta = self.sub(debate, "meta")
        self.cover_page(debate)
        self.preface(debate)
        self.debate_body(debate)
        self.conclusions(debate)
        self.attachments_part(debate)
        self.identification(meta)
        self.references(meta)
        self.proprietary(meta)
        return Built(root, tuple(self.diagnostics))

    def identification(self, meta: etree._Element) -> None:
        m, o = self.m, self.o
        work = work_uri(m, o)
        expression = f"{work}/swe@"
        document_date = (m.document_date or m.meeting_date).isoformat()
        ident = self.sub(meta, "identification", source=f"#{SOFTWARE_EID}")
        frbr = self.sub(ident, "FRBRWork")
        self.sub(frbr, "FRBRthis", value=f"{work}/!main")
        self.sub(frbr, "FRBRuri", value=work)
        self.sub(frbr, "FRBRalias", value=self.shown(m.title), name="title")
        self.sub(frbr, "FRBRdate", date=m.meeting_date.isoformat(), name="meeting")
        self.sub(frbr, "FRBRauthor", href=f"#{self.body_eid}")
        self.sub(frbr, "FRBRcountry", value=o.country)
        self.sub(frbr, "FRBRsubtype", value=DOC_NAME)
        self.sub(frbr, "FRBRnumber", value="nn")
        frbr = self.sub(ident, "FRBRExpression")
        self.sub(frbr, "FRBRthis", value=f"{expression}/!main")
        self.sub(frbr, "FRBRuri", value=expression)
        self.sub(frbr, "FRBRdate", date=document_date, name="document")
        self.sub(frbr, "FRBRauthor", href=f"#{self.body_eid}")
        self.sub(frbr, "FRBRlanguage", language="swe")
        frbr = self.sub(ident, "FRBRManifestation")
        self.sub(frbr, "FRBRthis", value=f"{expression}/!main.xml")
        self.sub(frbr, "FRBRuri", value=f"{expression}.xml")
        if o.generated:
            self.sub(frbr, "FRBRdate", date=o.generated, name="generation")
        else:
            self.sub(frbr, "FRBRdate", date=document_date, name="document")
        self.sub(frbr, "FRBRauthor", href=f"#{SOFTWARE_EID}")

    def references(self, meta: etree._Element) -> None:
        m, base = self.m, self.o.base
        refs = self.sub(meta, "references", source=f"#{SOFTWARE_EID}")
        self.sub(
            refs, "TLCOrganization", eId=self.body_eid, href=organisation_iri(m.body, base), showAs=self.shown(m.body)
        )
        self.sub(refs, "TLCOrganization", eId=SOFTWARE_EID, href=f"{base}software:{_SOFTWARE}", showAs=_SOFTWARE)
        for name, eid in self.org_eids.items():
            self.sub(refs, "TLCOrganization", eId=eid, href=organisation_iri(name, base), showAs=self.shown(name))
        for name, eid in self.person_eids.items():
            self.sub(refs, "TLCPerson", eId=eid, href=person_iri(name, base), showAs=self.shown(name))
        for role in (ROLE_CHAIR, ROLE_MINUTE_TAKER, ROLE_ADJUSTER):
            if role in self.roles_used:
                self.sub(refs, "TLCRole", eId=role, href=f"{base}role:{role}", showAs=_ROLE_LABELS[role])
        self.sub(refs, "TLCEvent", eId=EVENT_MEETING, href=meeting_iri(m.body, m.meeting_date, base), showAs=self.shown(m.title))
        if m.next_meeting:
            self.sub(
                refs,
                "TLCEvent",
                eId=EVENT_NEXT,
                href=meeting_iri(m.body, m.next_meeting.date, base),
                showAs=f"Nästa möte {m.next_meeting.date.isoformat()}",
            )
        for name, eid in self.place_eids.items():
            self.sub(refs, "TLCLocation", eId=eid, href=f"{base}place:{slug(name)}", showAs=self.shown(name))
        for concept in (CONCEPT_DECISION, CONCEPT_TABLED):
            if concept in self.concepts_used:
                self.sub(refs, "TLCConcept", eId=concept, href=f"{base}concept:{concept}", showAs=_CONCEPT_LABELS[concept])

    def proprietary(self, meta: etree._Element) -> None:
        """The parser's diagnostics (provenance: what it guessed, and the words it consumed)."""
        if not self.m.diagnostics:
            return
        self.where = "the diagnostics"
        part = self.sub(meta, "proprietary", source=f"#{SOFTWARE_EID}")
        holder = etree.SubElement(part, bp("diagnostics"))
        for diagnostic in self.m.diagnostics:
            element = etree.SubElement(holder, bp("diagnostic"), code=self.encoded(diagnostic.code))
            element.set("severity", diagnostic.severity.value)
            if diagnostic.line is not None:
                element.set("line", str(diagnostic.line))
            self.text(element, diagnostic.message)

    def cover_page(self, debate: etree._Element) -> None:
        if not self.m.furniture:
            return
        self.where = "page furniture"
        cover = self.sub(debate, "coverPage")
        for furniture in self.m.furniture:
            self.sub(cover, "p", furniture.text, **{"class": furniture.kind.value})

    def preface(self, debate: etree._Element) -> None:
        m = self.m
        preface = self.sub(debate, "preface")
        if m.document_date:
            line = self.sub(preface, "p", **{"class": "docDate"})
            self.sub(line, "docDate", m.document_date.isoformat(), date=m.document_date.isoformat())
        self.where = "the title"
        line = self.sub(preface, "p", **{"class": "docTitle"})
        title = self.sub(line, "docTitle")
        placer = Placer([m.title])
        body_in_title = placer.place(
            m.body, _RANK_ROLE, akn("docAuthority"), {"refersTo": f"#{self.body_eid}"}, word=True
        )
        emit(title, m.title, placer.sorted_spans(0), self.text)
        self.where = "the body"
        if not body_in_title:
            line = self.sub(preface, "p", **{"class": "docAuthority"})
            self.sub(line, "docAuthority", m.body, refersTo=f"#{self.body_eid}")
        if m.place or m.start or m.end:
            self.where = "the meeting's place"
            line = self.sub(preface, "p", **{"class": "meeting"})
            self.when_where(line, m.place, m.start, m.end)
        if m.chair:
            self.where = "the chair"
            line = self.sub(preface, "p", **{"class": "chair"})
            self.role_and_person(line, ROLE_CHAIR, m.chair)

    def when_where(self, line: etree._Element, place: str | None, start: dt.time | None, end: dt.time | None) -> None:
        if start:
            self.sub(line, "time", _time_text(start), time=_time_attr(start), **{"class": "start"})
        if end:
            self.text(line, "–")
            self.sub(line, "time", _time_text(end), time=_time_attr(end), **{"class": "end"})
        if place:
            if start or end:
                self.text(line, " ")
            self.sub(line, "location", place, refersTo=f"#{self.place_eids[place]}")

    def role_and_person(self, parent: etree._Element, role: str, name: str) -> None:
        self.roles_used.add(role)
        self.sub(parent, "role", _ROLE_LABELS[role], refersTo=f"#{role}")
        self.text(parent, " ")
        self.sub(parent, "person", name, refersTo=f"#{self.person_eids[name]}", **{"as": f"#{role}"})

    def debate_body(self, debate: etree._Element) -> None:
        m = self.m
        body = self.sub(debate, "debateBody")
        if m.attendees or m.absent:
            self.roll_call(body)
        if m.distribution is not None:
            self.where = "the distribution"
            section = self.sub(body, "debateSection", name="distribution", eId="distribution")
            self.sub(section, "heading", "Delges")
            if m.distribution.attendees or m.distribution.recipients:
                line = self.sub(section, "narrative")
                parts: list[tuple[str, str]] = []
                if m.distribution.attendees:
                    parts.append(("distributionAttendees", "närvarande"))
                parts.extend(("recipient", r) for r in m.distribution.recipients)
                for i, (name, text) in enumerate(parts):
                    if i:
                        self.text(line, ", ")
                    self.sub(line, "inline", text, name=name)
        if m.preamble:
            self.where = "the text before the first §"
            section = self.sub(body, "debateSection", name="preamble", eId="preamble")
            for paragraph in m.preamble:
                self.plain_paragraph(section, "narrative", paragraph)
        for item in m.items:
            self.agenda_item(body, item)
        if m.next_meeting:
            self.where = "the next meeting"
            nxt = m.next_meeting
            section = self.sub(body, "debateSection", name="nextMeeting", eId="nextMeeting")
            self.sub(section, "heading", "Nästa möte")
            line = self.sub(section, "narrative")
            self.sub(line, "date", nxt.date.isoformat(), date=nxt.date.isoformat(), refersTo=f"#{EVENT_NEXT}")
            if nxt.start or nxt.end or nxt.place:
                self.text(line, " ")
                self.when_where(line, nxt.place, nxt.start, nxt.end)
        if len(body) == 0:  # debateBody needs one section; say plainly that there is none
            self.sub(body, "debateSection", name="noItems", eId="noItems")

    def roll_call(self, body: etree._Element) -> None:
        self.where = "the attendance list"
        roll = self.sub(body, "rollCall", eId="rollCall")
        self.sub(roll, "heading", "Närvarande")
        for attendee in self.m.attendees:
            line = self.sub(roll, "p", **{"class": "attendee"})
            if attendee.items is not None:
                line.set(bp("items"), " ".join(str(n) for n in attendee.items))
            self.sub(line, "person", attendee.name, refersTo=f"#{self.person_eids[attendee.name]}")
            if attendee.organisation:
                self.text(line, ", ")
                self.sub(line, "organization", attendee.organisation, refersTo=f"#{self.org_eids[attendee.organisation]}")
            if attendee.scope:
                self.text(line, " ")
                self.sub(line, "inline", attendee.scope, name="attendanceScope")
        for absentee in self.m.absent:
            line = self.sub(roll, "p", **{"class": "absent"})
            self.sub(line, "person", absentee.name, refersTo=f"#{self.person_eids[absentee.name]}")
            if absentee.organisation:
                self.text(line, ", ")
                self.sub(line, "organization", absentee.organisation, refersTo=f"#{self.org_eids[absentee.organisation]}")

    # -- items -------------------------------------------------------------------------

    def agenda_item(self, body: etree._Element, item: AgendaItem) -> None:
        m, base = self.m, self.o.base
        self.where = f"§ {item.number}"
        eid = self.ids.claim(f"dbsect_{number_id(item.number)}")
        section = self.sub(body, "debateSection", name="agendaItem", eId=eid)
        if item.tabled:
            section.set("class", "tabled")
        if item.deferred_to is not None:
            section.set(bp("deferredTo"), item.deferred_to.isoformat())
        self.sub(section, "num", f"§ {item.number}")
        self.sub(section, "heading", item.heading)

        paragraphs = item.all_paragraphs()
        placer = Placer([p.text for p in paragraphs])
        unplaced: list[tuple[str, str, dict[str, str]]] = []  # block tag, text, inline attributes
        for i, decision in enumerate(item.decisions, 1):
            concept = CONCEPT_TABLED if decision.outcome is Outcome.TABLED else CONCEPT_DECISION
            self.concepts_used.add(concept)
            attrib = {
                "name": "decision",
                "eId": self.ids.claim(f"{eid}__decision_{i}"),
                "refersTo": f"#{concept}",
                bp("outcome"): decision.outcome.value,
            }
            if not placer.place(decision.text, _RANK_DECISION, akn("inline"), attrib):
                unplaced.append(("summary", decision.text, attrib))
        for i, assignment in enumerate(item.assignments, 1):
            attrib = {
                "name": "actionItem",
                "eId": self.ids.claim(f"{eid}__action_{i}"),
                "refersTo": f"#{self.person_eids[assignment.assignee]}",
                bp("assignee"): self.encoded(assignment.assignee),
            }
            if not placer.place(assignment.text, _RANK_ACTION, akn("entity"), attrib):
                unplaced.append(("narrative", assignment.text, attrib))
        for i, ref in enumerate(item.attachments, 1):
            att_eid = self.ids.claim(f"att_{len(self.attachments) + 1}")
            iri = f"{item_iri(m.body, m.meeting_date, item.number, base)}:attachment:{i}"
            self.attachments.append((att_eid, ref.text, iri))
            attrib = {"eId": self.ids.claim(f"{eid}__ref_{i}"), "href": f"#{att_eid}", "class": "attachmentRef"}
            if not placer.place(ref.text, _RANK_REF, akn("ref"), attrib):
                unplaced.append(("narrative", ref.text, attrib))
        self.mark_people(placer)

        index = 0
        sub_items = 0
        for paragraph in item.paragraphs:
            container = section
            if paragraph.is_sub_item:
                sub_items += 1
                container = self.sub(section, "debateSection", name="subItem", eId=self.ids.claim(f"{eid}__subitem_{sub_items}"))
                self.sub(container, "num", f"{paragraph.label}.")
            self.paragraph(container, paragraph, placer, index, in_speech=False)
            index += 1
        for k, subsection in enumerate(item.subsections, 1):
            org = f"#{self.org_eids[subsection.heading]}"
            speech = self.sub(section, "speech", eId=self.ids.claim(f"{eid}__speech_{k}"), by=org)
            source = self.sub(speech, "from")
            self.sub(source, "organization", subsection.heading, refersTo=org)
            for paragraph in subsection.paragraphs:
                self.paragraph(speech, paragraph, placer, index, in_speech=True)
                index += 1
            if not subsection.paragraphs:  # a speech needs one block
                self.sub(speech, "p", **{"class": "empty"})
        for tag, text, attrib in unplaced:
            block = self.sub(section, tag, **{"class": "unplaced"})
            if tag == "summary":
                block.set("refersTo", attrib["refersTo"])
            inline_tag = {"decision": "inline", "actionItem": "entity"}.get(attrib.get("name", ""), "ref")
            self.text(etree.SubElement(block, akn(inline_tag), attrib), text)

    def paragraph(self, parent: etree._Element, paragraph: Paragraph, placer: Placer, index: int, *, in_speech: bool) -> None:
        spans = placer.sorted_spans(index)
        concepts = list(dict.fromkeys(s.attrib["refersTo"] for s in spans if s.rank == _RANK_DECISION))
        tag = "p" if in_speech else ("summary" if concepts else "narrative")
        block = self.sub(parent, tag)
        if concepts:
            block.set("refersTo", " ".join(concepts))
        if paragraph.label is not None:
            block.set(bp("label"), self.encoded(paragraph.label))
        emit(block, paragraph.text, spans, self.text)

    def plain_paragraph(self, parent: etree._Element, tag: str, paragraph: Paragraph, **attrib: str) -> None:
        block = self.sub(parent, tag, **attrib)
        if paragraph.label is not None:
            block.set(bp("label"), self.encoded(paragraph.label))
        self.text(block, paragraph.text)

    def mark_people(self, placer: Placer) -> None:
        """Wrap known people's names (and "Mötesordförande" before the chair's) in the text."""
        chair = self.m.chair
        label = _ROLE_LABELS[ROLE_CHAIR]
        if chair:
            phrase = f"{label} {chair}"
            for index, text in enumerate(placer.texts):
                start = text.find(phrase)
                while start >= 0:
                    name_start = start + len(label) + 1
                    if placer.add(index, start, start + len(label), _RANK_ROLE, akn("role"), {"refersTo": f"#{ROLE_CHAIR}"}):
                        self.roles_used.add(ROLE_CHAIR)
                    placer.add(
                        index,
                        name_start,
                        name_start + len(chair),
                        _RANK_PERSON,
                        akn("person"),
                        {"refersTo": f"#{self.person_eids[chair]}", "as": f"#{ROLE_CHAIR}"},
                    )
                    start = text.find(phrase, start + len(phrase))
        for name in self.m.people():
            if " " in name:  # full names only: a lone first name is too often a word
                placer.place_every(name, _RANK_PERSON, akn("person"), {"refersTo": f"#{self.person_eids[name]}"})

    # -- the end of the document -----------------------------------------------------------

    def conclusions(self, debate: etree._Element) -> None:
        m = self.m
        if not (m.minute_taker or m.adjusters or m.closing):
            return
        self.where = "the signatures"
        conclusions = self.sub(debate, "conclusions")
        if m.minute_taker:
            line = self.sub(conclusions, "p", **{"class": "minuteTaker"})
            self.role_and_person(self.sub(line, "signature"), ROLE_MINUTE_TAKER, m.minute_taker)
        for adjuster in m.adjusters:
            line = self.sub(conclusions, "p", **{"class": "adjuster"})
            self.role_and_person(self.sub(line, "signature"), ROLE_ADJUSTER, adjuster)
        self.where = "the text after the signatures"
        for paragraph in m.closing:
            self.plain_paragraph(conclusions, "p", paragraph, **{"class": "closing"})

    def attachments_part(self, debate: etree._Element) -> None:
        if not self.attachments:
            return
        self.where = "the attachments"
        part = self.sub(debate, "attachments")
        for eid, text, iri in self.attachments:
            attachment = self.sub(part, "attachment", eId=eid)
            self.sub(attachment, "heading", text)
            self.sub(attachment, "documentRef", href=iri, showAs=self.shown(text))


def _append_plain(element: etree._Element, text: str) -> None:
    if len(element):
        last = element[-1]
        last.tail = (last.tail or "") + text
    else:
        element.text = (element.text or "") + text

