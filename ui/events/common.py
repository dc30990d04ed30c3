"""Small pieces the event widgets share: German date and time text and Qt date conversion.

The message bar, the questions and the legal-area tags are in the widget kit (``ui.widgets``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

WEEKDAYS = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")
MONTHS = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
DATE_TIME_FORMAT = "dd.MM.yyyy HH:mm"
HIGHLIGHT = "#fff3bf"  # a row that just changed (someone moved up from the waiting list)


def people(n: int) -> str:
    """Return "1 Person" or "3 Personen"."""
    return "1 Person" if n == 1 else f"{n} Personen"


def german_locale() -> QLocale:
    return QLocale(QLocale.Language.German, QLocale.Country.Germany)


def fmt_day(value: dt.date | dt.datetime | None) -> str:
    """Return "Di, 08.12.2026" (weekday abbreviations are fixed German text)."""
    if value is None:
        return ""
    return f"{WEEKDAYS[value.weekday()]}, {value:%d.%m.%Y}"


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    return "" if value is None else f"{value:%d.%m.%Y}"


def fmt_time_range(start: dt.datetime, end: dt.datetime) -> str:
    """Return "14:00–16:00", or with the end date when the event spans days."""
    if end.date() != start.date():
        return f"{start:%H:%M} – {end:%d.%m. %H:%M}"
    return f"{start:%H:%M}–{end:%H:%M}"


def fmt_stamp(value: dt.datetime | None) -> str:
    return "" if value is None else f"{value:%d.%m.%Y %H:%M}"


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> dt.datetime:
    date, time = value.date(), value.time()
    return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())
