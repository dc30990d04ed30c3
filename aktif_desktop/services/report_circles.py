"""The report's block "Rechtskreise": in how many events each legal circle took part, which
were absent, and the cooperation matrix (how many events brought each pair together).

A legal circle is *present* at an event when a person who attended it (status teilgenommen)
belongs to an organisation that carries the circle. Only own events held in the period count.
The matrix is symmetric; its diagonal is the number of events the circle was present at.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from aktif_desktop.domain import LEGAL_AREAS
from aktif_desktop.services.report_common import (
    Period,
    count,
    figure,
    legal_area_label,
    rows,
    share,
    table,
)
from aktif_desktop.services.report_model import Block, ChartKind

HELD = "e.start >= ? AND e.start < ? AND e.external_organiser = '' AND e.status = 'held'"
PRESENCE = (
    "SELECT DISTINCT p.event_id, la.code FROM participation p"
    " JOIN event e ON e.id = p.event_id JOIN contact c ON c.id = p.contact_id"
    " JOIN organisation_legal_area ola ON ola.organisation_id = c.organisation_id"
    " JOIN legal_area la ON la.id = ola.legal_area_id"
    f" WHERE {HELD} AND p.status = 'attended'"
)
MATRIX_DEFINITION = (
    "Für jedes Paar von Rechtskreisen: die Zahl der eigenen, im Zeitraum durchgeführten "
    "Veranstaltungen, bei denen beide anwesend waren. Ein Rechtskreis ist anwesend, wenn eine "
    "teilnehmende Person einer Einrichtung angehört, die ihm zugeordnet ist. Die Diagonale "
    "zeigt, bei wie vielen Veranstaltungen der Rechtskreis überhaupt anwesend war."
)


def presence(period: Period) -> dict[int, set[str]]:
    """event id -> the codes of the legal circles present there (one query)."""
    present: dict[int, set[str]] = defaultdict(set)
    for event_id, code in rows(PRESENCE, (period.time_from, period.time_until)):
        present[int(event_id)].add(str(code))
    return present


def cooperation_matrix(present: dict[int, set[str]]) -> dict[tuple[str, str], int]:
    """(circle, circle) -> events where both were present; (c, c) -> events with c present."""
    matrix: dict[tuple[str, str], int] = defaultdict(int)
    for codes in present.values():
        for code in codes:
            matrix[(code, code)] += 1
        for first, second in combinations(sorted(codes), 2):
            matrix[(first, second)] += 1
            matrix[(second, first)] += 1
    return matrix


def circles_block(period: Period) -> Block:
    held = count(
        f"SELECT count(*) FROM event e WHERE {HELD}", (period.time_from, period.time_until)
    )
    present = presence(period)
    matrix = cooperation_matrix(present)
    codes = list(LEGAL_AREAS)
    per_circle = {code: matrix.get((code, code), 0) for code in codes}
    absent = [code for code in codes if not per_circle[code] and code != "OTHER"]
    bridged = sum(1 for found in present.values() if len(found) >= 2)
    block = Block(code="legal_areas", title="Rechtskreise")
    block.figures = [
        figure(
            "legal_areas_present",
            "Anwesende Rechtskreise",
            sum(1 for code in codes if per_circle[code] and code != "OTHER"),
            "Rechtskreise (ohne „Sonstige“), die bei mindestens einer eigenen durchgeführten "
            "Veranstaltung im Zeitraum anwesend waren (über die Einrichtung einer teilnehmenden "
            "Person).",
        ),
        figure(
            "legal_areas_absent",
            "Nicht erreichte Rechtskreise",
            len(absent),
            "Rechtskreise (ohne „Sonstige“), die bei keiner eigenen durchgeführten "
            "Veranstaltung im Zeitraum anwesend waren.",
        ),
        figure(
            "events_bridging",
            "Veranstaltungen mit mindestens zwei Rechtskreisen",
            bridged,
            "Eigene durchgeführte Veranstaltungen im Zeitraum, bei denen zwei oder mehr "
            "Rechtskreise anwesend waren.",
        ),
        figure(
            "events_bridging_share",
            "Anteil rechtskreisübergreifender Veranstaltungen",
            share(bridged, held),
            "Veranstaltungen mit mindestens zwei Rechtskreisen geteilt durch alle eigenen "
            "durchgeführten Veranstaltungen im Zeitraum, in Prozent.",
            "%",
        ),
    ]
    block.tables = [
        table(
            "legal_area_presence",
            "Veranstaltungen, bei denen der Rechtskreis anwesend war",
            ("Rechtskreis", "Veranstaltungen", "Anteil in %"),
            [
                (legal_area_label(code), per_circle[code], share(per_circle[code], held) or 0.0)
                for code in codes
            ],
            "Eigene durchgeführte Veranstaltungen im Zeitraum, bei denen eine teilnehmende "
            "Person einer Einrichtung dieses Rechtskreises angehörte; Anteil an allen.",
        ),
        table(
            "cooperation_matrix",
            "Kooperationsmatrix der Rechtskreise",
            ("Rechtskreis", *(legal_area_label(code) for code in codes)),
            [
                (legal_area_label(row), *(matrix.get((row, column), 0) for column in codes))
                for row in codes
            ],
            MATRIX_DEFINITION,
            ChartKind.HEATMAP,
        ),
    ]
    if absent:
        names = ", ".join(legal_area_label(code) for code in absent)
        block.note = f"Im Zeitraum nicht erreicht: {names}."
    return block
