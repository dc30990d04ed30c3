"""The report's block "Konferenzen": agreements made, done and overdue; supply gaps named, in
progress, closed, and carried over from earlier structure conferences.

Agreements and gaps belong to a conference (an event); "made/named in the period" means the
conference began in the period. Their status is the one recorded today (the app keeps no
history of status dates), which the definitions say.
"""

from __future__ import annotations

import datetime as dt

from aktif_desktop.domain import AgreementStatus, EventKind, SupplyGapStatus
from aktif_desktop.services.report_common import Period, figure, one, table
from aktif_desktop.services.report_model import Block, ChartKind
from aktif_desktop.storage.sql_dialect import count_if

IN_PERIOD = "e.start >= ? AND e.start < ?"
DONE = " AND a.status = 'done'"
IN_PROGRESS = " AND a.status = 'in_progress'"
OVERDUE = "a.status != 'done' AND a.due IS NOT NULL AND a.due < ? AND e.start < ?"
GAP_IN_PROGRESS = "g.status = 'in_progress'"
GAP_CLOSED = "g.status = 'closed'"


def conferences_block(period: Period) -> Block:
    bounds = (period.time_from, period.time_until)
    made, done, in_progress, overdue = (
        int(value or 0)
        for value in one(
            f"SELECT {count_if(IN_PERIOD)},"
            f" {count_if(IN_PERIOD + DONE)}, {count_if(IN_PERIOD + IN_PROGRESS)},"
            f" {count_if(OVERDUE)} FROM agreement a JOIN event e ON e.id = a.event_id",
            (*bounds, *bounds, *bounds, _overdue_day(period), period.time_until),
        )
    )
    named, gap_progress, gap_closed = (
        int(value or 0)
        for value in one(
            f"SELECT count(*), {count_if(GAP_IN_PROGRESS)}, {count_if(GAP_CLOSED)}"
            f" FROM supply_gap g JOIN event e ON e.id = g.event_id WHERE {IN_PERIOD}",
            bounds,
        )
    )
    carried = int(
        one(
            "SELECT count(*) FROM supply_gap g JOIN event e ON e.id = g.event_id"
            " WHERE e.start < ? AND e.kind = ? AND g.status != 'closed'",
            (period.time_from, EventKind.STRUCTURE_CONFERENCE.value),
        )[0]
        or 0
    )
    at = "bei Konferenzen mit Beginn im Zeitraum"
    today = "(Status von heute)"
    block = Block(code="conferences", title="Familien- und Strukturkonferenzen")
    block.figures = [
        figure("agreements_made", "Getroffene Vereinbarungen", made, f"Vereinbarungen {at}."),
        figure(
            "agreements_done",
            "davon erledigt",
            done,
            f"Vereinbarungen {at} mit Status erledigt {today}.",
        ),
        figure(
            "agreements_overdue",
            "Überfällige Vereinbarungen",
            overdue,
            "Nicht erledigte Vereinbarungen von Konferenzen bis zum Ende des Zeitraums, deren "
            "Fälligkeit vor dem Ende des Zeitraums (bei laufendem Zeitraum: vor heute) liegt "
            f"{today}.",
        ),
        figure("gaps_named", "Benannte Versorgungslücken", named, f"Versorgungslücken {at}."),
        figure(
            "gaps_in_progress",
            "davon in Bearbeitung",
            gap_progress,
            f"Versorgungslücken {at} mit Status in Bearbeitung {today}.",
        ),
        figure(
            "gaps_closed",
            "davon geschlossen",
            gap_closed,
            f"Versorgungslücken {at} mit Status geschlossen {today}.",
        ),
        figure(
            "gaps_carried_over",
            "Übernommene offene Versorgungslücken",
            carried,
            "Versorgungslücken früherer Strukturkonferenzen (Beginn vor dem Zeitraum), die "
            f"noch nicht geschlossen sind {today}.",
        ),
    ]
    block.tables = [
        table(
            "agreements_by_status",
            "Vereinbarungen nach Status",
            ("Status", "Vereinbarungen"),
            [
                (AgreementStatus.OPEN.label, made - done - in_progress),
                (AgreementStatus.IN_PROGRESS.label, in_progress),
                (AgreementStatus.DONE.label, done),
            ],
            f"Vereinbarungen {at}, nach ihrem Status {today}.",
            ChartKind.PIE,
        ),
        table(
            "gaps_by_status",
            "Versorgungslücken nach Status",
            ("Status", "Versorgungslücken"),
            [
                (SupplyGapStatus.OPEN.label, named - gap_progress - gap_closed),
                (SupplyGapStatus.IN_PROGRESS.label, gap_progress),
                (SupplyGapStatus.CLOSED.label, gap_closed),
                ("übernommen (früher benannt, offen)", carried),
            ],
            f"Versorgungslücken {at} nach Status {today}; dazu die noch offenen früherer "
            "Strukturkonferenzen.",
        ),
    ]
    return block


def _overdue_day(period: Period) -> str:
    """Agreements due before this day and not done are overdue: the day after the period,
    or today while the period is still running."""
    return min(period.end + dt.timedelta(days=1), period.today).isoformat()
