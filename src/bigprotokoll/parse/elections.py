"""The meeting's own roles as the items elect them: "Till mötesordförande valdes Sven Alm",
"Per Ek och Lena Sund valdes att justera protokollet", "Till sekreterare för mötet utsågs
Maja Holm", as the first items of an association's (annual) meeting do; and the adjusters
as an item names them: "Protokollet justeras av Per Ek".

Only the meeting's roles count: "Till ordförande för föreningen valdes Sven Alm" elects the
association's chair for the coming year, who need not chair this meeting, and is no role of
these minutes. The sentences stay in the items' text (elections are decisions there); this reads
names out of them, no words are taken away.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from .annotate import sentences
from .items import ItemLike
from .letters import UPPER
from .signatures import name_list

__all__ = ["ELECTION_WORDS", "Elected", "Election", "find_elected"]

#: The verbs of an election, as the keyword look before the annotations finds them (lower
#: case): only paragraphs holding one are read.
ELECTION_WORDS = frozenset({"valdes", "väljs", "utsåg", "utses", "justera"})

_MEETING = r"(?:dagens\s+)?(?:mötet|årsmötet|stämman|föreningsstämman|sammanträdet)"
#: The roles, each the meeting's own ("mötesordförande", "ordförande för mötet").
_ROLES = {
    "chair": rf"mötesordförande|ordförande\s+för\s+{_MEETING}|mötets\s+ordförande|att\s+leda\s+(?:dagens\s+)?(?:möte|mötet|årsmötet|stämman|sammanträdet)",
    "minute_taker": rf"mötessekreterare|sekreterare\s+för\s+{_MEETING}|mötets\s+sekreterare|protokollförare"
    rf"|att\s+föra\s+(?:dagens\s+)?(?:protokoll(?:et)?|(?:minnes)?anteckningar(?:na)?)",
    "adjusters": (
        r"(?:protokoll)?justerare|justeringsm(?:an|än)|justeringspersoner?"
        r"|att\s+(?:jämte\s+ordföranden\s+)?justera\s+(?:dagens\s+)?(?:protokoll(?:et)?|(?:minnes)?anteckningar(?:na)?)"
    ),
}
_VERB = r"(?:valdes|väljs|utsågs|utses)"
#: Capitalised words, maybe joined by commas, "och" or "samt": the names elected.
_NAMES = rf"[{UPPER}][\w'’.-]*(?:(?:\s*,\s*|\s+(?:och|samt)\s+|\s+)[{UPPER}][\w'’.-]*)*"
#: What may follow a role before the verb: "tillika rösträknare", "att jämte ordföranden justera protokollet".
_AFTER_ROLE = r"(?:\s+tillika\s+rösträknare|\s+att\s+jämte\s+ordföranden\s+justera\s+(?:dagens\s+)?protokoll(?:et)?)*"

#: "Till mötesordförande valdes Sven Alm", "Att justera protokollet utsågs Per Ek".
ROLE_FIRST = {
    role: re.compile(rf"^(?i:(?:Till\s+|Som\s+)?(?:{words}){_AFTER_ROLE}\s+{_VERB})\s+(?P<names>{_NAMES})")
    for role, words in _ROLES.items()
}
#: "Protokollet justeras av Per Ek och Lena Sund": the adjusters, named as the minutes say who
#: adjusts them.
ADJUSTED_BY = re.compile(
    rf"^(?:Protokollet|Dagens\s+protokoll|(?:Minnes)?[Aa]nteckningarna)\s+(?:ska\s+|skall\s+)?justera(?:s|des)?\s+av\s+(?P<names>{_NAMES})"
)

#: "Sven Alm valdes till mötesordförande", "Per Ek och Lena Sund valdes att justera protokollet".
NAMES_FIRST = {
    role: re.compile(rf"^(?P<names>{_NAMES})\s+{_VERB}\s+(?:till\s+|som\s+)?(?:{words})\b")
    for role, words in _ROLES.items()
}


class Election(NamedTuple):
    """Who an item elects to one of the meeting's roles."""

    names: tuple[str, ...]
    number: int  # the item's
    paragraph: int  # the paragraph's place among all the items' paragraphs (``all_paragraphs``)


class Elected(NamedTuple):
    """The first election to each of the meeting's roles (None: none elected)."""

    chair: Election | None = None
    minute_taker: Election | None = None
    adjusters: Election | None = None


def _names(found: re.Match[str] | None, one: bool) -> tuple[str, ...]:
    """The names a match elects: each looks like a name, and one where the role has one."""
    if found is None:
        return ()
    # the names end where the sentence goes on in lower case ("Sven Alm, som tackade")
    names = tuple(name_list(found["names"].strip(" ,")))
    return names if names and (len(names) == 1 or not one) else ()


def find_elected(items: Sequence[ItemLike], keywords: Sequence[frozenset[str]]) -> Elected:
    """The first election to each of the meeting's roles in the items' text; ``keywords``
    are :func:`~.annotate.keywords_in` of every item's ``all_paragraphs()`` in order, with
    :data:`ELECTION_WORDS` among them."""
    found: dict[str, Election] = {}
    at = 0
    for item in items:
        for index, paragraph in enumerate(item.all_paragraphs(), at):
            at = index + 1
            if keywords[index].isdisjoint(ELECTION_WORDS):
                continue
            for sentence in sentences(paragraph.text):
                for role in _ROLES:
                    if role in found:
                        continue
                    one = role != "adjusters"
                    names = _names(ROLE_FIRST[role].match(sentence), one) or _names(NAMES_FIRST[role].match(sentence), one)
                    if not names and role == "adjusters":
                        names = _names(ADJUSTED_BY.match(sentence), one)
                    if names:
                        found[role] = Election(names, item.number, index)
    return Elected(found.get("chair"), found.get("minute_taker"), found.get("adjusters"))
