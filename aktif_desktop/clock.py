"""The one clock the core asks for the day and the time.

Services call :func:`today` and :func:`now` instead of ``date.today()``/``datetime.now()``,
so that a test can set the day (:func:`set_today`, :func:`frozen`) and every part of the
program agrees on it. Without a set day both follow the computer's local clock.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

_fixed: dt.datetime | None = None


def now() -> dt.datetime:
    """Return the local time without microseconds (what the user reads)."""
    if _fixed is not None:
        return _fixed
    return dt.datetime.now().replace(microsecond=0)


def today() -> dt.date:
    """Return the local day."""
    return now().date()


def set_today(day: dt.date | dt.datetime | None) -> None:
    """Fix the clock at ``day`` (midnight for a date); ``None`` returns to the real clock."""
    global _fixed
    if day is None or isinstance(day, dt.datetime):
        _fixed = day.replace(microsecond=0) if day is not None else None
    else:
        _fixed = dt.datetime.combine(day, dt.time())


@contextlib.contextmanager
def frozen(day: dt.date | dt.datetime) -> Iterator[None]:
    """Fix the clock at ``day`` for the ``with`` block, then restore what was before."""
    saved = _fixed
    set_today(day)
    try:
        yield
    finally:
        set_today(saved)
