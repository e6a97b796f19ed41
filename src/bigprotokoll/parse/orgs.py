"""Organisation names: a built-in list of Gävle's sectors and partners, plus what a
document teaches about itself.

The list is documented in ``docs/model.md``. It is used to split attendee rows written
with single spaces ("Anna Berg Styrning och stöd Gävle"), to tell a line of names from a
line of organisations, and to recognise "Organisation:" lead-ins in reports.
"""

from __future__ import annotations

import functools
import re
from typing import Iterable

from .letters import LOWER, UPPER

__all__ = ["BUILTIN_ORGANISATIONS", "INSTITUTION_ENDINGS", "OrgKnowledge", "looks_like_institution"]

#: Gävle municipality's sectors and units and BIG's partners, as the minutes write them.
BUILTIN_ORGANISATIONS: tuple[str, ...] = (
    "BIG",
    "Brottsförebyggarna i Gävle",
    "Styrning och stöd",
    "Styrning och stöd Gävle",
    "Styrning och stöd, säkerhet",
    "Styrning och stöd, social hållbarhet",
    "Sektor styrning och stöd",
    "Säkerhetsavdelningen",
    "Säkerhetsenheten KLK",
    "Social hållbarhet",
    "Utbildning Gävle",
    "Välfärd Gävle",
    "Livsmiljö Gävle",
    "Samhällsbyggnad Gävle",
    "Kultur och fritid",
    "Socialtjänst Gävle",
    "Socialtjänsten",
    "Kommunledningskontoret",
    "Kommunstyrelsen",
    "Polisen",
    "Polismyndigheten",
    "Region Gävleborg",
    "Länsstyrelsen Gävleborg",
    "Gästrike Räddningstjänst",
    "Räddningstjänsten",
    "AB Gavlegårdarna",
    "Gavlegårdarna",
    "Gavlefastigheter",
    "Högskolan i Gävle",
    "Skolverket",
)

#: Words that end an organisation's name and never a person's.
_PLACE_WORDS = {"gävle", "gävleborg", "sandviken", "gästrikland"}
#: Public bodies named by their place, written in lower case after it ("Ockelbo kommun",
#: "Gävleborgs län"): no person's name has such a word.
_BODY_NOUNS = {"kommun", "stad", "län", "landsting", "region"}
#: Small words inside organisation names, never inside a Swedish person's name.
_ORG_GLUE = {"och", "i", "för", "&", "av", "med"}


#: How the first word of an organisation's name may end, and no first name does: a Swedish
#: institution in the definite form ("Fritidsgården Norr", "Sörbyskolan", "Socialnämnden
#: Väst"). Such a name reads like a person's ("Bo Lund") but for this word.
INSTITUTION_ENDINGS = (
    "gården", "gårdarna", "tjänsten", "nämnden", "förvaltningen", "skolan", "huset", "bolaget", "rådet",
    "föreningen", "förbundet", "kyrkan", "församlingen", "myndigheten", "verket", "kontoret", "enheten",
    "avdelningen", "styrelsen", "regionen", "kommunen", "centret", "stiftelsen", "gruppen", "biblioteket",
    "hemmet", "sektionen", "polisen", "fastigheter", "inspektionen", "byrån", "institutet", "universitetet",
    "hem", "bostäder",  # housing companies: "Norrforshem", "Salabostäder"
)


def looks_like_institution(text: str) -> bool:
    """True when the first word names an institution ("Fritidsgården Norr"), which no
    person's first name does."""
    words = text.split(None, 1)
    return bool(words) and words[0].casefold().endswith(INSTITUTION_ENDINGS)


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace(",", " , ").split())


_BUILTIN_NORMED = {_norm(name): name for name in BUILTIN_ORGANISATIONS}
#: The built-in names as written: known at once, without normalising (the common case).
_BUILTIN_WRITTEN = frozenset(BUILTIN_ORGANISATIONS)
_BUILTIN_MOST_WORDS = max(key.count(" ") + 1 for key in _BUILTIN_NORMED)
#: The longest built-in name as written: a longer text is none of them (a look at its
#: length spares hashing a long paragraph).
_BUILTIN_LONGEST = max(map(len, BUILTIN_ORGANISATIONS))


