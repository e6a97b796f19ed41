"""The cheap looks in front of patterns agree with the patterns they stand in front of.

A cheap look rules a line out by its first letters before a pattern runs (the header's
LABEL, the attendance list's TITLE_FIRST and ROLE_FIRST). Its set of heads is written out,
for speed; here the set is derived from the pattern itself, with the ``regex`` module's
partial matching (whether some continuation of a text could still match), over every head
of ASCII letters. A label or title added to a pattern without its head fails here, rather
than going unread on every line the cheap look turns away.
"""

from __future__ import annotations

import re
import string
import sys

import pytest
import regex
from hypothesis import assume, given
from hypothesis import strategies as st

from bigprotokoll import parse
from bigprotokoll.parse import annotate, attendance, header


def _heads(pattern: re.Pattern[str], length: int) -> frozenset[str]:
    """Every head of ``length`` lower-case ASCII letters that some text matching ``pattern`` starts with."""
    partial = regex.compile(pattern.pattern, pattern.flags)  # re's flag values are regex's
    heads = [""]
    for _ in range(length):
        heads = [head + letter for head in heads for letter in string.ascii_lowercase]
        heads = [head for head in heads if partial.match(head, partial=True)]
    return frozenset(heads)


@pytest.mark.parametrize(
    ("pattern", "length", "written"),
    [
        (header.LABEL, 4, header._LABEL_HEADS),
        (attendance.TITLE_FIRST, 2, attendance._TITLE_FIRST_HEADS),
        (attendance.ROLE_FIRST, 2, attendance._ROLE_FIRST_HEADS),
    ],
    ids=["LABEL", "TITLE_FIRST", "ROLE_FIRST"],
)
def test_the_written_heads_are_the_patterns(pattern: re.Pattern[str], length: int, written: frozenset[str]) -> None:
    assert written == _heads(pattern, length)


def test_the_derivation_sees_a_head_the_pattern_lacks() -> None:
    # the check itself can fail: a pattern with one more label has one more head
    widened = re.compile(header.LABEL.pattern.replace("| Lokal |", "| Lokal | Kaffepaus |"), header.LABEL.flags)
    assert _heads(widened, 4) == header._LABEL_HEADS | {"kaff"}


@pytest.mark.parametrize("text", ["Plats: Stadshuset", "Närvarande", "Med: Ida Ek", "Pernilla Dalborg\tBIG", "Sekr. Bo Lund"])
def test_label_with_its_look_is_label_alone(text: str) -> None:
    assert bool(header._label(text)) == bool(header.LABEL.match(text))


def _distribution_by_pattern(text: str) -> tuple[bool, tuple[str, ...]]:
    """What the distribution line gives when :data:`header.DISTRIBUTION` reads its rest."""
    found = header.DISTRIBUTION.match(" ".join(text.split()))
    assert found is not None
    parts = [p.strip() for p in header.DISTRIBUTION_SEPARATOR.split(found["rest"]) if p.strip()]
    attendees = bool(parts) and parts[0].lower() == "närvarande"
    return attendees, tuple(parts[1:] if attendees else parts)


@given(st.lists(st.sampled_from([" ", ":", ".", ",", "\t", "närvarande", "Ida Ek", "och", "samt", "KS"]), max_size=12))
def test_the_distribution_read_with_string_methods_is_the_patterns(pieces: list[str]) -> None:
    text = "Delges" + "".join(pieces)
    assume(header.DISTRIBUTION_START.match(text))  # as read_header asks before it reads the line
    distribution = header.read_distribution(text)
    assert (distribution.attendees, distribution.recipients) == _distribution_by_pattern(text)


@pytest.mark.parametrize("index", range(len(annotate.OUTCOME_PATTERNS)))
def test_an_outcomes_word_starts_are_the_patterns(index: int) -> None:
    # every character some match of the outcome's pattern can start with (in any case the
    # pattern's IGNORECASE matches: "ſ" for "s"), over all of Unicode, is in the class of
    # the look that finds where to try the pattern, and no other
    pattern = annotate.OUTCOME_PATTERNS[index][1]
    partial = regex.compile(pattern.pattern, pattern.flags)
    firsts = {chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF and partial.match(chr(c), partial=True)}
    look = annotate._OUTCOME_STARTS[index].pattern
    assert firsts == set(look[1 : look.index("]")])


