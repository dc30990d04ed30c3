"""Operations: change sets, nesting, all-or-nothing, undo and redo through the services."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from aktif_desktop import changes
from aktif_desktop.changes import OpChanges
from aktif_desktop.errors import AktifError, ValidationError
from aktif_desktop.imports.engine import ImportPlan, run_import
from aktif_desktop.services import contacts, events, merge, operations, organisations
from aktif_desktop.services import participations as parts
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.operations import UndoConflictError, operation
from aktif_desktop.services.organisations import OrganisationData
from aktif_desktop.storage.models import AuditLog, Contact, Organisation, database
from tests import other_program

DUMP_TABLES = ("organisation", "organisation_legal_area", "contact", "participation", "event")


@pytest.fixture
def published(db: Path) -> Iterator[list[OpChanges]]:
    operations.clear()
    seen: list[OpChanges] = []
    unsubscribe = changes.subscribe(seen.append)
    yield seen
    unsubscribe()
    operations.clear()


def _dump() -> dict[str, list[tuple[object, ...]]]:
    return {
        table: database.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
        for table in DUMP_TABLES
    }


def _partner(name: str = "Caritas") -> organisations.OrganisationRow:
    return organisations.create_organisation(OrganisationData(name=name, legal_areas=("SGB2",)))


def _person(first: str, last: str, org: int | None = None, email: str = "") -> int:
    data = ContactData(first_name=first, last_name=last, organisation_id=org, email=email)
    return contacts.create_contact(data).id


def test_an_operation_names_its_tables_and_rows(published: list[OpChanges]) -> None:
    partner = _partner()
    assert published[-1].label == "Anlegen von Partner Caritas"
    assert published[-1].rows["organisation"] == {partner.id}
    assert "organisation_legal_area" in published[-1].rows
    assert "audit_log" not in published[-1].rows
    assert operations.undo_label() == "Anlegen von Partner Caritas"
    assert operations.last_changes() == published[-1]


def test_nested_calls_join_the_outer_operation(published: list[OpChanges]) -> None:
    @operation(label="Zwei Partner")
    def two() -> None:
        _partner("Eins")
        _partner("Zwei")

    two()
    assert [c.label for c in published] == ["Zwei Partner"]
    assert len(published[0].rows["organisation"]) == 2
    operations.undo()
    assert Organisation.select().count() == 0


def test_a_failing_operation_leaves_nothing_and_pushes_nothing(
    published: list[OpChanges],
) -> None:
    _partner()
    before = _dump()

    @operation(label="Scheitert")
    def fails() -> None:
        _partner("Neu")
        raise ValidationError("nein")

    with pytest.raises(ValidationError):
        fails()
    assert _dump() == before
    assert operations.undo_label() == "Anlegen von Partner Caritas"
    assert [c.label for c in published] == ["Anlegen von Partner Caritas"]
    # the next operation records only its own writes (PostgreSQL's sequences skip the id the
    # rolled-back insert took; SQLite gives it again)
    after = _partner("Danach")
    assert published[-1].rows["organisation"] == {after.id}
    assert set(published[-1].rows) == {"organisation", "organisation_legal_area"}


def test_refused_service_call_pushes_nothing(published: list[OpChanges]) -> None:
    partner = _partner()
    _person("Anna", "Müller", partner.id)
    with pytest.raises(AktifError):
        organisations.delete_organisation(partner.id)
    assert operations.undo_label() == "Anlegen von Ansprechperson Anna Müller"


def test_undo_and_redo_of_a_delete_restore_every_row(published: list[OpChanges]) -> None:
    partner = _partner()
    before = _dump()
    organisations.delete_organisation(partner.id)
    assert operations.undo_label() == "Löschen von Partner Caritas"
    undone = operations.undo()
    assert undone.label == "Rückgängig: Löschen von Partner Caritas"
    assert _dump() == before
    assert operations.redo_label() == "Löschen von Partner Caritas"
    operations.redo()
    assert Organisation.select().count() == 0
    details = [row.detail for row in AuditLog.select().where(AuditLog.action.in_(["undo", "redo"]))]
    assert details == [
        "Rückgängig: Löschen von Partner Caritas",
        "Wiederholt: Löschen von Partner Caritas",
    ]


def test_undo_of_a_merge_brings_both_people_back(published: list[OpChanges]) -> None:
    partner = _partner()
    keep = _person("Jörg", "Schäfer", partner.id, "joerg@example.org")
    drop = _person("Jörg", "Schaefer", partner.id)
    event = events.create_event(
        events.EventData(
            title="Netzwerktreffen",
            kind="netzwerktreffen",
            start=events.dt.datetime(2026, 12, 1, 10),
            end=events.dt.datetime(2026, 12, 1, 12),
        )
    )
    parts.add_participant(event.id, drop)
    before = _dump()
    merge.merge_contacts(keep, drop)
    assert operations.undo_label() == "Zusammenführen von Jörg Schäfer"
    operations.undo()
    assert _dump() == before
    operations.redo()
    assert Contact.get_or_none(Contact.id == drop) is None


def test_undo_of_attendance(published: list[OpChanges]) -> None:
    person = _person("Anna", "Müller")
    event = events.create_event(
        events.EventData(
            title="Netzwerktreffen",
            kind="netzwerktreffen",
            start=events.dt.datetime(2026, 11, 1, 10),
            end=events.dt.datetime(2026, 11, 1, 12),
        )
    )
    before = _dump()
    parts.record_attendance(event.id, person, "attended")
    assert operations.undo_label() == "Anwesenheit für Netzwerktreffen"
    operations.undo()
    assert _dump() == before
    operations.redo()
    assert parts.list_participants(event.id)[0].status == "attended"


def _csv(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "liste.csv"
    lines = ["Vorname;Nachname;E-Mail"]
    lines += [f"Vor{i};Nach{i};p{i}@example.org" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_in_a_worker_thread_is_undone_by_another(
    published: list[OpChanges], tmp_path: Path
) -> None:
    path = _csv(tmp_path, 40)
    before = _dump()

    def work() -> None:
        run_import(ImportPlan.from_file(path, "contacts"), commit=True)
        database.close()  # the worker's connection (and its TEMP log) is gone

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert Contact.select().count() == 40
    assert operations.undo_label() == "Import von 40 Ansprechpersonen"
    operations.undo()
    assert _dump() == before
    operations.redo()
    assert Contact.select().count() == 40


def test_a_preview_is_not_an_operation(published: list[OpChanges], tmp_path: Path) -> None:
    run_import(ImportPlan.from_file(_csv(tmp_path, 3), "contacts"), commit=False)
    assert operations.undo_label() is None
    assert published == []


def test_a_new_operation_clears_redo(published: list[OpChanges]) -> None:
    _partner()
    operations.undo()
    assert operations.redo_label() == "Anlegen von Partner Caritas"
    _partner("Diakonie")
    assert operations.redo_label() is None


def test_nothing_to_undo_is_said_in_german(published: list[OpChanges]) -> None:
    with pytest.raises(AktifError, match="nichts rückgängig"):
        operations.undo()
    with pytest.raises(AktifError, match="nichts zu wiederholen"):
        operations.redo()


def test_steps_of_another_database_are_not_offered(
    published: list[OpChanges], tmp_path: Path
) -> None:
    from aktif_desktop.storage.db import open_database

    _partner()
    open_database(tmp_path / "other.db")
    assert operations.undo_label() is None


def test_undo_refused_after_another_process_changed_the_row(
    published: list[OpChanges], db: Path
) -> None:
    person = _person("Anna", "Müller")
    contacts.update_contact(person, ContactData(first_name="Anna", last_name="Meier"))
    other_program.run_sql(
        db,
        "UPDATE contact SET email = 'neu@example.org', version = version + 1 WHERE id = ?",
        (person,),
    )
    before = _dump()
    with pytest.raises(UndoConflictError) as refused:
        operations.undo()
    assert "Speichern von Ansprechperson Anna Müller" in refused.value.message
    assert "email" in refused.value.message
    assert "nichts verändert" in refused.value.message
    assert _dump() == before
    assert contacts.get_contact(person).email == "neu@example.org"
    assert operations.undo_label() == "Speichern von Ansprechperson Anna Müller"


def test_undo_refused_after_the_row_was_deleted_elsewhere(
    published: list[OpChanges], db: Path
) -> None:
    partner = _partner()
    organisations.update_organisation(partner.id, OrganisationData(name="Caritas e. V."))
    other_program.run_sql(db, "DELETE FROM organisation WHERE id = ?", (partner.id,))
    with pytest.raises(UndoConflictError, match="seitdem gelöscht"):
        operations.undo()


def _other_program(db: Path, code: str) -> None:
    """Another program writes through the services (its own process and connection)."""
    script = (
        "import sys\n"
        "from aktif_desktop.storage.db import open_database\n"
        "from aktif_desktop.services import contacts, organisations\n"
        "open_database(sys.argv[1])\n" + code
    )
    subprocess.run([sys.executable, "-c", script, str(db)], check=True)


def test_undo_refused_when_another_program_now_refers_to_the_record(
    published: list[OpChanges], db: Path
) -> None:
    partner = _partner()
    _other_program(
        db,
        "contacts.create_contact(contacts.ContactData("
        f"last_name='Fremd', organisation_id={partner.id}))",
    )
    before = _dump()
    with pytest.raises(UndoConflictError, match="beziehen sich andere Einträge"):
        operations.undo()
    assert _dump() == before
    assert not database.in_transaction()
    _partner("Danach")  # the connection is usable and records again
    assert operations.undo_label() == "Anlegen von Partner Danach"


def test_undo_of_a_delete_refused_when_the_name_was_taken_meanwhile(
    published: list[OpChanges], db: Path
) -> None:
    partner = _partner()
    organisations.delete_organisation(partner.id)
    _other_program(
        db, "organisations.create_organisation(organisations.OrganisationData(name='Caritas'))"
    )
    with pytest.raises(UndoConflictError):
        operations.undo()
    assert [o.name for o in organisations.list_organisations()] == ["Caritas"]


_HOLD_SQLITE = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN IMMEDIATE')\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "c.execute('ROLLBACK')\n"
)
# On a server another manager holds the rows the undo would change.
_HOLD_POSTGRES = (
    "import psycopg, sys\n"
    "c = psycopg.connect(sys.argv[1])\n"
    "c.execute('SELECT * FROM organisation FOR UPDATE')\n"
    "print('ready', flush=True)\n"
    "sys.stdin.readline()\n"
    "c.rollback()\n"
)


def test_undo_while_another_program_writes_says_so(published: list[OpChanges], db: Path) -> None:
    _partner()
    server = other_program.is_server(db)
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD_POSTGRES if server else _HOLD_SQLITE, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    short, normal = (
        ("SET lock_timeout = '50ms'", "SET lock_timeout = '10s'")
        if server
        else ("PRAGMA busy_timeout = 50", "PRAGMA busy_timeout = 10000")
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        database.execute_sql(short)
        with pytest.raises(AktifError, match="anderes Programm|Jemand anderes"):
            operations.undo()
    finally:
        holder.communicate("\n")
        database.execute_sql(normal)
    operations.undo()
    assert Organisation.select().count() == 0


def test_a_table_added_later_is_recorded_too(published: list[OpChanges], db: Path) -> None:
    _partner()  # the triggers exist on this connection now
    database.execute_sql(
        f'CREATE TABLE "home_visit_log" ({other_program.auto_id(db)}, "title" TEXT NOT NULL)'
    )

    @operation(label="Fall anlegen")
    def create_case() -> None:
        database.execute_sql("INSERT INTO home_visit_log (title) VALUES ('Fall 1')")

    create_case()
    assert published[-1].rows == {"home_visit_log": {1}}
    operations.undo()
    assert database.execute_sql("SELECT count(*) FROM home_visit_log").fetchone()[0] == 0


def test_a_write_that_cannot_be_undone_drops_the_steps_it_overwrote(
    published: list[OpChanges],
) -> None:
    from aktif_desktop.services.common import transactional

    person = _person("Anna", "Müller")
    _partner()

    @transactional
    def anonymise() -> None:  # like a deletion run: not undoable
        Contact.update(last_name="Gelöscht").where(Contact.id == person).execute()

    anonymise()
    assert published[-1].label == "" and published[-1].rows == {"contact": {person}}
    assert operations.undo_label() == "Anlegen von Partner Caritas"  # did not touch her
    operations.undo()
    assert operations.undo_label() is None  # creating Anna can no longer be undone


def test_a_failing_listener_does_not_fail_the_committed_operation(
    published: list[OpChanges], caplog: pytest.LogCaptureFixture
) -> None:
    def broken(_changes: OpChanges) -> None:
        raise RuntimeError("listener bug")

    unsubscribe = changes.subscribe(broken)
    try:
        partner = _partner()
    finally:
        unsubscribe()
    assert organisations.get_organisation(partner.id).name == "Caritas"
    assert "listener" in caplog.text


def test_undo_waits_for_a_running_worker_operation(published: list[OpChanges]) -> None:
    _partner()
    started, release = threading.Event(), threading.Event()
    failures: list[BaseException] = []

    @operation(label="Lange Arbeit")
    def long_work() -> None:
        started.set()
        release.wait()

    def work() -> None:
        try:
            long_work()
        except BaseException as error:  # noqa: BLE001 - reported to the test below
            failures.append(error)
        finally:
            database.close()

    worker = threading.Thread(target=work)
    worker.start()
    started.wait()
    try:
        with pytest.raises(AktifError, match="noch eine Änderung läuft"):
            operations.undo()
    finally:
        release.set()
        worker.join()
    assert failures == []
    assert operations.undo_label() == "Anlegen von Partner Caritas"  # long work wrote nothing
    operations.undo()
