"""The shape of a report for a period (Sachbericht annex, statistics): plain data, no queries.

The report service fills it; the Excel and PDF writers and the Berichte page only read it, so
every figure is computed once and shown the same everywhere. Each figure carries a one-line
German definition (what is counted), so the JSON says how to reproduce it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class ChartKind(StrEnum):
    """How a table is drawn beside itself (Excel chart, PDF vector chart, Qt painting)."""

    BAR = "bar"  # one bar per row, one series per value column
    STACKED_BAR = "stacked_bar"
    PIE = "pie"  # first value column only
    HEATMAP = "heatmap"  # a square matrix (the cooperation matrix of the legal circles)


@dataclass(slots=True, kw_only=True)
class Figure:
    """One number of the report: code (stable JSON key), German label, value, definition."""

    code: str
    label: str
    value: int | float | None
    definition: str
    target: int | float | None = None  # the Soll the user entered for this period
    unit: str = ""  # "", "%", "Std.", "Tage"


@dataclass(slots=True, kw_only=True)
class Table:
    """A table of a block: first column the row label, the others numbers."""

    code: str
    title: str
    columns: tuple[str, ...]  # German headers, the first for the row labels
    rows: list[tuple[object, ...]] = field(default_factory=list)
    definition: str = ""
    chart: ChartKind | None = None


@dataclass(slots=True, kw_only=True)
class Block:
    """One section of the report (events, participation, legal circles, …)."""

    code: str
    title: str
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    note: str = ""  # e.g. "Die Lotsenarbeit wird erst seit … erfasst."


@dataclass(slots=True, kw_only=True)
class Report:
    """A whole report for ``start``..``end`` (both days included)."""

    start: dt.date
    end: dt.date
    verbund_name: str = ""
    funding_line: str = ""
    logo_path: str = ""
    created_at: dt.datetime | None = None
    blocks: list[Block] = field(default_factory=list)
    # Sachbericht texts by code: ausgangslage, umsetzung, ergebnisse, abweichungen, ausblick.
    texts: dict[str, str] = field(default_factory=dict)
    not_covered: list[str] = field(default_factory=list)  # ESF indicators not collected

    def block(self, code: str) -> Block | None:
        return next((b for b in self.blocks if b.code == code), None)

    def figure(self, code: str) -> Figure | None:
        """A figure by its code, in any block."""
        return next((f for b in self.blocks for f in b.figures if f.code == code), None)


TEXT_SECTIONS: tuple[tuple[str, str], ...] = (
    ("ausgangslage", "Ausgangslage"),
    ("umsetzung", "Umsetzung"),
    ("ergebnisse", "Ergebnisse"),
    ("abweichungen", "Abweichungen vom Plan"),
    ("ausblick", "Ausblick"),
)
