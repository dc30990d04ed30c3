"""argparse types that refuse values out of range in German (ids, years, counts).

argparse turns the ``ArgumentTypeError`` text into "--year: <text>" on stderr with exit 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from aktif_desktop import messages

MAX_ID = 2**63 - 1  # SQLite's INTEGER PRIMARY KEY
YEAR_RANGE = (1900, 2999)


def _integer(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


def _not_integer(text: str) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(
        f"„{text[:80]}“ ist keine ganze Zahl. Bitte korrigieren Sie die Angabe."
    )


def record_id(text: str) -> int:
    """A record number: 1 … 2**63-1."""
    value = _integer(text)
    if value is None:
        raise _not_integer(text)
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(
            messages.ARG_NOT_AN_ID.format(value=text[:80], limit=MAX_ID)
        )
    return value


def year(text: str) -> int:
    """A calendar year the app can plan for: 1900 … 2999 (never 0 or 10000)."""
    value = _integer(text)
    if value is None:
        raise _not_integer(text)
    if not YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        raise argparse.ArgumentTypeError(messages.ARG_NOT_A_YEAR.format(value=text[:80]))
    return value


def count(low: int, high: int) -> Callable[[str], int]:
    """A count between ``low`` and ``high`` (never negative)."""

    def parse(text: str) -> int:
        value = _integer(text)
        if value is None:
            raise _not_integer(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                messages.ARG_NOT_A_COUNT.format(value=text[:80], low=low, high=high)
            )
        return value

    parse.__name__ = "count"
    return parse
