"""Report periods by name: a year, a half-year, a quarter, or two typed days.

Shared by ``aktif-desktop report`` and the Berichte page, so both read "2026-1" and
"31.02.2026" the same way; every refusal is a German ValidationError.
"""

from __future__ import annotations

import datetime as dt
import re

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError

YEARS = (1900, 2999)
_PART = re.compile(r"^\s*(\d{4})\s*[-/]\s*(\d)\s*$")
Span = tuple[dt.date, dt.date]


def _check_year(year: int) -> int:
    if not YEARS[0] <= year <= YEARS[1]:
        raise ValidationError(messages.REPORT_PERIOD_YEAR.format(year=year), "Zeitraum")
    return year


def parse_day(text: str) -> dt.date:
    """TT.MM.JJJJ or JJJJ-MM-TT; a day that does not exist (31.02.) is refused."""
    raw = str(text).strip()
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            day = dt.datetime.strptime(raw, pattern).date()
        except ValueError:
            continue
        _check_year(day.year)
        return day
    raise ValidationError(messages.REPORT_DATE_INVALID.format(value=raw[:40]), "Zeitraum")


def year(number: int) -> Span:
    """01.01. – 31.12. of ``number``."""
    _check_year(number)
    return dt.date(number, 1, 1), dt.date(number, 12, 31)


def half(number: int, part: int) -> Span:
    """Half-year ``part`` (1 or 2) of the year ``number``."""
    _check_year(number)
    if part not in (1, 2):
        raise ValidationError(messages.REPORT_HALF_INVALID.format(value=f"{number}-{part}"))
    if part == 1:
        return dt.date(number, 1, 1), dt.date(number, 6, 30)
    return dt.date(number, 7, 1), dt.date(number, 12, 31)


def quarter(number: int, part: int) -> Span:
    """Quarter ``part`` (1 … 4) of the year ``number``."""
    _check_year(number)
    if part not in (1, 2, 3, 4):
        raise ValidationError(messages.REPORT_QUARTER_INVALID.format(value=f"{number}-{part}"))
    first = dt.date(number, 3 * part - 2, 1)
    after = dt.date(number + 1, 1, 1) if part == 4 else dt.date(number, 3 * part + 1, 1)
    return first, after - dt.timedelta(days=1)


def parse_part(text: str, parts: int) -> tuple[int, int]:
    """ "2026-1" -> (2026, 1); ``parts`` is 2 (half-years) or 4 (quarters)."""
    found = _PART.match(str(text))
    message = messages.REPORT_HALF_INVALID if parts == 2 else messages.REPORT_QUARTER_INVALID
    if found is None or not 1 <= int(found.group(2)) <= parts:
        raise ValidationError(message.format(value=str(text).strip()[:40]), "Zeitraum")
    return _check_year(int(found.group(1))), int(found.group(2))


def span(start: dt.date, end: dt.date) -> Span:
    """Two days as a period; refused when the end lies before the start."""
    _check_year(start.year), _check_year(end.year)
    if end < start:
        raise ValidationError(
            messages.REPORT_PERIOD_REVERSED.format(
                start=f"{start:%d.%m.%Y}", end=f"{end:%d.%m.%Y}"
            ),
            "Zeitraum",
        )
    return start, end
