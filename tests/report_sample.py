"""A realistic report for a year, built by hand: the writers and the Berichte page are tested
against it without the report service (several blocks, figures with and without Soll, a bar
table, a pie table, the 10 x 10 cooperation matrix, long German texts, an empty block)."""

from __future__ import annotations

import datetime as dt

from aktif_desktop.domain import LEGAL_AREAS
from aktif_desktop.services.report_model import (
    Block,
    ChartKind,
    Figure,
    Report,
    Table,
)

MONTHS = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.")

LONG_TEXT = (
    "Der Verbund „Familien stärken im Landkreis Grünfelde“ hat im Berichtszeitraum die "
    "Zusammenarbeit der Rechtskreise SGB II, SGB VIII und der Familienkasse deutlich ausgebaut. "
    "Über Netzwerktreffen, Beratungstage und zwei Strukturkonferenzen wurden Fachkräfte aus "
    "Jobcenter, Jugendamt, Sozialamt und freien Trägern zusammengebracht; dabei zeigte sich, "
    "dass Übergänge zwischen Kinderzuschlag, Wohngeld und Bildung und Teilhabe besonders oft "
    "scheitern, wenn Familien zwischen den Zuständigkeiten weitergereicht werden."
)


def _matrix() -> Table:
    codes = list(LEGAL_AREAS)
    rows: list[tuple[object, ...]] = []
    for i, code in enumerate(codes):
        values = [((i + 1) * (j + 2)) % 13 if i != j else 14 + i for j in range(len(codes))]
        rows.append((LEGAL_AREAS[code], *values))
    return Table(
        code="kooperationsmatrix",
        title="Kooperationsmatrix der Rechtskreise",
        columns=("Rechtskreis", *LEGAL_AREAS.values()),
        rows=rows,
        definition="Veranstaltungen, an denen beide Rechtskreise teilnahmen (Diagonale: alle).",
        chart=ChartKind.HEATMAP,
    )


def sample_report(*, long_texts: bool = True) -> Report:
    """The sample report for 2026 (a fresh object each call: tests may change it)."""
    events = Block(
        code="veranstaltungen",
        title="Veranstaltungen",
        figures=[
            Figure(
                code="events_held",
                label="Durchgeführte Veranstaltungen",
                value=1234,
                target=1200,
                definition="Veranstaltungen mit Status „durchgeführt“ und Beginn im Zeitraum.",
            ),
            Figure(
                code="events_hours",
                label="Stunden",
                value=3456.5,
                unit="Std.",
                definition="Summe der Dauer der durchgeführten Veranstaltungen in Stunden.",
            ),
            Figure(
                code="events_cancelled",
                label="Abgesagt",
                value=3,
                definition="Veranstaltungen mit Status „abgesagt“ und Beginn im Zeitraum.",
            ),
        ],
        tables=[
            Table(
                code="events_by_month",
                title="Veranstaltungen nach Monat",
                columns=("Monat", "Vor Ort", "Online"),
                rows=[(m, (n * 7) % 9 + 1, n % 4) for n, m in enumerate(MONTHS)],
                definition="Durchgeführte Veranstaltungen nach Monat des Beginns.",
                chart=ChartKind.BAR,
            ),
            Table(
                code="events_by_kind",
                title="Veranstaltungen nach Art",
                columns=("Art", "Anzahl"),
                rows=[
                    ("Netzwerktreffen", 12),
                    ("Workshop", 8),
                    ("Beratungstag", 20),
                    ("Strukturkonferenz", 2),
                    ("Familienkonferenz", 5),
                ],
                definition="Durchgeführte Veranstaltungen nach Art.",
                chart=ChartKind.PIE,
            ),
        ],
    )
    participation = Block(
        code="teilnahme",
        title="Teilnahme",
        figures=[
            Figure(
                code="attendance_rate",
                label="Teilnahmequote",
                value=87.5,
                target=90,
                unit="%",
                definition="Teilgenommen geteilt durch angemeldet (mit teilgenommen), in Prozent.",
            ),
            Figure(
                code="persons_reached",
                label="Erreichte Personen",
                value=412,
                target=None,
                definition="Verschiedene Ansprechpersonen mit mindestens einer Teilnahme.",
            ),
            Figure(
                code="organisations_first",
                label="Erstmals erreichte Partner",
                value=None,
                definition="Partner, deren erste Teilnahme im Zeitraum liegt (noch nicht erfasst).",
            ),
        ],
        tables=[
            Table(
                code="by_gender",
                title="Teilnehmende nach Geschlecht",
                columns=("Geschlecht", "Personen"),
                rows=[("weiblich", 250), ("männlich", 140), ("divers", 2), ("keine Angabe", 20)],
                chart=ChartKind.PIE,
            )
        ],
    )
    circles = Block(
        code="rechtskreise",
        title="Rechtskreise und Kooperation",
        figures=[
            Figure(
                code="circles_absent",
                label="Nicht vertretene Rechtskreise",
                value=1,
                definition="Rechtskreise ohne Teilnahme an einer Veranstaltung im Zeitraum.",
            )
        ],
        tables=[_matrix()],
    )
    lotsen = Block(
        code="lotsen",
        title="Lotsenarbeit",
        note="Die Lotsenarbeit wird erst seit dem 01.09.2026 erfasst.",
    )
    texts = {
        "ausgangslage": LONG_TEXT if long_texts else "Kurz.",
        "umsetzung": "\n\n".join([LONG_TEXT] * 6) if long_texts else "",
        "ergebnisse": "Es wurden 1.234 Veranstaltungen durchgeführt.",
        "abweichungen": "",
        "ausblick": "Im nächsten Jahr: mehr Beratungstage im ländlichen Raum.",
    }
    return Report(
        start=dt.date(2026, 1, 1),
        end=dt.date(2026, 12, 31),
        verbund_name="Verbund Familien stärken Grünfelde",
        funding_line=(
            "Das Programm „Akti(F) Plus“ wird vom Bundesministerium für Arbeit und Soziales "
            "und durch die Europäische Union über den Europäischen Sozialfonds Plus gefördert."
        ),
        created_at=dt.datetime(2027, 1, 15, 9, 30),
        blocks=[events, participation, circles, lotsen],
        texts=texts,
        not_covered=["Alter der Teilnehmenden", "Erwerbsstatus", "Migrationshintergrund"],
    )
