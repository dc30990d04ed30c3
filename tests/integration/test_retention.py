"""Deletion periods: listing, confirmation, anonymising or deleting, counts kept, backups gone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from aktif_desktop.errors import ValidationError
from aktif_desktop.messages.retention_server import RETENTION_SERVER_BACKUPS
from aktif_desktop.services import (
    audit,
    certificates,
    contacts,
    events,
    offers,
    organisations,
    participations,
    retention,
)
from aktif_desktop.storage import backup
from aktif_desktop.storage.models import Contact, Participation, database

TODAY = dt.date(2026, 11, 26)
LONG_AGO = dt.datetime(2020, 3, 2, 9, 0)


@dataclass
class Verbund:
    old_event: int
    new_event: int
    altmann: int  # old, attended the old event, has a certificate
    zweig: int  # old, same organisation, same old event
    neumann: int  # active now, but also at the old event
    ohnesorg: int  # old, never at an event, named at an offer
    jugendamt: int
    offer: int


def _age(contact_id: int) -> None:
    Contact.update(created_at=LONG_AGO, updated_at=LONG_AGO).where(
        Contact.id == contact_id
    ).execute()


def _contact(last: str, first: str, organisation_id: int, *, old: bool) -> int:
    row = contacts.create_contact(
        contacts.ContactData(
            last_name=last,
            first_name=first,
            organisation_id=organisation_id,
            email=f"{last.lower()}@example.org",
            consent_share=True,
            consent_share_date=LONG_AGO.date() if old else None,
            consent_lists=False,
            notes=f"Notiz über {first} {last}",
        )
    )
    if old:
        _age(row.id)
    return row.id


def _event(title: str, start: dt.datetime) -> int:
    data = events.EventData(
        kind="workshop", title=title, start=start, end=start + dt.timedelta(hours=3)
    )
    return events.create_event(data).id


def _attend(event_id: int, contact_id: int, note: str = "") -> int:
    change = participations.add_participant(event_id, contact_id, "attended", note=note)
    Participation.update(status_changed_at=LONG_AGO).where(
        Participation.id == change.row.id
    ).execute()
    return change.row.id


@pytest.fixture
def verbund(db: Path) -> Verbund:
    jugendamt = organisations.create_organisation(
        organisations.OrganisationData(name="Jugendamt Altstadt", kind="youth_office")
    ).id
    jobcenter = organisations.create_organisation(
        organisations.OrganisationData(name="Jobcenter Altstadt", kind="jobcenter")
    ).id
    old_event = _event("Workshop Kinderzuschlag 2021", dt.datetime(2021, 5, 4, 9))
    new_event = _event("Netzwerktreffen 2026", dt.datetime(2026, 10, 1, 9))
    altmann = _contact("Altmann", "Agathe", jugendamt, old=True)
    zweig = _contact("Zweig", "Zora", jugendamt, old=True)
    neumann = _contact("Neumann", "Nele", jobcenter, old=False)
    ohnesorg = _contact("Ohnesorg", "Otto", jobcenter, old=True)
    participation = _attend(old_event, altmann, note="kam mit Kind, Allergie")
    certificates.issue_for_participation(participation, today=dt.date(2021, 5, 4))
    _attend(old_event, zweig)
    _attend(old_event, neumann, note="Rückfrage zum Umzug nach Kassel")
    participations.add_participant(new_event, neumann, "registered")
    offer = offers.create_service(
        offers.ServiceData(organisation_id=jobcenter, name="Beratung", contact_id=ohnesorg)
    ).id
    for contact_id in (altmann, zweig, ohnesorg):
        _age(contact_id)  # adding participations touched nothing, but be explicit
    return Verbund(old_event, new_event, altmann, zweig, neumann, ohnesorg, jugendamt, offer)


def _names_in_database() -> str:
    """Every text value of every table, joined: what anyone opening the file could read."""
    values = []
    for table in database.get_tables():
        for row in database.execute_sql(f'SELECT * FROM "{table}"'):
            values += [str(value) for value in row if value is not None]
    return "\n".join(values)


def _status_counts(event_id: int) -> dict[str, int]:
    return {k: v for k, v in participations.status_counts(event_id).items() if v}


def test_the_plan_lists_old_contacts_and_old_participations(verbund: Verbund) -> None:
    plan = retention.find_expired(24, today=TODAY)
    assert plan.cutoff == dt.date(2024, 11, 26)
    assert {c.id for c in plan.contacts} == {verbund.altmann, verbund.zweig, verbund.ohnesorg}
    assert {p.contact_id for p in plan.participations} == {
        verbund.altmann,
        verbund.zweig,
        verbund.neumann,
    }
    assert all(p.event_id == verbund.old_event for p in plan.participations)
    altmann = next(c for c in plan.contacts if c.id == verbund.altmann)
    assert altmann.name == "Agathe Altmann" and altmann.organisation_name == "Jugendamt Altstadt"
    assert altmann.last_activity == dt.date(2021, 5, 4)
    certified = next(p for p in plan.participations if p.contact_id == verbund.altmann)
    assert certified.certificate_number.startswith("TB-2021-")
    assert plan.summary == (
        "3 Ansprechpersonen und 3 Teilnahmen sind seit dem 26.11.2024 ohne Aktivität."
    )


def test_listing_changes_nothing_and_an_unconfirmed_run_is_refused(verbund: Verbund) -> None:
    before = _names_in_database()
    plan = retention.find_expired(24, today=TODAY)
    with pytest.raises(ValidationError, match="nicht bestätigt"):
        retention.run_retention(plan, today=TODAY)
    with pytest.raises(ValidationError, match="keine gültige Art"):
        retention.run_retention(plan, "shred", confirmed=True, today=TODAY)
    assert _names_in_database() == before


def test_anonymising_removes_the_people_and_keeps_the_counts(verbund: Verbund) -> None:
    counts_before = _status_counts(verbund.old_event)
    plan = retention.find_expired(24, today=TODAY)
    result = retention.run_retention(plan, confirmed=True, today=TODAY)
    assert (result.contacts_deleted, result.participations_anonymised) == (3, 3)
    assert result.participations_deleted == result.skipped == 0

    # The statistics are unchanged: same number of people per status at the old event.
    assert _status_counts(verbund.old_event) == counts_before
    rows = participations.list_participants(verbund.old_event)
    assert {row.last_name for row in rows} == {retention.ANONYMOUS_NAME}
    assert all(row.note == "" for row in rows)
    # Two people of the Jugendamt at one event need two placeholders of the Jugendamt.
    by_org = sorted(row.organisation_name for row in rows)
    assert by_org == ["Jobcenter Altstadt", "Jugendamt Altstadt", "Jugendamt Altstadt"]
    assert len({row.contact_id for row in rows}) == 3
    # The certificate number stays in the register.
    assert any(row.certificate_number.startswith("TB-2021-") for row in rows)

    # Nele Neumann is still active: she stays, with her new registration.
    assert contacts.get_contact(verbund.neumann).last_name == "Neumann"
    assert _status_counts(verbund.new_event) == {"registered": 1}
    assert offers.list_services()[0].contact_id is None

    text = _names_in_database()
    for gone in ("Altmann", "Agathe", "Zweig", "Ohnesorg", "Allergie", "Kassel"):
        assert gone not in text
    assert retention.find_expired(24, today=TODAY).is_empty


@pytest.mark.sqlite_only  # the bytes of the database file (and its write-ahead log)
def test_the_file_itself_no_longer_contains_the_names(verbund: Verbund, db: Path) -> None:
    plan = retention.find_expired(24, today=TODAY)
    retention.run_retention(plan, confirmed=True, today=TODAY)
    raw = db.read_bytes()
    wal = db.with_name(db.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    for gone in ("Altmann", "Ohnesorg", "Allergie"):
        assert gone.encode() not in raw


def test_the_run_is_logged_with_counts_only(verbund: Verbund, backend: str) -> None:
    plan = retention.find_expired(24, today=TODAY)
    retention.run_retention(plan, confirmed=True, today=TODAY)
    entry = next(row for row in audit.list_audit() if row.action == "retention")
    backups = (
        RETENTION_SERVER_BACKUPS.format(what="0 Sicherungen")
        if backend == "postgresql"
        else "0 Sicherungen entfernt"
    )
    assert entry.detail == (
        "Löschlauf (Frist 24 Monate): 3 Ansprechpersonen gelöscht, 3 Teilnahmen anonymisiert, "
        f"0 Familien gelöscht (Frist 24 Monate) und {backups}."
    )
    assert entry.action_label == "Löschlauf"
    deleted = {
        row.row_id
        for row in audit.list_audit()
        if (row.action, row.table_name) == ("delete", "contact")
    }
    assert deleted == {verbund.altmann, verbund.zweig, verbund.ohnesorg}


def test_placeholders_are_reused_across_events(verbund: Verbund) -> None:
    retention.run_retention(retention.find_expired(24, today=TODAY), confirmed=True, today=TODAY)
    placeholders = Contact.select().where(Contact.last_name == retention.ANONYMOUS_NAME).count()
    other_event = _event("Regionaltreffen 2022", dt.datetime(2022, 2, 1, 9))
    late = _contact("Spät", "Sina", verbund.jugendamt, old=True)
    _attend(other_event, late)
    result = retention.run_retention(
        retention.find_expired(24, today=TODAY), confirmed=True, today=TODAY
    )
    assert (result.contacts_deleted, result.participations_anonymised) == (1, 1)
    assert Contact.select().where(Contact.last_name == retention.ANONYMOUS_NAME).count() == (
        placeholders
    )


def test_delete_mode_deletes_participations_but_keeps_certified_ones(verbund: Verbund) -> None:
    plan = retention.find_expired(24, today=TODAY)
    result = retention.run_retention(plan, retention.MODE_DELETE, confirmed=True, today=TODAY)
    assert (result.participations_deleted, result.participations_anonymised) == (2, 1)
    assert result.contacts_deleted == 3
    rows = participations.list_participants(verbund.old_event)
    assert len(rows) == 1 and rows[0].certificate_number.startswith("TB-2021-")
    assert rows[0].last_name == retention.ANONYMOUS_NAME


def test_entries_changed_after_the_listing_are_skipped(verbund: Verbund) -> None:
    plan = retention.find_expired(24, today=TODAY)
    contacts.mark_verified(verbund.zweig, on=TODAY)  # she called yesterday
    result = retention.run_retention(plan, confirmed=True, today=TODAY)
    assert result.contacts_deleted == 2
    assert result.skipped == 1
    assert contacts.get_contact(verbund.zweig).last_name == "Zweig"
    assert "übersprungen" in result.summary


def test_only_confirmed_entries_are_touched(verbund: Verbund) -> None:
    plan = retention.find_expired(24, today=TODAY)
    plan.contacts = [c for c in plan.contacts if c.id == verbund.ohnesorg]
    plan.participations = []
    result = retention.run_retention(plan, confirmed=True, today=TODAY)
    assert (result.contacts_deleted, result.participations_anonymised) == (1, 0)
    assert contacts.get_contact(verbund.altmann).last_name == "Altmann"


def test_the_period_is_a_setting_with_limits(db: Path) -> None:
    assert retention.retention_months() == retention.DEFAULT_MONTHS
    assert retention.save_retention_months(36) == 36
    assert retention.retention_months() == 36
    assert retention.find_expired(today=TODAY).months == 36
    for wrong in (0, 5, 121, True, "12"):
        with pytest.raises(ValidationError, match="Löschfrist muss"):
            retention.save_retention_months(wrong)  # type: ignore[arg-type]
    assert retention.retention_months() == 36


@pytest.mark.parametrize(
    ("today", "months", "expected"),
    [
        (dt.date(2026, 11, 26), 24, dt.date(2024, 11, 26)),
        (dt.date(2024, 2, 29), 12, dt.date(2023, 2, 28)),
        (dt.date(2026, 3, 31), 1, dt.date(2026, 2, 28)),
        (dt.date(2026, 1, 15), 13, dt.date(2024, 12, 15)),
    ],
)
def test_cutoff_date_counts_calendar_months(today: dt.date, months: int, expected: dt.date) -> None:
    assert retention.cutoff_date(months, today) == expected


@pytest.mark.sqlite_only  # the backups' thinning of a file; both backends: further below
def test_backups_older_than_the_period_are_removed(verbund: Verbund, db: Path) -> None:
    connection = database.connection()
    made = {
        "old_manual": (dt.datetime(2023, 1, 5, 8), backup.KIND_MANUAL),
        "old_update": (dt.datetime(2022, 6, 1, 8), "vor-Update-v2"),
        "recent": (dt.datetime(2026, 11, 20, 8), backup.KIND_AUTOMATIC),
        "newest": (dt.datetime(2026, 11, 25, 8), backup.KIND_AUTOMATIC),
    }
    paths = {
        name: backup.write_backup(connection, backup.target_path(db, kind, now=when))
        for name, (when, kind) in made.items()
    }
    plan = retention.find_expired(24, today=TODAY)
    result = retention.run_retention(plan, confirmed=True, today=TODAY, db_path=db)
    assert result.backups_removed == 2
    assert not paths["old_manual"].exists() and not paths["old_update"].exists()
    assert paths["recent"].exists() and paths["newest"].exists()
    assert "2 Sicherungen entfernt" in audit.list_audit()[0].detail


def test_the_newest_backup_is_kept_even_when_old(db: Path | str, backend: str) -> None:
    target = backup.target_path(db, backup.KIND_MANUAL, now=dt.datetime(2020, 1, 1))
    if backend == "sqlite":
        only = backup.write_backup(database.connection(), target)
    else:  # this computer's dump of the server database
        only = backup.backup_server(database.obj, backup.KIND_MANUAL, target=target)
    assert retention.remove_expired_backups(db, dt.date(2024, 1, 1)) == 0
    assert only.exists()


def test_the_command_line_lists_and_runs_only_with_yes(
    verbund: Verbund, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from aktif_desktop.cli import main

    base = ["--db", str(db), "retention"]
    assert main([*base, "list", "--json", "--months", "24"]) == 0
    listed = json.loads(capsys.readouterr().out)
    # "today" on the command line is the real date, later than TODAY: at least these are due.
    assert {c["id"] for c in listed["contacts"]} >= {verbund.altmann, verbund.ohnesorg}
    assert main([*base, "list", "--months", "24"]) == 0
    out = capsys.readouterr().out
    assert "Agathe Altmann" in out and "Workshop Kinderzuschlag 2021" in out
    # Without --yes and without a terminal to ask on: refused, nothing changed.
    assert main([*base, "run", "--months", "24"]) == 1
    assert "retention run --yes" in capsys.readouterr().err
    assert contacts.get_contact(verbund.altmann).last_name == "Altmann"
    assert main([*base, "run", "--months", "24", "--yes", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["contacts_deleted"] >= 3 and "Löschlauf" in result["summary"]
    assert main([*base, "period", "200"]) == 1
    assert "Löschfrist muss" in capsys.readouterr().err
    assert main([*base, "period", "48"]) == 0
    assert "Löschfrist: 48 Monate" in capsys.readouterr().out


def test_a_contact_still_referenced_by_a_newer_table_is_kept(verbund: Verbund) -> None:
    database.execute_sql(
        'CREATE TABLE "contact_document" ("id" INTEGER PRIMARY KEY, "contact_id" INTEGER '
        'NOT NULL REFERENCES "contact" ("id") ON DELETE RESTRICT)'
    )
    database.execute_sql(
        "INSERT INTO contact_document (id, contact_id) VALUES (1, ?)", (verbund.ohnesorg,)
    )
    plan = retention.find_expired(24, today=TODAY)
    result = retention.run_retention(plan, confirmed=True, today=TODAY)
    assert result.contacts_deleted == 2 and result.skipped == 1
    assert contacts.get_contact(verbund.ohnesorg).last_name == "Ohnesorg"


def test_a_run_removes_the_expired_copies_of_its_database(
    verbund: Verbund, db: Path | str, backend: str
) -> None:
    """A file: the copies beside it. A server: this computer's dumps of that database in the
    user data folder (copies elsewhere are out of reach, which the summary says)."""
    when = {"old": dt.datetime(2022, 6, 1, 8), "newest": dt.datetime(2026, 11, 25, 8)}
    made = {}
    for name, moment in when.items():
        target = backup.target_path(db, backup.KIND_MANUAL, now=moment)
        if backend == "sqlite":
            made[name] = backup.write_backup(database.connection(), target)
        else:
            made[name] = backup.backup_server(database.obj, backup.KIND_MANUAL, target=target)
    assert [info.path for info in backup.list_backups(db)] == [made["newest"], made["old"]]
    plan = retention.find_expired(24, today=TODAY)
    result = retention.run_retention(plan, confirmed=True, today=TODAY, db_path=db)
    assert result.contacts_deleted == 3 and result.backups_removed == 1
    assert not made["old"].exists() and made["newest"].exists()
    assert result.on_server is (backend == "postgresql")
    entry = next(row for row in audit.list_audit() if row.action == "retention")
    if backend == "postgresql":
        assert RETENTION_SERVER_BACKUPS.format(what="1 Sicherung") in entry.detail
    else:
        assert "und 1 Sicherung entfernt." in entry.detail