_OUTCOME_PIECES = [
    " ", ".", ":", "\t", "g", "G", "s", "S", "\u017f", "\u212a", "\u212b", "ä", "x", "1", "godkändes", "antog att", "antog",
    "bordläggs", "beslutar att", "Beslut:", "valdes", "kom överens om", "lades till handlingarna", "återremitteras",
    "bestämdes", "avslås", "ställer sig bakom",
]


@given(st.lists(st.sampled_from(_OUTCOME_PIECES), max_size=12).map("".join))
def test_an_outcome_tried_at_its_word_starts_is_its_search(text: str) -> None:
    for (_, pattern), starts in zip(annotate.OUTCOME_PATTERNS, annotate._OUTCOME_STARTS):
        found, searched = annotate._first_match(pattern, starts, text), pattern.search(text)
        assert (found and found.span()) == (searched and searched.span())


def test_the_distribution_lines_first_two_letters_are_the_patterns() -> None:
    """Every pair of characters a match of DISTRIBUTION_START can start with (in any case its
    IGNORECASE matches), over all of Unicode, is in the look before it, and no other."""
    partial = regex.compile(header.DISTRIBUTION_START.pattern, header.DISTRIBUTION_START.flags)
    characters = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    firsts = [c for c in characters if partial.match(c, partial=True)]
    pairs = {first + c for first in firsts for c in characters if partial.match(first + c, partial=True)}
    assert pairs == header._DISTRIBUTION_HEADS


def test_an_e_mail_headers_first_character_is_the_looks() -> None:
    """Every character a separator line or the header's first field ("Från:" / "From:", as
    :func:`header.envelope` asks) can start with, over all of Unicode, is in the look before
    them (white space aside: a line is stripped)."""
    for pattern in (header.MAIL_SEPARATOR, re.compile(r"(?:Från|From)\s*:", re.IGNORECASE)):
        partial = regex.compile(pattern.pattern, pattern.flags)
        firsts = {
            chr(c)
            for c in range(sys.maxunicode + 1)
            if not 0xD800 <= c <= 0xDFFF and not chr(c).isspace() and partial.match(chr(c), partial=True)
        }
        assert firsts <= header._MAIL_FIRST, firsts - header._MAIL_FIRST


@given(st.from_regex(annotate.PART_HEADING, fullmatch=True))
def test_every_part_heading_passes_the_look_before_the_pattern(text: str) -> None:
    """PART_HEADING is tried only on a short line that ends as a part heading does
    (``may_be_part``): every part heading must pass that look. (Its words one space apart,
    as written: the look's " till" takes no tab.)"""
    assume(len(text) <= annotate.PART_LONGEST and " ".join(text.split()) == text)
    assert annotate.may_be_part(text)


def test_every_role_of_more_than_one_word_starts_as_the_look_before_it_expects() -> None:
    """``_cell_rows`` tries a role in a row's first column only on one word, or on words
    that start as a role of more than one word does."""
    many = [role for role in attendance.ROLE_WORDS if " " in role] + ["1:e vice ordförande", "Tjänstgörande ersättare"]
    assert all(attendance.is_role(role) and role[0] in attendance._ROLE_FIRST_OF_MANY for role in many)


def test_every_bodys_short_name_before_a_paragraph_sign_starts_as_the_look_expects() -> None:
    """A line is tried for "KS § 51" only where its first letter is in ``_PREFIX_FIRST``:
    every first letter :data:`ITEM_PREFIX` takes (alone, or before a capital or a small
    letter: "K", "KS", "Kf") must be there."""
    firsts = {
        letter
        for letter in map(chr, range(sys.maxunicode + 1))
        if any(parse.ITEM_PREFIX.match(f"{letter}{second} §") for second in ("", "S", "f"))
    }
    assert firsts and firsts <= parse._PREFIX_FIRST
