"""The shape of an Excel list: its columns (code, German header, value) and its spec.

Shared by :mod:`aktif_desktop.exports.lists` (the writer of every list) and the modules that
declare lists of their own (:mod:`aktif_desktop.exports.casework_lists`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Getter = Callable[[Any], object]


@dataclass(frozen=True, slots=True)
class ListColumn:
    """A column the user may pick: code for the command line, German header, value."""

    code: str
    header: str
    value: Getter
    kind: str = "text"
    personal: bool = False  # emptied for people who did not consent to appear on lists


@dataclass(frozen=True, slots=True)
class ListSpec:
    """One kind of list: its name, record kind for the key column and its columns.

    ``key_kind`` empty: no key column (lists that are never sent back, like the family cases).
    ``free_text`` names the columns of free-text notes, written only when asked for.
    """

    name: str
    title: str
    key_kind: str
    columns: tuple[ListColumn, ...]
    default_codes: tuple[str, ...]
    personal: bool
    free_text: tuple[str, ...] = ()

    def column(self, code: str) -> ListColumn:
        for column in self.columns:
            if column.code == code:
                return column
        raise KeyError(code)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(column.code for column in self.columns)
