"""Word coverage of the canonical JSON, counted as ../shared/tools/word_coverage.py counts it:
the share of the source's words (with multiplicity, structure labels excepted) that the
JSON's values hold."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

#: A word as the shared tool counts it.
WORD = re.compile(r"\w+", re.UNICODE)
#: Letters and digits only: Markdown's ``__`` marks are no part of a word.
WORD_WITHOUT_UNDERSCORES = re.compile(r"[^\W_]+", re.UNICODE)
#: Words that only label the structure; the export need not repeat them.
LABELS = {
    "närvarande", "frånvarande", "delges", "samt", "vid", "protokollet", "justeras",
    "protokoll", "fört", "beslutande", "ersättare", "övriga", "deltagande", "kopia", "till",
}


def words(text: str, word: re.Pattern[str] = WORD) -> Counter[str]:
    return Counter(w.casefold() for w in word.findall(text))


def read_source(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def strings_of(value: Any) -> Iterator[str]:
    """Every value of a JSON document as text (keys are not counted)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_of(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_of(item)
    elif value is not None:
        yield str(value)


def word_coverage(source_text: str, canonical: Any, word: re.Pattern[str] = WORD) -> tuple[float, Counter[str]]:
    """Share of the source's words (with multiplicity, labels excepted) found in the JSON,
    and the words missing."""
    want = words(source_text, word)
    for label in LABELS:
        want.pop(label, None)
    want.pop("§", None)
    missing = want - words("\n".join(strings_of(canonical)), word)
    total = sum(want.values())
    return (1.0 if total == 0 else 1 - sum(missing.values()) / total), missing
