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

On a shared PostgreSQL database the same rows are listed and removed; there is no
write-ahead file of ours, and the expired copies removed are this computer's dumps of that
server database (in the user data folder's backup folder): dumps on other computers or kept
by the Verbund's IT are out of reach, which the run's summary says.

Family cases have their own period and are deleted whole (``services.retention_cases``); the
plan lists them beside the contacts and the same run removes them in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from aktif_desktop import messages, registry
from aktif_desktop.errors import ValidationError
from aktif_desktop.messages.retention_server import RETENTION_SERVER_BACKUPS
from aktif_desktop.services.audit import AuditAction, record_action
from aktif_desktop.services.common import (
    clear_references,
    count_phrase,
    join_phrases,
    transactional,
)
from aktif_desktop.services.retention_cases import (
    ExpiredCase,
    case_retention_months,
    checked_case_months,
    delete_cases,
    find_expired_cases,
)
from aktif_desktop.services.retention_period import (
    DEFAULT_MONTHS,
    MONTH_LIMITS,
    checked_months,
    cutoff_date,
    store_months,
    stored_months,
)
from aktif_desktop.storage.db import is_server
from aktif_desktop.storage.models import (
    Contact,
    Participation,
    database,
)
from aktif_desktop.storage.server import Location
from aktif_desktop.storage.sql_dialect import day_of, day_text, greatest

SETTING_MONTHS = "retention_months"
__all__ = ["DEFAULT_MONTHS", "MONTH_LIMITS", "ExpiredCase", "cutoff_date"]
ANONYMOUS_NAME = "(anonymisiert)"


class RetentionMode(StrEnum):
    """What a run does with expired participations (see the module docstring)."""

    ANONYMISE = "anonymise"
    DELETE = "delete"


MODE_ANONYMISE = RetentionMode.ANONYMISE
MODE_DELETE = RetentionMode.DELETE
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
    case_months: int = DEFAULT_MONTHS
    case_cutoff: dt.date | None = None
    cases: list[ExpiredCase] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.contacts and not self.participations and not self.cases

    @property
    def summary(self) -> str:
        """ "3 Ansprechpersonen und 12 Teilnahmen ohne Aktivität seit dem 01.01.2024", then the
        cases' sentence."""
        if not self.contacts and not self.participations:
            text = messages.RETENTION_NOTHING_DUE.format(cutoff=f"{self.cutoff:%d.%m.%Y}")
        else:
            text = messages.RETENTION_DUE.format(
                contacts=registry.get("contact").count_phrase(len(self.contacts)),
                participations=registry.get("participation").count_phrase(len(self.participations)),
                cutoff=f"{self.cutoff:%d.%m.%Y}",
            )
        if self.case_cutoff is None or not self.cases:
            return text  # the cases' part is said only when a case is due
        cutoff = f"{self.case_cutoff:%d.%m.%Y}"
        cases = registry.get("family_case").count_phrase(len(self.cases))
        if not self.contacts and not self.participations:
            text = messages.RETENTION_NOTHING_DUE_BUT_CASES
        return text + " " + messages.RETENTION_CASES_DUE.format(cases=cases, cutoff=cutoff)


@dataclass(slots=True, kw_only=True)
class RetentionResult:
    """What a run did (counts only: this is what the audit log keeps)."""

    mode: str
    months: int
    case_months: int = DEFAULT_MONTHS
    cases_deleted: int = 0
    contacts_deleted: int = 0
    participations_anonymised: int = 0
    participations_deleted: int = 0
    backups_removed: int = 0
    skipped: int = 0
    on_server: bool = False  # a shared database: only this computer's dumps were reachable

    @property
    def summary(self) -> str:
        contacts, participations = registry.get("contact"), registry.get("participation")
        parts = [
            messages.RETENTION_DELETED.format(what=contacts.count_phrase(self.contacts_deleted)),
            messages.RETENTION_ANONYMISED.format(
                what=participations.count_phrase(self.participations_anonymised)
            ),
        ]
        if self.participations_deleted:
            deleted = participations.count_phrase(self.participations_deleted)
            parts.append(messages.RETENTION_DELETED.format(what=deleted))
        # Counts only: no case code reaches the audit log.
        cases = registry.get("family_case").count_phrase(self.cases_deleted)
        parts.append(
            messages.RETENTION_DELETED.format(what=cases) + f" (Frist {self.case_months} Monate)"
        )
        backups = count_phrase(self.backups_removed, "Sicherung", "Sicherungen")
        if self.on_server:
            parts.append(RETENTION_SERVER_BACKUPS.format(what=backups))
        else:
            parts.append(messages.RETENTION_BACKUPS_REMOVED.format(what=backups))
        text = messages.RETENTION_RUN_SUMMARY.format(months=self.months, parts=join_phrases(parts))
        if self.skipped:
            text += " " + messages.RETENTION_SKIPPED.format(count=self.skipped)
        return text


# Settings ------------------------------------------------------------------------------------
def retention_months() -> int:
    """Return the deletion period in months (stored in the settings, 24 by default)."""
    return stored_months(SETTING_MONTHS)


@transactional
def save_retention_months(months: int) -> int:
    """Store the deletion period; refuse values outside 6 to 120 months."""
    return store_months(SETTING_MONTHS, months)


def _checked_months(months: object) -> int:
    return checked_months(months)


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


# Plain SQL: with 20,000 contacts and 150,000 participations peewee's row conversion took
# 9 s; comparing the ISO date strings in SQLite takes well under one. On a server the dates
# and times are compared as the same ISO text (storage.sql_dialect), so both list the same.
def _expired_contacts_sql() -> str:
    own = greatest(
        day_text("created_at"),
        day_text("updated_at"),
        *(f"COALESCE({day_text(column)}, '')" for column in _OWN_DAYS),
    )
    latest = greatest(day_text('max(e."end")'), day_text("max(pa.status_changed_at)"))
    last_activity = greatest("k.own", "COALESCE(a.latest, '')")
    return f"""
WITH candidate AS (
    -- contacts whose own dates are all old: only their participations need looking at
    SELECT id, {own} AS own
    FROM contact
    WHERE NOT (last_name = ? AND first_name = '')
      AND substr({own}, 1, 10) < ?
), activity AS (
    SELECT pa.contact_id, count(*) AS n, {latest} AS latest
    FROM participation AS pa JOIN event AS e ON e.id = pa.event_id
    WHERE pa.contact_id IN (SELECT id FROM candidate)
    GROUP BY pa.contact_id
)
SELECT c.id, c.title, c.first_name, c.last_name, COALESCE(o.name, ''), a.n,
       {last_activity} AS last_activity
FROM candidate AS k
JOIN contact AS c ON c.id = k.id
LEFT JOIN organisation AS o ON o.id = c.organisation_id
LEFT JOIN activity AS a ON a.contact_id = c.id
WHERE substr({last_activity}, 1, 10) < ?
"""


_OWN_DAYS = ("verified_at", "consent_share_date", "consent_lists_date")


def _expired_participations_sql() -> str:
    return f"""
SELECT pa.id, pa.contact_id, c.title, c.first_name, c.last_name, pa.event_id, e.title,
       e."end", COALESCE(ce.number, '')
FROM participation AS pa
JOIN contact AS c ON c.id = pa.contact_id
JOIN event AS e ON e.id = pa.event_id
LEFT JOIN certificate AS ce ON ce.participation_id = pa.id
WHERE NOT (c.last_name = ? AND c.first_name = '')
  AND {day_of('e."end"')} < ?
"""


def _name(*parts: str | None) -> str:
    return " ".join(part for part in parts if part)


def _expired_contacts(cutoff: dt.date) -> list[ExpiredContact]:
    day = cutoff.isoformat()
    cursor = database.execute_sql(_expired_contacts_sql(), (ANONYMOUS_NAME, day, day))
    expired = [
        ExpiredContact(
            id=contact_id,
            name=_name(title, first, last),
            organisation_name=organisation,
            last_activity=_as_date(last_activity) or cutoff,
            participation_count=count or 0,
        )
        for contact_id, title, first, last, organisation, count, last_activity in cursor
    ]
    return sorted(expired, key=lambda c: (c.last_activity, c.name.casefold(), c.id))


def _expired_participations(cutoff: dt.date) -> list[ExpiredParticipation]:
    cursor = database.execute_sql(
        _expired_participations_sql(), (ANONYMOUS_NAME, cutoff.isoformat())
    )
    rows = [
        ExpiredParticipation(
            id=row_id,
            contact_id=contact_id,
            contact_name=_name(title, first, last),
            event_id=event_id,
            event_title=event_title,
            event_date=_as_date(end) or cutoff,
            certificate_number=number,
        )
        for row_id, contact_id, title, first, last, event_id, event_title, end, number in cursor
    ]
    return sorted(rows, key=lambda p: (p.event_date, p.event_title.casefold(), p.id))


def find_expired(
    months: int | None = None,
    today: dt.date | None = None,
    *,
    case_months: int | None = None,
) -> RetentionPlan:
    """List the contacts, participations and family cases whose deletion period has passed
    (each with its own period: ``months`` for people, ``case_months`` for cases)."""
    months = retention_months() if months is None else _checked_months(months)
    case_months = case_retention_months() if case_months is None else case_months
    case_months = checked_case_months(case_months)
    cutoff = cutoff_date(months, today)
    return RetentionPlan(
        months=months,
        cutoff=cutoff,
        contacts=_expired_contacts(cutoff),
        participations=_expired_participations(cutoff),
        case_months=case_months,
        case_cutoff=cutoff_date(case_months, today),
        cases=find_expired_cases(case_months, today),
    )


# Running -------------------------------------------------------------------------------------
def run_retention(
    plan: RetentionPlan,
    mode: str = MODE_ANONYMISE,
    *,
    confirmed: bool = False,
    today: dt.date | None = None,
    db_path: Location | None = None,
) -> RetentionResult:
    """Remove what ``plan`` listed and is still expired; refuse unless ``confirmed``.

    Entries changed since the listing (e.g. a contact edited meanwhile) are left alone and
    counted as skipped. With ``db_path`` (a file, or a server's URL) the expired backups of
    that database are removed too: beside the file, or this computer's dumps of the server.
    """
    if not confirmed:
        raise ValidationError(messages.RETENTION_NOT_CONFIRMED)
    if mode not in MODES:
        raise ValidationError(messages.RETENTION_MODE_INVALID.format(mode=mode))
    result = _remove_records(plan, RetentionMode(mode), today)
    result.on_server = is_server()
    if not result.on_server:
        # Deleted rows must not linger in the write-ahead log either (secure_delete covers
        # the main file). A server keeps no such file of ours.
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    if db_path is not None:
        # Backups older than the shorter of the two periods still hold what was deleted.
        cutoff = max(plan.cutoff, plan.case_cutoff) if plan.case_cutoff else plan.cutoff
        result.backups_removed = remove_expired_backups(db_path, cutoff)
    record_action(AuditAction.RETENTION, result.summary)
    return result


@transactional
def _remove_records(
    plan: RetentionPlan, mode: RetentionMode, today: dt.date | None
) -> RetentionResult:
    current = find_expired(plan.months, today, case_months=plan.case_months)
    result = RetentionResult(mode=mode, months=plan.months, case_months=plan.case_months)
    # Cases first: a referral's contact person is free to go once her cases are deleted.
    result.cases_deleted = delete_cases(plan.cases, plan.case_months, today)
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
    references = _other_references_to_contacts()
    for contact in deletable:
        if Participation.select().where(Participation.contact == contact.id).exists():
            continue  # a participation of hers was not confirmed: keep her this time
        if _is_referenced(contact.id, references):
            continue  # a record this module does not know still needs her: keep her
        clear_references(Contact._meta.table_name, contact.id)
        Contact.delete().where(Contact.id == contact.id).execute()
        result.contacts_deleted += 1
    done = len(due) + result.contacts_deleted + result.cases_deleted
    result.skipped = len(plan.participations) + len(plan.contacts) + len(plan.cases) - done
    return result


def _other_references_to_contacts() -> list[tuple[str, str]]:
    """(table, column) of foreign keys to contact other than the ones a run resolves: those
    of kinds that expire themselves (participations) and those a delete clears (offers)."""
    handled = {
        (reference.kind.table, reference.column)
        for reference in registry.references_to(Contact._meta.table_name)
        if reference.kind.retention is registry.Retention.EXPIRES
        or reference.rule is registry.DeleteRule.CLEARS
    }
    return [
        (table, key.column)
        for table in database.get_tables()
        for key in database.get_foreign_keys(table)
        if key.dest_table == "contact" and (table, key.column) not in handled
    ]


def _is_referenced(contact_id: int, references: list[tuple[str, str]]) -> bool:
    for table, column in references:
        sql = f'SELECT 1 FROM "{table}" WHERE "{column}" = ? LIMIT 1'
        if database.execute_sql(sql, (contact_id,)).fetchone():
            return True
    return False


def _anonymise_participation(participation_id: int) -> None:
    record = Participation.get_by_id(participation_id)
    organisation_id = Contact.get_by_id(record.contact_id).organisation_id
    record.contact_id = _free_placeholder(organisation_id, record.event_id)
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


def remove_expired_backups(db_path: Location, cutoff: dt.date) -> int:
    """Thin the backups by the backup policy, then remove copies older than ``cutoff``.

    The newest copy of all is always kept (it is the way back after a mistake). Returns the
    number of backup files removed. For a server's URL these are the dumps of that database
    in this computer's backup folder.
    """
    from aktif_desktop.storage import autobackup, backup, pg_backup

    copies = (".db", *pg_backup.SUFFIXES)

    removed = {path for path in autobackup.thin_backups(db_path, autobackup.retention_policy())}
    for info in backup.list_backups(db_path)[1:]:
        if info.created.date() < cutoff:
            info.path.unlink(missing_ok=True)
            removed.add(info.path)
    return sum(1 for path in removed if path.suffix in copies)
