"""Stage 3b: the parts before the items: title and dates, attendance, distribution,
place and time (the signatures are :mod:`.signatures`').

Guarantees: every line given ends up in a field or in the returned ``unplaced``,
``agenda`` or ``unmodelled`` lines (which the caller keeps as text, with a diagnostic).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, Sequence

from ..model import Distribution, NextMeeting
from .attendance import CHAIR_ROLES, MINUTE_TAKER_ROLES, Row, is_role, names_no_one, read_rows
from .dates import BARE_TIME_RANGE, ISO_DATE, MONTHS, TIME_RANGE, find_compact_date, find_date, find_times, parse_iso, place_after
from .diagnostics import Diagnostics, quoted
from .lines import BULLETS, TITLE, Line, join_hyphenated
from .orgs import OrgKnowledge, looks_like_institution, looks_like_name
from .signatures import SIGN_HERE, cells_of, name_list, signature_label

__all__ = ["Header", "closing_distribution", "envelope", "read_distribution", "read_header", "starts_distribution", "title_body"]

#: The date line above the title: a date alone on its line.
DATE_LINE = re.compile(r"^(?:19|20)\d{2}-\d{1,2}-\d{1,2}$")

#: The title line is found by :data:`~.lines.TITLE` (the kind of document in it).
#: A first line that names a meeting, not the kind of document, with its date: "Styrelsemöte
#: 2024-01-15", "Sammanträde med trygghetsrådet 15 januari 2024" (a title only there).
MEETING_TITLE = re.compile(r"\b\w*(?:möte|sammanträde)\b", re.IGNORECASE)
#: ... unless it names a notice of the meeting or its agenda, which are no minutes.
NOT_MINUTES = re.compile(r"\b(?:kallelse|inbjudan|dagordning|föredragningslista)\b", re.IGNORECASE)
#: A title that is the kind of document alone ("SAMMANTRÄDESPROTOKOLL"): the body's name
#: follows on the next line ("Brottsförebyggande rådet i Norrvik").
TITLE_ALONE = re.compile(r"^(?:\w*protokoll(?:sutdrag)?|\w*anteckningar)[.:]?$", re.IGNORECASE)
#: The body's name on the line under such a title: a capital, words ("KS" at least), no colon or digits.
BODY_LINE = re.compile(r"^[A-ZÅÄÖ][^\d:;.!?]{1,79}$")

#: The body in the title: the capitalised word(s) right before the date ("BIG").
TITLE_BODY = re.compile(
    r"""
    (?P<body>[A-ZÅÄÖ][A-ZÅÄÖ0-9:-]+)    # an upper-case word: BIG, BRÅ
    \s+ (?:den\s+)?                      # then the date
    (?=(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\s+[a-zåäö]+\s+\d{4})
    """,
    re.VERBOSE,
)

#: An upper-case word in a title ("BRÅ" in "BRÅ-möte"), not part of a longer word.
UPPER_WORD = re.compile(
    r"""
    \b [A-ZÅÄÖ] [A-ZÅÄÖ0-9]+ \b    # two or more capitals (digits after the first)
    """,
    re.VERBOSE,
)
#: Capitalised words in a row in a title ("Trygghetsrådet Norrvik").
CAPITALISED_WORDS = re.compile(
    r"""
    (?P<words>
        [A-ZÅÄÖ] [\w-]*              # a word with a capital first
        (?: \x20 [A-ZÅÄÖ] [\w-]* )*  # more such words, one space apart
    )
    """,
    re.VERBOSE,
)

#: The body named after a preposition in a title, from a capitalised word up to a comma,
#: a date or the end: "... styrelsemöte i Brottsförebyggande rådet Norrby", "... med
#: Socialnämnden den 14 mars 2024".
BODY_AFTER_PREPOSITION = re.compile(
    r"""
    \b (?P<preposition> i | hos | med | för | inom ) \x20+
    (?P<body>
        [A-ZÅÄÖ] [\w-]*                           # a capital first
        (?: \x20 (?!den\b|(?i:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)\b) [^\W\d] [\w-]* )*  # words without digits, no day's
    )
    """,
    re.VERBOSE,
)

#: One or two capitalised words right before a preposition in a title ("... Nattvandrarna i").
_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<words>[A-ZÅÄÖ][\w-]*(?:\x20[A-ZÅÄÖ][\w-]*)?)\x20+$")

#: The forms of a company after (or before) its name: no body's name of their own.
_COMPANY_FORMS = frozenset({"AB", "HB", "KB", "EK", "EF", "AB:s"})

#: A word naming a kind of meeting, with the body's word before "möte" ("STYRELSEMÖTE",
#: "ledningsgruppsmöte", "Arbetsutskottssammanträde"): never the body itself.
MEETING_WORD = re.compile(r"\b(?P<part>\w*?)(?:möte|sammanträde)\b", re.IGNORECASE)

#: The body a meeting's word names, in its definite form, for the common kinds of body
#: (none for "årsmöte", "medlemsmöte": an association's, whose name is not there).
_MEETING_BODIES = (
    ("styrelse", "Styrelsen"), ("presidie", "Presidiet"), ("presidium", "Presidiet"),
    ("grupp", "gruppen"), ("nämnd", "nämnden"), ("utskott", "utskottet"), ("råd", "rådet"),
)


def _body_of_meeting(part: str) -> str | None:
    """"styrelse" -> "Styrelsen", "ledningsgrupps" -> "Ledningsgruppen", "arbetsutskotts"
    -> "Arbetsutskottet", "årsmöte"'s "års" -> None."""
    stem = part[:-1] if part.endswith("s") and not part.endswith(("ss", "ns")) else part
    for ending, definite in _MEETING_BODIES:
        if stem.endswith(ending):
            word = stem[: len(stem) - len(ending)] + definite
            return word[:1].upper() + word[1:]
    return None


#: A body named by what it is, in the definite form, with the words after it up to a date:
#: "... arbetsgruppen Trygg skolväg 2024-05-02", "Protokoll styrelsen 2024-01-15", and a
#: capitalised word before it ("Brottsförebyggande rådet Åsby").
BODY_NOUN = re.compile(
    r"""
    (?<![\w-]) (?P<body>
        (?: (?-i:[A-ZÅÄÖ]) [\w-]* (?: \x20 (?-i:[a-zåäö]) [\w-]* ){0,2}   # "Lokala rådet", "Lokala brottsförebyggande rådet"
            \x20 (?=[^\W\d]*(?:gruppen|styrelsen|nämnden|rådet|utskottet)\b) )?
        [^\W\d]* (?:gruppen | styrelsen | nämnden | rådet | utskottet | presidiet | kommittén | beredningen | nätverket) \b
        (?: \x20 (?!den\b|(?i:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?)\b) [^\W\d] [\w-]* )*  # words without digits, no day's
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: "kl" before a time: in a date field, it says the times follow.
_CLOCK = re.compile(r"\bkl\b", re.IGNORECASE)

#: A label that opens a list or a header field, with what follows it on the line.
LABEL = re.compile(
    r"""
    ^ (?P<label>
        Närvarande (?: \s+ (?: ledamöter | ersättare | tjänstemän | tjänstepersoner | ordinarie | personal | beslutande
                             | styrelseledamöter | suppleanter | övriga | med \s+ yttranderätt
                             | (?:ej|icke) \s+ tjänstgörande \s+ ersättare
                             | (?:från|för) \s+ [\wåäö]+ (?:\s[\wåäö]+){0,3} ) )?  # "Närvarande från förvaltningen"
      | (?:Närvarande | Deltagare | Deltagande | Deltog) (?: \s* \( [^()]{1,30} \) | \s+ (?:på\s+plats | via\s+\w+ | digitalt | på\s+distans | på\s+länk) )
      | Deltagare \s+ från \s+ [\wåäö]+ (?:\s[\wåäö]+){0,3} | Deltagande \s+ ledamöter | Närvarolista
      | Deltagare | Deltagande | Deltog | Deltagit | Medverkande | Närvarade | Med
      | Styrelseledamöter | Suppleanter | Personalrepresentanter | Arbetstagarrepresentanter | Revisorer
      | Personalföreträdare | Fackliga \s+ företrädare | Insynsplats
      | Beslutande (?:\s+ (?:ledamöter | ersättare))? | (?:Ordinarie\s+)?[Ll]edamöter
      | (?:(?:Ej|Icke)\s+)?[Tt]jänstgörande\s+(?:ersättare|ledamöter)
      | Övriga(?:\s+(?:deltagare|närvarande|deltagande))? | Ersättare | Tjänstemän | Tjänstepersoner | Adjungerade? | Gäster | Inbjudna
      | Frånvarande (?:\s+(?:ledamöter|ersättare))? | Ej\s+närvarande | Förhinder | Anmält\s+förhinder | Anmäld\s+frånvaro | Frånvaro
      | Förhindrade
      | (?:Mötes)?plats(?:\s+och\s+tid)? | Lokal | Tid (?:\s+och\s+(?:plats|lokal))? | Datum\s+och\s+tid
      | Datum,?\s+tid\s+och\s+plats | (?:Mötes|Sammanträdes)?datum
      | (?:Mötes)?ordförande | Ordf\.?
      | (?:Mötes)?sekreterare (?:\s*/\s*antecknare)? | Protokollförare | Antecknare | Vid\s+protokollet | Antecknat\s+av
      | (?:Mötes|Minnes)?anteckningar\s+förda\s+av
      | (?:Protokoll)?justerare | Justerande | Justering | Utses\s+att\s+justera
      | Nästa\s+möte
      | Dagordning | Föredragningslista | Ärendelista | Agenda   # ends a list: the agenda follows
      | Justeringens\s+plats\s+och\s+tid | Justeringsdatum | Paragrafer | Anslagsdatum   # fields of formal
      | Förvaringsplats\s+för\s+protokollet                                          # minutes the model has none for
    )
    (?: \s* : \s* (?P<rest>.*)         # a colon and the value,
      | (?: \t | \x20{2,} ) \s* (?P<cell>\S.*)  # or the value in the next column ("Beslutande<TAB>Ida Ek (S)"),
      | \s (?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b.*)  # or a date after a space ("Sammanträdesdatum 2024-03-14"),
      | \s*                             # or the label alone ("### Närvarande")
    ) $
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: The first four letters, in lower case, of every label :data:`LABEL` reads that starts with
#: four ASCII letters (the others start with "ä", "ö" or "å", or with a shorter word: "Med",
#: "Tid", "Ej", "Vid").
_LABEL_HEADS = frozenset(
    {
        "adju", "agen", "ansl", "ante", "arbe", "besl", "dago", "datu", "delt", "fack", "icke", "inbj", "insy", "just",
        "leda", "loka", "medv", "minn", "ordf", "ordi", "para", "pers", "plat", "prot", "revi", "samm", "sekr", "styr",
        "supp", "utse",
    }
)


def _label(text: str) -> re.Match[str] | None:
    """:data:`LABEL`'s match of ``text`` (None where it does not match), with a cheap look
    first that rules out a line starting with four ASCII letters no label starts with (most
    rows of a list: "Pernilla Dalborg<TAB>BIG"). Safe: for ASCII letters the pattern's
    IGNORECASE is plain lower case (its other equivalents, such as "ſ" for "s", are no
    ASCII), and a label of a shorter first word has a space, colon or the end after it."""
    return LABEL.match(text) if _may_be_label(text) else None


def _may_be_label(text: str) -> bool:
    """:func:`_label`'s cheap look: False for a line that starts with four ASCII letters no
    label starts with."""
    head = text[:4]
    return not (len(head) == 4 and head.isascii() and head.isalpha() and head.lower() not in _LABEL_HEADS)


#: "Delges närvarande, A, B och C samt kommunstyrelsen.", "Protokollet delges till: A, B".
DISTRIBUTION = re.compile(
    r"""
    ^ (?:Protokollet\s+)? Delges \b (?:\s+till\b)? \s* :? \s*   # "Delges", perhaps "Protokollet delges till:"
    (?P<rest>.*?)               # närvarande, the names and bodies
    \s* \.? $                   # an optional full stop
    """,
    re.VERBOSE | re.IGNORECASE | re.DOTALL,
)
#: The start of the distribution line: where it matches, :data:`DISTRIBUTION` does.
DISTRIBUTION_START = re.compile(r"^(?:Protokollet\s+)?Delges\b(?:\s+till\b)?", re.IGNORECASE)
#: How the distribution line starts: a cheap look first (its first two letters, in any case
#: IGNORECASE reads as "de" or "pr": no other letter is "d", "e", "p" or "r" to it).
_DISTRIBUTION_HEADS: Final = frozenset(a + b for a in "Dd" for b in "Ee") | frozenset(a + b for a in "Pp" for b in "Rr")
#: Between the names and bodies of the distribution: a comma, "och" or "samt", with the
#: spaces around them (written to start with a comma or a space, so a search skips fast).
DISTRIBUTION_SEPARATOR = re.compile(
    r"""
    [,\s]                                   # a comma or a space first
    (?: (?<=,) \s*                          # a comma: and the spaces after it,
      | \s* (?: ,\s* | och\s+ | samt\s+ )   # a space: then a comma, "och" or "samt" after the spaces
    )
    """,
    re.VERBOSE,
)

class Header:
    """What the header says, filled in as :func:`read_header` reads it. A plain class, not an
    attrs one: compiled (mypyc), it is a native class, whose fields are read and set without
    a lookup by name (nothing compares, hashes or prints a header)."""

    def __init__(self) -> None:
        self.title: str | None = None
        self.body: str | None = None
        self.meeting_date: dt.date | None = None
        self.document_date: dt.date | None = None
        self.place: str | None = None
        self.start: dt.time | None = None
        self.end: dt.time | None = None
        self.chair: str | None = None
        self.listed_chair: str | None = None  # an attendee listed as "ordförande"
        self.listed_minute_taker: str | None = None  # an attendee listed as "sekreterare"
        self.minute_taker: str | None = None  # "Sekreterare: X", when the signatures name none
        self.adjusters: list[str] = []  # "Justerare: X och Y", likewise
        self.next_meeting: NextMeeting | None = None
        self.field_date: tuple[dt.date, Line] | None = None  # "Datum: 2024-04-12", and its line
        self.attendees: list[Row] = []
        self.absent: list[Row] = []
        self.distribution: Distribution | None = None
        self.unplaced: list[Line] = []
        self.agenda: list[Line] = []  # "Dagordning" and its entries, kept as text too
        self.unmodelled: list[Line] = []  # "Justeringens plats och tid: ...", likewise


#: A word and a value in the next column: "Justeringens<TAB>Stadshuset 2024-05-20".
_WORD_AND_VALUE = re.compile(r"(?P<word>\S+)(?:\t|\x20{2,})\s*(?P<value>\S.*)")
#: A company's or an association's organisation number, as a line under the title: "(org.nr
#: 556987-1234)", "Organisationsnummer: 802456-7890" (a field the model has none for).
ORGANISATION_NUMBER = re.compile(
    r"\(?\s*(?:org\.?\s*nr|organisationsnummer|org\.?\s*nummer)\.?\s*:?\s*\d{6}-?\d{4}\s*\)?", re.IGNORECASE
)
#: A key of Markdown front matter, the YAML block notes apps and site generators put between
#: two lines "---" at a file's top ("title: Protokoll", "tags: [big]"): lower case, no space.
#: (Labels of the minutes are capitalised: "Datum: ..." is no front matter.)
FRONT_MATTER_KEY = re.compile(r"^[a-z_][a-z0-9_-]*:(?:\s|$)")
#: An e-mail's header line, as mail programs put it above a forwarded or pasted text
#: ("Från: Ida Ek <ida.ek@example.se>", "Skickat: den 9 september 2022 10:14", "Ämne: ...").
MAIL_FIELD = re.compile(
    r"^(?:Från|Skickat|Datum|Till|Kopia|Hemlig\s+kopia|Ämne|Bifogade\s+filer|Bilagor|Prioritet|Svara\s+till"
    r"|From|Sent|Date|To|Cc|Bcc|Subject|Attachments|Importance|Reply-To)\s*:",
    re.IGNORECASE,
)
#: The line a mail program writes above a forwarded message's header.
MAIL_SEPARATOR = re.compile(
    r"^-*\s*(?:Ursprungligt\s+meddelande|Vidarebefordrat\s+meddelande|Original\s+Message|Forwarded\s+message"
    r"|Begin\s+forwarded\s+message)\s*:?\s*-*$",
    re.IGNORECASE,
)
#: How an e-mail's header starts: "Från:" / "From:", or the separator line above it ("-----Ursprungligt
#: meddelande-----", "Vidarebefordrat meddelande", "Original Message", "Begin forwarded message").
_MAIL_FIRST: Final = frozenset("-FfUuVvOoBb")
#: How far down the closing line of front matter is looked for.
_FRONT_MATTER_LINES = 60
#: What :func:`envelope` found, as its diagnostic says it.
_ENVELOPES = {"front-matter": "the Markdown front matter", "mail-header": "the e-mail's header"}


def envelope(lines: Sequence[Line]) -> tuple[int, str | None]:
    """How many of the first ``lines`` wrap the minutes rather than belong to them, and what
    they are, as a diagnostic's code: ``front-matter`` (a line ``---``, a lower-case ``key:``
    first, up to a line ``---`` or ``...``) or ``mail-header`` (a run of lines from ``Från:``
    on, with ``Ämne:``, ``Till:`` or ``Skickat:`` among them, perhaps under the line
    ``-----Ursprungligt meddelande-----``). (0, None) when neither.

    Read as the minutes, their lines would give a title (``title: Protokoll``, ``Ämne:
    Protokoll``) or a date (``Skickat: den 12 september 2022``) that are not the minutes'.
    """
    if not lines:
        return 0, None
    if lines[0].text == "---":
        if len(lines) > 2 and FRONT_MATTER_KEY.match(lines[1].text):
            for end in range(2, min(len(lines), _FRONT_MATTER_LINES)):
                if lines[end].text in ("---", "..."):
                    return end + 1, "front-matter"
        return 0, None
    first = lines[0].text
    if first[:1] not in _MAIL_FIRST:  # (a cheap look: the title, a date, a letterhead start otherwise)
        return 0, None
    start = 1 if MAIL_SEPARATOR.match(first) else 0
    end = start
    while end < len(lines) and MAIL_FIELD.match(lines[end].text) and (end == start or not lines[end].brk):
        end += 1
    if end - start < 2:
        return 0, None
    labels = [lines[i].text.split(":", 1)[0].strip().lower() for i in range(start, end)]
    if labels[0] in ("från", "from") and any(label in ("ämne", "subject", "till", "to", "skickat", "sent") for label in labels):
        return end, "mail-header"
    return 0, None


_ATTENDANCE = {
    "närvarande", "närvarande ledamöter", "närvarande ersättare", "närvarande tjänstemän", "närvarande tjänstepersoner",
    "närvarande ordinarie", "närvarande personal", "närvarande beslutande", "deltagare", "deltagande", "beslutande",
    "beslutande ledamöter", "beslutande ersättare", "icke tjänstgörande ersättare", "ledamöter",
    "ordinarie ledamöter", "tjänstgörande ersättare", "tjänstgörande ledamöter", "ej tjänstgörande ersättare", "övriga", "övriga deltagare", "övriga närvarande",
    "övriga deltagande", "ersättare", "tjänstemän", "tjänstepersoner", "adjungerad", "adjungerade", "gäster", "inbjudna",
    "deltog", "deltagit", "medverkande", "närvarade", "med", "styrelseledamöter", "suppleanter", "personalrepresentanter",
    "arbetstagarrepresentanter", "revisorer", "närvarande ej tjänstgörande ersättare", "närvarande icke tjänstgörande ersättare",
    "närvarolista", "närvarande styrelseledamöter", "närvarande suppleanter", "närvarande övriga", "deltagande ledamöter",
    "deltog på distans", "deltagare från förvaltningen", "närvarande med yttranderätt", "personalföreträdare",
    "fackliga företrädare", "insynsplats",
}
_ABSENCE = {
    "frånvarande", "frånvarande ledamöter", "frånvarande ersättare", "ej närvarande", "förhinder", "anmält förhinder", "anmäld frånvaro", "frånvaro", "förhindrade",
}
#: The agenda's heading: what follows is no attendee (and stays text, as the heading does);
#: a numbered run right under it is no items either (:func:`~.items.numbered_headings`).
AGENDA_HEADINGS = frozenset({"dagordning", "föredragningslista", "ärendelista", "agenda"})
#: What stands in brackets after a name in a header field ("Bo Lund (M)"): kept in the
#: field's diagnostic, no part of the name.
_BRACKETS = re.compile(r"\s*\([^()]*\)")
#: Labels of the one who takes the minutes, in the header.
_MINUTE_TAKER_LABELS = {
    "sekreterare", "mötessekreterare", "protokollförare", "antecknare", "vid protokollet", "antecknat av",
    "anteckningar förda av", "mötesanteckningar förda av", "minnesanteckningar förda av",
}
#: Fields of formal minutes the model has no field for: kept as preamble text, in a diagnostic too.
_UNMODELLED = {"justeringens plats och tid", "justeringsdatum", "paragrafer", "anslagsdatum", "förvaringsplats för protokollet"}
#: An entry of the agenda after a blank line: numbered or bulleted ("1. Öppnande", "- Ekonomi").
AGENDA_ENTRY = re.compile(rf"^(?:\d{{1,3}}[.)]|[{re.escape(BULLETS)}])\s+\S")
#: The labels the model's lists stand for; any other's words are kept in a diagnostic.
_PLAIN_LIST_LABELS = {"närvarande", "frånvarande"}


#: A second field on a field's line: "Tid: kl. 13-15 Plats: Stadshuset", "Datum: 2024-03-05,
#: Tid: 13.00". The line is read as one field after the other.
NEXT_FIELD = re.compile(
    r"[,;]?\s+(?=(?:Plats|Lokal|Tid|Datum|Ordförande|Sekreterare|Protokollförare|Justerare|Justerande)\s*:)",
    re.IGNORECASE,
)


#: A field's label as the title of a table's column, its value in the row below ("Datum<TAB>Tid
#: <TAB>Plats" / "2025-02-04<TAB>14.00–16.00<TAB>Stadshuset").
FIELD_TITLE = re.compile(r"(?:(?:Mötes|Sammanträdes)?datum|Tid|(?:Mötes)?plats|Lokal|Plats\s+och\s+tid|Datum\s+och\s+tid):?", re.IGNORECASE)
_FIELD_TITLE_FIRST = frozenset("DTPLMSdtplms")  # (a cheap look first)


def _fields_apart(lines: Sequence[Line], diagnostics: Diagnostics) -> Sequence[Line]:
    """The lines with each field of a line of several ("Tid: 13-15 Plats: Hamnkontoret", as
    a Markdown paragraph of two lines becomes in Word) on a line of its own, and so each
    field of a table whose first row titles its columns with the fields' labels ("Datum<TAB>
    Tid<TAB>Plats" / "2025-02-04<TAB>14-16<TAB>Stadshuset": "Datum: 2025-02-04", ...)."""
    result: list[Line] | None = None
    skip = False
    for i, line in enumerate(lines):
        if skip:  # the row of values, read with its titles
            skip = False
            continue
        text = line.text
        if text[:1] in _FIELD_TITLE_FIRST and "\t" in text and i + 1 < len(lines) and FIELD_TITLE.match(text):
            titles = cells_of(text)
            values = cells_of(lines[i + 1].text)
            if len(titles) == len(values) > 1 and all(FIELD_TITLE.fullmatch(title) for title in titles):
                if result is None:
                    result = list(lines[:i])
                shown = " | ".join(titles)
                diagnostics.info("fields-in-columns", f"read {shown!r} as the titles of the fields in the row below", line.no)
                below = lines[i + 1]
                result += [
                    below._replace(text=f"{title.rstrip(':')}: {value}", brk=k > 0 or line.brk)
                    for k, (title, value) in enumerate(zip(titles, values))
                ]
                skip = True
                continue
        parts = NEXT_FIELD.split(text) if text.count(":") > 1 and _label(text) else None
        if parts is None or len(parts) == 1:
            if result is not None:
                result.append(line)
            continue
        if result is None:
            result = list(lines[:i])
        diagnostics.info("fields-apart", f"read {quoted(text)} as {len(parts)} fields", line.no)
        result.append(line._replace(text=parts[0]))
        result += [line._replace(text=part, brk=True) for part in parts[1:]]
    return lines if result is None else result


def read_header(lines: Sequence[Line], orgs: OrgKnowledge, diagnostics: Diagnostics) -> Header:
    """Read the lines before the first §."""
    header = Header()
    wrapping, code = envelope(lines)
    if code is not None:
        header.unmodelled += [line._replace(brk=True) for line in lines[:wrapping]]
        diagnostics.info(
            code,
            f"kept {_ENVELOPES[code]} (lines {lines[0].no}-{lines[wrapping - 1].no}) as preamble text: it wraps the minutes",
            lines[0].no,
        )
        lines = lines[wrapping:]
    lines = _fields_apart(lines, diagnostics)
    title_end = -1  # the index after the title's line (or block)
    mode: str | None = None
    groups: dict[str, list[Line]] = {"attendees": [], "absent": []}
    columns: tuple[str, str] | None = None  # two lists side by side: the left one's and the right one's
    right: list[Line] = []  # the right list's rows, read after the left's
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text
        index += 1
        if header.title is None:
            if DATE_LINE.match(text) and header.document_date is None:
                header.document_date = parse_iso(text)
                continue
            first = index == (2 if header.document_date else 1)  # the first line, or the one after the date line
            if TITLE.search(text) or (
                first and MEETING_TITLE.search(text) and not NOT_MINUTES.search(text) and find_date(text)
            ):
                block_end = _read_title_block(lines, index - 1, header, diagnostics)
                if block_end is not None:
                    index = title_end = block_end
                    continue
                wrapped, taken = _wrapped_title(line, lines[index : index + 2])
                if taken:
                    diagnostics.info("title-joined", f"the title goes on over {taken + 1} lines; joined them", line.no)
                    index += taken
                at = index - taken - 1  # the title's line
                above = lines[at - 1] if at > 0 and header.unplaced and header.unplaced[-1] is lines[at - 1] else None
                if above is not None and line.brk and len(header.unplaced) > 1:
                    above = None  # in a paragraph of its own, only the document's first line may name the body
                _read_title(header, wrapped, diagnostics, above)
                title_end = index
                continue
        elif index - title_end <= 2 and header.field_date is None and header.start is None and mode is None:
            # the line right under the title (or one more down) may give the day, time and place
            dated = _dated_line(text, header.meeting_date)
            if dated is not None:
                header.field_date = (dated[0], line)
                header.start, header.end = dated[1], dated[2]
                header.place = header.place or dated[3]
                diagnostics.info("header-field", f"read {quoted(text)} into the header fields: the meeting's day", line.no)
                continue
        may_be_label = _may_be_label(text)  # (the same look for the line joined below: it starts the same)
        wraps = may_be_label and index < len(lines) and not lines[index].brk
        valued = _WORD_AND_VALUE.match(text) if wraps and " " in text else None
        if wraps and (" " not in text or valued is not None):
            # a label wrapped in its column: "Justeringens" / "plats och tid<TAB>Stadshuset", or
            # with the value beside its first line: "Justeringens<TAB>Stadshuset" / "plats och tid"
            word, value = (valued["word"], valued["value"]) if valued is not None else (text, None)
            joined = f"{word} {lines[index].text}" + (f"\t{value}" if value is not None else "")
            wrapped_label = _label(joined)
            if wrapped_label and " " in wrapped_label["label"] and wrapped_label["label"].split()[0] == word and (
                value is None or "\t" not in lines[index].text
            ):
                diagnostics.info("label-joined", f"the label {wrapped_label['label']!r} goes on over two lines; joined them", line.no)
                line = line._replace(text=joined)
                text = line.text
                index += 1
        label = LABEL.match(text) if may_be_label else None
        if columns is not None:
            if label is None and not line.level and not starts_distribution(text):
                # a row of both lists: the left half of its cells the left list's, the rest the right's
                # (one cell alone, or an odd number, the left list's: its place is not in the text)
                cells = cells_of(text)
                half = len(cells) // 2 if len(cells) % 2 == 0 else len(cells)
                groups[columns[0]].append(line._replace(text="\t".join(cells[:half])))
                if half < len(cells):
                    right.append(line._replace(text="\t".join(cells[half:])))
                continue
            groups[columns[1]] += right  # the right list after the left, as the columns are read
            right = []
            columns = None
        if label and ("\t" in text or "  " in text) and (paired := _side_by_side(text)) is not None:
            columns, mode = paired, None
            shown = " and ".join(repr(cell) for cell in cells_of(text))
            diagnostics.info("lists-side-by-side", f"read the lists under {shown}, side by side, one after the other", line.no)
            continue
        if label:
            name = " ".join(label["label"].lower().split())
            rest = (label["rest"] or label["cell"] or label["date"] or "").strip()
            listed = _list_of(name)
            if listed is not None:
                mode = listed
                if name not in _PLAIN_LIST_LABELS:  # "Övriga närvarande": one list with the rest
                    people = "attendees" if mode == "attendees" else "absentees"
                    diagnostics.info("list-label", f"read the list under {label['label']!r} as {people}", line.no)
                if rest:
                    groups[mode].append(line._replace(text=rest))
                continue
            if mode == "attendees" and label["cell"] and not line.brk and is_role(label["label"]):
                # "Ledamöter" / "Ordförande<TAB>Lena Ström (S)": a member's row, the role in its first column
                groups[mode].append(line)
                continue
            if name in AGENDA_HEADINGS:
                mode = "agenda"
                header.agenda.append(line)
                continue
            mode = None
            if name in _UNMODELLED:
                header.unmodelled.append(line._replace(brk=True))  # a field: a paragraph of its own
                diagnostics.info("header-unmodelled", f"kept {quoted(text)} as preamble text: the model has no field for it", line.no)
                continue
            if not rest:
                header.unplaced.append(line)
                continue
            placed = True
            if name in {"justerare", "protokolljusterare", "justerande", "justering", "utses att justera"}:
                names = name_list(_BRACKETS.sub("", rest) if "(" in rest else rest)  # "Bo Lund (M) och Eva Sand (S)"
                if not names and name == "justering" and find_date(rest) is not None:
                    # "Justering: Rådhuset 2024-05-27": the adjustment's place and time, a field the model has none for
                    header.unmodelled.append(line._replace(brk=True))
                    diagnostics.info("header-unmodelled", f"kept {quoted(text)} as preamble text: the model has no field for it", line.no)
                    continue
                header.adjusters += names
                placed = bool(names)
            elif name in _MINUTE_TAKER_LABELS or name.startswith(("sekreterare", "mötessekreterare")):
                names = name_list(_BRACKETS.sub("", rest) if "(" in rest else rest)
                if len(names) != 1 and ", " in rest:  # one minute-taker, with an organisation or a title: "Maria Ek, BIG"
                    person, beside = rest.split(", ", 1)
                    names = [person] if looks_like_name(person) and not looks_like_name(beside) else names
                placed = len(names) == 1  # one minute-taker
                if placed:
                    header.minute_taker = names[0]
            elif name.startswith(("plats", "mötesplats", "lokal")):
                _read_place_and_time(header, rest, line)
            elif name == "tid" or name.endswith(("datum", "datum och tid")) or name.startswith(("tid och", "datum, tid", "datum tid")):
                found = find_date(rest) if not name.startswith("tid") else None
                if found is not None:
                    header.field_date = header.field_date or (found.date, line)
                    rest = rest[: found.start] + rest[found.end :]  # "2024-04-12 kl 13" would read 12 as an hour
                # times in a "tid" field, or after "kl" in a date's ("Datum: 2024-02-06, kl. 13-15")
                times = "tid" in name.split() or (header.start is None and _CLOCK.search(rest) is not None)
                if times:
                    clocked = "kl " + rest if not rest.lower().lstrip().startswith("kl") else rest
                    header.start, header.end, after = find_times(clocked)
                    # and the place after them ("Datum: 2024-02-06 kl. 13-15, Stadshuset", "Tid: 13-15 i Rådhuset")
                    place = place_after(clocked[after:]) if after >= 0 and header.place is None else None
                    header.place = header.place or place
                placed = found is not None or (times and header.start is not None)
            elif name == "nästa möte":
                header.next_meeting = _read_next_meeting(rest, header.meeting_date)
                placed = header.next_meeting is not None
            elif SIGN_HERE.match(rest):  # "Ordförande  ........": a signature's label and line, no chair
                placed = False
            else:  # the chair: "Ordförande: Ida Ek", "Ordf: Ida Ek (Polisen)" (the bracket stays in the diagnostic)
                bracket = rest.find(" (")
                header.chair = rest[:bracket] if bracket > 0 and rest.endswith(")") and looks_like_name(rest[:bracket]) else rest
            if placed:
                # the line as written (label, "kl." and all) stays in the result this way
                diagnostics.info("header-field", f"read {quoted(text)} into the header fields", line.no)
            else:
                header.unplaced.append(line)
            continue
        # a second one stays text
        if header.distribution is None and starts_distribution(text):
            mode = None
            written, index = _distribution_written(lines, index - 1, diagnostics)
            header.distribution = read_distribution(written)
            # the line as written ("A, B och C samt ...") stays in the result this way
            diagnostics.info("distribution-line", f"read {quoted(written)} into the distribution", line.no)
            continue
        if mode == "agenda":
            if not line.brk or AGENDA_ENTRY.match(text):
                header.agenda.append(line)
                continue
            mode = None  # a paragraph of other text after the agenda
        if mode is not None and not line.level:  # a heading ends a list ("## Information")
            groups[mode].append(line)
            continue
        mode = None
        if header.title is not None and len(text) < 25 and TITLE_ALONE.match(text):
            # a heading over the notes, after the agenda ("Anteckningar"): text, no warning
            header.unmodelled.append(line._replace(brk=True))
            diagnostics.info("header-unmodelled", f"kept {text!r}, a heading over the notes, as preamble text", line.no)
            continue
        if text[:1] in "(Oo" and ORGANISATION_NUMBER.match(text):
            header.unmodelled.append(line._replace(brk=True))
            diagnostics.info("header-unmodelled", f"kept {text!r}, an organisation number, as preamble text", line.no)
            continue
        header.unplaced.append(line)
    if columns is not None:
        groups[columns[1]] += right
    if header.field_date is not None:
        date, line = header.field_date
        if header.meeting_date is None:
            header.meeting_date = date  # the title has none: the meeting's date is the field's
        elif date != header.meeting_date:
            diagnostics.warn(
                "date-mismatch",
                f"{quoted(line.text)} names another day than the title ({header.meeting_date.isoformat()}); took the title's",
                line.no,
            )
    header.attendees, leftovers = read_rows(groups["attendees"], orgs, diagnostics)
    for line in leftovers:  # a count of those present stays text quietly, as a field the model has none for
        if names_no_one(line.text):
            header.unmodelled.append(line._replace(brk=True))
        else:
            header.unplaced.append(line)
    # "Ida Ek, ordförande" in the list: the group's chair, who chairs unless the text says
    # otherwise; "Bo Lund, sekreterare" likewise takes the minutes unless a signature says
    header.listed_chair = _listed_role(header.attendees, CHAIR_ROLES)
    header.listed_minute_taker = _listed_role(header.attendees, MINUTE_TAKER_ROLES)
    for row in header.attendees:
        if row.organisation:
            orgs.learn(row.organisation)
    header.absent, leftovers = read_rows(groups["absent"], orgs, diagnostics)
    header.unplaced.extend(leftovers)
    header.unplaced.sort(key=lambda line: line.no)
    return header


def _list_of(name: str) -> str | None:
    """The list a label (lower case, one space between words) heads: "attendees" or "absent";
    None for a label of no list."""
    if name in _ABSENCE:
        return "absent"
    if name in _ATTENDANCE or name.startswith(("närvarande", "deltagare", "deltagande")):
        return "attendees"
    return None


def _side_by_side(text: str) -> tuple[str, str] | None:
    """The lists of a line of two list labels in columns ("Beslutande<TAB>Ersättare",
    "Närvarande<gap>Frånvarande"): the left one's and the right one's, each as
    :func:`_list_of` names it; None for any other line."""
    cells = cells_of(text)
    if len(cells) != 2:
        return None
    left, right = (_list_of(" ".join(cell.rstrip(":").lower().split())) for cell in cells)
    return (left, right) if left is not None and right is not None else None


def _listed_role(rows: Sequence[Row], roles: frozenset[str]) -> str | None:
    """The first attendee listed with one of ``roles`` (among their roles: "kommundirektör, ordförande")."""
    return next(
        (row.name for row in rows if row.role and any(part.strip().casefold() in roles for part in row.role.split(","))), None
    )


def _ends_sentence(text: str) -> bool:
    # Narrower than lines.ends_sentence on purpose: a distribution list ("Delges A, B
    # samt C") goes on over lines until a full stop; a colon or bracket does not end it.
    return text.rstrip().endswith((".", "!", "?"))


#: A municipality's or region's name in a letterhead: "Norrviks kommun", "REGION NORRLAND".
MUNICIPALITY = re.compile(r"\bkommun\b|^region\b|\blandsting\b", re.IGNORECASE)


def _block_cell(cell: str) -> str | None:
    """What a cell of a title block is: ``"kind"`` (SAMMANTRÄDESPROTOKOLL), ``"date"``
    (2024-05-21, 21 maj 2024, or after its label: "Sammanträdesdatum 2024-05-21"), ``"date
    label"`` (Sammanträdesdatum, its date in the cell below), ``"name"`` (the body's or the
    municipality's); None for anything else."""
    if TITLE_ALONE.match(cell):
        return "kind"
    if cell[:1].isdigit():
        if DATE_LINE.match(cell):
            return "date"
        found = find_date(cell)  # with its year: none is inferred without a date to go by
        return "date" if found and found.start == 0 and found.end == len(cell) else None
    if cell.rstrip(":").casefold() in _DATE_LABELS:
        return "date label"
    label, _, value = cell.partition(" ")
    if value and label.rstrip(":").casefold() in _DATE_LABELS and _block_cell(value.strip()) == "date":
        return "date"  # the label and its date in one cell: "Sammanträdesdatum 2024-05-14"
    return "name" if BODY_LINE.match(cell) and not _label(cell) else None


#: Labels of the meeting's date that may stand alone in a title block, the date below them.
_DATE_LABELS = {"sammanträdesdatum", "mötesdatum", "datum"}


def _read_title_block(lines: Sequence[Line], at: int, header: Header, diagnostics: Diagnostics) -> int | None:
    """Read a formal first page's title block around ``lines[at]``, whose kind of document
    stands alone in a cell ("SAMMANTRÄDESPROTOKOLL"): with the lines of its paragraph just
    above and below it (at most two above, three below; below, past a blank line too, the
    line right under the title and a date) whose every cell is the body's or the
    municipality's name, the date, or the date's label ("Norrviks kommun" /
    "SAMMANTRÄDESPROTOKOLL" / "Socialnämnden<TAB>Sammanträdesdatum" / "2024-05-21"). The
    body is the first name that is no municipality's (else the municipality's); other names
    are kept as preamble text. Returns the index after the block; None when ``lines[at]`` is
    no such title. Lines above it were read before and left unplaced: they are taken back."""
    cells = cells_of(lines[at].text)
    kinds = [_block_cell(cell) for cell in cells]
    if kinds.count("kind") != 1 or None in kinds:
        return None
    block = [(lines[at], cells, kinds)]
    above = at
    while above > 0 and not lines[above].brk and at - above < 2 and header.unplaced and header.unplaced[-1] is lines[above - 1]:
        cells = cells_of(lines[above - 1].text)
        kinds = [_block_cell(cell) for cell in cells]
        if None in kinds or "kind" in kinds:
            break
        header.unplaced.pop()
        above -= 1
        block.insert(0, (lines[above], cells, kinds))
    end = at + 1
    while end < len(lines) and end - at <= 3 and not _label(lines[end].text):
        cells = cells_of(lines[end].text)
        kinds = [_block_cell(cell) for cell in cells]
        if None in kinds or "kind" in kinds:
            break
        if lines[end].brk and end > at + 1 and "date" not in kinds:
            break  # past a blank line only the body's name right below the title, and the date
        block.append((lines[end], cells, kinds))
        end += 1
    found = [(line, cell, kind) for line, cells, kinds in block for cell, kind in zip(cells, kinds)]
    title_line, title = next((line, cell) for line, cell, kind in found if kind == "kind")
    header.title = " ".join(title.split())
    names = [(line, cell) for line, cell, kind in found if kind == "name"]
    body = next((name for name in names if not MUNICIPALITY.search(name[1])), names[0] if names else None)
    header.body = " ".join(body[1].split()) if body else title_body(header.title, title_line.no, diagnostics)
    for line, name in names:
        if (line, name) != body:
            header.unmodelled.append(line._replace(text=name, brk=True))
            diagnostics.info("header-unmodelled", f"kept {name!r} as preamble text: the model has no field for it", line.no)
    dates = [cell for _, cell, kind in found if kind == "date"]
    if dates:
        written_date = find_date(dates[0])  # None for a date that is none, such as 2024-13-45
        header.meeting_date = written_date.date if written_date else None
    if len(found) > 2:  # more than the title with the body's name below it
        written = " | ".join(line.text for line, _, _ in block)
        what = f"the title {header.title!r}, the body {header.body!r}" + (f", the date {header.meeting_date}" if dates else "")
        diagnostics.info("title-block", f"read the title block {quoted(written)}: {what}", block[0][0].no)
    return end


def _wrapped_title(line: Line, following: Sequence[Line]) -> tuple[Line, int]:
    """A title without a date that goes on, with its date, on the lines below it, as a
    large font wraps in a PDF ("Protokoll fört vid" / "ledningsgruppsmöte BIG 2025-" /
    "05-22"): the lines joined, and how many were taken (none: the line as it is)."""
    if re.search(r"\d{4}", line.text):
        return line, 0
    text = line.text
    for taken, below in enumerate(following, 1):
        if below.brk or _label(below.text):
            break
        if taken == 1 and (dated := _dated_line(below.text, None)) and (dated[1] or dated[3]):
            break  # the day, time and place on a line of their own ("2024-02-04 kl 13-15 i Stadshuset")
        text = f"{text}{below.text}" if text.endswith("-") and below.text[:1].isdigit() else f"{text} {below.text}"
        if ISO_DATE.search(text):
            return line._replace(text=text), taken
    return line, 0


#: A title with a year: four digits, or two after a day and month ("3/3-24", "3 mars -24",
#: "24-03-03"); a date without one is none of the title's (no year to infer it from).
_TITLE_YEAR = re.compile(r"\d{4}|\d/\d{1,2}[-/ ]\d\d(?!\d)|[a-z]\.?\s*-\d\d(?!\d)|\d\d-\d\d-\d\d")


def _read_title(header: Header, line: Line, diagnostics: Diagnostics, above: Line | None = None) -> None:
    """The title, its date and the body it names; ``above``, the unplaced line right above
    it, names the body where the title does not ("Gävleborgs Trygghetsnätverk" /
    "Minnesanteckningar från möte 2025-11-04"): it is then the body's and no longer unplaced."""
    header.title = " ".join(line.text.split())
    header.meeting_date = parse_iso(line.text)
    if header.meeting_date is None:
        # a year in four digits, or in two after a day and month ("3/3-24", "3 mars -24", "24-03-03")
        dated = _TITLE_YEAR.search(line.text)
        found = (find_date(line.text, after=None) or find_compact_date(line.text)) if dated else None
        header.meeting_date = found.date if found else None
    named = above.text if above is not None and _names_a_body(above.text) else None
    header.body = title_body(header.title, line.no, diagnostics, named)
    if above is not None and header.body == named:
        header.unplaced.remove(above)


def _names_a_body(text: str) -> bool:
    """True for a line that may be a body's name over the title: a few words, the first
    capitalised and two such or an institution's word first ("Föreningen ..."), no digits,
    no comma, no label, no sentence."""
    words = text.split()
    return (
        0 < len(words) <= 6
        and text[:1].isupper()
        and (sum(word[:1].isupper() for word in words) > 1 or looks_like_institution(text))
        and not any(c.isdigit() or c in ",;\t" for c in text)
        and text[-1] not in ".:!?"
        and not _label(text)
        and not TITLE.search(text)
    )


def title_body(title: str, line: int, diagnostics: Diagnostics, above: str | None = None) -> str:
    """The body a title names: the upper-case word before the date ("BIG"), else the last
    upper-case word beside the kind of document ("BRÅ"), else the words from a capital after
    a preposition ("Protokoll fört vid styrelsemöte i Brottsförebyggande rådet Norrby"),
    else a body's name in the definite form and the words after it ("Minnesanteckningar
    arbetsgruppen Trygg skolväg": "Arbetsgruppen Trygg skolväg"), else the capitalised words
    after the kind ("Protokoll Trygghetsrådet Norrvik 2024-01-15"), else the body the
    meeting's word names ("styrelsemöte": "Styrelsen"; these four an info diagnostic: a
    guess), else the title without its date (a warning). A word naming a meeting
    ("STYRELSEMÖTE") is no body's name. ``above``, a body's name on the line over the
    title, comes before the meeting's word (an info diagnostic)."""
    body = TITLE_BODY.search(title)
    if body and not MEETING_WORD.search(body["body"]) and body["body"] not in _COMPANY_FORMS:
        return body["body"]
    kind = TITLE.search(title)
    before, after = (title[: kind.start()], title[kind.end() :]) if kind else ("", title)
    upper = [
        word for word in UPPER_WORD.findall(f"{before} {after}")
        # "14 MARS 2023", "STYRELSEMÖTE", a company's form ("Stenbrinks Bostäder AB")
        if word.lower() not in MONTHS and not MEETING_WORD.search(word) and word not in _COMPANY_FORMS
    ]
    if upper:
        return str(upper[-1])
    dashed = _AFTER_DASH.match(after)
    if dashed and not MEETING_WORD.search(dashed["body"]) and len(dashed["body"].split()) <= 6:
        diagnostics.info("body-from-title", f"took {dashed['body']!r}, after the dash in the title, as the body", line)
        return dashed["body"]
    named = BODY_AFTER_PREPOSITION.search(after)
    noun = BODY_NOUN.search(after)
    if named and not (noun and noun.start() < named.start()):  # "Lokala rådet i Ösby": the body, not the place
        lead = _NAME_BEFORE.search(after, 0, named.start())
        if lead and not MEETING_WORD.search(lead["words"]) and not TITLE.search(lead["words"]):
            # "Nattvandrarna i Kvarnby": capitalised words right before the preposition are the body's
            whole = f"{lead['words']} {named['preposition']} {named['body']}"
            diagnostics.info("body-from-title", f"took {whole!r}, capitalised in the title, as the body", line)
            return whole
        diagnostics.info(
            "body-from-title", f"took {named['body']!r}, after {named['preposition']!r} in the title, as the body", line
        )
        return named["body"]
    if noun:
        named_body = noun["body"][:1].upper() + noun["body"][1:]
        diagnostics.info("body-from-title", f"took {named_body!r}, a body's name in the title, as the body", line)
        return named_body
    names = [n for n in CAPITALISED_WORDS.findall(after) or CAPITALISED_WORDS.findall(before) if not MEETING_WORD.search(n)]
    if names:
        name = _nominative(str(names[0]), title)
        diagnostics.info("body-from-title", f"took {name!r}, capitalised in the title, as the body", line)
        return name
    if above is not None:
        diagnostics.info("body-above-title", f"took {above!r}, on the line above the title, as the body", line)
        return above
    meeting = MEETING_WORD.search(title)
    if meeting and (named_body := _body_of_meeting(meeting["part"].lower())):
        diagnostics.info("body-from-title", f"took {named_body!r}, from {meeting.group(0)!r} in the title, as the body", line)
        return named_body
    rest = " ".join(ISO_DATE.sub(" ", title).split()) or title
    diagnostics.warn("no-body", f"the title names no body (such as BIG); set to {rest!r}", line)
    return rest


#: A body's name after a dash that follows the kind of document ("Minnesanteckningar –
#: Nattvandrarna i Björkby 2025-04-22"): a capital first, up to a comma, a digit or the day.
_AFTER_DASH = re.compile(
    r"""\s* [–—-] \s+ (?P<body> [A-ZÅÄÖ][^,;:\d()]*? ) \s*
    (?: [,;(] | \d | (?:\b(?:den|mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\b) | \bden\b | $ )""",
    re.VERBOSE,
)


#: A weekday, and "den", before the date on a line under the title ("Tisdag den 4 februari 2025").
_WEEKDAY = re.compile(r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s*,?\s+)?(?:den\s+)?", re.IGNORECASE)
#: A weekday, and "den", right before a date in a field ("..., tisdagen den 14 maj 2024").
_WEEKDAY_BEFORE = re.compile(_WEEKDAY.pattern + "$", re.IGNORECASE)
#: What may stand between the date, the time and the place on such a line.
_SEPARATORS = " ,;.–—-\t"
#: A place on it: words from a capital, no digits ("Medborgarhuset, sal 2" is two fields' worth).
_PLACE_WORDS = re.compile(r"(?:(?:i|på|via)\s+)?(?P<place>[A-ZÅÄÖ][^\d:;,]{0,60})")


def _dated_line(text: str, title_date: dt.date | None) -> tuple[dt.date, dt.time | None, dt.time | None, str | None] | None:
    """The meeting's day on a line of its own under the title, maybe with the time and the
    place, in any order after the date: "Tisdag den 4 februari 2025, kl. 14.00–15.30,
    Medborgarhuset", "2025-02-04 kl 13-15 i Stadshuset", "4 februari 2025". None for any
    other line: one that does not start with a date (a year, unless the title gives the
    day), that names another day than the title, or that says more than a time and a place."""
    if not text[:1].isdigit() and not text[:3].casefold() in {"mån", "tis", "ons", "tor", "fre", "lör", "sön", "den"}:
        return None  # a cheap look first
    lead = _WEEKDAY.match(text)
    at = lead.end() if lead else 0
    found = find_date(text[at:], after=title_date)
    if found is None or found.start != 0 or (title_date is not None and found.date != title_date):
        return None
    rest = text[at + found.end :]
    start = end = None
    timed = TIME_RANGE.search(rest) or BARE_TIME_RANGE.search(rest)
    if timed is not None:
        start, end, _ = find_times(rest[timed.start() :])
        rest = f"{rest[: timed.start()]},{rest[timed.end() :]}"
    parts = [part.strip(_SEPARATORS) for part in rest.split(",")]
    parts = [part for part in parts if part]
    if not parts:
        return found.date, start, end, None
    place = _PLACE_WORDS.fullmatch(parts[0])
    if place is None or any(":" in part for part in parts) or len(rest) > 80:
        return None
    return found.date, start, end, ", ".join([place["place"].strip(), *parts[1:]])  # "Stadshuset, sal 3"


#: A body's name in the genitive before the kind of document or meeting: "Trygghetsrådets
#: protokoll", "Samverkansrådets sammanträde", "Kommunfullmäktiges möte".
_GENITIVE = re.compile(r"(?P<name>[A-ZÅÄÖ]\w{3,}(?:et|en|na|e))s\s+(?:\w*protokoll|\w*anteckningar|\w*möte|\w*sammanträde)\b", re.IGNORECASE)


def _nominative(name: str, title: str) -> str:
    """``name`` without the genitive's s when the title writes it so ("Trygghetsrådets
    protokoll": "Trygghetsrådet"); else as it is."""
    found = _GENITIVE.search(title) if " " not in name and name.endswith("s") else None
    return found["name"] if found and f"{found['name']}s" == name else name


def _read_place_and_time(header: Header, rest: str, line: Line) -> None:
    """The place and times of a "Plats och tid" field, and a date in it (which dates the
    meeting where the title does not): "Stadshuset, sal A, tisdagen den 28 januari 2025, kl.
    08.30–12.00" and "Tisdagen den 28 januari 2025 kl. 08.30–12.00 i Stadshuset, sal A"."""
    found = find_date(rest) if any(c.isdigit() for c in rest) else None
    if found is not None:
        header.field_date = header.field_date or (found.date, line)
        before = rest[: found.start]
        day = _WEEKDAY_BEFORE.search(before)
        rest = f"{before[: day.start()] if day else before} {rest[found.end :]}"
    start, end, after = find_times(rest)
    if start is not None:
        header.start, header.end = start, end
        place = rest[: rest.lower().find("kl")].strip(" ,;") or rest[after:].strip(" ,;.")
    else:
        place = rest
    place = " ".join(place.strip(" ,;.").split())
    header.place = (place[2:] if place.startswith(("i ", "I ")) else place[3:] if place.startswith(("på ", "På ")) else place) or None


def _read_next_meeting(text: str, after: dt.date | None) -> NextMeeting | None:
    found = find_date(text, after=after)
    if found is None:
        return None
    rest = text[found.end:]
    start, end, offset = find_times(rest)
    return NextMeeting(found.date, start, end, place_after(rest[offset:] if offset >= 0 else rest))


def starts_distribution(text: str) -> bool:
    """True for a line that starts the distribution ("Delges ...", "Protokollet delges ...")."""
    return text[:2] in _DISTRIBUTION_HEADS and DISTRIBUTION_START.match(text) is not None


def _distribution_written(lines: Sequence[Line], at: int, diagnostics: Diagnostics) -> tuple[str, int]:
    """The distribution as written from ``lines[at]`` on, and the index after its last line:
    the line and those it goes on over, up to a sentence's end (a name broken at a line's end
    joined: "Ebba Lind-" / "holm"), or, under its label alone ("Delges:"), the list below it,
    a name a line, up to a blank line; a signature's label ends either."""
    first = lines[at].text
    start = DISTRIBUTION_START.match(first)
    assert start is not None  # the caller asked starts_distribution
    listed = not first[start.end() :].strip(" :")  # the label alone: a list below it
    parts = [first]
    end = at + 1
    while end < len(lines):
        line = lines[end]
        # a list ends at a blank line; a sentence at its end (or a new paragraph not in lower case)
        ended = line.brk if listed else _ends_sentence(parts[-1]) or (line.brk and not line.text[:1].islower())
        if ended or signature_label(line.text):
            break
        if listed:
            parts.append(line.text)
        else:
            joined = join_hyphenated(parts[-1], line.text, line.no, diagnostics)
            if joined is not None:
                parts[-1] = joined
            else:
                parts.append(line.text)
        end += 1
    if listed and len(parts) > 1:
        return f"{first.rstrip(' :')}: {', '.join(parts[1:])}", end
    return " ".join(parts), end


def closing_distribution(lines: Sequence[Line], diagnostics: Diagnostics) -> tuple[Distribution, range] | None:
    """The distribution the minutes give after the signatures: a paragraph that starts as the
    header's line does ("Protokollet delges närvarande samt kommunstyrelsen.", or "Delges:"
    over a list), read as the header's is. Returns it and the indexes of its ``lines`` (their
    words stay in the diagnostic, as the header's do); None where no paragraph starts so."""
    at = next((k for k, line in enumerate(lines) if (line.brk or k == 0) and starts_distribution(line.text)), None)
    if at is None:
        return None
    written, end = _distribution_written(lines, at, diagnostics)
    diagnostics.info("distribution-line", f"read {quoted(written)}, after the signatures, into the distribution", lines[at].no)
    return read_distribution(written), range(at, end)


def read_distribution(text: str) -> Distribution:
    """The distribution a line that starts with "Delges" gives: :data:`DISTRIBUTION`'s
    ``rest`` parted at :data:`DISTRIBUTION_SEPARATOR`."""
    written = " ".join(text.split())
    start = DISTRIBUTION_START.match(written)
    assert start is not None  # the caller matched it
    # DISTRIBUTION's rest, read without its lazy ".*?" (which tries the end at every
    # character): a colon perhaps, the spaces around it, and a full stop last left out (the
    # spaces are single, none last)
    rest = written[start.end() :].lstrip()
    if rest.startswith(":"):
        rest = rest[1:].lstrip()
    if rest.endswith("."):
        rest = rest[:-1].rstrip()
    parts = [p.strip() for p in DISTRIBUTION_SEPARATOR.split(rest) if p.strip()]
    attendees = bool(parts) and parts[0].lower() == "närvarande"
    return Distribution(attendees, tuple(parts[1:] if attendees else parts))


__all__ += ["AGENDA_HEADINGS", "DATE_LINE", "DISTRIBUTION", "ISO_DATE", "LABEL", "MEETING_TITLE", "TITLE"]
