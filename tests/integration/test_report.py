"""The period report: its figures recomputed with raw SQL over the demo (sqlite3 on the file,
psycopg on the server), the period's edges, an empty database, the cooperation matrix on a
hand-built case, targets and texts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from aktif_desktop.errors import ValidationError
from aktif_desktop.services import contacts, events, organisations, participations, report_plans
from aktif_desktop.services.report import build_report, report_json
from aktif_desktop.services.report_model import TEXT_SECTIONS

TODAY = dt.date.today()
YEAR_AGO = TODAY - dt.timedelta(days=365)


def _figures(report: object) -> dict[str, object]:
    data = report_json(report)  # type: ignore[arg-type]
    return {f["code"]: f["value"] for b in data["blocks"] for f in b["figures"]}  # type: ignore[index]


def _raw(location: Path | str, sql: str, *params: object) -> object:
    """One value by a connection of its own, apart from the app: read-only on the file, the
    same SQL (``date()`` and ``BETWEEN`` mean the same on both) on the server."""
    if isinstance(location, str):
        import psycopg

        with psycopg.connect(location) as server:
            return server.execute(sql.replace("?", "%s"), params).fetchone()[0]  # type: ignore[index]
    connection = sqlite3.connect(f"file:{location}?mode=ro", uri=True)
    try:
        return connection.execute(sql, params).fetchone()[0]
    finally:
        connection.close()


def test_main_figures_match_independent_sql_over_the_demo(demo_db: Path) -> None:
    start, end = YEAR_AGO, TODAY
    figures = _figures(build_report(start, end))
    # Written apart from the services: date() on the stored text, joins spelled out anew.
    own_held = (
        "FROM event WHERE date(start) BETWEEN ? AND ? AND external_organiser = ''"
        " AND status = 'held'"
    )
    span = (start.isoformat(), end.isoformat())
    assert figures["events_held"] == _raw(demo_db, f"SELECT count(*) {own_held}", *span)
    assert figures["events_held"] > 0
    hours = _raw(demo_db, f"SELECT COALESCE(sum(hours), 0) {own_held}", *span)
    assert figures["events_hours"] == pytest.approx(hours, abs=0.05)
    attended = (
        "FROM participation p, event e, contact c WHERE p.event_id = e.id AND c.id = p.contact_id"
        " AND date(e.start) BETWEEN ? AND ? AND e.external_organiser = '' AND e.status = 'held'"
        " AND p.status = 'attended'"
    )
    assert figures["attendances"] == _raw(demo_db, f"SELECT count(*) {attended}", *span)
    persons = _raw(demo_db, f"SELECT count(DISTINCT p.contact_id) {attended}", *span)
    assert figures["persons_reached"] == persons
    assert figures["organisations_reached"] == _raw(
        demo_db, f"SELECT count(DISTINCT c.organisation_id) {attended}", *span
    )
    registered = _raw(
        demo_db,
        "SELECT count(*) FROM participation p, event e WHERE p.event_id = e.id"
        " AND date(e.start) BETWEEN ? AND ? AND e.external_organiser = '' AND e.status = 'held'"
        " AND p.status IN ('registered', 'attended', 'no_show')",
        *span,
    )
    assert figures["attendance_rate"] == pytest.approx(
        100 * figures["attendances"] / registered, abs=0.05
    )  # type: ignore[operator]
    assert figures["esf_persons_not_recorded"] == persons  # the demo records no gender
    assert figures["agreements_made"] == _raw(
        demo_db,
        "SELECT count(*) FROM agreement a JOIN event e ON e.id = a.event_id"
        " WHERE date(e.start) BETWEEN ? AND ?",
        *span,
    )
    assert figures["gaps_named"] == _raw(
        demo_db,
        "SELECT count(*) FROM supply_gap g JOIN event e ON e.id = g.event_id"
        " WHERE date(e.start) BETWEEN ? AND ?",
        *span,
    )
    # SGB VII partners never take part in the demo: the report names the blind spot.
    circles = build_report(start, end).block("legal_areas")
    assert circles is not None and "SGB VII" in circles.note


def test_presence_per_circle_matches_sql(demo_db: Path) -> None:
    report = build_report(YEAR_AGO, TODAY)
    table = next(t for t in report.block("legal_areas").tables if t.code == "legal_area_presence")  # type: ignore[union-attr]
    sgb2 = next(row for row in table.rows if row[0] == "SGB II")
    expected = _raw(
        demo_db,
        "SELECT count(DISTINCT e.id) FROM event e JOIN participation p ON p.event_id = e.id"
        " JOIN contact c ON c.id = p.contact_id"
        " JOIN organisation_legal_area ola ON ola.organisation_id = c.organisation_id"
        " JOIN legal_area la ON la.id = ola.legal_area_id WHERE la.code = 'SGB2'"
        " AND p.status = 'attended' AND e.status = 'held' AND e.external_organiser = ''"
        " AND date(e.start) BETWEEN ? AND ?",
        YEAR_AGO.isoformat(),
        TODAY.isoformat(),
    )
    assert sgb2[1] == expected


def test_empty_database_gives_zeros_not_errors(db: Path) -> None:
    report = build_report(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    figures = _figures(report)
    assert figures.pop("legal_areas_absent") == 9  # every circle but "Sonstige" is missing
    counts = {code: value for code, value in figures.items() if value is not None}
    assert counts and set(counts.values()) == {0}
    # Shares and medians without a denominator are empty, not a division error.
    assert figures["attendance_rate"] is None and figures["applications_median_days"] is None
    assert report.block("lotsen").note  # type: ignore[union-attr]
    assert len(report.texts) == len(TEXT_SECTIONS) and report.not_covered


def _person(name: str, areas: tuple[str, ...]) -> int:
    org = organisations.create_organisation(
        organisations.OrganisationData(name=f"Einrichtung {name}", legal_areas=areas)
    )
    return contacts.create_contact(
        contacts.ContactData(last_name=name, organisation_id=org.id, gender="weiblich")
    ).id


def _event(
    start: dt.datetime, people: list[int], *, external: str = "", online: bool = False
) -> int:
    event = events.create_event(
        events.EventData(
            kind="workshop",
            title=f"Workshop {start:%d.%m. %H:%M}",
            start=start,
            end=start + dt.timedelta(hours=2),
            hours=2,
            place="" if online else "Rathaus",
            online_link="https://meet.example.org/x" if online else "",
            status="held",
            external_organiser=external,
            staff="Frau Lotsin" if external else "",
        )
    )
    for person in [] if external else people:  # others' events record staff, not attendees
        participations.add_participant(event.id, person, "attended")
    return event.id


@pytest.fixture
def three_events(db: Path) -> dict[str, int]:
    """Three held events in March 2025 with known circles present."""
    jobcenter = _person("Jobcenter", ("SGB2",))
    youth = _person("Jugendamt", ("SGB8",))
    family = _person("Familienkasse", ("BKGG", "SGB2"))
    _event(dt.datetime(2025, 3, 3, 9), [jobcenter, youth])  # SGB2 + SGB8
    _event(dt.datetime(2025, 3, 10, 9), [youth, family])  # SGB8 + BKGG + SGB2
    _event(dt.datetime(2025, 3, 31, 20), [youth], online=True)  # SGB8 only, last day, evening
    _event(dt.datetime(2025, 4, 1, 0), [jobcenter, youth])  # the day after: not counted
    _event(dt.datetime(2025, 3, 12, 9), [], external="BMAS")  # not own
    return {"jobcenter": jobcenter}


def test_cooperation_matrix_on_a_hand_built_case(three_events: dict[str, int]) -> None:
    report = build_report(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    matrix = next(t for t in report.block("legal_areas").tables if t.code == "cooperation_matrix")  # type: ignore[union-attr]
    header = list(matrix.columns)
    cell = {(row[0], header[i]): value for row in matrix.rows for i, value in enumerate(row) if i}
    assert cell[("SGB II", "SGB VIII")] == cell[("SGB VIII", "SGB II")] == 2
    assert cell[("SGB VIII", "SGB VIII")] == 3
    assert cell[("SGB II", "SGB II")] == 2
    assert cell[("BKGG (Kinderzuschlag)", "SGB II")] == 1
    assert cell[("BKGG (Kinderzuschlag)", "SGB VIII")] == 1
    assert cell[("SGB III", "SGB II")] == 0
    figures = _figures(report)
    assert figures["events_bridging"] == 2
    assert figures["events_bridging_share"] == pytest.approx(66.7)
    assert "Diagonale" in matrix.definition


def test_period_edges_and_external_events_apart(three_events: dict[str, int]) -> None:
    march = _figures(build_report(dt.date(2025, 3, 1), dt.date(2025, 3, 31)))
    assert march["events_held"] == 3  # the evening of the last day counts, 1 April does not
    assert march["events_online"] == 1 and march["events_on_site"] == 2
    assert march["external_activities"] == 1  # counted apart, not among the own events
    assert march["events_hours"] == 6
    assert march["attendances"] == 5 and march["persons_reached"] == 3
    assert march["esf_persons_female"] == 3 and march["esf_persons_not_recorded"] == 0
    assert march["organisations_first_reached"] == 3
    april = _figures(build_report(dt.date(2025, 4, 1), dt.date(2025, 4, 30)))
    assert april["events_held"] == 1
    assert april["organisations_first_reached"] == 0  # both were reached in March already
    one_day = _figures(build_report(dt.date(2025, 3, 31), dt.date(2025, 3, 31)))
    assert one_day["events_held"] == 1


def test_targets_and_texts_are_saved_reloaded_and_joined(db: Path) -> None:
    start, end = dt.date(2026, 1, 1), dt.date(2026, 6, 30)
    report_plans.save_targets(start, end, {"events_held": 12, "attendances": "250,5"})
    report_plans.save_texts(start, end, {"ausgangslage": "  Der Verbund begann 2025.  "})
    assert report_plans.load_targets(start, end) == {"events_held": 12.0, "attendances": 250.5}
    texts = report_plans.load_texts(start, end)
    assert texts["ausgangslage"] == "Der Verbund begann 2025." and texts["ausblick"] == ""
    report = build_report(start, end)
    assert report.figure("events_held").target == 12  # type: ignore[union-attr]
    assert report.figure("events_cancelled").target is None  # type: ignore[union-attr]
    assert report.texts["ausgangslage"] == "Der Verbund begann 2025."
    # Another period has its own; an empty value removes a target, an empty text a text.
    assert report_plans.load_targets(dt.date(2026, 1, 1), dt.date(2026, 12, 31)) == {}
    report_plans.save_targets(start, end, {"attendances": ""})
    report_plans.save_texts(start, end, {"ausgangslage": ""})
    assert report_plans.load_targets(start, end) == {"events_held": 12.0}
    assert report_plans.stored_texts(start, end) == []


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (
            lambda: report_plans.save_targets(dt.date(2026, 2, 1), dt.date(2026, 1, 1), {}),
            "vor seinem Beginn",
        ),
        (
            lambda: report_plans.save_targets(
                dt.date(2026, 1, 1), dt.date(2026, 2, 1), {"events_held": -1}
            ),
            "Zahl von 0 bis",
        ),
        (
            lambda: report_plans.save_targets(
                dt.date(2026, 1, 1), dt.date(2026, 2, 1), {"events_held": "viele"}
            ),
            "Zahl von 0 bis",
        ),
        (
            lambda: report_plans.save_targets(
                dt.date(2026, 1, 1), dt.date(2026, 2, 1), {"events_held": float("nan")}
            ),
            "Zahl von 0 bis",
        ),
        (
            lambda: report_plans.save_targets(
                dt.date(2026, 1, 1), dt.date(2026, 2, 1), {"x; DROP": 1}
            ),
            "keine Kennzahl",
        ),
        (
            lambda: report_plans.save_targets(
                dt.date(2026, 1, 1), dt.date(2026, 2, 1), {"events_held": 1e10}
            ),
            "Zahl von 0 bis",
        ),
        (
            lambda: report_plans.save_targets(
                dt.date(2026, 1, 1), dt.date(2026, 2, 1), {"events_held": True}
            ),
            "Zahl von 0 bis",
        ),
        (
            lambda: report_plans.save_texts(
                dt.date(2026, 1, 1), dt.date(2026, 2, 1), {"vorwort": "x"}
            ),
            "kein Abschnitt",
        ),
        (
            lambda: report_plans.save_texts(
                dt.date(2026, 1, 1), dt.date(2026, 2, 1), {"ausblick": "x" * 20_001}
            ),
            "zu lang",
        ),
        (lambda: build_report(dt.date(1800, 1, 1), dt.date(2026, 1, 1)), "1900 bis 2999"),
    ],
)
def test_hostile_plans_are_refused_in_german(db: Path, call: object, match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        call()  # type: ignore[operator]
    assert report_plans.load_targets(dt.date(2026, 1, 1), dt.date(2026, 2, 1)) == {}


def test_saving_targets_is_undoable(db: Path) -> None:
    from aktif_desktop.services import operations

    start, end = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    report_plans.save_targets(start, end, {"events_held": 20})
    operations.undo()
    assert report_plans.load_targets(start, end) == {}
