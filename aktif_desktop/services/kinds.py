"""The declarations of the program's kinds of records (see :mod:`aktif_desktop.registry`).

Imported by the services package itself, so every service finds the kinds declared. A new
kind of record gets its declaration here (or, for a test, in its own module); audit labels,
person report, merge, delete refusal, retention, ``list`` and the Excel lists follow.
"""

from __future__ import annotations

from aktif_desktop.domain import ParticipationStatus
from aktif_desktop.registry import ListField, ListQuery, ListView, RecordKind, Retention, register
from aktif_desktop.services import contacts, events, merge, organisations
from aktif_desktop.storage.models import (
    Agreement,
    Certificate,
    Contact,
    Event,
    Organisation,
    Participation,
    Service,
    Setting,
    SupplyGap,
)


def _yes_no(value: object) -> str:
    return "ja" if value else "nein"


def organisation_json(row: organisations.OrganisationRow) -> dict[str, object]:
    """A partner as the command line's JSON."""
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind,
        "kind_label": row.kind_label,
        "role": row.role,
        "role_label": row.role_label,
        "street": row.street,
        "postcode": row.postcode,
        "city": row.city,
        "phone": row.phone,
        "email": row.email,
        "website": row.website,
        "active": row.active,
        "legal_areas": list(row.legal_areas),
        "contact_count": row.contact_count,
    }


def contact_json(row: contacts.ContactRow) -> dict[str, object]:
    """A contact person as the command line's JSON."""
    return {
        "id": row.id,
        "salutation": row.salutation,
        "title": row.title,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "organisation_id": row.organisation_id,
        "organisation": row.organisation_name,
        "function": row.function,
        "phone": row.phone,
        "mobile": row.mobile,
        "email": row.email,
        "topics": row.topics,
        "active": row.active,
        "consent_share": row.consent_share,
        "consent_lists": row.consent_lists,
        "verified_at": row.verified_at,
    }


def event_json(row: events.EventRow) -> dict[str, object]:
    """An event as the command line's JSON."""
    return {
        "id": row.id,
        "kind": row.kind,
        "kind_label": row.kind_label,
        "title": row.title,
        "start": row.start,
        "end": row.end,
        "place": row.place,
        "online_link": row.online_link,
        "organiser_id": row.organiser_id,
        "organiser": row.organiser_name,
        "capacity": row.capacity,
        "hours": row.hours,
        "status": row.status,
        "status_label": row.status_label,
        "legal_areas": list(row.legal_areas),
        "counts": {status.value: row.counts.get(status.value, 0) for status in ParticipationStatus},
    }


def _event_start(row: events.EventRow) -> str:
    return f"{row.start:%d.%m.%Y %H:%M}" if row.start else ""


ORGANISATIONS = register(
    RecordKind(
        table="organisation",
        model=Organisation,
        singular="Partner",
        plural="Partner",
        audited=True,
        personal=False,
        excel_lists=("partners",),
        not_in_report="Einrichtungen (erscheinen als Verweis mit ihrem Namen)",
        list_view=ListView(
            command="organisations",
            rows=lambda q: organisations.list_organisations(q.search),
            fields=(
                ListField("id", "Nr.", lambda r: r.id),
                ListField("name", "Name", lambda r: r.name),
                ListField("kind_label", "Art", lambda r: r.kind_label),
                ListField("city", "Ort", lambda r: r.city),
                ListField("legal_areas", "Rechtskreise", lambda r: r.legal_area_labels),
                ListField("active", "aktiv", lambda r: _yes_no(r.active)),
            ),
            json=organisation_json,
        ),
    )
)
CONTACTS = register(
    RecordKind(
        table="contact",
        model=Contact,
        singular="Ansprechperson",
        plural="Ansprechpersonen",
        audited=True,
        personal=True,
        retention=Retention.EXPIRES,
        excel_lists=("contacts",),
        list_view=ListView(
            command="contacts",
            rows=lambda q: contacts.list_contacts(q.search),
            fields=(
                ListField("id", "Nr.", lambda r: r.id),
                ListField("name", "Name", lambda r: r.sort_name),
                ListField("organisation", "Organisation", lambda r: r.organisation_name),
                ListField("function", "Funktion", lambda r: r.function),
                ListField("phone", "Telefon", lambda r: r.phone),
                ListField("email", "E-Mail", lambda r: r.email),
            ),
            json=contact_json,
        ),
    )
)
SERVICES = register(
    RecordKind(
        table="service",
        model=Service,
        singular="Leistungsangebot",
        plural="Leistungsangebote",
        audited=True,
        personal=False,
    )
)


def _list_events(query: ListQuery) -> list[events.EventRow]:
    return events.list_events(query.search, year=query.year)


EVENTS = register(
    RecordKind(
        table="event",
        model=Event,
        singular="Veranstaltung",
        plural="Veranstaltungen",
        audited=True,
        personal=False,
        excel_lists=("plan",),
        not_in_report="Veranstaltungen (erscheinen als Verweis mit ihrem Titel)",
        list_view=ListView(
            command="events",
            rows=_list_events,
            fields=(
                ListField("id", "Nr.", lambda r: r.id),
                ListField("start", "Beginn", _event_start),
                ListField("kind_label", "Art", lambda r: r.kind_label),
                ListField("title", "Titel", lambda r: r.title),
                ListField("status_label", "Status", lambda r: r.status_label),
                ListField("seats_taken", "Angemeldet", lambda r: r.seats_taken),
            ),
            json=event_json,
        ),
    )
)
PARTICIPATIONS = register(
    RecordKind(
        table="participation",
        model=Participation,
        singular="Teilnahme",
        plural="Teilnahmen",
        audited=True,
        personal=True,
        retention=Retention.EXPIRES,
        merge_mover=merge.move_participations,
        excel_lists=("participants",),
    )
)
CERTIFICATES = register(
    RecordKind(
        table="certificate",
        model=Certificate,
        singular="Teilnahmebescheinigung",
        plural="Teilnahmebescheinigungen",
        audited=True,
        personal=True,
        retention=Retention.FOLLOWS,
    )
)
AGREEMENTS = register(
    RecordKind(
        table="agreement",
        model=Agreement,
        singular="Vereinbarung",
        plural="Vereinbarungen",
        audited=True,
        personal=False,
        not_in_report="Vereinbarungen (Freitext; Erwähnungen des Namens werden aufgeführt)",
    )
)
SUPPLY_GAPS = register(
    RecordKind(
        table="supply_gap",
        model=SupplyGap,
        singular="Versorgungslücke",
        plural="Versorgungslücken",
        audited=True,
        personal=False,
        not_in_report="Versorgungslücken (Freitext; Erwähnungen werden aufgeführt)",
    )
)
SETTINGS = register(
    RecordKind(
        table="setting",
        model=Setting,
        singular="Einstellung",
        plural="Einstellungen",
        audited=True,
        personal=False,
        audit_key="key",
        not_in_report="Einstellungen des Verbundes",
    )
)
