"""person-report (Art. 15/20 DSGVO): everything about one person, found from the schema,
and nothing about anyone else."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import openpyxl
import pytest

from aktif_desktop.cli import main
from aktif_desktop.errors import NotFoundError
from aktif_desktop.exports import person_document
from aktif_desktop.files import reports
from aktif_desktop.services import (
    audit,
    certificates,
    conferences,
    contacts,
    events,
    offers,
    participations,
    person_report,
)
from aktif_desktop.storage.models import Contact, Participation, database


@pytest.fixture
def person(demo_db: Path) -> int:
    """A demo contact with participations, a certificate and an offer she answers for."""
    attended = Participation.select().where(Participation.status == "attended").first()
    certificates.issue_for_participation(attended.id)
    contact = contacts.get_contact(attended.contact_id)
    offers.create_service(
        offers.ServiceData(
            organisation_id=contact.organisation_id, name="Sprechstunde", contact_id=contact.id
        )
    )
    return contact.id


def _other_people(contact_id: int) -> list[Contact]:
    return list(Contact.select().where(Contact.id != contact_id))


def _schema_reachable_tables() -> set[str]:
    """Tables with a foreign-key path to contact (computed from the schema, not the data)."""
    reached, changed = {"contact"}, True
    while changed:
        changed = False
        for table in database.get_tables():
            targets = {key.dest_table for key in database.get_foreign_keys(table)}
            if table not in reached and targets & reached:
                reached.add(table)
                changed = True
    return reached


def test_every_table_is_either_in_the_report_or_declared_without_personal_data(
    db: Path,
) -> None:
    tables = set(database.get_tables())
    reachable = _schema_reachable_tables()
    declared = set(person_report.NOT_PERSONAL)
    assert declared <= tables, "NOT_PERSONAL names tables that no longer exist"
    assert not declared & reachable, "a table with a path to contact is declared impersonal"
    forgotten = tables - reachable - declared
    assert not forgotten, f"decide whether these tables hold personal data: {forgotten}"


def test_the_report_holds_all_her_rows_in_every_reachable_table(person: int) -> None:
    report = person_report.build_report(person)
    contact = report.section("contact")
    assert contact is not None and contact.rows[0]["id"] == person
    # Every column of the contact table, including ones added by later migrations.
    assert {c.name for c in database.get_columns("contact")} <= set(contact.columns)
    mine = {p.id for p in Participation.select().where(Participation.contact == person)}
    assert {row["id"] for row in report.section("participation").rows} == mine
    certificate = report.section("certificate")
    assert certificate is not None and certificate.rows[0]["number"].startswith("TB-")
    assert [row["name"] for row in report.section("service").rows] == ["Sprechstunde"]
    # References outside her rows show a name, not the record.
    assert all(row["event_id (Veranstaltung)"] for row in report.section("participation").rows)
    assert contact.rows[0]["organisation_id (Partner)"]


def test_the_audit_entries_of_her_rows_are_included(person: int) -> None:
    report = person_report.build_report(person)
    entries = report.section("audit_log").rows
    assert {"contact", "participation", "certificate", "service"} <= {
        e["table_name"] for e in entries
    }
    mine = {p.id for p in Participation.select().where(Participation.contact == person)}
    for entry in entries:
        if entry["table_name"] == "participation":
            assert entry["row_id"] in mine
        if entry["table_name"] == "contact":
            assert entry["row_id"] == person


def test_no_other_persons_data_is_in_the_report(person: int, tmp_path: Path) -> None:
    me = contacts.get_contact(person)
    report = reports.write_person_report(person, tmp_path / "auskunft.xlsx")
    as_json = json.dumps(report.as_dict(), default=str, ensure_ascii=False)
    workbook = openpyxl.load_workbook(tmp_path / "auskunft.xlsx")
    cells = "\n".join(
        str(value)
        for sheet in workbook
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    )
    others = _other_people(person)
    assert len(others) > 50
    for other in others:
        for text in (as_json, cells):
            if other.email:
                assert other.email not in text
            if other.mobile:
                assert other.mobile not in text
            if (other.first_name, other.last_name) != (me.first_name, me.last_name):
                assert f"{other.first_name} {other.last_name}" not in text
    assert me.email in as_json and me.email in cells


def test_a_table_added_later_is_found_without_code_changes(person: int) -> None:
    database.execute_sql(
        'CREATE TABLE "contact_document" ("id" INTEGER PRIMARY KEY, '
        '"contact_id" INTEGER NOT NULL REFERENCES "contact" ("id"), "title" TEXT)'
    )
    database.execute_sql(
        'CREATE TABLE "document_page" ("id" INTEGER PRIMARY KEY, '
        '"document_id" INTEGER NOT NULL REFERENCES "contact_document" ("id"), "text" TEXT)'
    )
    other = _other_people(person)[0].id
    database.execute_sql(
        "INSERT INTO contact_document (id, contact_id, title) VALUES (1, ?, 'Lebenslauf'), "
        "(2, ?, 'Fremder Lebenslauf')",
        (person, other),
    )
    database.execute_sql(
        "INSERT INTO document_page (id, document_id, text)"
        " VALUES (1, 1, 'Seite 1'), (2, 2, 'Fremd')"
    )
    report = person_report.build_report(person)
    assert [r["title"] for r in report.section("contact_document").rows] == ["Lebenslauf"]
    assert [r["text"] for r in report.section("document_page").rows] == ["Seite 1"]


def test_mentions_in_free_text_are_listed_by_place_only(person: int) -> None:
    me = contacts.get_contact(person)
    conference = next(e for e in events.list_events() if e.kind == "structure_conference")
    agreement = conferences.create_agreement(
        conference.id,
        conferences.AgreementData(
            who=f"{me.first_name} {me.last_name.upper()}", what="Geheimer Inhalt des Protokolls"
        ),
    )
    report = person_report.build_report(person)
    assert any(
        (m.table, m.row_id, m.column) == ("agreement", agreement.id, "who") for m in report.mentions
    )
    assert "Geheimer Inhalt" not in json.dumps(report.as_dict(), default=str)


def test_the_report_itself_is_logged_as_a_disclosure(person: int, tmp_path: Path) -> None:
    reports.write_person_report(person, tmp_path / "auskunft.xlsx")
    latest = audit.list_disclosures()[0]
    assert latest.kind == person_report.DISCLOSURE_KIND
    # Logged under the record number, never a file name that could hold her name (issue 12.10).
    assert latest.file_name == f"Auskunft Ansprechperson Nr. {person}.xlsx"
    assert latest.path == str(tmp_path.resolve()) and latest.row_count > 0  # the folder only
    # Another person's report does not show up in the next one (its file name may name her).
    report = person_report.build_report(person)
    assert report.section("disclosure_log").rows == []


def test_formula_like_names_are_written_as_text(db: Path, tmp_path: Path) -> None:
    evil = contacts.create_contact(
        contacts.ContactData(
            last_name='=HYPERLINK("http://x";"klick")', first_name="+1", function="@SUM(1)"
        )
    )
    path = person_document.write_xlsx(person_report.build_report(evil.id), tmp_path / "a.xlsx")
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    sheet = openpyxl.load_workbook(path)["Ansprechperson"]
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert '=HYPERLINK("http://x";"klick")' in values and "@SUM(1)" in values


def test_an_unknown_contact_is_refused_in_german(db: Path) -> None:
    with pytest.raises(NotFoundError, match="Nummer 4711 wurde nicht gefunden"):
        person_report.build_report(4711)


def test_the_command_line_writes_json_and_xlsx(
    person: int, demo_db: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_db)  # the file, or the server's URL
    assert main(["--db", db, "person-report", "--contact", str(person), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["person"]["contact_id"] == person
    assert {s["table"] for s in data["sections"]} >= {"contact", "participation", "audit_log"}
    target = tmp_path / "auskunft.xlsx"
    assert main(["--db", db, "person-report", "--contact", str(person), "--xlsx", str(target)]) == 0
    assert "Übersicht" in openpyxl.load_workbook(target).sheetnames
    assert main(["--db", db, "person-report", "--contact", "99999"]) == 1
    assert "wurde nicht gefunden" in capsys.readouterr().err


def test_participations_found_are_exactly_hers_after_status_changes(person: int) -> None:
    first = participations.list_participants(
        Participation.select().where(Participation.contact == person).first().event_id
    )
    assert any(row.contact_id == person for row in first)
    report = person_report.build_report(person)
    assert all(row["contact_id"] == person for row in report.section("participation").rows)


def test_the_document_speaks_german_for_the_person(person: int, tmp_path: Path) -> None:
    from pypdf import PdfReader

    xlsx = tmp_path / "auskunft.xlsx"
    pdf = tmp_path / "auskunft.pdf"
    reports.write_person_report(person, xlsx)
    reports.write_person_report(person, pdf)
    book = openpyxl.load_workbook(xlsx)
    assert book.properties.creator == "Familienverbund Lindenau"
    values = [
        str(cell.value) for sheet in book for row in sheet.iter_rows() for cell in row if cell.value
    ]
    text = " ".join(values)
    assert "teilgenommen" in text and "Ja" in text and "angelegt" in text
    for code in (" attended", "organisation_id", "consent_share", "(Partner)"):
        assert code not in f" {text}", code
    assert "True" not in values and "False" not in values
    assert not any(len(v) >= 10 and v[4] == "-" and v[:4].isdigit() for v in values)  # ISO
    for sheet in book:
        assert sheet.page_setup.orientation == "portrait" and int(sheet.page_setup.paperSize) == 9
    reader = PdfReader(pdf)
    assert reader.metadata.author == "Familienverbund Lindenau"
    pdf_text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Auskunft über gespeicherte Daten" in pdf_text and "teilgenommen" in pdf_text
    assert "attended" not in pdf_text