class OrgKnowledge:
    """Organisation names known for one document (built-in plus learned)."""

    def __init__(self, learned: Iterable[str] = ()) -> None:
        self._names: dict[str, str] = dict(_BUILTIN_NORMED)
        #: The most words a known name has (normalised): text with more is none of them.
        self._most_words = _BUILTIN_MOST_WORDS
        self._learned: set[str] = set()  # names as given, so that a repeated one costs a lookup
        for name in learned:
            self.learn(name)

    def learn(self, name: str) -> None:
        if name in self._learned:
            return
        self._learned.add(name)
        name = name.strip()
        # a built-in name as written is known already (its normal form, and no more words than
        # the most): learning it again would change nothing
        if name and name not in _BUILTIN_WRITTEN:
            normed = _norm(name)
            self._names.setdefault(normed, name)
            self._most_words = max(self._most_words, normed.count(" ") + 1)

    def is_known(self, text: str) -> bool:
        if len(text) <= _BUILTIN_LONGEST and text in _BUILTIN_WRITTEN:
            return True  # a built-in name as written (a cheap look that spares normalising it)
        # Normalising never joins words, so a text of more words than any known name is
        # not one (most lines of a report: a cheap look that spares normalising them).
        most = self._most_words
        if len(text.split(None, most)) > most:
            return False
        return _norm(text) in self._names

    def known_prefix(self, text: str) -> bool:
        """True when ``text`` starts with a known organisation at a word boundary."""
        if text in _BUILTIN_WRITTEN:
            return True  # a built-in name as written (a cheap look that spares normalising it)
        words = _norm(text).split(" ", self._most_words)  # no known name has more words
        # every leading run of words, longest first: "styrning och stöd gävle", "styrning och stöd", ...
        return any(" ".join(words[:n]) in self._names for n in range(min(len(words), self._most_words), 0, -1))

    def is_report_heading(self, text: str) -> bool:
        """A known organisation, or one with a unit after a slash ("Välfärd Gävle/socialtjänsten")."""
        head = text.split("/", 1)[0].strip()
        return bool(head) and (self.is_known(head) or (self.known_prefix(head) and len(head.split()) <= 5))

    def looks_like_org(self, text: str) -> bool:
        """Organisation-like: known, or with glue words, commas, a place word or all caps."""
        if self.known_prefix(text):
            return True
        words = text.replace(",", " , ").split()
        if not words:
            return False
        if len(words) == 1 or looks_like_institution(text):
            return True  # a person has at least a first name and a surname, and neither names an institution
        if any(w.casefold() in _ORG_GLUE or w == "," for w in words):
            return True
        if words[-1].casefold() in _PLACE_WORDS or words[-1] in _BODY_NOUNS:
            return True
        return all(w.isupper() for w in words if any(c.isalpha() for c in w))


#: A word of a person's name: a capital, then lower case ("Çelik", "Dvořák"), maybe a capital
#: after an apostrophe ("O'Brien") and parts after hyphens ("Al-Hassan", "Anna-karin").
NAME_WORD = re.compile(
    rf"^[{UPPER}][{LOWER}'’]*(?:['’][{UPPER}])?[{LOWER}'’]+(?:-[{UPPER}]?[{LOWER}'’]+)*$"
)
NAME_PARTICLES = {"von", "van", "af", "de", "der", "la"}
#: An initial for a first name: "A." in "A. Berg".
INITIAL = re.compile(rf"^[{UPPER}]\.$")


@functools.lru_cache(maxsize=4096)
def looks_like_name(text: str) -> bool:
    """Two to five capitalised words ("Anna-Karin Wågberg Sperring", "Linn Cederholm von
    Schmalensee"); a first name may be an initial ("A. Berg", "Anna B. Berg")."""
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    if not ((NAME_WORD.match(words[0]) or INITIAL.match(words[0])) and NAME_WORD.match(words[-1])):
        return False
    return all(NAME_WORD.match(w) or w in NAME_PARTICLES or INITIAL.match(w) for w in words[:-1])
