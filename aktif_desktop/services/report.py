"""The report for a period: every block computed once, targets (Soll) joined by figure code,
the Sachbericht texts, and the ESF Plus indicators the app does not cover.

:func:`build_report` fills :class:`~aktif_desktop.services.report_model.Report`; the Excel and
PDF writers, the Berichte page and ``aktif-desktop report --json`` (:func:`report_json`) only
read it. Each block is one module (``report_events``, ``report_participation``, …) counting
with a few aggregate queries, so the report over the large demo builds in well under 2 s.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from aktif_desktop import clock
from aktif_desktop.esf import NOT_COVERED
from aktif_desktop.services.report_circles import circles_block
from aktif_desktop.services.report_common import Period
from aktif_desktop.services.report_conferences import conferences_block
from aktif_desktop.services.report_esf import esf_block
from aktif_desktop.services.report_events import events_block
from aktif_desktop.services.report_lotsen import lotsen_block
from aktif_desktop.services.report_model import Block, Report
from aktif_desktop.services.report_network import network_block
from aktif_desktop.services.report_participation import participation_block
from aktif_desktop.services.report_plans import load_targets, load_texts, validate_period
from aktif_desktop.services.settings import load_settings
from aktif_desktop.storage.models import database

BLOCKS: tuple[Callable[[Period], Block], ...] = (
    events_block,
    participation_block,
    circles_block,
    conferences_block,
    network_block,
    lotsen_block,
    esf_block,
)


def build_report(start: dt.date, end: dt.date, *, today: dt.date | None = None) -> Report:
    """Compute the report for ``start`` … ``end`` (both days included).

    ``today`` (default: the clock's) is the day states are judged on while the period runs
    (overdue agreements, stale numbers). Refuses a reversed period in German.
    """
    validate_period(start, end)
    period = Period.of(start, end, today)
    settings = load_settings()
    # One read transaction: every block sees the same state of the database.
    with database.atomic():
        blocks = [build(period) for build in BLOCKS]
        targets = load_targets(start, end)
        texts = load_texts(start, end)
    report = Report(
        start=start,
        end=end,
        verbund_name=settings.verbund_name,
        funding_line=settings.funding_line,
        logo_path=settings.logo_path,
        created_at=clock.now(),
        blocks=blocks,
        texts=texts,
        not_covered=list(NOT_COVERED),
    )
    for block in blocks:
        for item in block.figures:
            item.target = targets.get(item.code)
    return report


def figure_codes(report: Report) -> list[tuple[str, str]]:
    """(code, label) of every figure a target can be set for, in report order."""
    return [(item.code, item.label) for block in report.blocks for item in block.figures]


def _number(value: object) -> object:
    """Whole floats as ints in the JSON (12.0 -> 12), others as they are."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def report_json(report: Report) -> dict[str, object]:
    """The report as the command line's JSON; its keys are stable (pinned by a test)."""
    return {
        "start": report.start.isoformat(),
        "end": report.end.isoformat(),
        "verbund": report.verbund_name,
        "blocks": [
            {
                "code": block.code,
                "title": block.title,
                "note": block.note,
                "figures": [
                    {
                        "code": item.code,
                        "label": item.label,
                        "value": _number(item.value),
                        "definition": item.definition,
                        "target": _number(item.target),
                        "unit": item.unit,
                    }
                    for item in block.figures
                ],
                "tables": [
                    {
                        "code": table.code,
                        "title": table.title,
                        "definition": table.definition,
                        "chart": table.chart.value if table.chart else None,
                        "columns": list(table.columns),
                        "rows": [[_number(cell) for cell in row] for row in table.rows],
                    }
                    for table in block.tables
                ],
            }
            for block in report.blocks
        ],
        "texts": dict(report.texts),
        "not_covered": list(report.not_covered),
    }
