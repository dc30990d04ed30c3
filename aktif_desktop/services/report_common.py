"""What the blocks of the period report share: the period's bounds, aggregate SQL, figures.

Every block counts with a few aggregate queries over the whole period (never one query per
row), so the report over the large demo builds in well under two seconds. Times are stored as
text (``2026-03-05 09:00:00``), so a period is the half-open range from its first day's
midnight to the midnight after its last day: an event on the last day counts, one on the day
after does not, and the index on ``event.start`` is used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from aktif_desktop import clock
from aktif_desktop.domain import LEGAL_AREAS
from aktif_desktop.services.report_model import ChartKind, Figure, Table
from aktif_desktop.storage.models import database

MONTHS: tuple[str, ...] = (
    "Jan.",
    "Feb.",
    "März",
    "Apr.",
    "Mai",
    "Juni",
    "Juli",
    "Aug.",
    "Sep.",
    "Okt.",
    "Nov.",
    "Dez.",
)


@dataclass(frozen=True, slots=True)
class Period:
    """A report period, both days included; ``today`` is the day the report is made."""

    start: dt.date
    end: dt.date
    today: dt.date

    @classmethod
    def of(cls, start: dt.date, end: dt.date, today: dt.date | None = None) -> Period:
        return cls(start, end, today or clock.today())

    @property
    def time_from(self) -> str:
        """The first moment of the period, as stored times compare."""
        return f"{self.start.isoformat()} 00:00:00"

    @property
    def time_until(self) -> str:
        """The first moment after the period (excluded)."""
        return f"{(self.end + dt.timedelta(days=1)).isoformat()} 00:00:00"

    @property
    def day_from(self) -> str:
        return self.start.isoformat()

    @property
    def day_to(self) -> str:
        """The last day (included), as stored dates compare."""
        return self.end.isoformat()

    @property
    def reference(self) -> dt.date:
        """The day states are judged on: the period's end, or today if it is still running."""
        return min(self.end, self.today)

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the period touches, in order."""
        months, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            months.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months


def rows(sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Run one aggregate query and return its rows."""
    return list(database.execute_sql(sql, tuple(params)).fetchall())


def one(sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...]:
    """Run a query with exactly one result row (an aggregate without GROUP BY)."""
    found = rows(sql, params)
    return found[0] if found else ()


def count(sql: str, params: Sequence[Any] = ()) -> int:
    """The first column of the single result row as a whole number (0 for NULL)."""
    found = one(sql, params)
    return int(found[0] or 0) if found else 0


def figure(
    code: str, label: str, value: int | float | None, definition: str, unit: str = ""
) -> Figure:
    return Figure(code=code, label=label, value=value, definition=definition, unit=unit)


def share(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in percent, one decimal; None when there is nothing to divide."""
    return round(100.0 * part / whole, 1) if whole else None


def median(values: Iterable[float]) -> float | None:
    """The median of ``values`` (one decimal), None for none."""
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    value = ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2
    return round(float(value), 1)


def table(
    code: str,
    title: str,
    columns: Sequence[str],
    body: list[tuple[object, ...]],
    definition: str,
    chart: ChartKind | None = ChartKind.BAR,
) -> Table:
    return Table(
        code=code,
        title=title,
        columns=tuple(columns),
        rows=body,
        definition=definition,
        chart=chart,
    )


def month_label(year: int, month: int) -> str:
    """ "März 2026"."""
    return f"{MONTHS[month - 1]} {year}"


def legal_area_label(code: str) -> str:
    return LEGAL_AREAS.get(code, code)


def marks(values: Sequence[object]) -> str:
    """ "?, ?, ?" for an IN list of ``values``."""
    return ", ".join("?" for _ in values) or "NULL"
