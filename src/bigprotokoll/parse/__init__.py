"""Text -> model, in named stages::

    decode_bytes      bytes -> text (UTF-8, UTF-16, cp1252, Mac Roman, mixed)
    read_docx         or a Word document -> text + header/footer furniture   (docx.py)
    read_odt          or an OpenDocument text, likewise                       (odt.py)
    split_lines       text -> logical lines + page furniture      (lines.py)
    segment           lines -> header | items | signatures        (this module)
    read_header       title, dates, attendance, distribution      (header.py, attendance.py)
    read_item_text    each § with paragraphs and subsections      (items.py)
    read_signatures   minute-taker, adjusters, chair; the notice  (signatures.py)
    derive            chair, next meeting, scopes, annotations     (this module, annotate.py)

Problems are collected as diagnostics; text the parser cannot place is kept (in the
preamble, an item or the closing) and reported, never dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Sequence

import attrs

from ..errors import EmptyInputError, InputError, NotMinutesError
from ..model import (
    Absentee, AgendaItem, Attendee, Diagnostic, Distribution, Furniture, FurnitureKind, Minutes, NextMeeting, Paragraph, Source,
)
from .annotate import KEYWORDS, item_annotations, keywords_in
from .attendance import resolve_scope
from .dates import find_date
from .decode import MIXED, cp1252_lines, decode_bytes
from .doc import DOC_MEDIA_TYPE, is_doc, read_doc
from .docx import DOCX_MEDIA_TYPE, is_docx, read_docx
from .html import HTML_MEDIA_TYPE, is_html, read_html
from .odt import ODT_MEDIA_TYPE, is_odt, read_odt
from .pdf import PDF_MEDIA_TYPE, is_pdf, read_pdf
from .rtf import RTF_MEDIA_TYPE, is_rtf, read_rtf
from .diagnostics import Diagnostics, quoted
from .elections import ELECTION_WORDS, Elected, Election, find_elected
from .header import AGENDA_ENTRY, closing_distribution, read_distribution, read_header, starts_distribution
from .items import (
    NEXT_MEETING_WORDS, ItemText, bare_headings, find_chair, find_next_meeting_in, find_next_meeting_under, is_item_heading,
    numbered_headings, read_item_text, unnumbered_headings,
)
from .lines import BULLETS, Line, ends_sentence, furniture_kind, split_lines, squeeze
from .orgs import OrgKnowledge
from .signatures import first_page_signatures, read_signatures, signatures_start

__all__ = ["decode_bytes", "derive", "input_text", "parse_bytes", "parse_file", "parse_text"]

def parse_file(path: str | Path) -> Minutes:
    """:func:`bigprotokoll.parse_file`, whose docstring the users read."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("no such file; check the path", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise InputError("is a folder, expected a minutes file", path=str(path)) from exc
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}", path=str(path)) from exc
    return parse_bytes(data, source_name=str(path))


def parse_bytes(data: bytes, *, source_name: str | None = None) -> Minutes:
    """:func:`bigprotokoll.parse_bytes`: a document's text as a conversion to Markdown
    gives it, its page headers and footers as furniture."""
    text, encoding, media_type, furniture = _read_bytes(data, source_name)
    minutes = parse_text(text, source_name=source_name)
    if encoding == MIXED:  # where the text is not what the rest of the file is, say so
        lines = cp1252_lines(data)
        shown = ", ".join(map(str, lines[:10])) + (" ..." if len(lines) > 10 else "")
        mixed = Diagnostic(
            "encoding-mixed", f"the file is UTF-8 but for line(s) {shown}, which are cp1252 and read so", lines[0]
        )
        found = (*minutes.diagnostics, mixed)
        minutes = attrs.evolve(minutes, diagnostics=tuple(sorted(found, key=lambda d: (d.line or 0, d.code))))
    source = Source(
        name=Path(source_name).name if source_name else None,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        media_type=media_type,
    )
    return attrs.evolve(minutes, source=source, furniture=minutes.furniture + furniture)


def input_text(data: bytes, *, source_name: str | None = None) -> str:
    """The text :func:`parse_bytes` parses for these bytes: the decoded text, or a Word or
    OpenDocument document's text. Diagnostics' line numbers count its lines."""
    return _read_bytes(data, source_name)[0]


