"""Akoma Ntoso written by this plugin -> the minutes model, exactly.

``read(export(m)) == m`` for every model. Anything else is refused with an
:class:`~bigprotokoll_akn.errors.AknReadError`: bytes that are not well-formed XML, XML with
a document type declaration or entities (never expanded, nothing fetched), and XML that
is not an Akoma Ntoso ``debate name="protokoll"`` written by bigprotokoll.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Callable, Final, TypeVar

import attrs
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
    FurnitureKind,
    Minutes,
    NextMeeting,
    Outcome,
    Paragraph,
    Severity,
    Source,
    Subsection,
)
from lxml import etree

from ._ids import number_of_section
from ._ns import AKN, CONTROL_CHARACTER, DOC_NAME, SOFTWARE_EID, akn, bp
from ._text import decode_attribute
from .errors import AknStructureError, AknSyntaxError, ForeignDocumentError, UnsafeXmlError

__all__ = ["read", "read_akn"]

_T = TypeVar("_T")

_INLINE: Final = akn("inline")
_INDEX: Final = re.compile(
    r"""
    _ (?P<index>\d+)    # the annotation's 1-based position in the model: dbsect_4__decision_2
    (?:-\d+)?           # a suffix added to keep the eId unique
    \Z
    """,
    re.VERBOSE,
)
_NUM: Final = re.compile(r"§ (?P<number>-?\d+)\Z")


def read_akn(data: bytes) -> Minutes:
    """Minutes from Akoma Ntoso bytes written by the ``akn`` exporter."""
    return read(data, None)


def read(data: bytes, source_name: str | None = None) -> Minutes:
    """The reader registered under ``bigprotokoll.readers``: bytes -> minutes.

    Raises an :class:`~bigprotokoll_akn.errors.AknReadError` (an
    :class:`~bigprotokoll.errors.InputError`) naming ``source_name`` on bad input.
    """
    root = _parse(bytes(data), source_name)
    minutes = _Reader(root, source_name).minutes()
    source = Source(
        name=source_name, encoding="utf-8", sha256=hashlib.sha256(data).hexdigest(), size=len(data),
        media_type="application/akn+xml",
    )
    return _evolve_source(minutes, source)


def _evolve_source(minutes: Minutes, source: Source) -> Minutes:
    return attrs.evolve(minutes, source=source)


def _parse(data: bytes, source_name: str | None) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )
    try:
        tree = etree.ElementTree(etree.fromstring(data, parser))
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if isinstance(exc.lineno, int) and exc.lineno > 0 else None
        message = str(exc.msg if hasattr(exc, "msg") else exc)
        if "Entity" in message or "entity" in message:
            raise UnsafeXmlError(f"entities are not accepted: {message}", path=source_name, line=line) from exc
        raise AknSyntaxError(f"not well-formed XML: {message}", path=source_name, line=line) from exc
    if getattr(tree.docinfo, "doctype", "") or tree.docinfo.internalDTD is not None:
        raise UnsafeXmlError(
            "a document type declaration is not accepted (no DTDs or entities in Akoma Ntoso minutes)",
            path=source_name,
            line=1,
        )
    root = tree.getroot()
    for node in root.iter(etree.Entity):
        raise UnsafeXmlError(f"entity reference {node.text} is not accepted", path=source_name, line=node.sourceline)
    if root.tag != akn("akomaNtoso"):
        raise ForeignDocumentError(
            f"the root element is <{root.tag}>, not Akoma Ntoso 3.0's <akomaNtoso xmlns=\"{AKN}\">",
            path=source_name,
            line=root.sourceline,
        )
    debate = root.find(akn("debate"))
    if debate is None or debate.get("name") != DOC_NAME:
        raise ForeignDocumentError(
            f'not Akoma Ntoso minutes: expected <debate name="{DOC_NAME}">', path=source_name, line=root.sourceline
        )
    ident = debate.find(f"{akn('meta')}/{akn('identification')}")
    if ident is None or ident.get("source") != f"#{SOFTWARE_EID}":
        raise ForeignDocumentError(
            "Akoma Ntoso minutes not written by bigprotokoll-akn (identification/@source is not "
            f"#{SOFTWARE_EID}); only its own output can be read back",
            path=source_name,
            line=(ident if ident is not None else debate).sourceline,
        )
    return debate


def text_of(element: etree._Element) -> str:
    """The element's text with markup removed and control-character stand-ins restored."""
    parts: list[str] = []
    _collect(element, parts)
    return "".join(parts)


def _collect(element: etree._Element, parts: list[str]) -> None:
    if element.text:
        parts.append(element.text)
    for child in element:
        if child.tag == _INLINE and child.get("name") == CONTROL_CHARACTER:
            parts.append(chr(int((child.get("title") or "U+FFFD")[2:], 16)))
        elif isinstance(child.tag, str):
            _collect(child, parts)
        if child.tail:
            parts.append(child.tail)


