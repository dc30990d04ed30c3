"""The report's block "Teilnahme": registrations, attendances, the attendance rate, distinct
persons and organisations reached (by kind, role in the Verbund and legal circle), and the
organisations reached for the first time.

"Reached" means: at least one person of the organisation took part (status teilgenommen) in an
own event held in the period. A person's organisation is the one she belongs to today.
"""

from __future__ import annotations

from aktif_desktop.domain import LEGAL_AREAS, LabelledEnum, OrganisationKind, OrganisationRole
from aktif_desktop.services.report_common import (
    Period,
    count,
    figure,
    legal_area_label,
    one,
    rows,
    share,
    table,
)
from aktif_desktop.services.report_model import Block, ChartKind, Table

OWN_EVENTS = (
    "e.start >= ? AND e.start < ? AND e.external_organiser = '' AND e.status != 'cancelled'"
)
# Attendances at own held events of the period, with the person's organisation and gender.
ATTENDED = (
    "SELECT p.contact_id AS contact_id, c.organisation_id AS organisation_id,"
    " c.gender AS gender, p.event_id AS event_id"
    " FROM participation p JOIN event e ON e.id = p.event_id"
    " JOIN contact c ON c.id = p.contact_id"
    " WHERE e.start >= ? AND e.start < ? AND e.external_organiser = '' AND e.status = 'held'"
    " AND p.status = 'attended'"
)
REGISTERED = "('registered', 'attended', 'no_show')"
NO_ORGANISATION = "ohne Einrichtung"


def participation_block(period: Period) -> Block:
    bounds = (period.time_from, period.time_until)
    registrations = count(
        "SELECT count(*) FROM participation p JOIN event e ON e.id = p.event_id"
        f" WHERE {OWN_EVENTS} AND p.status IN {REGISTERED}",
        bounds,
    )
    at_held = count(
        "SELECT count(*) FROM participation p JOIN event e ON e.id = p.event_id"
        f" WHERE {OWN_EVENTS} AND e.status = 'held' AND p.status IN {REGISTERED}",
        bounds,
    )
    attendances, persons, organisations = (
        int(value or 0)
        for value in one(
            "SELECT count(*), count(DISTINCT contact_id), count(DISTINCT organisation_id)"
            f" FROM ({ATTENDED}) a",
            bounds,
        )
    )
    first_time = count(
        "SELECT count(*) FROM (SELECT c.organisation_id FROM participation p"
        " JOIN event e ON e.id = p.event_id JOIN contact c ON c.id = p.contact_id"
        " WHERE p.status = 'attended' AND e.status = 'held' AND e.external_organiser = ''"
        " AND c.organisation_id IS NOT NULL GROUP BY c.organisation_id"
        " HAVING min(e.start) >= ? AND min(e.start) < ?) AS first_time",
        bounds,
    )
    held = "eigenen, im Zeitraum durchgeführten Veranstaltungen"
    block = Block(code="participation", title="Teilnahme")
    block.figures = [
        figure(
            "registrations",
            "Anmeldungen",
            registrations,
            "Teilnahmen mit Status angemeldet, teilgenommen oder nicht erschienen an eigenen, "
            "nicht abgesagten Veranstaltungen mit Beginn im Zeitraum.",
        ),
        figure(
            "attendances",
            "Teilnahmen",
            attendances,
            f"Teilnahmen mit Status teilgenommen an {held}.",
        ),
        figure(
            "attendance_rate",
            "Teilnahmequote",
            share(attendances, at_held),
            f"Teilnahmen geteilt durch die Anmeldungen an {held}, in Prozent "
            "(leer, wenn es keine Anmeldungen gab).",
            "%",
        ),
        figure(
            "persons_reached",
            "Erreichte Personen",
            persons,
            f"Verschiedene Ansprechpersonen mit mindestens einer Teilnahme an {held}.",
        ),
        figure(
            "organisations_reached",
            "Erreichte Partner",
            organisations,
            f"Verschiedene Einrichtungen, von denen mindestens eine Person an {held} teilnahm.",
        ),
        figure(
            "organisations_first_reached",
            "Erstmals erreichte Partner",
            first_time,
            "Einrichtungen, deren erste Teilnahme überhaupt (an einer eigenen durchgeführten "
            "Veranstaltung) im Zeitraum liegt.",
        ),
    ]
    block.tables = [_by_kind(bounds), _by_role(bounds), _by_circle(bounds)]
    return block


def _grouped(column: str, bounds: tuple[str, str]) -> dict[str | None, tuple[int, int, int]]:
    """organisation ``column`` -> (organisations, persons, attendances); None: no organisation."""
    return {
        key: (int(orgs), int(people), int(number))
        for key, orgs, people, number in rows(
            f"SELECT o.{column}, count(DISTINCT a.organisation_id), count(DISTINCT a.contact_id),"
            f" count(*) FROM ({ATTENDED}) a"
            " LEFT JOIN organisation o ON o.id = a.organisation_id GROUP BY o." + column,
            bounds,
        )
    }


COLUMNS = ("Partner", "Personen", "Teilnahmen")


def _labelled(
    found: dict[str | None, tuple[int, int, int]], enum: type[LabelledEnum]
) -> list[tuple[object, ...]]:
    body: list[tuple[object, ...]] = []
    for member in enum:
        body.append((member.label, *found.pop(member.value, (0, 0, 0))))
    without = found.pop(None, None)
    body.extend((str(key), *values) for key, values in found.items())
    if without is not None:
        body.append((NO_ORGANISATION, *without))
    return body


def _by_kind(bounds: tuple[str, str]) -> Table:
    return table(
        "reached_by_kind",
        "Erreichte Partner und Personen nach Art der Einrichtung",
        ("Art der Einrichtung", *COLUMNS),
        _labelled(_grouped("kind", bounds), OrganisationKind),
        "Teilnahmen an eigenen durchgeführten Veranstaltungen im Zeitraum, nach der Art der "
        "Einrichtung der Person.",
    )


def _by_role(bounds: tuple[str, str]) -> Table:
    return table(
        "reached_by_role",
        "Erreichte Partner und Personen nach Rolle im Verbund",
        ("Rolle im Verbund", *COLUMNS),
        _labelled(_grouped("role", bounds), OrganisationRole),
        "Wie oben, nach der Rolle der Einrichtung im Verbund.",
        ChartKind.PIE,
    )


def _by_circle(bounds: tuple[str, str]) -> Table:
    found = {
        code: (int(orgs), int(people), int(number))
        for code, orgs, people, number in rows(
            "SELECT la.code, count(DISTINCT a.organisation_id), count(DISTINCT a.contact_id),"
            f" count(*) FROM ({ATTENDED}) a"
            " JOIN organisation_legal_area ola ON ola.organisation_id = a.organisation_id"
            " JOIN legal_area la ON la.id = ola.legal_area_id GROUP BY la.code",
            bounds,
        )
    }
    return table(
        "reached_by_legal_area",
        "Erreichte Partner und Personen nach Rechtskreis",
        ("Rechtskreis", *COLUMNS),
        [(legal_area_label(code), *found.get(code, (0, 0, 0))) for code in LEGAL_AREAS],
        "Wie oben, nach den Rechtskreisen der Einrichtung (eine Einrichtung kann mehreren "
        "angehören und zählt dann in jedem).",
    )
