"""Marking up sentences and names inside a paragraph's text.

Decisions, assignments and attachment references point at sentences of an item's
paragraphs (the model stores their text). :class:`Placer` finds where each occurs and
keeps the chosen spans properly nested (two spans are either disjoint or one holds the
other), so that the writer can put them as nested inline elements around the very
characters of the paragraph: the paragraph's text is unchanged by the markup.

An annotation that cannot be placed (its text is not in any paragraph, or would cross
another span) is reported back to the caller, which writes it on its own.
"""

from __future__ import annotations

from typing import Iterator

__all__ = ["Placer", "Span"]


class Span:
    """Characters ``[start, end)`` of one paragraph to wrap in an element.

    A plain class, not a NamedTuple: compiled (mypyc), it is a native class, made without
    the Python-level ``__new__`` a NamedTuple has, and its fields are read directly.
    """

    __slots__ = ("start", "end", "rank", "tag", "attrib")

    def __init__(self, start: int, end: int, rank: int, tag: str, attrib: dict[str, str]) -> None:
        self.start = start
        self.end = end
        self.rank = rank  # outer first when two spans cover the same characters; also the kind
        self.tag = tag  # the element's name as written (``inline``, ``person``...)
        self.attrib = attrib  # its attributes as written, in order (``bp:outcome`` for ours)


def _word_bounded(text: str, start: int, end: int) -> bool:
    """No word character (``\\w``: a letter, a digit or ``_``) right before or after the span."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


class Placer:
    """Chosen spans per paragraph of one item."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.spans: list[list[Span]] = [[] for _ in texts]

    def _fits(self, index: int, start: int, end: int, rank: int) -> bool:
        for other in self.spans[index]:
            if other.end <= start or end <= other.start:
                continue  # disjoint
            if other.start == start and other.end == end:
                if other.rank == rank:
                    return False  # the same thing twice over the same characters
                continue
            if (other.start <= start and end <= other.end) or (start <= other.start and other.end <= end):
                continue  # nested
            return False  # crossing
        return True

    def _free(self, needle: str, rank: int, word: bool) -> Iterator[tuple[int, int, int]]:
        """Each ``(paragraph, start, end)`` where ``needle`` occurs and may be wrapped now.

        Only whole words qualify (by default): markup inside a word would split it for
        anyone who reads the text back out of the XML element by element. Spans placed
        while iterating are taken into account for the occurrences after them.
        """
        for index, text in enumerate(self.texts):
            start = text.find(needle)
            while start >= 0:
                end = start + len(needle)
                if (not word or _word_bounded(text, start, end)) and self._fits(index, start, end, rank):
                    yield index, start, end
                    start = text.find(needle, end)
                else:
                    start = text.find(needle, start + 1)

    def place(self, needle: str, rank: int, tag: str, attrib: dict[str, str], *, word: bool = True) -> bool:
        """Wrap the first occurrence of ``needle`` that fits; False when none does."""
        for index, start, end in self._free(needle, rank, word) if needle else ():
            self.spans[index].append(Span(start, end, rank, tag, attrib))
            return True
        return False

    def place_every(
        self, needle: str, rank: int, tag: str, attrib: dict[str, str], *, word: bool = True
    ) -> None:
        """Wrap every occurrence of ``needle`` that fits (for names)."""
        for index, start, end in self._free(needle, rank, word) if needle else ():
            self.spans[index].append(Span(start, end, rank, tag, attrib))

    def add(self, index: int, start: int, end: int, rank: int, tag: str, attrib: dict[str, str]) -> bool:
        """Wrap characters ``[start, end)`` of paragraph ``index`` when they are whole words and fit."""
        if start < end and _word_bounded(self.texts[index], start, end) and self._fits(index, start, end, rank):
            self.spans[index].append(Span(start, end, rank, tag, attrib))
            return True
        return False

    def sorted_spans(self, index: int) -> list[Span]:
        """Paragraph ``index``'s spans in writing order: by start, outer (longer, lower rank) first."""
        spans = self.spans[index]
        if len(spans) < 2:
            return list(spans)
        return sorted(spans, key=_writing_order)


def _writing_order(span: Span) -> tuple[int, int, int]:
    return (span.start, -span.end, span.rank)
