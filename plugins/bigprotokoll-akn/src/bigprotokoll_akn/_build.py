"""Minutes -> Akoma Ntoso 3.0 ``debate`` XML text (no I/O, no clock, no randomness).

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

The document is written straight to text (a list of escaped fragments joined once), not
built as an element tree: that is several times faster. The bytes are exactly what
libxml2 gives when it serialises the equivalent tree (the tests hold the two to that,
``tests/_libxml2_layout.py``): the same escaping (``& < >`` and CR in text; also ``"``,
tab and line breaks in attributes), attributes in the order written, ``<x/>`` for an
empty element, and indentation only inside the structural containers, never inside a
block of text.
Every ``eId`` and every reference attribute is recorded as it is written (one writer of
attributes, :meth:`_Writer.attributes`), for the reference check.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Iterable, Mapping

import attrs
from bigprotokoll import identity
from bigprotokoll.identity import ascii_slug, iso_date, item_iri, meeting_iri, organisation_iri, person_iri, slug
from bigprotokoll.model import AgendaItem, Diagnostic, Minutes, Outcome, Paragraph

from ._ids import IdRegistry, number_id
from ._ns import (
    RESERVED_EIDS,
    AKN,
    BP,
    CONCEPT_DECISION,
    CONCEPT_TABLED,
    CONTROL_CHARACTER,
    DOC_NAME,
    EVENT_MEETING,
    EVENT_NEXT,
    ROLE_ADJUSTER,
    ROLE_CHAIR,
    ROLE_MINUTE_TAKER,
    SOFTWARE_EID,
)
from ._options import AknOptions
from ._refcheck import REFERENCE_ATTRIBUTES, Recorded
from ._spans import Placer, Span
from ._text import ILLEGAL, encode_attribute, split_illegal, visible, visible_symbol

__all__ = ["Built", "build", "work_uri"]

# Ranks of inline spans: the lower rank is the outer element when two cover the same text.
_RANK_DECISION = 0
_RANK_ACTION = 1
_RANK_REF = 2
_RANK_ROLE = 3
_RANK_PERSON = 4

# The model's enums (Outcome, FurnitureKind, Severity) are read as ``member._value_``, the
# plain attribute that ``member.value`` returns: ``value`` is a descriptor written in Python
# (enum's DynamicClassAttribute), two interpreted calls a read.

#: How the roles read in Swedish minutes.
_ROLE_LABELS: Mapping[str, str] = {
    ROLE_CHAIR: "Mötesordförande",
    ROLE_MINUTE_TAKER: "Vid protokollet",
    ROLE_ADJUSTER: "Justeras",
}
#: The titles before the chair's name in the text ("Ordförande" starting a sentence, for
#: the parser; here marked wherever it stands before the name).
_CHAIR_TITLES: Final = ("Mötesordföranden", "Mötesordförande", "Ordföranden", "Ordförande")
_CONCEPT_LABELS: Mapping[str, str] = {CONCEPT_DECISION: "Beslut", CONCEPT_TABLED: "Bordlagt"}
_SOFTWARE = "bigprotokoll-akn"

#: The XML declaration and the root's start tag, as lxml writes them.
_HEAD: Final = f"<?xml version='1.0' encoding='UTF-8'?>\n<akomaNtoso xmlns=\"{AKN}\" xmlns:bp=\"{BP}\">"
#: A line break and the indentation of level N (two spaces a level).
_NL: Final = tuple("\n" + "  " * level for level in range(16))

#: Characters that text content cannot hold as they are: escaped, or (illegal ones) replaced.
_TEXT_SPECIAL: Final = re.compile(r"[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: The same for attribute values, which also escape '"', tab and line breaks.
_ATTRIBUTE_SPECIAL: Final = re.compile(r'[&<>"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]')
#: The same less the quote, to look at several attributes written together.
_ATTRIBUTES_SPECIAL: Final = re.compile(r"[&<>\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: The attributes the reference check needs: eIds and every reference.
_RECORDED: Final = frozenset({"eId", *REFERENCE_ATTRIBUTES})


# The optimistic pass's looks: markup characters only. A few `in` tests (each a memchr)
# cost a fraction of a character class, which the regular expression engine tries
# character by character.


def _markup_in_text(text: str) -> bool:
    return "&" in text or "<" in text or ">" in text


def _markup_in_attribute(value: str) -> bool:
    return "&" in value or "<" in value or ">" in value or '"' in value or "\t" in value or "\n" in value


def _markup_in_attributes(written: str) -> bool:
    return "&" in written or "<" in written or ">" in written or "\t" in written or "\n" in written


#: Bytes that only a character written unreplaced puts into a document: the C0 controls
#: but tab and line feed (a CR is always written as ``&#13;``), one by one (each look is
#: a memchr). Looked for as ints: ``b"\x01" in data`` first tries the operand as an int,
#: and raising and clearing that TypeError costs several times the memchr...
_UNWRITTEN_BYTES: Final = (*range(0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20))
#: ...and U+FFFE and U+FFFF in UTF-8 (a lone surrogate does not encode at all).
_UNWRITTEN_NONCHARACTERS: Final = (b"\xef\xbf\xbe", b"\xef\xbf\xbf")


def _encoded_document(fragments: list[str]) -> bytes | None:
    """The fragments joined and encoded; None when they hold a character XML 1.0 cannot
    carry, or a CR, as it is (looked for once, in the whole document's bytes)."""
    try:
        data = "".join(fragments).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return None
    for unwritten in _UNWRITTEN_BYTES:
        if unwritten in data:
            return None
    if 0xEF in data and (_UNWRITTEN_NONCHARACTERS[0] in data or _UNWRITTEN_NONCHARACTERS[1] in data):
        return None
    return data


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _escape_attribute(value: str) -> str:
    """``value`` as a double-quoted attribute value, escaped exactly as libxml2 does."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\t", "&#9;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
    )


@attrs.frozen
class Built:
    """The written document and what was noticed while writing it (replaced characters).

    ``data`` is the document's bytes and ``recorded`` the eIds and references written, for
    the reference check.
    """

    data: bytes
    diagnostics: tuple[Diagnostic, ...]
    recorded: Recorded


def work_uri(country: str, body_slug: str, meeting_date: dt.date) -> str:
    """``/akn/se-2180/debate/protokoll/big-ledningsgrupp/2022-09-09/nn``."""
    return f"/akn/{country}/debate/{DOC_NAME}/{body_slug}/{iso_date(meeting_date)}/nn"


def build(minutes: Minutes, options: AknOptions) -> Built:
    """The minutes as Akoma Ntoso bytes, with the eIds and references written.

    Written optimistically first, looking only for the characters markup needs escaped;
    if the document then holds a character that has to be replaced (a control character,
    a lone surrogate, U+FFFE, U+FFFF) or a CR, it is written again with a look for those
    at every string. Both ways give the same bytes for a document without them.
    """
    built = _Writer(minutes, options, careful=False).build()
    if built is None:
        built = _Writer(minutes, options, careful=True).build()
        assert built is not None, "the careful pass replaces every character XML 1.0 cannot carry"
    return built


#: ``"00"`` to ``"99"``: a time's fields by lookup, as :func:`~bigprotokoll.identity.iso_date`
#: writes a date's (a format spec costs a ``format()`` call a field, ``isoformat()`` a
#: ``PyUnicode_FromFormat``; a lookup and an f-string cost a fraction of either).
_TWO_DIGITS: Final = tuple(f"{n:02d}" for n in range(100))


def _time_attr(value: dt.time) -> str:
    """``13:05:00``: what ``value.isoformat()`` gives (which it still writes for a time with
    microseconds or a time zone)."""
    if value.microsecond or value.tzinfo is not None:
        return value.isoformat()
    return f"{_TWO_DIGITS[value.hour]}:{_TWO_DIGITS[value.minute]}:{_TWO_DIGITS[value.second]}"


def _time_text(value: dt.time) -> str:
    """``13:05``: what ``strftime("%H:%M")`` gives, without its C library call (the dearest step of a time)."""
    return f"{_TWO_DIGITS[value.hour]}:{_TWO_DIGITS[value.minute]}"


class _Writer:
    """Writes the document as a list of text fragments (``self.out``).

    Three ways to write an element: :meth:`leaf` (a whole element with optional text),
    :meth:`open`/:meth:`close` around content written in between (no white space added),
    and :meth:`block`/:meth:`end` for the structural containers, whose children the
    caller writes each on its own line (``self.out.append(_NL[level])`` first).
    """

    def __init__(self, minutes: Minutes, options: AknOptions, *, careful: bool) -> None:
        self.m = minutes
        self.o = options
        # the careful pass also looks for characters to replace (see `build` and the looks below)
        self.careful = careful
        self.out: list[str] = []
        self.recorded = Recorded()
        self.eids = self.recorded.eids
        self.refs = self.recorded.refs
        self.ids = IdRegistry(RESERVED_EIDS)
        self.diagnostics: list[Diagnostic] = []
        self.where = "the minutes"
        self.roles_used: set[str] = set()
        self.concepts_used: set[str] = set()
        self.attachments: list[tuple[str, str, str]] = []  # eId, text, IRI
        self.country, self.body_slug = options.frbr_actor(minutes.body)
        self.body_eid = self.ids.claim(self.body_slug)
        self.people = minutes.people()
        #: The names marked up in the text: full names only (a lone first name is too often a word).
        self.full_names = [name for name in self.people if " " in name]
        #: The chair's title and name as the parser reads them in the text, longest first.
        self.chair_phrases = [(label, f"{label} {minutes.chair}") for label in _CHAIR_TITLES] if minutes.chair else []
        self.person_eids = self._claim_all("person-", self._person_names())
        organisations = minutes.organisations()  # interpreted (the model is not compiled): asked once
        self.org_eids = self._claim_all("org-", self._organisation_names(organisations))
        self.place_eids = self._claim_all("loc-", self._place_names())
        # the same IRIs the JSON-LD exporter mints: aliases merged, names sharing a slug kept apart alike
        base = options.base
        aliases = options.alias_table
        self.person_iris = identity.distinct_iris(self.person_eids, lambda n: person_iri(n, base), aliases)
        self.org_iris = identity.distinct_iris(
            [minutes.body, *organisations, *self.org_eids], lambda n: organisation_iri(n, base), aliases
        )

    # -- names and their eIds, in order of first mention -------------------------------

    def _claim_all(self, prefix: str, names: Iterable[str]) -> dict[str, str]:
        claim = self.ids.claim
        return {name: claim(f"{prefix}{ascii_slug(name)}") for name in names}

    def _person_names(self) -> list[str]:
        names = dict.fromkeys(self.people)
        for item in self.m.items:
            for assignment in item.assignments:
                names.setdefault(assignment.assignee, None)
        return list(names)

    def _organisation_names(self, organisations: tuple[str, ...]) -> list[str]:
        names = dict.fromkeys(organisations)
        for item in self.m.items:
            for subsection in item.subsections:
                names.setdefault(subsection.heading, None)
        return list(names)

    def _place_names(self) -> list[str]:
        places = [self.m.place, self.m.next_meeting.place if self.m.next_meeting else None]
        return list(dict.fromkeys(p for p in places if p))

    # -- the looks for what to escape, or to replace (see `build`) -----------------------
    # Methods that ask `careful` rather than functions chosen once and kept in attributes:
    # compiled, a method is a direct call, a function held in an attribute a generic one.

    def special_text(self, text: str) -> bool:
        """Whether text content needs escaping (or, in the careful pass, replacing)."""
        return _TEXT_SPECIAL.search(text) is not None if self.careful else _markup_in_text(text)

    def special_attribute(self, value: str) -> bool:
        """The same for one attribute value, which also escapes '"', tab and line breaks."""
        return _ATTRIBUTE_SPECIAL.search(value) is not None if self.careful else _markup_in_attribute(value)

    def special_attributes(self, written: str) -> bool:
        """The same for several attributes written together, their delimiting quotes aside."""
        return _ATTRIBUTES_SPECIAL.search(written) is not None if self.careful else _markup_in_attributes(written)

    def illegal(self, text: str) -> bool:
        """Whether ``text`` holds a character XML 1.0 cannot carry (the optimistic pass
        looks for none: it checks the whole document's bytes at the end instead)."""
        return self.careful and ILLEGAL.search(text) is not None

    # -- writing -------------------------------------------------------------------------

    def attributes(self, tag: str, attrib: dict[str, str]) -> str:
        """`` name="value"`` for each attribute, in order; eIds and references are recorded."""
        written = ""
        quoted = False
        for name, value in attrib.items():
            if name in _RECORDED:
                if name == "eId":
                    self.eids.append((value, tag))
                else:
                    self.refs.append((tag, name, value))
            written += f' {name}="{value}"'
            # a look at the short value (a loop over a few characters), not a count of the
            # quotes in all of them written (a search over the whole)
            quoted = quoted or '"' in value
        # One look at all of them for the rest: nothing to escape (the common case) when no
        # value holds a special character.
        if not quoted and not self.special_attributes(written):
            return written
        return "".join([f' {name}="{_escape_attribute(value)}"' for name, value in attrib.items()])

    def open(self, tag: str, attrib: dict[str, str]) -> int:
        """Write a start tag; returns the mark :meth:`close` needs."""
        out = self.out
        out.append(f"<{tag}{self.attributes(tag, attrib)}>" if attrib else f"<{tag}>")
        return len(out)

    def close(self, tag: str, mark: int) -> None:
        """Write the end tag, or turn the element into ``<tag/>`` when nothing was written in it."""
        out = self.out
        if len(out) == mark:
            out[-1] = f"{out[-1][:-1]}/>"
        else:
            out.append(f"</{tag}>")

    def block(self, tag: str, attrib: dict[str, str]) -> int:
        """Start a structural container (its children go on lines of their own)."""
        return self.open(tag, attrib)

    def end(self, tag: str, mark: int, level: int) -> None:
        """End a structural container at indentation ``level``."""
        out = self.out
        if len(out) == mark:
            out[-1] = f"{out[-1][:-1]}/>"
        else:
            out.append(f"{_NL[level]}</{tag}>")

    def leaf(self, tag: str, text: str | None, attrib: dict[str, str]) -> None:
        """A whole element: start tag, ``text`` (if any), end tag."""
        out = self.out
        start = f"<{tag}{self.attributes(tag, attrib)}" if attrib else f"<{tag}"
        if not text:
            out.append(f"{start}/>")
        elif not self.special_text(text):
            out.append(f"{start}>{text}</{tag}>")
        else:
            out.append(f"{start}>")
            mark = len(out)
            self.text(text)
            if len(out) == mark:
                out[-1] = f"{start}/>"
            else:
                out.append(f"</{tag}>")

    # The most frequent elements, written without the general attribute writer. eIds and
    # local references ("#" + an eId) are ASCII names by construction (IdRegistry), which
    # the reference check proves, so they need no escaping; they are recorded here.

    def text_leaf(self, tag: str, text: str) -> None:
        """``<tag>text</tag>`` (``heading``, ``num``)."""
        if not text:
            self.out.append(f"<{tag}/>")
        elif not self.special_text(text):
            self.out.append(f"<{tag}>{text}</{tag}>")
        else:
            self.leaf(tag, text, {})

    def ref_leaf(self, tag: str, text: str, ref: str) -> None:
        """``<tag refersTo="#eId">text</tag>`` (``person``, ``organization``, ``location``...)."""
        self.refs.append((tag, "refersTo", ref))
        if text and not self.special_text(text):
            self.out.append(f'<{tag} refersTo="{ref}">{text}</{tag}>')
        else:
            out = self.out
            out.append(f'<{tag} refersTo="{ref}">')
            mark = len(out)
            self.text(text)
            self.close(tag, mark)

    def tlc(self, tag: str, eid: str, href: str, show_as: str) -> None:
        """A reference to a person, organisation, role... (``TLCPerson eId href showAs``), escaped.

        The caller records its eId and href; ``show_as`` holds no illegal character.
        """
        if self.special_attribute(href):
            href = _escape_attribute(href)
        if self.special_attribute(show_as):
            show_as = _escape_attribute(show_as)
        self.out.append(f'{_NL[4]}<{tag} eId="{eid}" href="{href}" showAs="{show_as}"/>')

    def text(self, text: str) -> None:
        """Write ``text`` as content, escaped, replacing what XML 1.0 cannot carry."""
        if not text:
            return
        if not self.special_text(text):
            self.out.append(text)
        elif not self.illegal(text):
            self.out.append(_escape_text(text))
        else:
            self._text_with_illegal(text)

    def _text_with_illegal(self, text: str) -> None:
        for part in split_illegal(text):
            if len(part) == 1 and ILLEGAL.match(part):
                code = f"U+{ord(part):04X}"
                self.out.append(f'<inline name="{CONTROL_CHARACTER}" title="{code}">{visible_symbol(part)}</inline>')
                self.diagnostics.append(
                    Diagnostic(
                        "control-character-replaced",
                        f"{self.where}: {code} cannot be written in XML 1.0; "
                        f"replaced by {visible_symbol(part)} (the reader restores it)",
                    )
                )
            else:
                self.out.append(_escape_text(part))

    def marked_up(self, text: str, spans: list[Span], plain: bool = False) -> None:
        """``text`` with ``spans`` (sorted, properly nested) as inline elements around their characters.

        ``plain``: the caller has looked, ``text`` holds nothing to escape or replace.
        """
        if spans:
            self._marked_up_range(text, 0, len(text), spans, plain)
        elif plain:
            if text:
                self.out.append(text)
        else:
            self.text(text)

    def _marked_up_range(self, text: str, start: int, end: int, spans: list[Span], plain: bool) -> None:
        out = self.out
        pos = start
        i = 0
        count = len(spans)
        while i < count:
            span = spans[i]
            if not plain:
                self.text(text[pos : span.start])
            elif pos < span.start:
                out.append(text[pos : span.start])
            j = i + 1
            while j < count and spans[j].start < span.end:
                j += 1  # properly nested: everything starting inside `span` lies inside it
            mark = self.open(span.tag, span.attrib)
            self._marked_up_range(text, span.start, span.end, spans[i + 1 : j], plain)
            self.close(span.tag, mark)
            pos = span.end
            i = j
        if not plain:
            self.text(text[pos:end])
        elif pos < end:
            out.append(text[pos:end])

    def encoded(self, text: str) -> str:
        """A value for one of our own attributes: reversibly escaped, and reported when it had to be."""
        if self.illegal(text):
            self.diagnostics.append(
                Diagnostic(
                    "control-character-replaced",
                    f"{self.where}: {text!r} holds characters XML 1.0 cannot carry; "
                    "written with \\uXXXX escapes in an attribute (the reader restores them)",
                )
            )
        return encode_attribute(text) if "\\" in text or self.illegal(text) else text

    def shown(self, text: str) -> str:
        """A display-only attribute value (``showAs``): illegal characters shown, not kept."""
        return visible(text) if self.illegal(text) else text

    # -- the document ------------------------------------------------------------------

    def build(self) -> Built | None:
        """The document; None when the optimistic pass wrote a character to replace."""
        # meta is written last (it lists the roles and concepts the text used), then put first.
        out = self.out
        self.cover_page()
        self.preface()
        self.debate_body()
        self.conclusions()
        self.attachments_part()
        body = out
        out = self.out = [_HEAD, _NL[1], f'<debate name="{DOC_NAME}">', _NL[2], "<meta>"]
        self.identification()
        self.references()
        self.proprietary()
        out.append(f"{_NL[2]}</meta>")
        out += body
        out.append(f"{_NL[1]}</debate>{_NL[0]}</akomaNtoso>\n")
        data = _encoded_document(out)
        if data is None:
            if self.careful:
                raise ValueError("a character XML 1.0 cannot carry was written unreplaced")  # a bug
            return None
        return Built(data, tuple(self.diagnostics), self.recorded)

    def identification(self) -> None:
        m, o = self.m, self.o
        work = work_uri(self.country, self.body_slug, m.meeting_date)  # checked options or an ASCII slug
        expression = f"{work}/swe@"
        meeting_date = iso_date(m.meeting_date)
        document_date = iso_date(m.document_date) if m.document_date else meeting_date
        body_ref = f"#{self.body_eid}"
        software_ref = f"#{SOFTWARE_EID}"
        if o.generated:  # an ISO date (checked)
            manifestation_date = f'<FRBRdate date="{o.generated}" name="generation"/>'
        else:
            manifestation_date = f'<FRBRdate date="{document_date}" name="document"/>'
        title = self.shown(m.title)
        if self.special_attribute(title):
            title = _escape_attribute(title)
        self.refs += [
            ("identification", "source", software_ref),
            ("FRBRauthor", "href", body_ref),
            ("FRBRauthor", "href", body_ref),
            ("FRBRauthor", "href", software_ref),
        ]
        n3, n4, n5 = _NL[3], _NL[4], _NL[5]
        self.out.append(
            f'{n3}<identification source="{software_ref}">'
            f"{n4}<FRBRWork>"
            f'{n5}<FRBRthis value="{work}/!main"/>'
            f'{n5}<FRBRuri value="{work}"/>'
            f'{n5}<FRBRalias value="{title}" name="title"/>'
            f'{n5}<FRBRdate date="{meeting_date}" name="meeting"/>'
            f'{n5}<FRBRauthor href="{body_ref}"/>'
            f'{n5}<FRBRcountry value="{self.country}"/>'
            f'{n5}<FRBRsubtype value="{DOC_NAME}"/>'
            f'{n5}<FRBRnumber value="nn"/>'
            f"{n4}</FRBRWork>"
            f"{n4}<FRBRExpression>"
            f'{n5}<FRBRthis value="{expression}/!main"/>'
            f'{n5}<FRBRuri value="{expression}"/>'
            f'{n5}<FRBRdate date="{document_date}" name="document"/>'
            f'{n5}<FRBRauthor href="{body_ref}"/>'
            f'{n5}<FRBRlanguage language="swe"/>'
            f"{n4}</FRBRExpression>"
            f"{n4}<FRBRManifestation>"
            f'{n5}<FRBRthis value="{expression}/!main.xml"/>'
            f'{n5}<FRBRuri value="{expression}.xml"/>'
            f"{n5}{manifestation_date}"
            f'{n5}<FRBRauthor href="{software_ref}"/>'
            f"{n4}</FRBRManifestation>"
            f"{n3}</identification>"
        )

    def references(self) -> None:
        m, base = self.m, self.o.base
        # (element, eId, href, showAs) of every TLC, in order
        tlcs: list[tuple[str, str, str, str]] = [
            ("TLCOrganization", self.body_eid, self.org_iris[m.body], m.body),
            ("TLCOrganization", SOFTWARE_EID, f"{base}software:{_SOFTWARE}", _SOFTWARE),
        ]
        tlcs += [("TLCOrganization", eid, self.org_iris[name], name) for name, eid in self.org_eids.items()]
        tlcs += [("TLCPerson", eid, self.person_iris[name], name) for name, eid in self.person_eids.items()]
        tlcs += [
            ("TLCRole", role, f"{base}role:{role}", _ROLE_LABELS[role])
            for role in (ROLE_CHAIR, ROLE_MINUTE_TAKER, ROLE_ADJUSTER)
            if role in self.roles_used
        ]
        tlcs.append(("TLCEvent", EVENT_MEETING, meeting_iri(m.body, m.meeting_date, base), m.title))
        if m.next_meeting:
            date = m.next_meeting.date
            tlcs.append(("TLCEvent", EVENT_NEXT, meeting_iri(m.body, date, base), f"Nästa möte {iso_date(date)}"))
        tlcs += [("TLCLocation", eid, f"{base}place:{slug(name)}", name) for name, eid in self.place_eids.items()]
        tlcs += [
            ("TLCConcept", concept, f"{base}concept:{concept}", _CONCEPT_LABELS[concept])
            for concept in (CONCEPT_DECISION, CONCEPT_TABLED)
            if concept in self.concepts_used
        ]
        out = self.out
        out.append(_NL[3])
        refs = self.block("references", {"source": f"#{SOFTWARE_EID}"})
        self.eids += [(eid, tag) for tag, eid, _, _ in tlcs]
        self.refs += [(tag, "href", href) for tag, _, href, _ in tlcs]
        # One look at every value for a character to escape or replace (there is rarely one).
        # (the values gathered as they are, one join: a look for single characters needs no pairing)
        values = [href for _, _, href, _ in tlcs] + [show_as for _, _, _, show_as in tlcs]
        if not self.special_attribute("".join(values)):
            indent = _NL[4]
            out += [f'{indent}<{tag} eId="{eid}" href="{href}" showAs="{show_as}"/>' for tag, eid, href, show_as in tlcs]
        else:
            for tag, eid, href, show_as in tlcs:
                self.tlc(tag, eid, href, self.shown(show_as))
        self.end("references", refs, 3)

    def proprietary(self) -> None:
        """The parser's diagnostics (provenance: what it guessed, and the words it consumed)."""
        if not self.m.diagnostics:
            return
        self.where = "the diagnostics"
        out = self.out
        out.append(_NL[3])
        part = self.block("proprietary", {"source": f"#{SOFTWARE_EID}"})
        out.append(_NL[4])
        holder = self.block("bp:diagnostics", {})
        for diagnostic in self.m.diagnostics:
            out.append(_NL[5])
            attrib = {"code": self.encoded(diagnostic.code), "severity": diagnostic.severity._value_}
            if diagnostic.line is not None:
                attrib["line"] = str(diagnostic.line)
            mark = self.open("bp:diagnostic", attrib)
            self.text(diagnostic.message)
            self.close("bp:diagnostic", mark)
        self.end("bp:diagnostics", holder, 4)
        self.end("proprietary", part, 3)

    def cover_page(self) -> None:
        if not self.m.furniture:
            return
        self.where = "page furniture"
        out = self.out
        out.append(_NL[2])
        cover = self.block("coverPage", {})
        for furniture in self.m.furniture:
            out.append(_NL[3])
            self.leaf("p", furniture.text, {"class": furniture.kind._value_})
        self.end("coverPage", cover, 2)

    def preface(self) -> None:
        m, out = self.m, self.out
        out.append(_NL[2])
        preface = self.block("preface", {})
        if m.document_date:
            out.append(_NL[3])
            line = self.open("p", {"class": "docDate"})
            document_date = iso_date(m.document_date)
            self.leaf("docDate", document_date, {"date": document_date})
            self.close("p", line)
        self.where = "the title"
        out.append(_NL[3])
        line = self.open("p", {"class": "docTitle"})
        title = self.open("docTitle", {})
        placer = Placer([m.title])
        body_in_title = placer.place(m.body, _RANK_ROLE, "docAuthority", {"refersTo": f"#{self.body_eid}"}, word=True)
        self.marked_up(m.title, placer.sorted_spans(0))
        self.close("docTitle", title)
        self.close("p", line)
        self.where = "the body"
        if not body_in_title:
            out.append(_NL[3])
            line = self.open("p", {"class": "docAuthority"})
            self.ref_leaf("docAuthority", m.body, f"#{self.body_eid}")
            self.close("p", line)
        if m.place or m.start or m.end:
            self.where = "the meeting's place"
            out.append(_NL[3])
            line = self.open("p", {"class": "meeting"})
            self.when_where(m.place, m.start, m.end)
            self.close("p", line)
        if m.chair:
            self.where = "the chair"
            out.append(_NL[3])
            line = self.open("p", {"class": "chair"})
            self.role_and_person(ROLE_CHAIR, m.chair)
            self.close("p", line)
        self.end("preface", preface, 2)

    def when_where(self, place: str | None, start: dt.time | None, end: dt.time | None) -> None:
        if start:
            self.leaf("time", _time_text(start), {"time": _time_attr(start), "class": "start"})
        if end:
            self.text("–")
            self.leaf("time", _time_text(end), {"time": _time_attr(end), "class": "end"})
        if place:
            if start or end:
                self.text(" ")
            self.ref_leaf("location", place, f"#{self.place_eids[place]}")

    def role_and_person(self, role: str, name: str) -> None:
        self.roles_used.add(role)
        self.ref_leaf("role", _ROLE_LABELS[role], f"#{role}")
        self.text(" ")
        self.leaf("person", name, {"refersTo": f"#{self.person_eids[name]}", "as": f"#{role}"})

    def debate_body(self) -> None:
        m, out = self.m, self.out
        out.append(_NL[2])
        body = self.block("debateBody", {})
        if m.attendees or m.absent:
            self.roll_call()
        if m.distribution is not None:
            self.where = "the distribution"
            out.append(_NL[3])
            section = self.block("debateSection", {"name": "distribution", "eId": "distribution"})
            out.append(_NL[4])
            self.text_leaf("heading", "Delges")
            if m.distribution.attendees or m.distribution.recipients:
                out.append(_NL[4])
                line = self.open("narrative", {})
                parts: list[tuple[str, str]] = []
                if m.distribution.attendees:
                    parts.append(("distributionAttendees", "närvarande"))
                parts.extend(("recipient", r) for r in m.distribution.recipients)
                for i, (name, text) in enumerate(parts):
                    if i:
                        self.text(", ")
                    self.leaf("inline", text, {"name": name})
                self.close("narrative", line)
            self.end("debateSection", section, 3)
        if m.preamble:
            self.where = "the text before the first §"
            out.append(_NL[3])
            section = self.block("debateSection", {"name": "preamble", "eId": "preamble"})
            for paragraph in m.preamble:
                out.append(_NL[4])
                self.plain_paragraph("narrative", paragraph, {})
            self.end("debateSection", section, 3)
        for item in m.items:
            self.agenda_item(item)
        if m.next_meeting:
            self.where = "the next meeting"
            nxt = m.next_meeting
            out.append(_NL[3])
            section = self.block("debateSection", {"name": "nextMeeting", "eId": "nextMeeting"})
            out.append(_NL[4])
            self.text_leaf("heading", "Nästa möte")
            out.append(_NL[4])
            line = self.open("narrative", {})
            date = iso_date(nxt.date)
            self.leaf("date", date, {"date": date, "refersTo": f"#{EVENT_NEXT}"})
            if nxt.start or nxt.end or nxt.place:
                self.text(" ")
                self.when_where(nxt.place, nxt.start, nxt.end)
            self.close("narrative", line)
            self.end("debateSection", section, 3)
        if len(out) == body:  # debateBody needs one section; say plainly that there is none
            out.append(_NL[3])
            self.leaf("debateSection", None, {"name": "noItems", "eId": "noItems"})
        self.end("debateBody", body, 2)

    def roll_call(self) -> None:
        self.where = "the attendance list"
        out = self.out
        person_eids, org_eids = self.person_eids, self.org_eids
        out.append(_NL[3])
        roll = self.block("rollCall", {"eId": "rollCall"})
        out.append(_NL[4])
        self.text_leaf("heading", "Närvarande")
        # (each field of the model, which is not compiled, read once: a generic attribute lookup)
        for attendee in self.m.attendees:
            out.append(_NL[4])
            items, name, organisation = attendee.items, attendee.name, attendee.organisation
            if items is None:
                out.append('<p class="attendee">')
            else:
                self.open("p", {"class": "attendee", "bp:items": " ".join(str(n) for n in items)})
            self.ref_leaf("person", name, f"#{person_eids[name]}")
            if organisation:
                out.append(", ")
                self.ref_leaf("organization", organisation, f"#{org_eids[organisation]}")
            if attendee.scope:
                out.append(" ")
                self.leaf("inline", attendee.scope, {"name": "attendanceScope"})
            out.append("</p>")
        for absentee in self.m.absent:
            out.append(_NL[4])
            out.append('<p class="absent">')
            name, organisation = absentee.name, absentee.organisation
            self.ref_leaf("person", name, f"#{person_eids[name]}")
            if organisation:
                out.append(", ")
                self.ref_leaf("organization", organisation, f"#{org_eids[organisation]}")
            out.append("</p>")
        self.end("rollCall", roll, 3)

    # -- items -------------------------------------------------------------------------

    def agenda_item(self, item: AgendaItem) -> None:
        m, base, out = self.m, self.o.base, self.out
        # The model's fields read once each into locals: the model is not compiled, and each
        # read is a generic attribute lookup.
        number, numbered, tabled, adjusted, deferred_to = (
            item.number,
            item.numbered,
            item.tabled,
            item.adjusted_immediately,
            item.deferred_to,
        )
        paragraphs, subsections = item.paragraphs, item.subsections
        self.where = f"§ {number}" if numbered else f"the item {item.heading!r}"
        eid = self.ids.claim(f"dbsect_{number_id(number)}")
        if tabled or deferred_to is not None or adjusted:
            attrib = {"name": "agendaItem", "eId": eid}
            if tabled or adjusted:
                attrib["class"] = " ".join(
                    [*(["tabled"] if tabled else []), *(["adjustedImmediately"] if adjusted else [])]
                )
            if deferred_to is not None:
                attrib["bp:deferredTo"] = iso_date(deferred_to)
            out.append(_NL[3])
            self.open("debateSection", attrib)
        else:
            self.eids.append((eid, "debateSection"))
            out.append(f'{_NL[3]}<debateSection name="agendaItem" eId="{eid}">')
        # a section always has its heading, never empty, and its num unless the minutes gave none
        out.append(f"{_NL[4]}<num>§ {number}</num>{_NL[4]}" if numbered else _NL[4])
        self.text_leaf("heading", item.heading)

        # the texts of item.all_paragraphs() (the model's methods run interpreted), in the
        # order written below: the item's own paragraphs, then each subsection's
        texts = [p.text for p in paragraphs]
        for subsection in subsections:
            texts += [p.text for p in subsection.paragraphs]
        placer = Placer(texts)
        unplaced: list[tuple[str, str, dict[str, str]]] = []  # block tag, text, inline attributes
        for i, decision in enumerate(item.decisions, 1):
            concept = CONCEPT_TABLED if decision.outcome is Outcome.TABLED else CONCEPT_DECISION
            self.concepts_used.add(concept)
            attrib = {
                "name": "decision",
                "eId": self.ids.claim(f"{eid}__decision_{i}"),
                "refersTo": f"#{concept}",
                "bp:outcome": decision.outcome._value_,
            }
            if not placer.place(decision.text, _RANK_DECISION, "inline", attrib):
                unplaced.append(("summary", decision.text, attrib))
        for i, assignment in enumerate(item.assignments, 1):
            attrib = {
                "name": "actionItem",
                "eId": self.ids.claim(f"{eid}__action_{i}"),
                "refersTo": f"#{self.person_eids[assignment.assignee]}",
                "bp:assignee": self.encoded(assignment.assignee),
            }
            if not placer.place(assignment.text, _RANK_ACTION, "entity", attrib):
                unplaced.append(("narrative", assignment.text, attrib))
        for i, ref in enumerate(item.attachments, 1):
            att_eid = self.ids.claim(f"att_{len(self.attachments) + 1}")
            iri = f"{item_iri(m.body, m.meeting_date, number, base)}:attachment:{i}"
            self.attachments.append((att_eid, ref.text, iri))
            attrib = {"eId": self.ids.claim(f"{eid}__ref_{i}"), "href": f"#{att_eid}", "class": "attachmentRef"}
            if not placer.place(ref.text, _RANK_REF, "ref", attrib):
                unplaced.append(("narrative", ref.text, attrib))
        # One look at all the item's texts for a character to escape or replace (there is
        # rarely one), rather than one a paragraph and one a piece between inline elements.
        everything = "\n".join(texts)
        plain = not self.special_text(everything)
        if self.chair_phrases or self.full_names:
            self.mark_people(placer, everything)

        index = 0
        sub_items = 0
        for paragraph in paragraphs:
            label = paragraph.label
            if label is not None and label != "-":  # is_sub_item, a property run interpreted
                sub_items += 1
                out.append(_NL[4])
                container = self.block(
                    "debateSection", {"name": "subItem", "eId": self.ids.claim(f"{eid}__subitem_{sub_items}")}
                )
                out.append(_NL[5])
                self.text_leaf("num", f"{label}.")
                out.append(_NL[5])
                self.paragraph(label, placer, index, plain, in_speech=False)
                self.end("debateSection", container, 4)
            else:
                out.append(_NL[4])
                self.paragraph(label, placer, index, plain, in_speech=False)
            index += 1
        for k, subsection in enumerate(subsections, 1):
            heading, speech_paragraphs = subsection.heading, subsection.paragraphs
            org = f"#{self.org_eids[heading]}"
            speech_eid = self.ids.claim(f"{eid}__speech_{k}")
            self.eids.append((speech_eid, "speech"))
            self.refs.append(("speech", "by", org))
            out.append(f'{_NL[4]}<speech eId="{speech_eid}" by="{org}">{_NL[5]}<from>')
            self.ref_leaf("organization", heading, org)
            out.append("</from>")
            for paragraph in speech_paragraphs:
                out.append(_NL[5])
                self.paragraph(paragraph.label, placer, index, plain, in_speech=True)
                index += 1
            if not speech_paragraphs:  # a speech needs one block
                out.append(_NL[5])
                self.leaf("p", None, {"class": "empty"})
            out.append(f"{_NL[4]}</speech>")
        for tag, text, attrib in unplaced:
            block_attrib = {"class": "unplaced"}
            if tag == "summary":
                block_attrib["refersTo"] = attrib["refersTo"]
            out.append(_NL[4])
            block = self.open(tag, block_attrib)
            inline_tag = {"decision": "inline", "actionItem": "entity"}.get(attrib.get("name", ""), "ref")
            inline = self.open(inline_tag, attrib)
            self.text(text)
            self.close(inline_tag, inline)
            self.close(tag, block)
        out.append(f"{_NL[3]}</debateSection>")

    def paragraph(self, label: str | None, placer: Placer, index: int, plain: bool, *, in_speech: bool) -> None:
        """The item's paragraph ``index`` (its text ``placer.texts[index]``, its label ``label``).

        ``plain``: its text holds nothing to escape or replace (the caller looked).
        """
        text = placer.texts[index]
        if not placer.spans[index] and label is None and text and (plain or not self.special_text(text)):
            tag = "p" if in_speech else "narrative"  # the common case: plain text, nothing to mark up
            self.out.append(f"<{tag}>{text}</{tag}>")
            return
        spans = placer.sorted_spans(index)
        attrib = {}
        if spans:
            concepts = list(dict.fromkeys(s.attrib["refersTo"] for s in spans if s.rank == _RANK_DECISION))
            if concepts:
                attrib["refersTo"] = " ".join(concepts)
        else:
            concepts = None
        tag = "p" if in_speech else ("summary" if concepts else "narrative")
        if label is not None:
            attrib["bp:label"] = self.encoded(label)
        block = self.open(tag, attrib)
        self.marked_up(text, spans, plain)
        self.close(tag, block)

    def plain_paragraph(self, tag: str, paragraph: Paragraph, attrib: dict[str, str]) -> None:
        if paragraph.label is not None:
            attrib["bp:label"] = self.encoded(paragraph.label)
        block = self.open(tag, attrib)
        self.text(paragraph.text)
        self.close(tag, block)

    def mark_people(self, placer: Placer, everything: str) -> None:
        """Wrap known people's names (and the title before the chair's, "Ordförande" too) in the text.

        ``everything``: the texts joined by line breaks, to pass over the names that occur in none of them (most).
        """
        chair = self.m.chair
        if chair is not None and chair in everything:  # most items do not name the chair
            self._mark_chair(placer, everything, chair)
        for name in self.full_names:
            if name in everything:
                placer.place_every(name, _RANK_PERSON, "person", {"refersTo": f"#{self.person_eids[name]}"})

    def _mark_chair(self, placer: Placer, everything: str, chair: str) -> None:
        """Wrap the chair's title ("Mötesordförande", "Ordförande"...) and name where they stand together."""
        for label, phrase in self.chair_phrases:
            if phrase not in everything:
                continue
            for index, text in enumerate(placer.texts):
                start = text.find(phrase)
                while start >= 0:
                    name_start = start + len(label) + 1
                    if placer.add(index, start, start + len(label), _RANK_ROLE, "role", {"refersTo": f"#{ROLE_CHAIR}"}):
                        self.roles_used.add(ROLE_CHAIR)
                    placer.add(
                        index,
                        name_start,
                        name_start + len(chair),
                        _RANK_PERSON,
                        "person",
                        {"refersTo": f"#{self.person_eids[chair]}", "as": f"#{ROLE_CHAIR}"},
                    )
                    start = text.find(phrase, start + len(phrase))

    # -- the end of the document -----------------------------------------------------------

    def conclusions(self) -> None:
        m, out = self.m, self.out
        if not (m.minute_taker or m.adjusters or m.closing):
            return
        self.where = "the signatures"
        out.append(_NL[2])
        conclusions = self.block("conclusions", {})
        if m.minute_taker:
            out.append(_NL[3])
            self.signature("minuteTaker", ROLE_MINUTE_TAKER, m.minute_taker)
        for adjuster in m.adjusters:
            out.append(_NL[3])
            self.signature("adjuster", ROLE_ADJUSTER, adjuster)
        self.where = "the text after the signatures"
        for paragraph in m.closing:
            out.append(_NL[3])
            self.plain_paragraph("p", paragraph, {"class": "closing"})
        self.end("conclusions", conclusions, 2)

    def signature(self, kind: str, role: str, name: str) -> None:
        line = self.open("p", {"class": kind})
        signature = self.open("signature", {})
        self.role_and_person(role, name)
        self.close("signature", signature)
        self.close("p", line)

    def attachments_part(self) -> None:
        if not self.attachments:
            return
        self.where = "the attachments"
        out = self.out
        out.append(_NL[2])
        part = self.block("attachments", {})
        for eid, text, iri in self.attachments:
            out.append(_NL[3])
            attachment = self.block("attachment", {"eId": eid})
            out.append(_NL[4])
            self.text_leaf("heading", text)
            out.append(_NL[4])
            self.leaf("documentRef", None, {"href": iri, "showAs": self.shown(text)})
            self.end("attachment", attachment, 3)
        self.end("attachments", part, 2)
