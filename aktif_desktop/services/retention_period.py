"""The deletion periods' shared rules: the allowed number of months, the stored setting and
the cutoff day, for the contact part (``retention``) and the case part (``retention_cases``)."""

from __future__ import annotations

import datetime as dt

from aktif_desktop import clock, messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.storage.models import Setting

DEFAULT_MONTHS = 24
MONTH_LIMITS = (6, 120)


def checked_months(months: object, text: str = messages.RETENTION_MONTHS_INVALID) -> int:
    """``months`` if it is a whole number within MONTH_LIMITS, else a German ValidationError."""
    low, high = MONTH_LIMITS
    if isinstance(months, bool) or not isinstance(months, int) or not low <= months <= high:
        raise ValidationError(text.format(low=low, high=high), field="Löschfrist")
    return months


def stored_months(key: str) -> int:
    """The period stored under ``key`` (DEFAULT_MONTHS when unset or unreadable)."""
    stored = Setting.get_or_none(Setting.key == key)
    try:
        return checked_months(int(stored.value)) if stored else DEFAULT_MONTHS
    except (ValueError, ValidationError):
        return DEFAULT_MONTHS


def store_months(key: str, months: int, text: str = messages.RETENTION_MONTHS_INVALID) -> int:
    """Store a checked period under ``key`` (the caller owns the transaction)."""
    valid = checked_months(months, text)
    Setting.insert(key=key, value=str(valid)).on_conflict(
        conflict_target=[Setting.key], preserve=[Setting.value]
    ).execute()
    return valid


def cutoff_date(months: int, today: dt.date | None = None) -> dt.date:
    """Return the day ``months`` calendar months before ``today`` (end of month clamped)."""
    today = today or clock.today()
    month_index = today.year * 12 + today.month - 1 - months
    year, month = divmod(month_index, 12)
    for day in range(today.day, 0, -1):
        try:
            return dt.date(year, month + 1, day)
        except ValueError:
            continue
    raise AssertionError("unreachable: day 1 exists in every month")
