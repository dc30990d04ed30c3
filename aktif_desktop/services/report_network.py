"""The report's block "Netzwerk": partners active, new and inactive; contact persons whose
direct number was verified in the last 12 months, and the stale direct numbers.

"Active" is the flag recorded today (the app keeps no history of it). The 12 months are
counted back from the period's end, or from today while the period is still running — the
same rule the contact list uses for a stale number.
"""

from __future__ import annotations

import datetime as dt

from aktif_desktop.domain import OrganisationKind
from aktif_desktop.services.report_common import Period, figure, one, rows, share, table
from aktif_desktop.services.report_model import Block, Table
from aktif_desktop.services.retention import ANONYMOUS_NAME
from aktif_desktop.storage.sql_dialect import count_if, day_of

STALE_AFTER_DAYS = 365  # as services.contacts.STALE_AFTER_DAYS
# The anonymous placeholders of the deletion runs are nobody's contact.
REAL_CONTACT = "NOT (c.last_name = ? AND c.first_name = '')"
CREATED_IN = "o.created_at >= ? AND o.created_at < ?"
WITH_PHONE = "c.phone != ''"


def network_block(period: Period) -> Block:
    bounds = (period.time_from, period.time_until)
    active, inactive, new = (
        int(value or 0)
        for value in one(
            f"SELECT {count_if('o.active AND o.created_at < ?')},"
            f" {count_if('NOT o.active AND o.created_at < ?')},"
            f" {count_if(CREATED_IN)} FROM organisation o",
            (period.time_until, period.time_until, *bounds),
        )
    )
    reference = period.reference
    year_ago = (reference - dt.timedelta(days=STALE_AFTER_DAYS)).isoformat()
    last_seen = f"COALESCE({day_of('c.verified_at')}, {day_of('c.updated_at')})"
    contacts, verified, with_phone, stale = (
        int(value or 0)
        for value in one(
            f"SELECT count(*), {count_if('c.verified_at >= ? AND c.verified_at <= ?')},"
            f" {count_if(WITH_PHONE)}, {count_if(WITH_PHONE + ' AND ' + last_seen + ' < ?')}"
            f" FROM contact c WHERE c.active AND c.created_at < ? AND {REAL_CONTACT}",
            (year_ago, reference.isoformat(), year_ago, period.time_until, ANONYMOUS_NAME),
        )
    )
    since = f"zwischen dem {dt.date.fromisoformat(year_ago):%d.%m.%Y} und dem {reference:%d.%m.%Y}"
    block = Block(code="network", title="Netzwerk")
    block.figures = [
        figure(
            "partners_active",
            "Aktive Partner",
            active,
            "Einrichtungen, die bis zum Ende des Zeitraums erfasst und heute als aktiv markiert "
            "sind.",
        ),
        figure(
            "partners_new",
            "Neue Partner",
            new,
            "Einrichtungen, die im Zeitraum neu erfasst wurden.",
        ),
        figure(
            "partners_inactive",
            "Inaktive Partner",
            inactive,
            "Einrichtungen, die bis zum Ende des Zeitraums erfasst und heute als inaktiv markiert "
            "sind.",
        ),
        figure(
            "contacts_active",
            "Aktive Ansprechpersonen",
            contacts,
            "Ansprechpersonen, die bis zum Ende des Zeitraums erfasst und heute aktiv sind.",
        ),
        figure(
            "contacts_verified_12m",
            "Nummer in den letzten 12 Monaten geprüft",
            verified,
            f"Aktive Ansprechpersonen, deren direkte Nummer {since} als geprüft vermerkt wurde.",
        ),
        figure(
            "contacts_verified_share",
            "Anteil geprüfter Ansprechpersonen",
            share(verified, contacts),
            "Geprüfte (wie oben) geteilt durch alle aktiven Ansprechpersonen, in Prozent.",
            "%",
        ),
        figure(
            "stale_numbers",
            "Veraltete direkte Nummern",
            stale,
            f"Aktive Ansprechpersonen mit direkter Nummer ({with_phone}), die seit mehr als "
            f"12 Monaten (vor dem {reference:%d.%m.%Y}) weder geprüft noch geändert wurde.",
        ),
    ]
    block.tables = [_by_kind(period)]
    return block


def _by_kind(period: Period) -> Table:
    found = {
        kind: (int(active or 0), int(new or 0))
        for kind, active, new in rows(
            f"SELECT o.kind, {count_if('o.active AND o.created_at < ?')},"
            f" {count_if(CREATED_IN)} FROM organisation o GROUP BY o.kind",
            (period.time_until, period.time_from, period.time_until),
        )
    }
    body: list[tuple[object, ...]] = [
        (kind.label, *found.pop(kind.value, (0, 0))) for kind in OrganisationKind
    ]
    body.extend((str(kind), *values) for kind, values in found.items())
    return table(
        "partners_by_kind",
        "Partner nach Art der Einrichtung",
        ("Art der Einrichtung", "aktiv", "neu im Zeitraum"),
        body,
        "Aktive Einrichtungen (wie oben) und im Zeitraum neu erfasste, nach ihrer Art.",
    )