def _read_bytes(data: bytes, source_name: str | None) -> tuple[str, str, str, tuple[Furniture, ...]]:
    """(text, encoding, media type, furniture outside the text) of a minutes file's bytes."""
    suffix = Path(source_name or "").suffix.lower()
    zipped = data.startswith(b"PK")
    encoding = "utf-8"  # a Word or OpenDocument document's XML as decoded; .doc pieces and PDF text are Unicode
    if zipped and (suffix == ".docx" or is_docx(data)):  # the reader says what is wrong with a damaged one
        document, media_type = read_docx(data, source_name=source_name), DOCX_MEDIA_TYPE
    elif zipped and (suffix == ".odt" or is_odt(data)):
        document, media_type = read_odt(data, source_name=source_name), ODT_MEDIA_TYPE
    elif is_html(data):
        (document, encoding), media_type = read_html(data, source_name=source_name), HTML_MEDIA_TYPE
    elif is_pdf(data):
        document, media_type = read_pdf(data, source_name=source_name), PDF_MEDIA_TYPE
    elif is_doc(data):
        document, media_type = read_doc(data, source_name=source_name), DOC_MEDIA_TYPE
    elif is_rtf(data):
        (document, encoding), media_type = read_rtf(data, source_name=source_name), RTF_MEDIA_TYPE
    else:
        text, encoding = decode_bytes(data, source_name=source_name)
        return text, encoding, "text/plain", ()
    # every reader's header and footer lines, each as furniture holds it: no outer white space;
    # a number alone there is the page's (in the text it may be anything)
    furniture = tuple(
        Furniture(text, furniture_kind(text) or (FurnitureKind.PAGE_NUMBER if text.isdigit() else kind))
        for lines, kind in ((document.headers, FurnitureKind.LETTERHEAD), (document.footers, FurnitureKind.PAGE_FOOTER))
        for line in lines
        if (text := line.strip())
    )
    return document.text, encoding, media_type, furniture


#: The first character of a bulleted entry (a cheap look before :data:`AGENDA_ENTRY`).
_ENTRY_FIRST = frozenset(BULLETS)


def _paragraphs(lines: list[Line], paragraph_lines: list[int] | None = None) -> tuple[Paragraph, ...]:
    """Lines as paragraphs (a break starts one, as does a list's entry: "- Ekonomi",
    "2. Ekonomi", and a § line: a table of contents' "§ 34 Val av justerare ..... 2");
    ``paragraph_lines`` gets the line each starts on."""
    result: list[list[str]] = []
    for line in lines:
        text = line.text
        first = text[:1]
        if line.brk or not result or first == "§" or ((first in _ENTRY_FIRST or first.isdigit()) and AGENDA_ENTRY.match(text)):
            result.append([line.text])
            if paragraph_lines is not None:
                paragraph_lines.append(line.no)
        else:
            result[-1].append(line.text)
    return tuple(Paragraph(squeeze(" ".join(parts))) for parts in result)


def _section_after(headings: dict[int, re.Match[str]]) -> bool:
    """True when the numbered headings write § after their numbers ("3 § Ekonomi")."""
    return all(m["section"] for m in headings.values())


def _numbers_as_written(headings: dict[int, re.Match[str]]) -> str:
    """"1., 2., ...", or each number with the word before it ("Punkt 1, Punkt 2") where
    one stands there: the word is said once for each item, as the text says it."""
    if not any(m["word"] for m in headings.values()):
        return "1 §, 2 §, ..." if _section_after(headings) else "1., 2., ..."
    return ", ".join(" ".join(filter(None, (m["word"], m["number"]))) for m in headings.values())


#: A body's short name before an item's § ("KS § 51", "KSAU § 12", "BUN § 8", "Kf § 3"):
#: capitals, or the two letters some councils write ("Kf", "Ks").
ITEM_PREFIX = re.compile(r"(?:[A-ZÅÄÖ]{1,6}(?:-[A-ZÅÄÖ]{1,4})?|K[fs])\s+(?=§)")


#: How a body's short name before a § starts (:data:`ITEM_PREFIX`).
_PREFIX_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")


def _prefixed_headings(lines: Sequence[Line], candidates: Sequence[int]) -> dict[int, tuple[Line, re.Match[str]]]:
    """§ headings after a body's short name ("KS § 51<TAB>Dnr KS 2024/0087") among the
    ``candidates`` (indexes of lines with a § after their first letter): each such line's
    index, with the line from its § on and that line's heading match."""
    found: dict[int, tuple[Line, re.Match[str]]] = {}
    for i in candidates:
        line = lines[i]
        text = line.text
        at = text.find("§", 1, 10)
        if at > 0 and (m := ITEM_PREFIX.match(text)) and m.end() == at:
            rest = line._replace(text=text[at:])
            heading = is_item_heading(rest)
            if heading:
                found[i] = (rest, heading)
    return found


