"""The contact import's batch path does exactly what the per-row service path did.

Each test runs the same file twice on the same database: once with the batch path (new
contacts checked in memory, written with one executemany) and once with
``ContactHandler.batch = False``, which is the old path (every row through
``contacts.create_contact`` in its own savepoint). Both runs happen inside an outer
transaction that is rolled back afterwards, so they start from the same records. The row
outcomes (status, German message, ids, changes, notes) and the stored contacts, partners and
audit entries must be the same. On PostgreSQL the ids of new records come from sequences,
which a rolled-back transaction does not rewind, so there new ids are compared by their order
(the first new contact of each run, the second, …).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from aktif_desktop.imports.contact_handler import ContactHandler
from aktif_desktop.imports.engine import NEW, ImportPlan, run_import
from aktif_desktop.record_keys import KEY_HEADER, make_key
from aktif_desktop.services import contacts, organisations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.organisations import OrganisationData
from aktif_desktop.storage.db import is_server
from aktif_desktop.storage.models import Contact, Organisation, database

FIXTURES = Path(__file__).parent.parent / "fixtures" / "import"
TIMESTAMPS = {"created_at", "updated_at", "at"}


def _table(sql: str) -> list[dict[str, Any]]:
    cursor = database.execute_sql(sql)
    names = [column[0] for column in cursor.description]
    return [
        {k: v for k, v in zip(names, row, strict=True) if k not in TIMESTAMPS}
        for row in cursor.fetchall()
    ]


def _stored() -> dict[str, list[dict[str, Any]]]:
    return {
        "contact": _table("SELECT * FROM contact ORDER BY id"),
        "organisation": _table("SELECT * FROM organisation ORDER BY id"),
        "legal_areas": _table("SELECT * FROM organisation_legal_area ORDER BY id"),
        "audit": _table("SELECT action, table_name, row_id, detail FROM audit_log ORDER BY id"),
    }


def _renumbered(
    rows: list[dict[str, Any]], stored: dict[str, list[dict[str, Any]]], first: dict[str, int]
) -> None:
    """Replace the ids of records new in this run by their order (see the module docstring)."""
    maps: dict[str, dict[int, str]] = {}
    for table, key in (("contact", "contact"), ("organisation", "organisation")):
        ids = {r["id"] for r in stored[key]}
        if table == "contact":  # a preview reports ids it did not keep
            ids |= {r["record_id"] for r in rows if isinstance(r["record_id"], int)}
        new = sorted(number for number in ids if number > first[table])
        maps[table] = {number: f"new {table} {rank}" for rank, number in enumerate(new)}

    def swap(table: str, value: Any) -> Any:
        return maps[table].get(value, value)

    for row in rows:
        row["record_id"] = swap("contact", row["record_id"])
    for record in stored["contact"]:
        record["id"] = swap("contact", record["id"])
        record["organisation_id"] = swap("organisation", record["organisation_id"])
    for record in stored["organisation"]:
        record["id"] = swap("organisation", record["id"])
    for record in stored["legal_areas"]:
        record["organisation_id"] = swap("organisation", record["organisation_id"])
        record.pop("id")
    for record in stored["audit"]:
        if record["table_name"] in maps:
            record["row_id"] = swap(record["table_name"], record["row_id"])
        elif record["table_name"] == "organisation_legal_area":
            record["row_id"] = None


def _run(
    path: Path, *, batch: bool, commit: bool, skip_errors: bool
) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """Import ``path`` with one path or the other and undo it; return outcomes and tables."""
    old = ContactHandler.batch
    ContactHandler.batch = batch
    first = {
        "contact": int(Contact.select(Contact.id).order_by(Contact.id.desc()).scalar() or 0),
        "organisation": int(
            Organisation.select(Organisation.id).order_by(Organisation.id.desc()).scalar() or 0
        ),
    }
    try:
        with database.atomic() as outer:
            plan = ImportPlan.from_file(path, "contacts")
            result = run_import(plan, commit=commit, skip_errors=skip_errors)
            stored = _stored()
            outer.rollback()
    finally:
        ContactHandler.batch = old
    rows = [
        {**dataclasses.asdict(row), "status_text": row.status_text, "text": row.changes_text}
        for row in result.rows
    ]
    if is_server():
        _renumbered(rows, stored, first)
    return rows, {**result.summary(), "missing": result.missing}, stored


def assert_same_as_service_path(path: Path, *, commit: bool, skip_errors: bool) -> list[Any]:
    batch = _run(path, batch=True, commit=commit, skip_errors=skip_errors)
    service = _run(path, batch=False, commit=commit, skip_errors=skip_errors)
    assert batch[0] == service[0]  # every row: status, German message, id, changes, notes
    assert batch[1] == service[1]
    assert batch[2] == service[2]  # contacts, partners, audit trail
    return batch[0]


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


@pytest.mark.parametrize("name", ["kontakte.xlsx", "kontakte.xls", "kontakte.ods"])
@pytest.mark.parametrize(("commit", "skip_errors"), [(False, False), (True, True), (True, False)])
def test_messy_fixture_gives_the_same_rows_and_records(
    demo_db: Path, name: str, commit: bool, skip_errors: bool
) -> None:
    rows = assert_same_as_service_path(FIXTURES / name, commit=commit, skip_errors=skip_errors)
    assert any(row["status"] == NEW for row in rows)
    assert any(row["status"] == "error" for row in rows)


@pytest.fixture
def tricky_file(tmp_path: Path, db: Path) -> Path:
    """Every case the batch hands to the services, next to plain new rows."""
    partner = organisations.create_organisation(OrganisationData(name="Jugendamt Musterstadt"))
    anna = contacts.create_contact(
        ContactData(
            first_name="Anna",
            last_name="Müller",
            organisation_id=partner.id,
            email="anna.mueller@example.de",
        )
    )
    first = contacts.create_contact(ContactData(last_name="Alt", email="doppelt@example.de"))
    second = contacts.create_contact(ContactData(last_name="Älter", email="x@example.de"))
    # Old data may hold an address twice; the matching index keeps only the first holder,
    # and forgets the address when a keyed row gives that holder another one.
    Contact.update(email="doppelt@example.de").where(Contact.id == second.id).execute()
    header = ["Vorname", "Nachname", "E-Mail", "Telefon", "Einrichtung", "PLZ", "Einwilligung"]
    rows: list[list[object]] = [
        [*header, KEY_HEADER],
        ["", "Alt", "neu@example.de", "", "", "", "", make_key("contact", first.id)],
        ["Ben", "Neu", "ben@example.de", "0351 1", "Jugendamt Musterstadt", "", "ja"],
        ["Cem", "Neu", "CEM@Example.de ", "", "Neuer Träger", "01067", ""],
        ["Dana", "Neu", "dana@example.de", "", "Neuer Träger", "", "nein"],
        # A new partner whose contact is refused: the partner is undone with the row …
        ["Eva", "Falsch", "eva(at)example", "", "Zweiter Träger", "", ""],
        # … and a later row naming it gets the service's message, as before.
        ["Fritz", "Später", "fritz@example.de", "", "Zweiter Träger", "", ""],
        ["Gabi", "Ungültig", "", "Telefon: keins", "", "", ""],
        ["Hans", "Post", "", "", "Dritter Träger", "123", ""],
        ["Ben", "Neu", "ben@example.de", "", "Jugendamt Musterstadt", "", ""],
        ["anna", "MÜLLER", "anna.mueller@example.de", "0351 999", "Jugendamt Musterstadt"],
        ["Anna", "Müller", "andere@example.de", "", "Jugendamt Musterstadt", "", ""],
        ["Ida", "Doppelt", "doppelt@example.de", "", "", "", ""],
        ["Jan", "Lang", "", "0" * 40, "", "", ""],
        ["", "", "", "0351 2", "Jugendamt Musterstadt", "", ""],
        ["Kai", "Neu", "kai@example.de", "", "", "", "vielleicht"],
        ["Lea", "Neu", "lea@example.de", "", "jugendamt musterstadt", "", ""],
    ]
    key_rows = [[KEY_HEADER, "Vorname", "Nachname"], [make_key("contact", anna.id), "Anna", "M."]]
    write_xlsx(tmp_path / "keys.xlsx", key_rows)
    return write_xlsx(tmp_path / "tricky.xlsx", rows)


@pytest.mark.parametrize(("commit", "skip_errors"), [(False, False), (True, True), (False, True)])
def test_tricky_rows_give_the_same_rows_and_records(
    tricky_file: Path, commit: bool, skip_errors: bool
) -> None:
    rows = assert_same_as_service_path(tricky_file, commit=commit, skip_errors=skip_errors)
    by_name: dict[str, dict[str, Any]] = {}
    for row in rows:
        by_name.setdefault(row["name"], row)
    assert by_name["Ben Neu"]["status"] == NEW
    assert "Partner „Neuer Träger“ wird neu angelegt" in by_name["Cem Neu"]["notes"]
    assert by_name["Eva Falsch"]["status"] == "error"
    assert by_name["Ida Doppelt"]["status"] == "error"
    assert "doppelt@example.de" in by_name["Ida Doppelt"]["detail"]
    assert by_name["Lea Neu"]["status"] == NEW


def test_key_file_gives_the_same_rows_and_records(tricky_file: Path) -> None:
    keys = tricky_file.parent / "keys.xlsx"
    rows = assert_same_as_service_path(keys, commit=True, skip_errors=True)
    assert rows[0]["status"] == "updated"


def test_new_contacts_are_stored_under_the_reported_ids(tricky_file: Path) -> None:
    result = run_import(
        ImportPlan.from_file(tricky_file, "contacts"), commit=True, skip_errors=True
    )
    assert result.committed
    for row in result.rows:
        if row.status == NEW:
            stored = contacts.get_contact(row.record_id or 0)
            assert f"{stored.first_name} {stored.last_name}" == row.name
    ben = contacts.find_by_email("ben@example.de")
    assert ben is not None and ben.phone == "0351 1" and ben.consent_share
    assert ben.organisation_name == "Jugendamt Musterstadt" and ben.consent_recorded_by


def test_refused_import_writes_no_batched_row(tricky_file: Path) -> None:
    before = len(contacts.list_contacts())
    result = run_import(ImportPlan.from_file(tricky_file, "contacts"), commit=True)
    assert result.refused and not result.committed
    assert len(contacts.list_contacts()) == before
    assert contacts.find_by_email("ben@example.de") is None
