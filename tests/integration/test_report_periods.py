"""Report periods by name (year, half, quarter, typed days) and a stale save of a report text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aktif_desktop.errors import StaleRecordError, ValidationError
from aktif_desktop.services import report_periods as periods
from aktif_desktop.services import report_plans

D = dt.date


def test_named_periods() -> None:
    assert periods.year(2026) == (D(2026, 1, 1), D(2026, 12, 31))
    assert periods.half(*periods.parse_part("2026-2", 2)) == (D(2026, 7, 1), D(2026, 12, 31))
    assert periods.quarter(*periods.parse_part(" 2028/1 ", 4)) == (D(2028, 1, 1), D(2028, 3, 31))
    assert periods.quarter(2026, 4) == (D(2026, 10, 1), D(2026, 12, 31))
    assert periods.parse_day("29.02.2028") == D(2028, 2, 29)
    assert periods.parse_day("2026-12-31") == D(2026, 12, 31)


@pytest.mark.parametrize(
    "call",
    [
        lambda: periods.parse_day("31.02.2026"),
        lambda: periods.parse_day("29.02.2027"),
        lambda: periods.parse_day("01.01.1800"),
        lambda: periods.parse_day("1.1.26x"),
        lambda: periods.parse_day(""),
        lambda: periods.parse_part("2026-5", 4),
        lambda: periods.parse_part("2026-3", 2),
        lambda: periods.parse_part("zwanzig-1", 2),
        lambda: periods.year(10_000),
        lambda: periods.span(D(2026, 2, 1), D(2026, 1, 31)),
    ],
)
def test_hostile_periods_are_refused_in_german(call: object) -> None:
    with pytest.raises(ValidationError, match="Bitte"):
        call()  # type: ignore[operator]


def test_a_text_saved_meanwhile_by_another_is_not_overwritten(db: Path) -> None:
    start, end = D(2026, 1, 1), D(2026, 12, 31)
    report_plans.save_texts(start, end, {"umsetzung": "Erster Stand."})
    [loaded] = report_plans.stored_texts(start, end)
    report_plans.save_texts(start, end, {"umsetzung": "Von der Kollegin ergänzt."})
    with pytest.raises(StaleRecordError):
        report_plans.save_texts(
            start, end, {"umsetzung": "Mein Stand."}, versions={"umsetzung": loaded.version}
        )
    assert report_plans.load_texts(start, end)["umsetzung"] == "Von der Kollegin ergänzt."