def _heading_without_break(
    previous: Line, found: re.Match[str], headings: dict[int, re.Match[str]], found_at: dict[int, re.Match[str]]
) -> bool:
    """A § line with no paragraph break before it that is still an item's heading, as in the
    text of a PDF whose paragraphs have no space between them: a heading (short, not in
    lower case) with the number after the last item's. One a number further on (minutes
    leave one out at times), or the first one, must also read as no sentence and come
    after a sentence's end or a table row (the first: or have the next number on a § line
    further on)."""
    heading = found["heading"].strip()
    if len(heading) > 100 or heading[:1].islower():
        return False
    number = int(found["number"])
    step = number - int(headings[next(reversed(headings))]["number"]) if headings else None
    if step == 1:
        return True
    if heading.endswith((".", ",", ";")) or step not in (None, 2):
        return False
    return (
        ends_sentence(previous.text)
        or "\t" in previous.text
        or (step is None and any(int(other["number"]) == number + 1 for other in found_at.values()))
    )


def _inferred_numbers(
    lines: list[Line], headings: dict[int, re.Match[str]], bare: list[int], diagnostics: Diagnostics
) -> dict[int, int]:
    """The number each § heading without one (``bare``, line indexes) takes from the numbered
    ones around it (``headings``): the one after the number above it, or before the number
    below it when it comes first, where that number is free ("§ 3" / "§ Rapport" / "§ 5":
    § 4). One with no number free stays text: in the item above, with a warning, or in the
    header when no item is above it."""
    numbers = {i: int(m["number"]) for i, m in headings.items()}
    inferred: dict[int, int] = {}
    for i in bare:
        above = max((k for k in (*numbers, *inferred) if k < i), default=None)
        below = min((k for k in numbers if k > i), default=None)
        before = None if above is None else numbers.get(above, inferred.get(above))
        after = None if below is None else numbers[below]
        if before is not None:
            number = before + 1 if after is None or after > before + 1 else None
        else:
            number = after - 1 if after is not None and after > 1 else None
        text = lines[i].text
        if number is None and before is None:
            continue  # above the items, with no number free: the header's text, as it was
        if number is None:
            diagnostics.warn(
                "heading-unnumbered",
                f"{text!r} is a § heading without a number, and none is free between the items around it: kept as text",
                lines[i].no,
            )
            continue
        inferred[i] = number
        diagnostics.info("number-inferred", f"{text!r} has no number: read it as § {number}, from the items around it", lines[i].no)
    return inferred


def _last_item_distribution(items: Sequence[ItemText], item_lines: Sequence[int], diagnostics: Diagnostics) -> Distribution | None:
    """The distribution told in the last item's own text, where the minutes end with it
    ("Protokollet delges närvarande samt kommunstyrelsen.", a paragraph of its own): read
    from it, which stays the item's text (``item_lines``: where each item paragraph starts)."""
    if not items:
        return None
    last = items[-1]
    first = len(item_lines) - len(last.all_paragraphs())  # the last item's first paragraph among all
    for k, paragraph in enumerate(last.paragraphs):
        text = paragraph.text
        if starts_distribution(text):
            diagnostics.info("distribution-line", f"read {quoted(text)}, in the last item, into the distribution", item_lines[first + k])
            return read_distribution(text)
    return None


def _squeezed(text: str | None) -> str | None:
    """A name with the stray spaces of PDF text folded ("Styrning och  stöd"), as in the items."""
    return squeeze(text) if text else text


