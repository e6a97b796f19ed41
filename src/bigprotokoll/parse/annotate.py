"""Stage 4 of the parser: find decisions, assignments, attachment references, tabling and
immediate adjustment in an item's text.

Guarantees: annotations only point at sentences of the text they were given (they add
meaning, never words), and the same text and people always give the same annotations,
so :func:`annotate_item` can be reused wherever a model is built (the hypothesis
strategies do, to keep generated models consistent with what the parser would find).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import Callable, Final, Iterable, Sequence

from ..model import AgendaItem, Assignment, AttachmentRef, Decision, Outcome, Paragraph
from .letters import UPPER

__all__ = [
    "DECISION_HEADING", "KEYWORDS", "PART_HEADING", "PART_LONGEST", "SENTENCE_END", "Annotations", "annotate_item",
    "item_annotations", "keywords_in", "may_be_part", "sentences",
]

#: Where one sentence ends and the next begins: after . ! ? and space, before a capital,
#: a digit or an opening bracket or quote. Abbreviations such as "bl.a." are followed by a
#: lower-case word and so do not split.
SENTENCE_END = re.compile(
    rf"""
    \s                  # the space between the sentences (first, so a search scans fast)
    (?<=[.!?]\s)        # after a full stop, exclamation or question mark
    (?<!\bkl\.\s)(?<!\bKl\.\s)(?<!\bca\.\s)(?<!\bnr\.\s)(?<!\bs\.\s)(?<!\bp\.\s)  # not after kl. ca. nr. s. p.
    (?<!\bkap\.\s)(?<!\bresp\.\s)(?<!o\.m\.\s)(?<!\bst\.\s)  # kap. resp. fr.o.m. t.o.m. st. ("9 kap. 31 §")
    (?<!\bjan\.\s)(?<!\bfeb\.\s)(?<!\bmar\.\s)(?<!\bapr\.\s)(?<!\bjun\.\s)(?<!\bjul\.\s)  # a month cut short
    (?<!\baug\.\s)(?<!\bsep\.\s)(?<!\bsept\.\s)(?<!\bokt\.\s)(?<!\bnov\.\s)(?<!\bdec\.\s)  # before its year
    (?<!^\d\.\s)(?<!^\d\d\.\s)  # nor after a list's number ("1. Bidraget betalas ut")
    \s*                 # the rest of the space
    (?=[{UPPER}0-9(”"]) # the next sentence starts with a capital, digit, bracket or quote
    """,
    re.VERBOSE,
)

#: Outcomes, tried in this order; the first that matches a sentence wins.
#: Present tense only in the formal phrases ("Ledningsgruppen beslutar att ...",
#: "... godkänner ..."): "innan man beslutar om" or "föreslås antas av KS" decide nothing.
OUTCOME_PATTERNS: tuple[tuple[Outcome, re.Pattern[str]], ...] = (
    (
        Outcome.TABLED,
        re.compile(r"\b (?:bordl (?:[äa]gg (?:s|es|des|ning) | ades) | (?:skjuts|sköts) \s+ upp) \b", re.VERBOSE | re.IGNORECASE),
    ),
    # "Ärendet återremitteras", "Nämnden beslutar att återremittera ärendet", "... yrkar på återremiss"
    (Outcome.REFERRED_BACK, re.compile(r"\b återremi (?:ttera (?:s|des|r|t)? | ss) \b", re.VERBOSE | re.IGNORECASE)),
    (
        Outcome.APPROVED,
        re.compile(
            r"\b (?:godk[äa]nde(?:s)?|godk[äa]nner|godk[äa]nns|godt(?:ogs|og|as|ar)|antogs|antog(?!\s+att)|fastst[äa]llde(?:s)?"  # "antog att": assumed
            r"|bifall(?:es|s)|bif[öo]lls?|bifaller"  # granted ("Motionen bifalles"), not "yrkar bifall"
            r"|beviljade(?:s)?|beviljas|beviljar"  # "Årsmötet beviljade styrelsen ansvarsfrihet"
            r"|ställ(?:er|de|des) \s+ sig \s+ bakom) \b",  # "Gruppen ställer sig bakom förslaget"
            re.VERBOSE | re.IGNORECASE,
        ),
    ),
    (
        Outcome.NOTED,
        re.compile(
            r"\b (?: (?:lades|läggs) \s+ till \s+ handlingarna | noter(?:ades|as) | noter(?:ar|ade) \s+ informationen "
            r"| (?:lägger|lade|la) \s+ (?:[\wåäö]+ \s+){0,3}? till \s+ handlingarna "  # "Nämnden lägger rapporten till handlingarna"
            r"| (?:togs|tas|antecknades|antecknas) \s+ till \s+ protokollet ) \b",
            re.VERBOSE | re.IGNORECASE,
        ),
    ),
    (
        Outcome.DECIDED,
        re.compile(
            r"\b (?:beslutade|beslutades|beslöt) \b | \b beslutar (?: \s+ (?:att|enligt|i\s+enlighet\s+med|följande) \b | \s* : ) | ^ Beslut \s* :"
            r"| \b avsl (?:ås|ogs|år|og) \b",  # rejected ("Ansökan avslås"), not "yrkar avslag"
            re.VERBOSE | re.IGNORECASE,
        ),
    ),
    # elected ("Till justerare valdes Per Ek"): a decision, looked for apart, only where its words are
    (Outcome.DECIDED, re.compile(r"\b (?:(?:om|ny)?valdes | väljs | utsågs? | utses) \b", re.VERBOSE | re.IGNORECASE)),
    # agreed, as working groups decide: "Gruppen enades om att ...", "Vi kom överens om att ..."
    # ... "Vi är överens om att ...", "Vi bestämde att ...", "Det bestämdes att ..."
    (
        Outcome.DECIDED,
        re.compile(
            r"\b (?:enades \s+ om | kom(?:mer)? \s+ överens \s+ om | (?:är|var|blev) \s+ (?:[\wåäö]+ \s+)? överens \s+ om"
            r"| bestäm(?:de|des|mer|mes) \s+ (?:(?:också|även|därför|vi|man|gruppen) \s+)? (?:att|om|följande) ) \b",
            re.VERBOSE | re.IGNORECASE,
        ),
    ),
)

#: The parts of a formal item, each a heading alone on its line ("Beslut", "Arbetsutskottets
#: beslut", "Beslutsunderlag", "Expedieras till:"): a paragraph of its own, never joined to
#: the text under it.
PART_HEADING = re.compile(
    r"""
    ^ (?:
        (?:[A-ZÅÄÖ][\wåäö]*(?:-\s+och\s+[\wåäö]+)?s \s+)?    # Rådets, Barn- och utbildningsnämndens
        (?:[Bb]eslut(?:et)? | [Ff]örslag (?:\s+ till \s+ (?:beslut|(?:kommun)?fullmäktige|[\wåäö]*styrelsen|[\wåäö]*nämnden))?)
      | Beslutsunderlag | Ärendebeskrivning | Ärendet | Sammanfattning (?:\s+av\s+ärendet)? | Bakgrund
      | Yrkanden? | Propositionsordning | Beslutsgång | Omröstning | Omröstningsresultat | Reservation(?:er)?
      | Protokollsanteckning(?:ar)? | Särskilt \s+ yttrande | Jäv | Motivering | Beslutsmotivering
      | Skäl \s+ för \s+ beslutet | Upplysningar | Handläggare | Hur \s+ man \s+ överklagar | Bilagor | Avgift | Ajournering
      | Expediering | (?:Expedieras|Skickas|Kopia) \s+ till | Beslutet \s+ (?:skickas|expedieras) \s+ till | Beslutet \s+ delges
    ) \s* :? $
    """,
    re.VERBOSE,
)

#: A decision written as a lead and its "att" clauses, each on a line of its own, as
#: associations write them: "Styrelsen beslöt" / "att godkänna rapporten," / "att ...".
#: The lead ends the line: the body (or none: "Beslöts") and the verb, maybe a colon.
CLAUSES_LEAD = re.compile(
    r"(?:^|[.!?]\s+)(?:[\wåäöÅÄÖ]+(?:\s+[\wåäöÅÄÖ]+)?\s+)?(?:[Bb]eslöts|[Bb]eslutades|[Bb]eslöt|[Bb]eslutade|[Bb]eslutar)\s*:?\Z"
)


#: How such a lead ends (a cheap look first: the verb, maybe a colon).
_CLAUSES_LEAD_ENDS: Final = tuple(
    verb + colon for verb in ("eslöt", "eslöts", "eslutade", "eslutades", "eslutar") for colon in ("", ":", " :")
)
_CLAUSES_LEAD_LAST: Final = frozenset(end[-1] for end in _CLAUSES_LEAD_ENDS)


def decides_by_clauses(text: str) -> bool:
    """True for a text that ends with the lead of a decision in "att" clauses
    (:data:`CLAUSES_LEAD`: a sentence of the verb and two words at most before it, so a
    longer sentence wrapped after its verb is none)."""
    return text[-1:] in _CLAUSES_LEAD_LAST and text.endswith(_CLAUSES_LEAD_ENDS) and CLAUSES_LEAD.search(text) is not None


#: How a part heading ends, its last three letters (a cheap look first: most lines end
#: otherwise; a colon after it aside).
_PART_TAILS: Final = frozenset(
    ending[-3:]
    for ending in (
        "Beslut", "Beslutet", "underlag", "beskrivning", "Ärendet", "Sammanfattning", "Bakgrund", "Yrkande",
        "Yrkanden", "ordning", "gång", "Omröstning", "resultat", "Reservation", "Reservationer", "anteckning",
        "anteckningar", "yttrande", "Jäv", "Motivering", "Upplysningar", "Handläggare", "överklagar", "Bilagor", "Avgift",
        "Ajournering", "Expediering", " till", "delges", "förslag", "fullmäktige", "styrelsen", "nämnden",
    )
)


def may_be_part(text: str) -> bool:
    """False for a line that is no part's heading by how it ends (a cheap look before
    :data:`PART_HEADING`)."""
    return (text[-3:] if text[-1:] != ":" else text[:-1].rstrip()[-3:]) in _PART_TAILS


#: The most characters a part's heading has ("Kommunstyrelsens förslag till kommunfullmäktige"):
#: a longer paragraph is never tried.
PART_LONGEST = 50

#: The heading of a formal item's decision ("Beslut", "Arbetsutskottets beslut", "Barn- och
#: utbildningsnämndens beslut"; not "Förslag till beslut"): the text under it, up to the next
#: part's heading, is the decision.
DECISION_HEADING = re.compile(r"(?:[A-ZÅÄÖ][\wåäö]*(?:-\s+och\s+[\wåäö]+)?s\s+)?[Bb]eslut(?:et)?\s*:?\Z")

#: One to four capitalised words, the first starting a word. The look-behind comes after
#: the first capital (it checks the character before it), so a search scans fast.
_NAME = rf"[{UPPER}] (?<![\w'’-][{UPPER}]) [\w'’-]+ (?:\s [{UPPER}][\w'’-]+){{0,3}}"

#: A task given to a named person, the name before what it is to do.
ASSIGNMENT = re.compile(
    rf"""
    (?P<assignee>{_NAME})              # one to four capitalised words
    \s+
    (?:
        f[åi]r? \s+ i \s+ uppdrag       # fick/får i uppdrag (att ...)
      | fick \s+ i \s+ uppdrag
      | tar \s+ (?:en \s+)? (?:ny \s+)? kontakt   # tar (en ny) kontakt med ...
      | kontaktar                       # kontaktar kommunen (present tense: will)
      | ansvarar \s+ för                # ansvarar för ...
      | återkommer                      # återkommer med ...
    )
    \b
    """,
    re.VERBOSE,
)
#: ... or the name after the one who gives the task: "ger Ida Ek i uppdrag", "uppdrar åt Ida
#: Ek att" (each alternative starts with a letter and looks behind it, as _NAME does, so a
#: search scans fast for those letters).
ASSIGNMENT_GIVEN = re.compile(
    rf"""
    [gG] (?<![\w][gG]) (?:e|er|av|avs) \s+ (?P<assignee>{_NAME}) \s+ i \s+ uppdrag \b   # Styrelsen ger (beslöt att ge) Ida Ek i uppdrag
  | [uU] (?<![\w][uU]) ppdr (?:a|ar|og|ogs|agit) \s+ (?:åt|till) \s+ (?P<told>{_NAME}) \b  # uppdrar (att uppdra) åt Ida Ek att
    """,
    re.VERBOSE,
)
#: ... or after "Ansvarig:" at the sentence's start.
RESPONSIBLE = re.compile(rf"\s* Ansvar(?:ig)? \s* : \s* (?P<assignee>{_NAME})", re.VERBOSE)
#: ... or after "Åtgärd:" / "Att göra:" when a person named in the minutes follows ("Åtgärd:
#: Cai skickar ut kallelsen"; "Åtgärd: Skicka ut kallelsen" names nobody).
TASK_LEAD = re.compile(rf"\s* (?i: Åtgärd | Att \s+ göra ) \s* : \s* (?P<assignee>{_NAME})", re.VERBOSE)

#: A heading over a list of tasks ("Att göra:", "Åtgärder"): each entry of the list that
#: starts with a person the minutes name and a colon is that person's task ("Ida: kontakta skolan").
TASK_LIST_HEADING = re.compile(r"(?i:att\s+göra|åtgärder|åtgärdslista|uppgifter|actions?|to\s*do)\s*:?\Z")
TASK_ENTRY = re.compile(rf"(?P<assignee>{_NAME}) (?: \s* : | \s+ [–-] ) \s+ \S", re.VERBOSE)  # "Ida: ...", "Ida – ..."

#: "X skall/ska <verb>": an assignment only when X is a person named in the minutes.
SHALL = re.compile(
    rf"""
    (?P<assignee>{_NAME})
    \s+ (?:skall|ska) \s+ [a-zåäö]      # followed by a verb
    """,
    re.VERBOSE,
)


def _shall_end(sentence: str) -> int:
    """Where :data:`SHALL` searches ``sentence`` up to: the verb's first letter after the
    last "ska" (or "skall"), as no match ends beyond it; the rest of a long sentence is
    not scanned at every capital letter. (When the verb's letter follows "ska" and one
    space, the end is a character further on, which changes nothing.)"""
    past = sentence.rfind("ska") + 5
    return len(sentence) - len(sentence[past:].lstrip()) + 1


#: An item adjusted at the meeting itself: "Paragrafen justeras omedelbart", "Beslutet
#: förklarades omedelbart justerat", "§ 5 justerades omedelbart", "Omedelbar justering".
ADJUSTED_IMMEDIATELY = re.compile(
    r"""
    \b (?: omedelbart \s+ juster (?:as|ad|at|ade|ades|ats) | juster (?:as|ades|ats) \s+ omedelbart | omedelbar \s+ justering ) \b
    """,
    re.VERBOSE | re.IGNORECASE,
)

#: References to attachments, kept as written.
ATTACHMENT = re.compile(
    r"""
    \( \s* [Ss]e \s+ bilaga (?:\s+\d+)? \s* \)          # (se bilaga), (se bilaga 2)
  | \( \s* [Bb]ilaga \s+ \d+ \s* \)                      # (bilaga 1)
  | \b [Ss]e \s+ bifoga(?:t|d|de) \s+ (?:dokument|dokumentet|fil|filen|filer|handlingar?|presentation)  # Se bifogat dokument
  | \b [Ss]e \s+ bilaga (?:\s+\d+)?                      # Se bilaga 2
  | \b [Bb]ilaga \s+ \d+ \b                             # ..., bilaga 1; enligt bilaga 3
  | \b Bilagan? \s+ kompletterar \s+ protokollet          # Bilaga kompletterar protokollet
    """,
    re.VERBOSE,
)
#: A sentence that says something is attached and names no attachment: "Presentationen
#: bifogas protokollet", "... bifogades anteckningarna".
ATTACHED = re.compile(r"\bbifoga(?:s|des)\s+(?:till\s+)?(?:protokollet|anteckningarna|minnesanteckningarna)\b")


#: A cheap first look: a text without any of these substrings (in lower case) has no
#: annotation, so the patterns below run only where one of them occurs.
#: Each costs a scan of the whole text (:func:`keywords_in`), so words that begin alike share
#: one: "bif" (bifall, biföll, bifogat), "besl" (beslut, beslöt), "ansvar" (ansvarar, ansvarig).
KEYWORDS = (
    "bordl", "återremi", "godk", "godt", "antog", "fastst", "bif", "bevilja", "handlingarna", "noter", "till protokollet", "besl",
    "avsl", "valdes", "väljs", "utsåg", "utses", "bakom", "enades", "överens", "bestäm", "skjuts", "sköts",
    "uppdr", "kontakt", "ansvar", "återkommer", "ska", "bilaga", "omedelb", "justera",
)


def _keywords(text: str, candidates: Iterable[str] = KEYWORDS) -> set[str]:
    lowered = text.lower()
    return {k for k in candidates if k in lowered}


def keywords_in(texts: list[str], keywords: Iterable[str] = KEYWORDS) -> list[frozenset[str]]:
    """The ``keywords`` (lower case) occurring in each of ``texts``, case-insensitively.

    The same as ``{k for k in keywords if k in text.lower()}`` for each text, done in one
    pass: the texts are lower-cased and joined once and each keyword is searched over all
    of them, skipping to the next text after a hit. That costs a few dozen searches for a
    whole document instead of one per keyword and paragraph (most paragraphs hold none).

    The texts are searched as Latin-1 bytes, lower-cased by a table (:data:`_LATIN1_LOWER`):
    ``str.lower`` looks every letter of a text with "å" in it up in the Unicode tables,
    which cost more than all the searches. A character beyond Latin-1 ("Ł", "–") is one
    byte ``?``, which no keyword holds; all texts are encoded at once, unless one holds a
    letter whose lower case is in Latin-1 (the Kelvin sign's is "k"): then each text with
    such a letter is lower-cased by ``str.lower`` first. Keywords beyond Latin-1 are
    searched in the texts lower-cased by ``str.lower``, as UTF-8.
    """
    words = tuple(keywords)
    needles = _latin1(words)
    if needles is None:  # keywords beyond Latin-1: the texts lower-cased, searched as UTF-8
        lowered = [text.lower().encode("utf-8", "surrogatepass") for text in texts]
        return _search(b"\n".join(lowered), [len(text) for text in lowered], words, tuple([w.encode("utf-8") for w in words]))
    joined = "\n".join(texts)
    if not any(letter in joined for letter in _LOWERS_INTO_LATIN1):  # (five quick scans; a pattern's is slow)
        # the usual case, all texts at once: a letter beyond Latin-1 lower-cases to letters
        # beyond it, and so is one byte "?" either way
        return _search(joined.encode("latin-1", "replace").translate(_LATIN1_LOWER), [len(text) for text in texts], words, needles)
    parts: list[bytes] = []
    for text in texts:
        try:
            parts.append(text.encode("latin-1"))
        except UnicodeEncodeError:
            parts.append(text.lower().encode("latin-1", "replace"))
    # no keyword holds a line break: no hit spans two texts
    return _search(b"\n".join(parts).translate(_LATIN1_LOWER), [len(part) for part in parts], words, needles)


def _search(joined: bytes, lengths: list[int], words: tuple[str, ...], needles: tuple[bytes, ...]) -> list[frozenset[str]]:
    """Which of ``words`` each text holds: ``joined`` is the texts (of ``lengths``) with a
    line break between them, ``needles`` the words as ``joined`` holds them."""
    starts: list[int] = []
    position = 0
    for length in lengths:
        starts.append(position)
        position += length + 1
    found: list[set[str]] = [set() for _ in lengths]
    count = len(starts)
    for word, needle in zip(words, needles):
        at = joined.find(needle)
        while at >= 0:
            index = bisect.bisect_right(starts, at) - 1
            found[index].add(word)
            if index + 1 == count:
                break
            at = joined.find(needle, starts[index + 1])
    return [frozenset(held) for held in found]


#: ``bytes.translate`` table: each Latin-1 character to its lower case (``str.lower`` of
#: every Latin-1 character is one Latin-1 character: "Å" -> "å", "ß" and "µ" stay).
_LATIN1_LOWER: Final = bytes(ord(chr(i).lower()) for i in range(256))


#: The characters beyond Latin-1 whose lower case holds a Latin-1 letter ("\u212a", the
#: Kelvin sign, lower-cases to "k"; "İ" to "i" and a dot above). A text with one of them is
#: lower-cased by ``str.lower`` before it is searched. (A test checks the list against the
#: Unicode tables.)
_LOWERS_INTO_LATIN1: Final = ("\u0130", "\u0178", "\u1e9e", "\u212a", "\u212b")


@functools.lru_cache(maxsize=16)
def _latin1(keywords: tuple[str, ...]) -> tuple[bytes, ...] | None:
    """The keywords as Latin-1 bytes, or None when one is not Latin-1, not lower case, or
    holds the "?" that stands for a character beyond Latin-1 in the searched bytes.

    Remembered: callers search the same few keyword lists (module constants) in every text."""
    try:
        needles = tuple(k.encode("latin-1") for k in keywords)
    except UnicodeEncodeError:
        return None
    return needles if all(n.translate(_LATIN1_LOWER) == n and b"?" not in n for n in needles) else None


def _word_start(letters: str) -> re.Pattern[str]:
    """Where a word starts with one of ``letters``: a class of literals, which a search
    scans for fast, then a look-behind that the character before is no word's (``\\b``)."""
    return re.compile(f"[{letters}](?<!\\w[{letters}])")


#: Where each of :data:`OUTCOME_PATTERNS` can start a match, in its order: at a word that
#: starts with the first letter of one of its alternatives, in every case IGNORECASE
#: matches ("ſ" is an "s", the Kelvin sign a "k", the Ångström sign an "å"; a test derives
#: the letters from the patterns). See :func:`_first_match`.
_OUTCOME_STARTS: Final = (
    _word_start("bBsS\u017f"),  # bordlägges, skjuts upp
    _word_start("åÅ\u212b"),  # återremitteras
    _word_start("gGaAfFbBsS\u017f"),  # godkändes, antogs, fastställdes, bifalles, beviljades, ställer sig bakom
    _word_start("lLnNtTaA"),  # lades/lägger ... till handlingarna, noterades, togs/antecknades till protokollet
    _word_start("bBaA"),  # beslutade, Beslut:, avslås
    _word_start("oOnNvVuU"),  # omvaldes, nyvaldes, valdes, väljs, utsågs
    _word_start("eEkK\u212aäÄvVbB"),  # enades, kom överens, är/var/blev överens, bestämdes
)


def _first_match(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, where ``starts`` finds every position a match of
    ``pattern`` can start at: ``pattern`` is matched there alone, in order, so the first
    match is the search's. (An outcome's search, ``\\b`` and a dozen words in any case,
    tries each of them at every position: ~700 instructions a character of a sentence.)"""
    for start in starts.finditer(text):
        found = pattern.match(text, start.start())
        if found is not None:
            return found
    return None


#: Which keywords can lead to each of :data:`OUTCOME_PATTERNS`, in its order.
_OUTCOME_WORDS = (
    {"bordl", "skjuts", "sköts"},
    {"återremi"},
    {"godk", "godt", "antog", "fastst", "bif", "bevilja", "bakom"},
    {"handlingarna", "noter", "till protokollet"},
    {"besl", "avsl"},
    {"valdes", "väljs", "utsåg", "utses"},
    {"enades", "överens", "bestäm"},
)


_TASK_WORDS = {"uppdr", "kontakt", "ansvar", "återkommer"}
#: What a sentence that gives a named person a task holds (a cheap look before the pattern).
_GIVEN_FORMS = (" i uppdrag", "ppdrar ", "ppdra åt ", "ppdra till ", "ppdrog", "ppdragit ")
_ATTACHMENT_WORDS = {"bif", "bilaga"}

#: What each keyword a sentence holds leads to, as bits: bit ``i`` for the ``i``-th of
#: :data:`OUTCOME_PATTERNS` (:data:`_OUTCOME_WORDS`), :data:`_TASK` for :data:`ASSIGNMENT`
#: (:data:`_TASK_WORDS`), :data:`_ATTACHMENT` for :data:`ATTACHMENT` (:data:`_ATTACHMENT_WORDS`).
#: One look-up a keyword, where a set of them intersected with each pattern's words would
#: build a set for each.
_TASK: Final = 1 << len(OUTCOME_PATTERNS)
_ATTACHMENT: Final = _TASK << 1
_LEADS_TO: Final[dict[str, int]] = {
    word: sum(1 << i for i, words in enumerate(_OUTCOME_WORDS) if word in words)
    | (_TASK if word in _TASK_WORDS else 0)
    | (_ATTACHMENT if word in _ATTACHMENT_WORDS else 0)
    for word in KEYWORDS
}
#: The keywords that lead to an annotation: "justera" is searched for the elections only
#: (:data:`~.elections.ELECTION_WORDS`), so a paragraph with no other keyword has none.
_ANNOTATING: Final = frozenset(KEYWORDS) - {"justera"}
#: How a paragraph that gives a task starts ("Åtgärd: Cai skickar ..."): looked for at the
#: start only, which costs no scan of the text.
_TASK_LEADS = ("Åtgärd", "ÅTGÄRD", "åtgärd", "Att göra", "ATT GÖRA", "att göra")
_TASK_LEAD_FIRST = frozenset("ÅåAa")
_TASK_LIST_FIRST = frozenset("ÅåAaUuTt")


#: What ends a sentence (:data:`SENTENCE_END`'s look-behind).
_SENTENCE_MARKS: Final = (".", "!", "?")


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (never losing a character but the spaces between)."""
    # a sentence ends only at . ! or ? with a space and more text after it (SENTENCE_END):
    # where none of them comes before the last two characters ("Dagordningen godkändes."),
    # the paragraph is one sentence, and the pattern need not run. Elsewhere the pattern
    # is matched only at a white space right after a mark (its look-behind: a match can
    # start nowhere else), in order: the same leftmost matches as SENTENCE_END.split's
    # search, and so the same split (the look-behinds see the text before the position
    # they are matched at, as in a search), where the search tried every white space and
    # cost ~120 instructions a character of the text
    end = len(text) - 2
    after_marks: list[int] = []
    for mark in _SENTENCE_MARKS:
        at = text.find(mark, 0, end)
        while at >= 0:
            after_marks.append(at + 1)
            at = text.find(mark, at + 1, end)
    if not after_marks:
        return [text] if text else []
    if len(after_marks) > 1:
        after_marks.sort()
    parts: list[str] = []
    start = 0  # where the sentence being read starts
    for at in after_marks:
        if at < start or not text[at].isspace():
            continue
        found = SENTENCE_END.match(text, at)
        if found is not None:
            parts.append(text[start:at])
            start = found.end()
    parts.append(text[start:])
    return [s for s in parts if s]


def _known_person(name: str, people: Iterable[str]) -> str | None:
    for person in people:
        if name == person or person.split()[0] == name:
            return name
    return None


def annotate_item(
    item: AgendaItem,
    people: Iterable[str] = (),
    date_after: Callable[[str], dt.date | None] | None = None,
    *,
    keywords: Sequence[frozenset[str]] | None = None,
) -> AgendaItem:
    """The item with its decisions, assignments, attachments, tabled flag and immediate
    adjustment filled in from its text (any values already there are replaced).

    ``people`` are names known from the minutes (for "X skall ..."); ``date_after`` turns
    the rest of a tabling sentence into the date it was deferred to, when it names one.
    ``keywords`` may give :func:`keywords_in` of the item's paragraphs (``all_paragraphs``),
    when the caller has it already.
    """
    found = item_annotations(item.all_paragraphs(), people, date_after, keywords)
    if found == (item.tabled, item.deferred_to, item.decisions, item.assignments, item.attachments, item.adjusted_immediately):
        return item  # nothing new: skip building a copy
    tabled, deferred_to, decisions, assignments, attachments, adjusted = found
    return AgendaItem(
        item.number,
        item.heading,
        item.paragraphs,
        item.subsections,
        decisions=decisions,
        assignments=assignments,
        attachments=attachments,
        tabled=tabled,
        deferred_to=deferred_to,
        numbered=item.numbered,
        adjusted_immediately=adjusted,
    )


#: What :func:`item_annotations` finds in an item: (tabled, deferred_to, decisions, assignments,
#: attachments, adjusted_immediately), as :class:`~bigprotokoll.model.AgendaItem` names them.
Annotations = tuple[bool, dt.date | None, tuple[Decision, ...], tuple[Assignment, ...], tuple[AttachmentRef, ...], bool]


def item_annotations(
    paragraphs: tuple[Paragraph, ...],
    people: Iterable[str] = (),
    date_after: Callable[[str], dt.date | None] | None = None,
    keywords: Sequence[frozenset[str]] | None = None,
) -> Annotations:
    """What :func:`annotate_item` fills in, from an item's ``all_paragraphs()``: the parser
    builds each item once, with these (see :class:`~.items.ItemText`)."""
    people = tuple(people)
    decisions: list[Decision] = []
    assignments: list[Assignment] = []
    attachments: list[AttachmentRef] = []
    deferred_to: dt.date | None = None
    adjusted = False
    if keywords is None:
        keywords = keywords_in([p.text for p in paragraphs])
    tabled = False  # a tabling in the item's own text or a bullet (in a sub-item's, "b) Frågan ... bordlades", only that is)
    decided = False  # under a formal item's "Beslut": each sentence is a decision
    # a formal item (one with a "Beslut" part, or in parts at least two of which are named):
    # text under its other parts ("Förslag till beslut", "Yrkanden") decides nothing
    formal = any("besl" in words and len(p.text) <= PART_LONGEST and DECISION_HEADING.match(p.text) for p, words in zip(paragraphs, keywords))
    if not formal:
        formal = sum(1 for p in paragraphs if len(p.text) <= PART_LONGEST and may_be_part(p.text) and PART_HEADING.match(p.text)) >= 2
    aside = False  # under such another part
    task_list = False  # under "Att göra:": entries "Ida: kontakta skolan" are tasks
    clauses = False  # after "Styrelsen beslöt": each "att ..." paragraph is a decision
    for at, (paragraph, in_paragraph) in enumerate(zip(paragraphs, keywords)):
        text = paragraph.text
        # "Styrelsen beslöt" / "att godkänna ..." / "att Ida Ek ansvarar för ...": each clause decides
        clause = clauses and text.startswith("att ")
        if not clause:
            clauses = (
                decides_by_clauses(text)
                and at + 1 < len(paragraphs)
                and paragraphs[at + 1].text.startswith("att ")
                and paragraph.label is None
            )
        deciding = decided or clause
        if task_list:
            entry = TASK_ENTRY.match(text) if paragraph.label is not None else None
            name = _known_person(entry["assignee"], people) if entry else None
            if name:
                assignments.append(Assignment(name, sentences(text)[0]))  # the task, in the entry's first sentence
                continue  # (and no second look for one in it: "Bo: tar kontakt med skolan" is one task)
            task_list = False
        if len(text) < 20 and text[:1] in _TASK_LIST_FIRST and TASK_LIST_HEADING.match(text):
            task_list = True
            continue
        if (decided or formal) and len(text) <= PART_LONGEST and may_be_part(text) and PART_HEADING.match(text):
            decided = False  # the next part ("Reservation", "Expedieras till")
            # a formal item's other parts ("Förslag till beslut", "Ärendebeskrivning") decide nothing
            aside = not ("besl" in in_paragraph and DECISION_HEADING.match(text))
        if aside:
            ref = ATTACHMENT.search(text) if in_paragraph & _ATTACHMENT_WORDS else None
            if ref:  # what the decision rests on may still name an attachment
                attachments.append(AttachmentRef(ref.group(0).strip()))
            continue
        lead = text[:1] in _TASK_LEAD_FIRST and text.startswith(_TASK_LEADS)
        if not lead and not deciding and (not in_paragraph or in_paragraph.isdisjoint(_ANNOTATING)):
            continue  # (the caller's keywords may hold others too)
        if "besl" in in_paragraph and len(text) <= PART_LONGEST and DECISION_HEADING.match(text):
            decided = True
            continue
        split = sentences(text)
        if clauses and not clause:
            split = split[:-1]  # the clauses' lead ("Styrelsen beslöt") decides nothing by itself
        for sentence in split:
            # a paragraph of one sentence has the paragraph's keywords
            found_words = _keywords(sentence, in_paragraph) if len(split) > 1 else in_paragraph
            if not found_words and not lead and not deciding:
                continue
            leads_to = 0
            for word in found_words:
                leads_to |= _LEADS_TO.get(word, 0)
            for index, (outcome, pattern) in enumerate(OUTCOME_PATTERNS):
                found = _first_match(pattern, _OUTCOME_STARTS[index], sentence) if leads_to >> index & 1 else None
                if found:
                    decisions.append(Decision(sentence, outcome))
                    if outcome is Outcome.TABLED and not (paragraph.label and paragraph.label.isalnum()):
                        tabled = True
                        if date_after and deferred_to is None:
                            deferred_to = date_after(sentence[found.end():])
                    break
            else:
                if deciding:
                    decisions.append(Decision(sentence, Outcome.DECIDED))
            task = ASSIGNMENT.search(sentence) if leads_to & _TASK else None
            if task is None and "uppdr" in found_words and any(form in sentence for form in _GIVEN_FORMS):
                task = ASSIGNMENT_GIVEN.search(sentence)
            if task is None and "ansvar" in found_words:
                task = RESPONSIBLE.match(sentence)
            if task is None and lead:
                given = TASK_LEAD.match(sentence)
                if given and _known_person(given["assignee"], people):
                    task = given
            lead = False  # the paragraph's first sentence only
            if task:
                assignments.append(Assignment(task["assignee"] or task["told"], sentence))
            elif "ska" in found_words:
                for shall in SHALL.finditer(sentence, 0, _shall_end(sentence)):
                    words = shall["assignee"].split()
                    # "Ledningsgruppen beslutade att Magnus Ljung skall": try the name's tails
                    for start in range(len(words)):
                        name = _known_person(" ".join(words[start:]), people)
                        if name:
                            assignments.append(Assignment(name, sentence))
                            break
                    else:
                        continue
                    break
            # one reference a sentence: "bifogas anteckningarna (bilaga 1)" names one attachment
            ref = (ATTACHMENT.search(sentence) or ATTACHED.search(sentence)) if leads_to & _ATTACHMENT else None
            if ref:
                attachments.append(AttachmentRef(ref.group(0).strip()))
            if "omedelb" in found_words and not adjusted:
                adjusted = ADJUSTED_IMMEDIATELY.search(sentence) is not None
    return tabled, deferred_to, tuple(decisions), tuple(assignments), tuple(attachments), adjusted
