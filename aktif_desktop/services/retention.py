"""Deletion periods (Löschkonzept): find personal data without activity, then remove it.

A contact is expired when nothing happened with her for the configured number of months
(no change, no check of her number, no consent given, no event attended or registered for).
A participation is expired when its event ended before that period.

Nothing is removed before the user confirmed the listed entries. Then

* ``anonymise`` (the default) keeps every participation for the statistics (counts per event,
  status and organisation) but moves it to an anonymous placeholder of the same organisation
  and clears its note; expired contacts are deleted afterwards;
* ``delete`` deletes expired participations too — except those with an attendance certificate,
  whose number must stay in the register: they are anonymised.

Placeholders are shared per organisation and slot (the first placeholder not yet at an event
takes the next person), so a placeholder never stands for one person across events. The run is
logged with counts only, the write-ahead log is wiped, and backups older than the period are
removed (after the storage layer's own thinning), so no copy keeps the data much longer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import JOIN, fn

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.services.audit import record_action
from aktif_desktop.services.common import count_phrase, join_phrases, transactional
from aktif_desktop.storage.models import (
    Certificate,
    Contact,
    Event,
    Organisation,
    Participation,
    Service,
    Setting,
    database,
)

SETTING_MONTHS = "retention_months"
DEFAULT_MONTHS = 24
MONTH_LIMITS = (6, 120)
ANONYMOUS_NAME = "(anonymisiert)"
MODE_ANONYMISE = "anonymise"
MODE_DELETE = "delete"
MODES = {MODE_ANONYMISE: "anonymisieren", MODE_DELETE: "löschen"}


@dataclass(slots=True, kw_only=True)
class ExpiredContact:
    """A contact person without activity since ``last_activity``."""

    id: int
    name: str
    organisation_name: str
    last_activity: dt.date
    participation_count: int = 0


@dataclass(slots=True, kw_only=True)
class ExpiredParticipation:
    """A participation in an event that ended before the period."""

    id: int
    contact_id: int
    contact_name: str
    event_id: int
    event_title: str
    event_date: dt.date
    certificate_number: str = ""


@dataclass(slots=True, kw_only=True)
class RetentionPlan:
    """What a run would remove; shown to the user for confirmation."""

    months: int
    cutoff: dt.date
    contacts: list[ExpiredContact] = field(default_factory=list)
    participations: list[ExpiredParticipation] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.contacts and not self.participations

    @property
    def summary(self) -> str:
        """ "3 Ansprechpersonen und 12 Teilnahmen ohne Aktivität seit dem 01.01.2024"."""
        if self.is_empty:
            return messages.RETENTION_NOTHING_DUE.format(cutoff=f"{self.cutoff:%d.%m.%Y}")
        return messages.RETENTION_DUE.format(
            contacts=count_phrase(len(self.contacts), "Ansprechperson", "Ansprechpersonen"),
            participations=count_phrase(len(self.participations), "Teilnahme", "Teilnahmen"),
            cutoff=f"{self.cutoff:%d.%m.%Y}",
        )


@dataclass(slots=True, kw_only=True)
class RetentionResult:
    """What a run did (counts only: this is what the audit log keeps)."""

    mode: str
    months: int
    contacts_deleted: int = 0
    participations_anonymised: int = 0
    participations_deleted: int = 0
    backups_removed: int = 0
    skipped: int = 0

    @property
    def summary(self) -> str:
        parts = [
            count_phrase(self.contacts_deleted, "Ansprechperson", "Ansprechpersonen") + " gelöscht",
            count_phrase(self.participations_anonymised, "Teilnahme", "Teilnahmen")
            + " anonymisiert",
        ]
        if self.participations_deleted:
            parts.append(
                count_phrase(self.participations_deleted, "Teilnahme", "Teilnahmen") + " gelöscht"
            )
        parts.append(count_phrase(self.backups_removed, "Sicherung", "Sicherungen") + " entfernt")
        text = f"Löschlauf (Frist {self.months} Monate): {join_phrases(parts)}."
        if self.skipped:
            text += " " + messages.RETENTION_SKIPPED.format(count=self.skipped)
        return text


# Settings ------------------------------------------------------------------------------------
def retention_months() -> int:
    """Return the deletion period in months (stored in the settings, 24 by default)."""
    stored = Setting.get_or_none(Setting.key == SETTING_MONTHS)
    try:
        return _checked_months(int(stored.value)) if stored else DEFAULT_MONTHS
    except (ValueError, ValidationError):
        return DEFAULT_MONTHS


@transactional
def save_retention_months(months: int) -> int:
    """Store the deletion period; refuse values outside 6 to 120 months."""
    valid = _checked_months(months)
    Setting.insert(key=SETTING_MONTHS, value=str(valid)).on_conflict_replace().execute()
    return valid


def _checked_months(months: object) -> int:
    low, high = MONTH_LIMITS
    if isinstance(months, bool) or not isinstance(months, int) or not low <= months <= high:
        raise ValidationError(
            messages.RETENTION_MONTHS_INVALID.format(low=low, high=high), field="Löschfrist"
        )
    return months


def cutoff_date(months: int, today: dt.date | None = None) -> dt.date:
    """Return the day ``months`` calendar months before ``today`` (end of month clamped)."""
    today = today or dt.date.today()
    month_index = today.year * 12 + today.month - 1 - months
    year, month = divmod(month_index, 12)
    for day in range(today.day, 0, -1):
        try:
            return dt.date(year, month + 1, day)
        except ValueError:
            continue
    raise AssertionError("unreachable: day 1 exists in every month")


# Listing -------------------------------------------------------------------------------------
def is_placeholder(contact: Contact) -> bool:
    """True for the anonymous placeholders the runs create."""
    return contact.last_name == ANONYMOUS_NAME and not contact.first_name and not contact.email


def _placeholder_clause() -> Any:  # a peewee expression
    return (Contact.last_name == ANONYMOUS_NAME) & (Contact.first_name == "")


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        return dt.date.fromisoformat(value[:10])
    return None


def _last_participation_activity() -> dict[int, dt.date]:
    """Contact id -> the latest end of an event or status change of her participations."""
    query = (
        Participation.select(
            Participation.contact,
            fn.MAX(Event.end).alias("event_end"),
            fn.MAX(Participation.status_changed_at).alias("changed"),
        )
        .join(Event, on=(Participation.event == Event.id))
        .group_by(Participation.contact)
        .tuples()
    )
    result = {}
    for contact_id, event_end, changed in query:
        dates = [d for d in (_as_date(event_end), _as_date(changed)) if d]
        if dates:
            result[contact_id] = max(dates)
    return result


def _expired_contacts(cutoff: dt.date) -> list[ExpiredContact]:
    activity = _last_participation_activity()
    counts = dict(
        Participation.select(Participation.contact, fn.COUNT(Participation.id))
        .group_by(Participation.contact)
        .tuples()
    )
    query = (
        Contact.select(Contact, Organisation.name.alias("organisation_name"))
        .join(Organisation, JOIN.LEFT_OUTER, on=(Contact.organisation == Organisation.id))
        .where(~_placeholder_clause())
        .dicts()
    )
    expired = []
    for row in query:
        stamps = [
            row["created_at"],
            row["updated_at"],
            row["verified_at"],
            row["consent_share_date"],
            row["consent_lists_date"],
            activity.get(row["id"]),
        ]
        last = max(d for d in map(_as_date, stamps) if d is not None)
        if last < cutoff:
            name = " ".join(p for p in (row["title"], row["first_name"], row["last_name"]) if p)
            expired.append(
                ExpiredContact(
                    id=row["id"],
                    name=name,
                    organisation_name=row["organisation_name"] or "",
                    last_activity=last,
                    participation_count=counts.get(row["id"], 0),
                )
            )
    return sorted(expired, key=lambda c: (c.last_activity, c.name.casefold(), c.id))


def _expired_participations(cutoff: dt.date) -> list[ExpiredParticipation]:
    query = (
        Participation.select(
            Participation.id,
            Participation.contact,
            Participation.event,
            Contact.title,
            Contact.first_name,
            Contact.last_name,
            Event.title.alias("event_title"),
            Event.end.alias("event_end"),
            Certificate.number,
        )
        .join(Contact, on=(Participation.contact == Contact.id))
        .switch(Participation)
        .join(Event, on=(Participation.event == Event.id))
        .switch(Participation)
        .join(Certificate, JOIN.LEFT_OUTER, on=(Certificate.participation == Participation.id))
        .where(~_placeholder_clause() & (Event.end < dt.datetime.combine(cutoff, dt.time())))
        .dicts()
    )
    rows = [
        ExpiredParticipation(
            id=row["id"],
            contact_id=row["contact"],
            contact_name=" ".join(
                p for p in (row["title"], row["first_name"], row["last_name"]) if p
            ),
            event_id=row["event"],
            event_title=row["event_title"],
            event_date=_as_date(row["event_end"]) or cutoff,
            certificate_number=row["number"] or "",
        )
        for row in query
    ]
    return sorted(rows, key=lambda p: (p.event_date, p.event_title.casefold(), p.id))


def find_expired(months: int | None = None, today: dt.date | None = None) -> RetentionPlan:
    """List the contacts and participations whose deletion period has passed."""
    months = retention_months() if months is None else _checked_months(months)
    cutoff = cutoff_date(months, today)
    return RetentionPlan(
        months=months,
        cutoff=cutoff,
        contacts=_expired_contacts(cutoff),
        participations=_expired_participations(cutoff),
    )


# Running -------------------------------------------------------------------------------------
def run_retention(
    plan: RetentionPlan,
    mode: str = MODE_ANONYMISE,
    *,
    confirmed: bool = False,
    today: dt.date | None = None,
    db_path: Path | None = None,
) -> RetentionResult:
    """Remove what ``plan`` listed and is still expired; refuse unless ``confirmed``.

    Entries changed since the listing (e.g. a contact edited meanwhile) are left alone and
    counted as skipped. With ``db_path`` the expired backups of that database are removed too.
    """
    if not confirmed:
        raise ValidationError(messages.RETENTION_NOT_CONFIRMED)
    if mode not in MODES:
        raise ValidationError(messages.RETENTION_MODE_INVALID.format(mode=mode))
    result = _remove_records(plan, mode, today)
    # Deleted rows must not linger in the write-ahead log either (secure_delete covers the
    # main file).
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    if db_path is not None:
        result.backups_removed = remove_expired_backups(db_path, plan.cutoff)
    record_action("retention", result.summary)
    return result


@transactional
def _remove_records(plan: RetentionPlan, mode: str, today: dt.date | None) -> RetentionResult:
    current = find_expired(plan.months, today)
    result = RetentionResult(mode=mode, months=plan.months)
    listed = {p.id for p in plan.participations}
    due = [p for p in current.participations if p.id in listed]
    for item in due:
        if mode == MODE_DELETE and not item.certificate_number:
            Participation.delete().where(Participation.id == item.id).execute()
            result.participations_deleted += 1
        else:
            _anonymise_participation(item.id)
            result.participations_anonymised += 1
    listed_contacts = {c.id for c in plan.contacts}
    deletable = [c for c in current.contacts if c.id in listed_contacts]
    for contact in deletable:
        if Participation.select().where(Participation.contact == contact.id).exists():
            continue  # a participation of hers was not confirmed: keep her this time
        Service.update(contact=None).where(Service.contact == contact.id).execute()
        Contact.delete().where(Contact.id == contact.id).execute()
        result.contacts_deleted += 1
    done = len(due) + result.contacts_deleted
    result.skipped = len(plan.participations) + len(plan.contacts) - done
    return result


def _anonymise_participation(participation_id: int) -> None:
    record = Participation.get_by_id(participation_id)
    organisation_id = Contact.get_by_id(record.contact_id).organisation_id
    record.contact = _free_placeholder(organisation_id, record.event_id)
    record.note = ""
    record.save()


def _free_placeholder(organisation_id: int | None, event_id: int) -> int:
    """The first placeholder of the organisation not yet at the event (created if needed)."""
    same_organisation = (
        Contact.organisation.is_null(True)
        if organisation_id is None
        else (Contact.organisation == organisation_id)
    )
    taken = Participation.select(Participation.contact).where(Participation.event == event_id)
    free = (
        Contact.select(Contact.id)
        .where(_placeholder_clause() & same_organisation & Contact.id.not_in(taken))
        .order_by(Contact.id)
        .first()
    )
    if free is not None:
        return int(free.id)
    placeholder = Contact.create(
        last_name=ANONYMOUS_NAME,
        organisation=organisation_id,
        active=False,
        consent_share=False,
        consent_lists=False,
    )
    return int(placeholder.id)


def remove_expired_backups(db_path: Path, cutoff: dt.date) -> int:
    """Thin the backups by the backup policy, then remove copies older than ``cutoff``.

    The newest copy of all is always kept (it is the way back after a mistake). Returns the
    number of backup files removed.
    """
    from aktif_desktop.storage import autobackup, backup

    removed = {path for path in autobackup.thin_backups(db_path, autobackup.retention_policy())}
    for info in backup.list_backups(db_path)[1:]:
        if info.created.date() < cutoff:
            info.path.unlink(missing_ok=True)
            removed.add(info.path)
    return sum(1 for path in removed if path.suffix == ".db")