class _Reader:
    def __init__(self, debate: etree._Element, source_name: str | None) -> None:
        self.debate = debate
        self.source_name = source_name

    # -- helpers -----------------------------------------------------------------------

    def fail(self, message: str, element: etree._Element | None) -> AknStructureError:
        line = element.sourceline if element is not None else None
        return AknStructureError(message, path=self.source_name, line=line if isinstance(line, int) else None)

    def need(self, element: etree._Element | None, what: str, parent: etree._Element) -> etree._Element:
        if element is None:
            raise self.fail(f"missing {what}", parent)
        return element

    def attr(self, element: etree._Element, name: str, convert: Callable[[str], _T]) -> _T:
        value = element.get(name)
        if value is None:
            raise self.fail(f"<{etree.QName(element).localname}> lacks {name}", element)
        try:
            return convert(value)
        except ValueError as exc:
            raise self.fail(f"<{etree.QName(element).localname} {name}={value!r}>: {exc}", element) from exc

    def opt_text(self, parent: etree._Element, path: str) -> str | None:
        found = parent.find(path)
        return text_of(found) if found is not None else None

    @staticmethod
    def classes(element: etree._Element) -> list[str]:
        return (element.get("class") or "").split()

    # -- the document ------------------------------------------------------------------

    def minutes(self) -> Minutes:
        d = self.debate
        preface = self.need(d.find(akn("preface")), "<preface>", d)
        work_date = self.need(
            d.find(f"{akn('meta')}/{akn('identification')}/{akn('FRBRWork')}/{akn('FRBRdate')}[@name='meeting']"),
            "the meeting's FRBRdate",
            d,
        )
        title = self.need(preface.find(f"{akn('p')}/{akn('docTitle')}"), "<docTitle>", preface)
        authority = self.need(preface.find(f".//{akn('docAuthority')}"), "<docAuthority> (the body)", preface)
        doc_date = preface.find(f"{akn('p')}[@class='docDate']/{akn('docDate')}")
        meeting = preface.find(f"{akn('p')}[@class='meeting']")
        place, start, end = self.when_where(meeting)
        body = self.need(d.find(akn("debateBody")), "<debateBody>", d)
        try:
            return Minutes(
                title=text_of(title),
                body=text_of(authority),
                meeting_date=self.attr(work_date, "date", dt.date.fromisoformat),
                document_date=self.attr(doc_date, "date", dt.date.fromisoformat) if doc_date is not None else None,
                place=place,
                start=start,
                end=end,
                attendees=self.attendees(body),
                absent=self.absent(body),
                distribution=self.distribution(body),
                chair=self.opt_text(preface, f"{akn('p')}[@class='chair']/{akn('person')}"),
                minute_taker=self.opt_text(
                    d, f"{akn('conclusions')}/{akn('p')}[@class='minuteTaker']/{akn('signature')}/{akn('person')}"
                ),
                adjusters=tuple(
                    text_of(p)
                    for p in d.iterfind(f"{akn('conclusions')}/{akn('p')}[@class='adjuster']/{akn('signature')}/{akn('person')}")
                ),
                items=tuple(
                    self.item(s, i) for i, s in enumerate(body.iterfind(f"{akn('debateSection')}[@name='agendaItem']"), 1)
                ),
                next_meeting=self.next_meeting(body),
                preamble=tuple(
                    self.paragraph(b) for b in body.iterfind(f"{akn('debateSection')}[@name='preamble']/{akn('narrative')}")
                ),
                closing=tuple(self.paragraph(p) for p in d.iterfind(f"{akn('conclusions')}/{akn('p')}[@class='closing']")),
                furniture=tuple(self.furniture(p) for p in d.iterfind(f"{akn('coverPage')}/{akn('p')}")),
                diagnostics=self.diagnostics(),
            )
        except (ValueError, TypeError) as exc:
            if isinstance(exc, AknStructureError):
                raise
            raise self.fail(f"the content does not make valid minutes: {exc}", d) from exc

    def when_where(self, line: etree._Element | None) -> tuple[str | None, dt.time | None, dt.time | None]:
        if line is None:
            return None, None, None
        start = line.find(f"{akn('time')}[@class='start']")
        end = line.find(f"{akn('time')}[@class='end']")
        return (
            self.opt_text(line, akn("location")),
            self.attr(start, "time", dt.time.fromisoformat) if start is not None else None,
            self.attr(end, "time", dt.time.fromisoformat) if end is not None else None,
        )

    def attendees(self, body: etree._Element) -> tuple[Attendee, ...]:
        result = []
        for line in body.iterfind(f"{akn('rollCall')}/{akn('p')}[@class='attendee']"):
            items = line.get(bp("items"))
            result.append(
                Attendee(
                    name=text_of(self.need(line.find(akn("person")), "<person>", line)),
                    organisation=self.opt_text(line, akn("organization")),
                    items=None if items is None else self.attr(line, bp("items"), lambda v: tuple(int(n) for n in v.split())),
                    scope=self.opt_text(line, f"{akn('inline')}[@name='attendanceScope']"),
                )
            )
        return tuple(result)

    def absent(self, body: etree._Element) -> tuple[Absentee, ...]:
        return tuple(
            Absentee(
                name=text_of(self.need(line.find(akn("person")), "<person>", line)),
                organisation=self.opt_text(line, akn("organization")),
            )
            for line in body.iterfind(f"{akn('rollCall')}/{akn('p')}[@class='absent']")
        )

    def distribution(self, body: etree._Element) -> Distribution | None:
        section = body.find(f"{akn('debateSection')}[@name='distribution']")
        if section is None:
            return None
        return Distribution(
            attendees=section.find(f".//{akn('inline')}[@name='distributionAttendees']") is not None,
            recipients=tuple(text_of(r) for r in section.iterfind(f".//{akn('inline')}[@name='recipient']")),
        )

    def paragraph(self, block: etree._Element) -> Paragraph:
        label = block.get(bp("label"))
        return Paragraph(text_of(block), None if label is None else decode_attribute(label))

    def indexed(self, element: etree._Element) -> int:
        eid = element.get("eId") or ""
        found = _INDEX.search(eid)
        if not found:
            raise self.fail(f"eId {eid!r} does not end in the annotation's number", element)
        return int(found["index"])

    def item(self, section: etree._Element, position: int) -> AgendaItem:
        """The item of an agendaItem section, the ``position``-th. One with no ``<num>`` the
        minutes gave no number: its number is the one its eId was made of (``dbsect_3``),
        else its position."""
        element = section.find(akn("num"))
        if element is None:
            made_of = number_of_section(section.get("eId") or "")
            number = position if made_of is None else made_of
        else:
            num = text_of(element)
            found = _NUM.match(num)
            if not found:
                raise self.fail(f"<num>{num}</num> is not '§ N'", section)
            number = int(found["number"])
        paragraphs: list[Paragraph] = []
        subsections: list[Subsection] = []
        blocks = (akn("narrative"), akn("summary"))
        for child in section:
            if child.tag in blocks and "unplaced" not in self.classes(child):
                paragraphs.append(self.paragraph(child))
            elif child.tag == akn("debateSection") and child.get("name") == "subItem":
                paragraphs.extend(self.paragraph(b) for b in child if b.tag in blocks)
            elif child.tag == akn("speech"):
                source = self.need(child.find(akn("from")), "<from>", child)
                subsections.append(
                    Subsection(
                        heading=text_of(source),
                        paragraphs=tuple(
                            self.paragraph(p) for p in child.iterfind(akn("p")) if "empty" not in self.classes(p)
                        ),
                    )
                )
        decisions = sorted((e for e in section.iter(_INLINE) if e.get("name") == "decision"), key=self.indexed)
        actions = sorted(
            (e for e in section.iter(akn("entity")) if e.get("name") == "actionItem"), key=self.indexed
        )
        refs = sorted(
            (e for e in section.iter(akn("ref")) if "attachmentRef" in self.classes(e)), key=self.indexed
        )
        deferred = section.get(bp("deferredTo"))
        return AgendaItem(
            number=number,
            heading=text_of(self.need(section.find(akn("heading")), "<heading>", section)),
            paragraphs=tuple(paragraphs),
            subsections=tuple(subsections),
            tabled="tabled" in self.classes(section),
            adjusted_immediately="adjustedImmediately" in self.classes(section),
            deferred_to=None if deferred is None else self.attr(section, bp("deferredTo"), dt.date.fromisoformat),
            decisions=tuple(
                Decision(text_of(e), self.attr(e, bp("outcome"), Outcome)) for e in decisions
            ),
            assignments=tuple(
                Assignment(self.attr(e, bp("assignee"), decode_attribute), text_of(e)) for e in actions
            ),
            attachments=tuple(AttachmentRef(text_of(e)) for e in refs),
            numbered=element is not None,
        )

    def next_meeting(self, body: etree._Element) -> NextMeeting | None:
        section = body.find(f"{akn('debateSection')}[@name='nextMeeting']")
        if section is None:
            return None
        line = self.need(section.find(akn("narrative")), "<narrative>", section)
        date = self.need(line.find(akn("date")), "<date>", line)
        place, start, end = self.when_where(line)
        return NextMeeting(self.attr(date, "date", dt.date.fromisoformat), start, end, place)

    def diagnostics(self) -> tuple[Diagnostic, ...]:
        path = f"{akn('meta')}/{akn('proprietary')}/{bp('diagnostics')}/{bp('diagnostic')}"
        result = []
        for element in self.debate.iterfind(path):
            line = element.get("line")
            result.append(
                Diagnostic(
                    code=decode_attribute(element.get("code") or ""),
                    message=text_of(element),
                    line=None if line is None else self.attr(element, "line", int),
                    severity=self.attr(element, "severity", Severity),
                )
            )
        return tuple(result)

    def furniture(self, line: etree._Element) -> Furniture:
        return Furniture(text_of(line), self.attr(line, "class", FurnitureKind))
