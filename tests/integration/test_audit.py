"""The audit trail: every create, update, delete, import and export recorded with time and OS
user; the log cannot be changed; it holds no names."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import peewee
import pytest

from aktif_desktop.cli import main
from aktif_desktop.exports import lists
from aktif_desktop.services import audit, contacts, organisations
from aktif_desktop.services import settings as verbund_settings
from aktif_desktop.storage.db import is_server
from aktif_desktop.storage.migrations import AUDITED_TABLES
from aktif_desktop.storage.models import AuditLog, database


def trigger_names() -> set[str]:
    if is_server():
        sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
    else:
        sql = "SELECT name FROM sqlite_master WHERE type='trigger'"
    return {name for (name,) in database.execute_sql(sql)}


def db_user() -> str:
    return str(database.execute_sql("SELECT session_user").fetchone()[0])


def _entries(table: str, row_id: int | None = None) -> list[audit.AuditRow]:
    rows = [row for row in audit.list_audit() if row.table_name == table]
    return [row for row in rows if row_id is None or row.row_id == row_id][::-1]


def test_every_domain_table_has_a_trigger_for_each_change(db: Path) -> None:
    triggers = trigger_names()
    for table in AUDITED_TABLES:
        for action in ("create", "update", "delete"):
            assert f"audit_{table}_{action}" in triggers
    # Every table that carries personal or domain data is audited (new tables need a decision).
    unaudited = set(database.get_tables()) - set(AUDITED_TABLES) - {"aktif_schema"}
    assert unaudited <= {
        "legal_area",
        "organisation_legal_area",
        "service_legal_area",
        "event_legal_area",
        "family_case_release",  # a link table: its owner's update is recorded
        "supply_gap_legal_area",
        "audit_log",
        "disclosure_log",
        "audit_user",
        "database_info",
        "audit_chain",
    }, unaudited


def test_create_update_delete_are_recorded_with_time_and_os_user(db: Path) -> None:
    audit.register_session_user("anna.koordination")
    row = contacts.create_contact(contacts.ContactData(last_name="Müller", first_name="Jörg"))
    contacts.update_contact(row.id, row.data())
    contacts.delete_contact(row.id)
    entries = _entries("contact", row.id)
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert [e.action_label for e in entries] == ["angelegt", "geändert", "gelöscht"]
    # On a server the database user follows in brackets (staff may share one login).
    expected = f"anna.koordination ({db_user()})" if is_server() else "anna.koordination"
    assert {e.user for e in entries} == {expected}
    assert all(e.at.year >= 2024 for e in entries)
    assert entries[0].table_label == "Ansprechperson"


def test_the_session_user_is_the_os_user_by_default(db: Path) -> None:
    organisations.create_organisation(organisations.OrganisationData(name="Jugendamt"))
    expected = f"{audit.os_user()} ({db_user()})" if is_server() else audit.os_user()
    assert _entries("organisation")[0].user in {expected, audit.os_user()}


def test_the_log_holds_no_names(db: Path) -> None:
    row = contacts.create_contact(
        contacts.ContactData(last_name="Zyxwvu", first_name="Qwertz", email="qz@example.org")
    )
    contacts.delete_contact(row.id)
    dump = "\n".join(str(r) for r in AuditLog.select().tuples())
    for secret in ("Zyxwvu", "Qwertz", "qz@example.org"):
        assert secret not in dump


def test_a_settings_change_names_the_setting(db: Path) -> None:
    verbund_settings.save_settings(verbund_settings.Settings(verbund_name="Verbund Lindenau"))
    details = {e.detail for e in _entries("setting")}
    assert "verbund_name" in details


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET \"user\" = 'niemand'",
        "DELETE FROM audit_log",
        "UPDATE audit_log SET detail = '' WHERE id = 1",
    ],
)
def test_the_log_cannot_be_changed_through_the_app(db: Path, statement: str) -> None:
    organisations.create_organisation(organisations.OrganisationData(name="Jobcenter"))
    before = list(AuditLog.select().tuples())
    refused = pytest.raises(peewee.DatabaseError, match="Änderungsprotokoll kann nicht geändert")
    with refused, database.atomic():
        database.execute_sql(statement)
    assert list(AuditLog.select().tuples()) == before


def test_the_log_cannot_be_changed_by_another_program_either(db: Path) -> None:
    organisations.create_organisation(organisations.OrganisationData(name="Jobcenter"))
    database.close()
    if is_server():
        import psycopg

        with psycopg.connect(str(db), autocommit=True) as server:
            for statement in (
                "DELETE FROM audit_log",
                "TRUNCATE audit_log",
                "TRUNCATE audit_chain",
            ):
                with pytest.raises(psycopg.Error, match="kann nicht geändert"):
                    server.execute(statement)
            assert server.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
        return
    other = sqlite3.connect(db)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="kann nicht geändert"):
            other.execute("DELETE FROM audit_log")
        assert other.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0
    finally:
        other.close()


def test_an_export_of_personal_data_is_recorded(db: Path, tmp_path: Path) -> None:
    contacts.create_contact(contacts.ContactData(last_name="Weiß", consent_share=True))
    contacts.create_contact(contacts.ContactData(last_name="Ohne", consent_share=False))
    lists.export_contacts(tmp_path / "kontakte.xlsx")
    disclosure = audit.list_disclosures()[0]
    assert disclosure.row_count == 1
    assert disclosure.file_name.endswith("kontakte.xlsx")
    assert "Nachname" in disclosure.columns or "Name" in disclosure.columns
    assert disclosure.user == audit.os_user()
    export = next(e for e in audit.list_audit() if e.action == "export")
    assert export.action_label == "Export" and "1 Zeilen" in export.detail


def test_a_list_without_personal_data_is_not_a_disclosure(db: Path, tmp_path: Path) -> None:
    organisations.create_organisation(organisations.OrganisationData(name="Jugendamt"))
    lists.export_partners(tmp_path / "partner.xlsx")
    assert audit.list_disclosures() == []


def test_an_import_is_recorded_with_counts(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kontakte.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Nachname", "Vorname", "E-Mail"])
        writer.writerow(["Schulz", "Bernd", "bernd.schulz@example.org"])
        writer.writerow(["Weiß", "Carla", "carla.weiss@example.org"])
    status = main(["--db", str(db_path), "import", "contacts", str(source)])
    assert status == 0, capsys.readouterr().err
    from aktif_desktop.storage.db import close_database, open_database

    open_database(db_path)
    try:
        entries = audit.list_audit()
        imported = next(e for e in entries if e.action == "import")
        assert imported.action_label == "Import" and "2 neu" in imported.detail
        assert "Schulz" not in imported.detail
        assert len([e for e in entries if (e.action, e.table_name) == ("create", "contact")]) == 2
    finally:
        close_database()
