"""The report's block "Veranstaltungen": events held by kind, month and legal circle, hours,
cancelled, online and on site, and the external activities the staff attended.

Own events are those without an external organiser; events run by others that the staff went
to (``event.external_organiser`` set, from the Lotsen issue) are counted apart and never mixed
into the own figures.
"""

from __future__ import annotations

from aktif_desktop.domain import LEGAL_AREAS, EventKind
from aktif_desktop.services.report_common import (
    Period,
    figure,
    legal_area_label,
    month_label,
    one,
    rows,
    table,
)
from aktif_desktop.services.report_model import Block, ChartKind, Table
from aktif_desktop.storage.sql_dialect import count_if, hours_between, month_of

HELD = "e.status = 'held'"
IN_PERIOD = "e.start >= ? AND e.start < ?"
OWN = "e.external_organiser = ''"
EXTERNAL = "e.external_organiser != ''"
CANCELLED = "e.status = 'cancelled'"
NOT_YET = "e.status IN ('planned', 'invited')"
ONLINE = " AND e.online_link != ''"
ON_SITE = " AND e.place != ''"


def duration_sql() -> str:
    """The hours of an event: its "Dauer in Stunden", else the time from start to end."""
    return "COALESCE(e.hours, " + hours_between("e.start", 'e."end"') + ")"


def events_block(period: Period) -> Block:
    """Build the block from four aggregate queries."""
    bounds = (period.time_from, period.time_until)
    duration = duration_sql()
    held, cancelled, open_, hours, online, on_site, hybrid = (
        value or 0
        for value in one(
            f"SELECT {count_if(HELD)}, {count_if(CANCELLED)},"
            f" {count_if(NOT_YET)},"
            f" sum(CASE WHEN {HELD} THEN {duration} ELSE 0 END),"
            f" {count_if(HELD + ONLINE)}, {count_if(HELD + ON_SITE)},"
            f" {count_if(HELD + ONLINE + ON_SITE)}"
            f" FROM event e WHERE {IN_PERIOD} AND {OWN}",
            bounds,
        )
    )
    external, external_hours = (
        value or 0
        for value in one(
            f"SELECT count(*), sum({duration}) FROM event e"
            f" WHERE {IN_PERIOD} AND {EXTERNAL} AND e.status = 'held'",
            bounds,
        )
    )
    own = "Eigene Veranstaltungen (ohne externen Veranstalter) mit Beginn im Zeitraum"
    block = Block(code="events", title="Veranstaltungen")
    block.figures = [
        figure(
            "events_held", "Durchgeführte Veranstaltungen", held, f"{own}, Status durchgeführt."
        ),
        figure(
            "events_hours",
            "Stunden durchgeführter Veranstaltungen",
            round(float(hours), 1),
            f"{own}, durchgeführt: Summe der Dauer in Stunden (fehlt sie, Beginn bis Ende).",
            "Std.",
        ),
        figure("events_cancelled", "Abgesagte Veranstaltungen", cancelled, f"{own}, abgesagt."),
        figure(
            "events_not_yet_held",
            "Geplante oder eingeladene Veranstaltungen",
            open_,
            f"{own}, Status geplant oder eingeladen (noch nicht als durchgeführt erfasst).",
        ),
        figure(
            "events_online",
            "davon online",
            online,
            f"{own}, durchgeführt, mit Online-Link (mit Ort und Link zählt sie auch vor Ort).",
        ),
        figure(
            "events_on_site",
            "davon vor Ort",
            on_site,
            f"{own}, durchgeführt, mit Veranstaltungsort.",
        ),
        figure(
            "events_hybrid",
            "davon hybrid",
            hybrid,
            f"{own}, durchgeführt, mit Ort und Online-Link.",
        ),
        figure(
            "external_activities",
            "Besuchte Aktivitäten anderer Träger",
            external,
            "Veranstaltungen mit externem Veranstalter, Beginn im Zeitraum, durchgeführt; "
            "nicht in den eigenen Veranstaltungen enthalten.",
        ),
        figure(
            "external_hours",
            "Stunden bei Aktivitäten anderer Träger",
            round(float(external_hours), 1),
            "Die besuchten Aktivitäten anderer Träger: Summe der Dauer in Stunden.",
            "Std.",
        ),
    ]
    block.tables = [_by_kind(bounds), _by_month(period, bounds), _by_circle(bounds)]
    return block


def _by_kind(bounds: tuple[str, str]) -> Table:
    found = {
        kind: (number, hours or 0)
        for kind, number, hours in rows(
            f"SELECT e.kind, count(*), sum({duration_sql()}) FROM event e"
            f" WHERE {IN_PERIOD} AND {OWN} AND e.status = 'held' GROUP BY e.kind",
            bounds,
        )
    }
    body: list[tuple[object, ...]] = []
    for kind in EventKind:
        number, hours = found.pop(kind.value, (0, 0))
        body.append((kind.label, number, round(float(hours), 1)))
    body.extend(
        (code, number, round(float(hours or 0), 1)) for code, (number, hours) in found.items()
    )
    return table(
        "events_by_kind",
        "Durchgeführte Veranstaltungen nach Art",
        ("Art", "Veranstaltungen", "Stunden"),
        body,
        "Eigene durchgeführte Veranstaltungen im Zeitraum nach Veranstaltungsart.",
    )


def _by_month(period: Period, bounds: tuple[str, str]) -> Table:
    found = {
        month: (held or 0, cancelled or 0)
        for month, held, cancelled in rows(
            f"SELECT {month_of('e.start')}, {count_if(HELD)}, {count_if(CANCELLED)}"
            f" FROM event e WHERE {IN_PERIOD} AND {OWN} GROUP BY 1",
            bounds,
        )
    }
    body: list[tuple[object, ...]] = [
        (month_label(year, month), *found.get(f"{year:04d}-{month:02d}", (0, 0)))
        for year, month in period.months()
    ]
    return table(
        "events_by_month",
        "Veranstaltungen nach Monat",
        ("Monat", "durchgeführt", "abgesagt"),
        body,
        "Eigene Veranstaltungen nach dem Monat ihres Beginns.",
        ChartKind.STACKED_BAR,
    )


def _by_circle(bounds: tuple[str, str]) -> Table:
    found = dict(
        rows(
            "SELECT la.code, count(DISTINCT e.id) FROM event e"
            " JOIN event_legal_area ela ON ela.event_id = e.id"
            " JOIN legal_area la ON la.id = ela.legal_area_id"
            f" WHERE {IN_PERIOD} AND {OWN} AND e.status = 'held' GROUP BY la.code",
            bounds,
        )
    )
    return table(
        "events_by_legal_area",
        "Durchgeführte Veranstaltungen nach Rechtskreis (Thema)",
        ("Rechtskreis", "Veranstaltungen"),
        [(legal_area_label(code), found.get(code, 0)) for code in LEGAL_AREAS],
        "Eigene durchgeführte Veranstaltungen, bei denen der Rechtskreis als Thema eingetragen "
        "ist (eine Veranstaltung kann mehrere haben).",
    )
