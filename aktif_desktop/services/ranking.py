"""Search matching and ranking: name matches first, then everything else.

"schäf" matches 1,928 contacts in the large demo, most of them through "Geschäftsführung" in
their function; the Schäfers must come first. Each search word scores by where it matches:

0. at the start of the last name or the first name (a partner's name, an event's title);
1. at the start of another part of a name ("Müller-Schäfer", "Anna Lena", "Haus Schäfer");
2. elsewhere inside a name ("Geschäftsstelle" for a partner);
3. only in another field (function, e-mail, city, ...).

A row's rank is the sum over the search words; rows of equal rank keep their given order
(the services sort by name), so the ranking is a stable sort of the matching rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Generic, Protocol, TypeVar

from aktif_desktop.text import fold


class Searchable(Protocol):
    """A row that carries its folded search text."""

    search_text: str


S = TypeVar("S", bound=Searchable)

# Row fields holding a name, in the order they are tried; the first ones present are used.
NAME_FIELDS = ("last_name", "first_name", "name", "title")
START, NAME_PART, IN_NAME, ELSEWHERE = range(4)
_PART_SPLIT = re.compile(r"[^0-9a-z]+")


def search_words(search: str) -> list[str]:
    """The folded words of a search ("  Jörg  SCHÄF " -> ["joerg", "schaef"])."""
    return fold(search).split()


def matching(rows: Iterable[S], words: Sequence[str]) -> list[S]:
    """The rows whose ``search_text`` contains every word, in their given order."""
    return [row for row in rows if all(word in row.search_text for word in words)]


def name_key(row: object) -> tuple[str, str]:
    """Folded names of ``row`` as two strings the score checks with ``in`` (C speed):
    "\x01schaefer\x01joerg" (each whole name after \x01) and "\x02mueller\x02schaefer"
    (each part of a name after \x02)."""
    folded = [
        fold(value)
        for field in NAME_FIELDS
        if isinstance(value := getattr(row, field, None), str) and value
    ]
    parts = [part for name in folded for part in _PART_SPLIT.split(name) if part]
    return "\x01" + "\x01".join(folded), "\x02" + "\x02".join(parts)


def word_score(key: tuple[str, str], word: str) -> int:
    """Where ``word`` (folded) matches the row of ``key``: START, NAME_PART, IN_NAME or
    ELSEWHERE."""
    whole, parts = key
    if "\x01" + word in whole:
        return START
    if "\x02" + word in parts:
        return NAME_PART
    if word in whole:
        return IN_NAME
    return ELSEWHERE


class Ranker(Generic[S]):
    """Ranks matching rows; keeps each row's name key, computed once.

    ``Ranker(rows, precompute=True)`` folds every name at once (in a worker thread for
    20,000 contacts); otherwise a row's key is made the first time it is ranked. The keys
    are held by row identity, so the ranker keeps its rows alive.
    """

    def __init__(self, rows: Iterable[S] = (), *, precompute: bool = False) -> None:
        self._keys: dict[int, tuple[S, tuple[str, str]]] = {}
        if precompute:
            for row in rows:
                self._keys[id(row)] = (row, name_key(row))

    def _key(self, row: S) -> tuple[str, str]:
        entry = self._keys.get(id(row))
        if entry is None or entry[0] is not row:
            entry = (row, name_key(row))
            self._keys[id(row)] = entry
        return entry[1]

    def rank(self, rows: Sequence[S], words: Sequence[str]) -> list[S]:
        """``rows`` (all matching ``words``) with name matches first; ties keep their order."""
        if not words or len(rows) < 2:
            return list(rows)
        if len(words) > 1:
            buckets: list[list[S]] = [[] for _ in range(ELSEWHERE * len(words) + 1)]
            for row in rows:
                row_key = self._key(row)
                buckets[sum(word_score(row_key, word) for word in words)].append(row)
            return [row for bucket in buckets for row in bucket]
        # One word (most keystrokes, and the 20,000-row first letters): the loop inlined.
        word = words[0]
        start, part = "\x01" + word, "\x02" + word
        first: list[S] = []
        second: list[S] = []
        third: list[S] = []
        rest: list[S] = []
        keys = self._keys
        for row in rows:
            entry = keys.get(id(row))
            whole, parts = entry[1] if entry is not None and entry[0] is row else self._key(row)
            if start in whole:
                first.append(row)
            elif part in parts:
                second.append(row)
            elif word in whole:
                third.append(row)
            else:
                rest.append(row)
        return first + second + third + rest


def rank(rows: Sequence[S], words: Sequence[str]) -> list[S]:
    """``rows`` (all matching ``words``) with name matches first; ties keep their order."""
    return Ranker[S]().rank(rows, words)


def filter_ranked(rows: Sequence[S], search: str) -> list[S]:
    """The rows containing every word of ``search`` (folded), name matches first."""
    words = search_words(search)
    if not words:
        return list(rows)
    return rank(matching(rows, words), words)
