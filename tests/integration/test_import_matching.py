"""Matching rows to existing records: updates, duplicates, partners, participants, round trip."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from aktif_desktop.domain import OrganisationKind, ParticipationStatus
from aktif_desktop.imports.engine import ImportPlan, run_import
from aktif_desktop.imports.report import save_report
from aktif_desktop.record_keys import KEY_HEADER, make_key
from aktif_desktop.services import contacts, events, organisations, participations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.organisations import OrganisationData
from aktif_desktop.storage.models import Event


def write_xlsx(path: Path, rows: list[list[object]], title: str | None = None) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    if title:
        sheet.append([title])
        sheet.append([])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def partner(db: Path) -> int:
    return organisations.create_organisation(OrganisationData(name="Jugendamt Musterstadt")).id


@pytest.fixture
def anna(partner: int) -> int:
    return contacts.create_contact(
        ContactData(
            first_name="Anna",
            last_name="Müller",
            organisation_id=partner,
            email="anna.mueller@example.de",
            phone="0351 111",
        )
    ).id


def test_same_email_updates_the_contact(tmp_path: Path, anna: int) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ["Vorname", "Nachname", "E-Mail", "Telefon", "Funktion"],
            ["Anna", "Müller", " ANNA.MUELLER@example.de", "", "Leitung"],
        ],
    )
    result = run_import(ImportPlan.from_file(path, "contacts"), commit=True)
    row = result.rows[0]
    assert (row.status_text, row.changes_text) == ("aktualisiert", "Funktion: – → Leitung")
    stored = contacts.get_contact(anna)
    assert (stored.function, stored.phone) == ("Leitung", "0351 111")  # empty cell keeps
    assert len(contacts.list_contacts()) == 1


def test_folded_name_at_same_partner_matches(tmp_path: Path, anna: int) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ["Name", "Einrichtung", "Mobil"],
            ["Anna MUELLER", "jugendamt  musterstadt", "0171 222"],
            ["Anna Mueller", "Jugendamt Musterstadt", ""],
        ],
    )
    result = run_import(ImportPlan.from_file(path, "contacts"), commit=True)
    assert [r.status_text for r in result.rows] == [
        "aktualisiert",
        "mögliche Dublette von Zeile 2 (Anna MUELLER)",
    ]
    assert contacts.get_contact(anna).mobile == "0171 222"
    assert len(contacts.list_contacts()) == 1


def test_same_name_other_email_is_a_possible_duplicate(tmp_path: Path, anna: int) -> None:
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [
            ["Vorname", "Nachname", "Einrichtung", "E-Mail"],
            ["Anna", "Müller", "Jugendamt Musterstadt", "a.mueller@privat.de"],
            ["Anna", "Müller", "Jobcenter", "anna@jobcenter.de"],
        ],
    )
    result = run_import(ImportPlan.from_file(path, "contacts"), commit=True)
    assert [r.status_text for r in result.rows] == ["mögliche Dublette von Anna Müller", "neu"]
    assert result.summary() == {
        "created": 1,
        "updated": 0,
        "duplicates": 1,
        "skipped": 0,
        "errors": [],
    }
    assert contacts.get_contact(anna).email == "anna.mueller@example.de"


def test_organisations_import_matches_folded_names(tmp_path: Path, partner: int) -> None:
    path = write_xlsx(
        tmp_path / "p.xlsx",
        [
            ["Träger", "Art", "PLZ", "Ort", "Rechtskreise"],
            ["JUGENDAMT Musterstadt", "Jugendamt", 1067, "Dresden", "SGB VIII"],
            ["Caritas Musterstadt e.V.", "Träger der freien Wohlfahrtspflege", "04109", "", ""],
            ["Caritas Musterstadt", "", "", "", ""],
            ["Verein X", "Verein", "", "", ""],
        ],
        title="Partnerliste 2024",
    )
    result = run_import(ImportPlan.from_file(path, "organisations"), commit=False)
    assert [r.status_text for r in result.rows] == [
        "aktualisiert",
        "neu",
        "mögliche Dublette von Caritas Musterstadt e.V.",
        "Fehler: „Verein“ ist kein gültiger Wert für „Art“. Bitte wählen Sie aus der Liste.",
    ]
    other = OrganisationKind.OTHER.label  # (shares its label entry with the role "other")
    assert result.rows[0].changes_text == (
        f"Art: {other} → Jugendamt; PLZ: – → 01067; Ort: – → Dresden; Rechtskreise: – → SGB VIII"
    )
    plan = ImportPlan.from_file(path, "organisations")
    plan.skip_rows = {7}
    run_import(plan, commit=True)
    stored = organisations.get_organisation(partner)
    assert (stored.name, stored.postcode, stored.legal_areas) == (
        "Jugendamt Musterstadt",
        "01067",
        ("SGB8",),
    )


def test_participants_csv_adds_registrations(tmp_path: Path, demo_db: Path) -> None:
    event = next(e for e in events.list_events() if e.status in ("planned", "invited"))
    known = contacts.list_contacts()[0]
    path = tmp_path / "anmeldungen.csv"
    path.write_text(
        "Teilnehmerliste;;\n"
        "Name;E-Mail;Einrichtung\n"
        f"{known.first_name} {known.last_name};{known.email.upper()};\n"
        "Zoe Neumann;zoe.neumann@example.de;Familienzentrum Neu\n"
        "Zoe Neumann;zoe.neumann@example.de;Familienzentrum Neu\n",
        encoding="utf-8-sig",
    )
    plan = ImportPlan.from_file(path, "participants", event_id=event.id)
    before = {p.contact_id for p in participations.list_participants(event.id)}
    result = run_import(plan, commit=True)
    texts = [r.status_text for r in result.rows]
    assert texts[1:] == ["neu", "mögliche Dublette von Zeile 4 (Zoe Neumann)"]
    listed = {p.contact_id: p for p in participations.list_participants(event.id)}
    zoe = contacts.list_contacts("Zoe Neumann")[0]
    assert zoe.organisation_name == "Familienzentrum Neu"
    assert listed[zoe.id].status in (
        ParticipationStatus.REGISTERED,
        ParticipationStatus.WAITLISTED,
    )
    assert known.id in listed
    assert texts[0] == ("neu" if known.id not in before else texts[0])


def test_contact_round_trip_by_key(tmp_path: Path, anna: int, partner: int) -> None:
    bernd = contacts.create_contact(ContactData(first_name="Bernd", last_name="Schulz")).id
    path = write_xlsx(
        tmp_path / "export.xlsx",
        [
            ["Vorname", "Nachname", "Organisation", "Telefon (direkt)", "E-Mail", KEY_HEADER],
            [
                "Anna",
                "Müller-Lang",
                "Jugendamt Musterstadt",
                "",
                "anna.mueller@example.de",
                make_key("contact", anna),
            ],
            ["Neu", "Person", "", "", "", ""],
        ],
        title="Ansprechpersonen",
    )
    result = run_import(ImportPlan.from_file(path, "contacts"), commit=True)
    assert [r.status_text for r in result.rows] == ["aktualisiert", "neu"]
    assert result.rows[0].changes_text == (
        "Nachname: Müller → Müller-Lang; Telefon (direkt): 0351 111 → –"
    )
    assert result.missing == [f"Bernd Schulz ({make_key('contact', bernd)})"]
    assert contacts.get_contact(bernd).last_name == "Schulz"  # reported, never deleted
    stored = contacts.get_contact(anna)
    assert (stored.last_name, stored.phone) == ("Müller-Lang", "")


def test_key_of_deleted_or_foreign_record_is_an_error(tmp_path: Path, anna: int) -> None:
    path = write_xlsx(
        tmp_path / "k.xlsx",
        [["Nachname", KEY_HEADER], ["Müller", "contact:999"], ["Müller", "organisation:1"]],
    )
    result = run_import(ImportPlan.from_file(path, "contacts"))
    assert [r.detail for r in result.rows] == [
        "Der Schlüssel „contact:999“ gehört zu keinem vorhandenen Eintrag (vielleicht "
        "inzwischen gelöscht). Bitte leeren Sie die Schlüsselzelle, um die Zeile neu anzulegen.",
        "Der Schlüssel „organisation:1“ passt nicht zu dieser Liste. Bitte importieren Sie die "
        "Datei als die Liste, aus der sie exportiert wurde.",
    ]


def test_round_trip_with_the_real_exporter(tmp_path: Path, demo_db: Path) -> None:
    lists = pytest.importorskip("aktif_desktop.exports.lists")
    path = tmp_path / "kontakte.xlsx"
    lists.export_contacts(path, include_without_consent=True)
    unchanged = run_import(ImportPlan.from_file(path, "contacts"))
    assert {r.status for r in unchanged.rows} == {"unchanged"}
    workbook = load_workbook(path)
    sheet = workbook.active
    header = next(
        row[0].row for row in sheet.iter_rows() if any(c.value == KEY_HEADER for c in row)
    )
    headers = [c.value for c in sheet[header]]
    phone = headers.index("Telefon (direkt)") + 1
    first = sheet.cell(row=header + 1, column=phone)
    first.value = "0351 999999"
    sheet.delete_rows(header + 2)
    workbook.save(path)
    result = run_import(ImportPlan.from_file(path, "contacts"), commit=True)
    assert result.count("updated") == 1
    assert len(result.missing) == 1
    assert "Telefon (direkt)" in result.rows[0].changes_text or any(
        "0351 999999" in r.changes_text for r in result.rows
    )


def test_mapping_is_remembered_per_source(tmp_path: Path, db: Path) -> None:
    path = write_xlsx(tmp_path / "m.xlsx", [["Wer", "Kontakt"], ["Müller", "a@b.de"]])
    plan = ImportPlan.from_file(path, "contacts")
    assert plan.mapping == {}  # neither header is known: the user maps by hand
    plan.mapping = {0: "last_name", 1: "email"}
    run_import(plan, commit=True)
    again = ImportPlan.from_file(path, "contacts")
    assert again.mapping == {0: "last_name", 1: "email"}


def test_error_report_lists_errors_first(tmp_path: Path, db: Path) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [["Nachname", "E-Mail"], ["Gut", "gut@example.de"], ["Schlecht", "@kaputt"]],
    )
    result = run_import(ImportPlan.from_file(path, "contacts"))
    report = save_report(result, tmp_path / "bericht.xlsx")
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert rows[0] == ("Zeile", "Name", "Status", "Änderungen / Hinweise")
    assert rows[1][:2] == (3, "Schlecht")
    assert rows[1][2].startswith("Fehler: „@kaputt“ ist keine gültige E-Mail-Adresse.")
    assert rows[2][:3] == (2, "Gut", "neu")


def test_attendance_column_updates_status_by_participation_key(
    tmp_path: Path, demo_db: Path
) -> None:
    event = next(e for e in events.list_events() if e.status in ("planned", "invited"))
    # Attendance counts only once the event has begun: this one began an hour ago.
    Event.update(start=dt.datetime.now() - dt.timedelta(hours=1)).where(
        Event.id == event.id
    ).execute()
    listed = participations.list_participants(event.id)
    registered = next(p for p in listed if p.status == ParticipationStatus.REGISTERED)
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        [
            ["Vorname", "Nachname", "Anwesend", KEY_HEADER],
            [
                registered.first_name,
                registered.last_name,
                "x",
                make_key("participation", registered.id),
            ],
        ],
        title="Teilnahmeliste",
    )
    plan = ImportPlan.from_file(path, "participants", event_id=event.id)
    result = run_import(plan, commit=True)
    row = result.rows[0]
    assert (row.status_text, row.changes_text) == (
        "aktualisiert",
        "Status: angemeldet → teilgenommen",
    )
    assert participations.get_participation(registered.id).status == ParticipationStatus.ATTENDED
    assert len(result.missing) == len(listed) - 1


def test_partner_round_trip_with_the_real_exporter(tmp_path: Path, demo_db: Path) -> None:
    lists = pytest.importorskip("aktif_desktop.exports.lists")
    path = tmp_path / "partner.xlsx"
    lists.export_partners(path)
    result = run_import(ImportPlan.from_file(path, "organisations"))
    assert {r.status for r in result.rows} == {"unchanged"}
    assert result.missing == []


def test_update_keeps_fields_the_file_does_not_have(tmp_path: Path, partner: int) -> None:
    anna = contacts.create_contact(
        ContactData(
            first_name="Anna",
            last_name="Müller",
            organisation_id=partner,
            email="anna@example.de",
            consent_lists=False,
            consent_share=True,
            notes="nur vormittags",
        )
    ).id
    path = write_xlsx(
        tmp_path / "a.xlsx",
        [["Nachname", "E-Mail", "Funktion"], ["Müller", "anna@example.de", "Leitung"]],
    )
    assert run_import(ImportPlan.from_file(path, "contacts"), commit=True).committed
    stored = contacts.get_contact(anna)
    assert (stored.function, stored.consent_lists, stored.consent_share, stored.notes) == (
        "Leitung",
        False,
        True,
        "nur vormittags",
    )
    assert stored.organisation_id == partner


def test_last_name_only_list_matches_by_name(tmp_path: Path, partner: int) -> None:
    schulz = contacts.create_contact(ContactData(last_name="Schulz", organisation_id=partner)).id
    path = write_xlsx(
        tmp_path / "n.xlsx",
        [["Nachname", "Einrichtung", "Telefon"], ["SCHULZ", "Jugendamt Musterstadt", "0351 5"]],
    )
    result = run_import(ImportPlan.from_file(path, "contacts"), commit=True)
    assert [r.status_text for r in result.rows] == ["aktualisiert"]
    assert result.rows[0].changes_text == "Telefon (direkt): – → 0351 5"
    assert (contacts.get_contact(schulz).phone, contacts.get_contact(schulz).last_name) == (
        "0351 5",
        "Schulz",
    )
    assert len(contacts.list_contacts()) == 1


def test_empty_kind_cell_keeps_the_default(tmp_path: Path, db: Path) -> None:
    path = write_xlsx(
        tmp_path / "o.xlsx", [["Name", "Art", "Rolle"], ["Kita Sonnenschein", "", " "]]
    )
    result = run_import(ImportPlan.from_file(path, "organisations"), commit=True)
    assert [r.status_text for r in result.rows] == ["neu"]
    stored = organisations.list_organisations()[0]
    assert (stored.kind, stored.role) == ("other", "other")
