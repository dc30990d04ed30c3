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
from operator import add
from typing import Generic, Protocol, TypeVar, cast

from aktif_desktop.text import fold


class Searchable(Protocol):
    """A row that carries its folded search text."""

    search_text: str


S = TypeVar("S", bound=Searchable)

# The fields holding a row's names, by kind of row: the first group the row has is used
# (a contact's ``title`` is "Dr.", not a name; an event's is its name).
NAME_FIELDS = (("last_name", "first_name"), ("name",), ("title",))
START, NAME_PART, IN_NAME, ELSEWHERE = range(4)
_PART_SPLIT = re.compile(r"[^0-9a-z]+")


def search_words(search: str) -> list[str]:
    """The folded words of a search ("  Jörg  SCHÄF " -> ["joerg", "schaef"])."""
    return fold(search).split()


def matching(rows: Iterable[S], words: Sequence[str]) -> list[S]:
    """The rows whose ``search_text`` contains every word, in their given order."""
    return [row for row in rows if all(word in row.search_text for word in words)]


def name_key(row: object) -> str:
    r"""The folded names of ``row`` as one string the score checks with ``in`` (C speed):
    each whole name after \x01, then each part of a name after \x02
    ("\x01mueller-schaefer\x01ines\x02mueller\x02schaefer\x02ines"). Search words never
    hold \x01 or \x02, so no word matches across two names."""
    folded = [fold(value) for value in _names(row) if value]
    parts = [part for name in folded for part in _PART_SPLIT.split(name) if part]
    return "\x01" + "\x01".join(folded) + "\x02" + "\x02".join(parts)


def _names(row: object) -> list[str]:
    for group in NAME_FIELDS:
        if hasattr(row, group[0]):
            return [value for field in group if isinstance(value := getattr(row, field, ""), str)]
    return []


def word_scores(keys: Sequence[str], word: str) -> list[int]:
    """Where ``word`` (folded) matches each row of ``keys``: START, NAME_PART, IN_NAME or
    ELSEWHERE (one comprehension: 20,000 rows for a first letter)."""
    start, part = "\x01" + word, "\x02" + word
    return [
        START
        if start in key
        else NAME_PART
        if part in key
        else IN_NAME
        if word in key
        else ELSEWHERE
        for key in keys
    ]


class Ranker(Generic[S]):
    """Ranks matching rows; keeps each row's name key, computed once.

    ``Ranker(rows, precompute=True)`` folds every name at once (in a worker thread for
    20,000 contacts); otherwise a row's key is made the first time it is ranked. Keys are
    held by ``id(row)``; the ranker keeps every row it has a key for alive, so an id is
    never reused while its key is held.
    """

    def __init__(self, rows: Iterable[S] = (), *, precompute: bool = False) -> None:
        self._alive: list[S] = []
        self._keys: dict[int, str] = {}
        if precompute:
            self._add(rows)

    def _add(self, rows: Iterable[S]) -> None:
        for row in rows:
            if id(row) not in self._keys:
                self._alive.append(row)
                self._keys[id(row)] = name_key(row)

    def rank(self, rows: Sequence[S], words: Sequence[str]) -> list[S]:
        """``rows`` (all matching ``words``) with name matches first; ties keep their order."""
        if not words or len(rows) < 2:
            return list(rows)
        keys = list(map(self._keys.get, map(id, rows)))
        if None in keys:
            self._add(rows)
            keys = list(map(self._keys.get, map(id, rows)))
        known = cast(list[str], keys)
        scores = word_scores(known, words[0])
        for word in words[1:]:
            scores = list(map(add, scores, word_scores(known, word)))
        if min(scores) == max(scores):
            return list(rows)
        order = sorted(range(len(rows)), key=scores.__getitem__)  # stable: ties keep order
        return list(map(rows.__getitem__, order))


def rank(rows: Sequence[S], words: Sequence[str]) -> list[S]:
    """``rows`` (all matching ``words``) with name matches first; ties keep their order."""
    return Ranker[S]().rank(rows, words)


def filter_ranked(rows: Sequence[S], search: str) -> list[S]:
    """The rows containing every word of ``search`` (folded), name matches first."""
    words = search_words(search)
    if not words:
        return list(rows)
    return rank(matching(rows, words), words)