def parse_text(text: str, *, source_name: str | None = None) -> Minutes:
    """:func:`bigprotokoll.parse_text`, whose docstring the users read."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise EmptyInputError("the text is empty; expected minutes", path=source_name)
    diagnostics = Diagnostics()
    lines, furniture, _layout = split_lines(text, diagnostics)
    # segment: header lines before the first §, items, signatures after the last item
    section_lines: list[int] = []
    after_prefix: list[int] = []  # lines that may be a § heading after a body's short name ("KS § 51")
    for i, line in enumerate(lines):
        lead = line.text[:1]
        if lead == "§":
            section_lines.append(i)
        elif lead in _PREFIX_FIRST and "§" in line.text:
            after_prefix.append(i)
    found_at = {i: found for i in section_lines if (found := is_item_heading(lines[i]))}
    prefixed = _prefixed_headings(lines, after_prefix) if after_prefix else {}
    if prefixed:
        found_at = dict(sorted([*found_at.items(), *((i, found) for i, (_, found) in prefixed.items())]))
    headings: dict[int, re.Match[str]] = {}
    for i, found in found_at.items():
        line = lines[i]
        if line.brk or line.level or i == 0 or _heading_without_break(lines[i - 1], found, headings, found_at):
            headings[i] = found
            if i in prefixed:  # "KS § 51": the item's heading from the §, the body's short name in a diagnostic
                lines[i], prefix = prefixed[i][0], line.text[: len(line.text) - len(prefixed[i][0].text)].strip()
                diagnostics.info(
                    "item-prefix", f"read {quoted(line.text)} as § {found['number']}: {prefix!r} before the § names the body", line.no
                )
    # § headings without their numbers ("§ Ordförandens rapport"): numbered by the items around
    # them, or, where no § heading has a number, the items in their order
    bare = bare_headings(lines, [i for i in section_lines if i not in found_at]) if len(found_at) < len(section_lines) else []
    inferred = _inferred_numbers(lines, headings, bare, diagnostics) if headings and bare else {}
    unnumbered: list[int] = []
    if bare and not headings:
        unnumbered = bare
        diagnostics.info(
            "unnumbered-items",
            f"the § headings have no numbers: read the {len(bare)} lines '§ ...' as the items, numbered 1-{len(bare)} "
            "in their order",
            lines[bare[0]].no,
        )
    elif not headings:
        headings = numbered_headings(lines)
        if headings:
            diagnostics.info(
                "numbered-items",
                f"no {'§ before a number' if _section_after(headings) else '§'} in the text: read the numbered "
                f"headings ({_numbers_as_written(headings)}) as the items",
                lines[next(iter(headings))].no,
            )
        else:
            unnumbered = unnumbered_headings(lines)
            if unnumbered:
                diagnostics.info(
                    "unnumbered-items",
                    f"no § nor numbered headings in the text: read the {len(unnumbered)} "
                    + (f"headings of level {lines[unnumbered[0]].level}" if lines[unnumbered[0]].level else "lines in bold")
                    + f" as the items, numbered 1-{len(unnumbered)} in their order",
                    lines[unnumbered[0]].no,
                )
    starts = sorted([*headings, *inferred]) or unnumbered
    first = starts[0] if starts else len(lines)
    signature_at = signatures_start(lines, starts[-1] if starts else 0)
    orgs = OrgKnowledge()
    header_end = min(first, signature_at)
    # a formal first page may sign the minutes above the items ("Underskrifter")
    first_signatures = first_page_signatures(lines, header_end)
    header = read_header(lines[:first_signatures], orgs, diagnostics)
    if header.title is None:
        where = lines[0].no if lines else None
        raise NotMinutesError(
            "no title line found; expected a line such as 'Protokoll fört vid ledningsgruppsmöte BIG 2022-01-18' "
            "above the first §",
            path=source_name,
            line=where,
        )
    meeting_date = header.meeting_date or header.document_date
    if meeting_date is None:
        raise NotMinutesError(
            f"the title {header.title!r} has no date, nor is there a date line above it or a 'Datum:' field; "
            "expected e.g. 2022-01-18",
            path=source_name,
        )
    if header.meeting_date is None:
        diagnostics.warn("date-from-date-line", "the title has no date; took the date line above it")
    for line in header.unplaced:
        diagnostics.warn("unplaced-text", f"kept as preamble text: {line.text[:60]!r}", line.no)
    if header.agenda:
        heading = header.agenda[0]
        diagnostics.info("agenda", f"kept the agenda under {heading.text!r} as preamble text", heading.no)
    # items
    items: list[ItemText] = []  # annotated, and so built as the model's items, by _derived
    item_lines: list[int] = []  # the line each item paragraph starts on, for diagnostics
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else signature_at
        items.append(
            read_item_text(
                lines[start],
                lines[start + 1 : end],
                orgs,
                diagnostics,
                heading_match=headings.get(start),
                paragraph_lines=item_lines,
                position=k + 1 if unnumbered else inferred.get(start),
                inferred=start in inferred,
            )
        )
    _check_numbering(items, [lines[s].no for s in starts], diagnostics)
    if not items:
        # at the first line kept as text, where an item would have been expected
        kept = min((line.no for line in (*header.unplaced, *header.agenda, *header.unmodelled)), default=None)
        diagnostics.warn("no-items", "no § items (nor numbered ones) found; the text is kept as preamble", kept)
    # signatures
    attendee_names = [row.name for row in header.attendees]
    signature_lines = lines[signature_at:]
    distribution = header.distribution or _last_item_distribution(items, item_lines, diagnostics)
    if distribution is None and (told := closing_distribution(signature_lines, diagnostics)) is not None:
        distribution, taken = told  # "Protokollet delges ..." after the signatures
        signature_lines = [line for k, line in enumerate(signature_lines) if k not in taken]
    signatures = read_signatures(signature_lines, attendee_names, diagnostics)
    if first_signatures < header_end:
        signatures = read_signatures(lines[first_signatures:header_end], attendee_names, diagnostics).merged(signatures)
    # derive what the text announces
    numbers = [item.number for item in items]
    attendees = []
    for row in header.attendees:
        scope_items = None
        if row.scope is not None:
            scope_items = resolve_scope(row.scope, numbers)
            if scope_items is None:
                diagnostics.warn("scope-unread", f"could not read the attendance scope {row.scope!r}", row.line)
        attendees.append(Attendee(squeeze(row.name), _squeezed(row.organisation), scope_items, row.scope))
    absent = tuple(Absentee(squeeze(row.name), _squeezed(row.organisation)) for row in header.absent)
    for row in header.absent:
        if row.scope is not None:  # "Bo Lund, BIG (§ 2)": absent for some items; the model says no more than absent
            diagnostics.info(
                "absence-scope", f"kept {row.scope!r} from the row of {row.name}: an absentee has no items in the model", row.line
            )
    outside_lines: list[int] = []
    preamble = _paragraphs(
        sorted([*header.unplaced, *header.agenda, *header.unmodelled], key=lambda line: line.no), outside_lines
    )
    closing = _paragraphs(signatures.unplaced, outside_lines)
    chair, annotated, next_meeting, elected = _derived(
        items,
        [a.name for a in attendees],
        meeting_date,
        header.chair or signatures.chair,
        header.next_meeting,
        preamble + closing,
        diagnostics,
        (item_lines, outside_lines),
    )
    minute_taker = signatures.minute_taker or header.minute_taker
    adjusters = tuple(signatures.adjusters or header.adjusters)
    minute_taker, adjusters = _elected_roles(minute_taker, adjusters, elected, diagnostics, item_lines)
    return Minutes(
        title=header.title,
        body=header.body or header.title.split()[-1],
        meeting_date=meeting_date,
        document_date=header.document_date if header.meeting_date else None,
        place=header.place,
        start=header.start,
        end=header.end,
        attendees=tuple(attendees),
        absent=absent,
        distribution=distribution,
        chair=chair or header.listed_chair,
        next_meeting=next_meeting,
        minute_taker=minute_taker or header.listed_minute_taker,
        adjusters=adjusters,
        items=annotated,
        preamble=preamble,
        closing=closing,
        furniture=tuple(furniture),
        diagnostics=diagnostics.sorted(),
        source=Source(name=Path(source_name).name if source_name else None),
    )


def derive(minutes: Minutes, diagnostics: Diagnostics | None = None) -> Minutes:
    """Fill in what the text announces: the chair, the minute-taker, the adjusters and the
    next meeting (each unless given), and each item's decisions, assignments, attachments
    and tabling.

    The hypothesis strategies call this too, so generated models are ones the parser
    could have produced.
    """
    diagnostics = diagnostics or Diagnostics()
    chair, items, next_meeting, elected = _derived(
        [ItemText(item.number, item.heading, item.paragraphs, item.subsections, item.numbered) for item in minutes.items],
        [a.name for a in minutes.attendees],
        minutes.meeting_date,
        minutes.chair,
        minutes.next_meeting,
        minutes.preamble + minutes.closing,
        diagnostics,
    )
    minute_taker, adjusters = _elected_roles(minutes.minute_taker, minutes.adjusters, elected, diagnostics)
    return attrs.evolve(
        minutes, chair=chair, items=items, next_meeting=next_meeting, minute_taker=minute_taker, adjusters=adjusters
    )


def _elected_roles(
    minute_taker: str | None,
    adjusters: tuple[str, ...],
    elected: Elected,
    diagnostics: Diagnostics,
    item_lines: Sequence[int] | None = None,
) -> tuple[str | None, tuple[str, ...]]:
    """The minute-taker and the adjusters, those the items elect where none are given."""
    if minute_taker is None and elected.minute_taker is not None:
        minute_taker = elected.minute_taker.names[0]
        _took(elected.minute_taker, "the minute-taker", diagnostics, item_lines)
    if not adjusters and elected.adjusters is not None:
        adjusters = elected.adjusters.names
        _took(elected.adjusters, "the adjusters", diagnostics, item_lines)
    return minute_taker, adjusters


def _took(election: Election, role: str, diagnostics: Diagnostics, item_lines: Sequence[int] | None) -> None:
    names = " and ".join(election.names)
    line = item_lines[election.paragraph] if item_lines is not None else None
    diagnostics.info("elected", f"took {names}, elected in § {election.number}, as {role}", line)


def _derived(
    items: Sequence[ItemText],
    people: list[str],
    meeting_date: dt.date,
    chair: str | None,
    next_meeting: NextMeeting | None,
    outside_items: tuple[Paragraph, ...],
    diagnostics: Diagnostics,
    lines: tuple[Sequence[int], Sequence[int]] | None = None,
) -> tuple[str | None, tuple[AgendaItem, ...], NextMeeting | None, Elected]:
    """What :func:`derive` fills in: (chair, annotated items, next meeting, the roles the
    items elect). Also used by :func:`parse_text`, which so builds its minutes once, and
    gives ``lines``: where the items' paragraphs and the others start in the source, for
    the diagnostics. Each item is built here, once, with its annotations (from its text
    as read, an :class:`ItemText`)."""
    item_lines, outside_lines = lines if lines is not None else (None, None)
    chair = chair or find_chair(items, people)

    def date_after(text: str) -> dt.date | None:
        found = find_date(text, after=meeting_date)
        return found.date if found else None

    # every paragraph of every item lower-cased and searched once, for both
    item_paragraphs = [item.all_paragraphs() for item in items]
    paragraphs = [p for group in item_paragraphs for p in group]
    keywords = keywords_in([p.text for p in paragraphs], (*KEYWORDS, *NEXT_MEETING_WORDS))
    elected = find_elected(items, keywords) if any(not held.isdisjoint(ELECTION_WORDS) for held in keywords) else Elected()
    if chair is None and elected.chair is not None:
        chair = elected.chair.names[0]
        _took(elected.chair, "the chair", diagnostics, item_lines)
    annotated = []
    start = 0
    for item, group in zip(items, item_paragraphs):
        end = start + len(group)
        tabled, deferred_to, decisions, assignments, attachments, adjusted = item_annotations(
            group, people, date_after, keywords[start:end]
        )
        annotated.append(
            AgendaItem(
                item.number,
                item.heading,
                item.paragraphs,
                item.subsections,
                tabled,
                deferred_to,
                decisions,
                assignments,
                attachments,
                item.numbered,
                adjusted,
            )
        )
        start = end
    next_meeting = (
        next_meeting
        or find_next_meeting_in(paragraphs, meeting_date, diagnostics, keywords=keywords, lines=item_lines)
        or find_next_meeting_under(items, meeting_date, diagnostics, item_lines)
    )
    if next_meeting is None and not items:
        # minutes without items (a cancelled meeting) may still announce the next one
        next_meeting = find_next_meeting_in(outside_items, meeting_date, diagnostics, lines=outside_lines)
    return chair, tuple(annotated), next_meeting, elected


def _check_numbering(items: Sequence[ItemText], line_numbers: Sequence[int], diagnostics: Diagnostics) -> None:
    for previous, item, line in zip(items, items[1:], line_numbers[1:]):
        if item.number == previous.number + 1:
            continue
        if item.number == previous.number:
            diagnostics.warn("numbering-repeat", f"§ {item.number} appears twice", line)
        elif item.number > previous.number + 1:
            missing = ", ".join(f"§ {n}" for n in range(previous.number + 1, item.number))
            diagnostics.warn("numbering-gap", f"{missing} missing: § {previous.number} is followed by § {item.number}", line)
        else:
            diagnostics.warn("numbering-order", f"§ {item.number} follows § {previous.number}", line)
