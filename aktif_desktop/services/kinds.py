"""The declarations of the program's kinds of records (see :mod:`aktif_desktop.registry`).

Imported by the services package itself, so every service finds the kinds declared. A new
kind of record gets its declaration here (or, for a test, in its own module); audit labels,
person report, merge, delete refusal, retention, ``list`` and the Excel lists follow.
"""

from __future__ import annotations

from aktif_desktop import clock
from aktif_desktop.domain import ParticipationStatus
from aktif_desktop.registry import ListField, ListQuery, ListView, RecordKind, Retention, register
from aktif_desktop.services import (
    applications,
    cases,
    contacts,
    events,
    followups,
    merge,
    organisations,
    referrals,
)
from aktif_desktop.storage.models import (
    Agreement,
    Application,
    Certificate,
    Contact,
    Event,
    FamilyCase,
    FollowUp,
    Organisation,
    Participation,
    Referral,
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
        "gender": row.gender,
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
        "external_organiser": row.external_organiser,
        "staff": row.staff,
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


def _date(value: object) -> str:
    return f"{value:%d.%m.%Y}" if value else ""


def case_json(row: cases.CaseRow) -> dict[str, object]:
    """A family case as the command line's JSON (by code; there is no name to show)."""
    return {
        "id": row.id,
        "code": row.code,
        "opened_on": _date_iso(row.opened_on),
        "household_size": row.household_size,
        "children": row.children,
        "child_age_bands": list(row.child_age_bands),
        "single_parent": row.single_parent,
        "legal_areas": list(row.legal_areas),
        "release_on": _date_iso(row.release_on),
        "release_until": _date_iso(row.release_until),
        "release_partner_ids": list(row.release_partner_ids),
        "referral_count": row.referral_count,
        "application_count": row.application_count,
        "open_follow_ups": row.open_follow_ups,
        "next_due": _date_iso(row.next_due),
        "open": row.open,
    }


def referral_json(row: referrals.ReferralRow) -> dict[str, object]:
    """A referral as the command line's JSON (no note: lists carry no free text)."""
    return {
        "id": row.id,
        "case_id": row.family_case_id,
        "case_code": row.case_code,
        "referred_on": _date_iso(row.referred_on),
        "referred_by": row.referred_by,
        "organisation_id": row.organisation_id,
        "organisation": row.organisation_name,
        "contact_id": row.contact_id,
        "concern": row.concern,
        "concern_label": row.concern_label,
        "warm_handover": row.warm_handover,
        "status": row.status,
        "status_label": row.status_label,
        "result": row.result,
        "feedback_on": _date_iso(row.feedback_on),
        "follow_up_on": _date_iso(row.follow_up_on),
        "legal_areas": list(row.legal_areas),
    }


def application_json(row: applications.ApplicationRow) -> dict[str, object]:
    """A supported application as the command line's JSON (no note)."""
    return {
        "id": row.id,
        "case_id": row.family_case_id,
        "case_code": row.case_code,
        "benefit": row.benefit,
        "benefit_label": row.benefit_label,
        "education_parts": list(row.education_parts),
        "authority_id": row.authority_id,
        "authority": row.authority_name,
        "submitted_on": _date_iso(row.submitted_on),
        "stamped": row.stamped,
        "status": row.status,
        "status_label": row.status_label,
        "decided_on": _date_iso(row.decided_on),
        "processing_days": row.processing_days,
        "request": row.request_what,
        "request_due": _date_iso(row.request_due),
    }


def follow_up_json(row: followups.FollowUpRow) -> dict[str, object]:
    """A follow-up as the command line's JSON."""
    return {
        "id": row.id,
        "case_id": row.family_case_id,
        "case_code": row.case_code,
        "kind": row.kind,
        "kind_label": row.kind_label,
        "due_on": _date_iso(row.due_on),
        "due": row.due.value,
        "due_label": row.due_label,
        "what": row.what,
        "partner": row.partner_name,
        "referral_id": row.referral_id,
        "application_id": row.application_id,
        "done_on": _date_iso(row.done_on),
    }


def _case_rows(q: ListQuery) -> list[cases.CaseRow]:
    rows = cases.list_cases(
        q.search, concern=q.concern, partner_id=q.partner_id, referral_status=q.status
    )
    today = clock.today()
    return [r for r in rows if r.next_due and r.next_due <= today] if q.due else rows


def _referral_rows(q: ListQuery) -> list[referrals.ReferralRow]:
    rows = referrals.list_referrals(
        year=q.year, concern=q.concern, organisation_id=q.partner_id, status=q.status
    )
    today = clock.today()
    return [r for r in rows if r.follow_up_on and r.follow_up_on <= today] if q.due else rows


def _application_rows(q: ListQuery) -> list[applications.ApplicationRow]:
    rows = applications.list_applications(
        year=q.year, benefit=q.concern, authority_id=q.partner_id, status=q.status
    )
    today = clock.today()
    return [r for r in rows if r.request_due and r.request_due <= today] if q.due else rows


def _date_iso(value: object) -> str | None:
    return value.isoformat() if value else None  # type: ignore[attr-defined]


CASES = register(
    RecordKind(
        table="family_case",
        model=FamilyCase,
        singular="Familie",
        plural="Familien",
        audited=True,
        personal=True,
        retention=Retention.EXPIRES,
        not_in_report="Familien (pseudonym über ihren Code; Auskunft mit dem Familienbericht)",
        excel_lists=("cases",),
        list_view=ListView(
            command="cases",
            rows=_case_rows,
            fields=(
                ListField("code", "Code", lambda r: r.code),
                ListField("opened_on", "seit", lambda r: _date(r.opened_on)),
                ListField("referral_count", "Verweise", lambda r: r.referral_count),
                ListField("application_count", "Anträge", lambda r: r.application_count),
                ListField("open_follow_ups", "Wiedervorlagen", lambda r: r.open_follow_ups),
                ListField("next_due", "nächste fällig", lambda r: _date(r.next_due)),
            ),
            json=case_json,
        ),
    )
)
REFERRALS = register(
    RecordKind(
        table="referral",
        model=Referral,
        singular="Verweis",
        plural="Verweise",
        audited=True,
        personal=True,
        retention=Retention.FOLLOWS,
        report_label="Verweise an sie als Ansprechperson",
        excel_lists=("referrals",),
        list_view=ListView(
            command="referrals",
            rows=_referral_rows,
            fields=(
                ListField("id", "Nr.", lambda r: r.id),
                ListField("referred_on", "Datum", lambda r: _date(r.referred_on)),
                ListField("case_code", "Familie", lambda r: r.case_code),
                ListField("concern_label", "Anliegen", lambda r: r.concern_label),
                ListField("organisation", "an Partner", lambda r: r.organisation_name),
                ListField("status_label", "Status", lambda r: r.status_label),
            ),
            json=referral_json,
        ),
    )
)
APPLICATIONS = register(
    RecordKind(
        table="application",
        model=Application,
        singular="Antrag",
        plural="Anträge",
        audited=True,
        personal=True,
        retention=Retention.FOLLOWS,
        not_in_report="Anträge (gehören zur Familie; Auskunft mit dem Familienbericht)",
        excel_lists=("applications",),
        list_view=ListView(
            command="applications",
            rows=_application_rows,
            fields=(
                ListField("id", "Nr.", lambda r: r.id),
                ListField("submitted_on", "eingereicht", lambda r: _date(r.submitted_on)),
                ListField("case_code", "Familie", lambda r: r.case_code),
                ListField("benefit_label", "Leistung", lambda r: r.benefit_label),
                ListField("authority", "Behörde", lambda r: r.authority_name),
                ListField("status_label", "Status", lambda r: r.status_label),
                ListField("stamped", "Stempel", lambda r: _yes_no(r.stamped)),
            ),
            json=application_json,
        ),
    )
)
FOLLOW_UPS = register(
    RecordKind(
        table="follow_up",
        model=FollowUp,
        singular="Wiedervorlage",
        plural="Wiedervorlagen",
        audited=True,
        personal=True,
        retention=Retention.FOLLOWS,
        report_label="Wiedervorlagen zu diesen Verweisen",
        excel_lists=("followups",),
        list_view=ListView(
            command="followups",
            rows=lambda q: followups.list_follow_ups(due_only=q.due),
            fields=(
                ListField("due_on", "fällig am", lambda r: _date(r.due_on)),
                ListField("due_label", "Stand", lambda r: r.due_label),
                ListField("case_code", "Familie", lambda r: r.case_code),
                ListField("kind_label", "Art", lambda r: r.kind_label),
                ListField("what", "Worum", lambda r: r.what),
            ),
            json=follow_up_json,
        ),
    )
)
