"""The import wizard with real widgets: file → mapping → preview → confirm → summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from aktif_desktop.services import contacts
from ui import import_preview
from ui.import_wizard import ImportWizard, column_letter

FIXTURE = Path(__file__).parents[1] / "fixtures" / "import" / "kontakte.xlsx"


def open_wizard(qtbot: QtBot, background: bool = False) -> ImportWizard:
    wizard = ImportWizard("contacts")
    wizard.background = background
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]


def test_walk_through_with_error_rows_skipped(qtbot: QtBot, demo_db: Path) -> None:
    before = len(contacts.list_contacts())
    wizard = open_wizard(qtbot)
    wizard.file_page.set_file(FIXTURE)
    assert [wizard.file_page.sheet.itemText(i) for i in range(2)] == ["Deckblatt", "Kontakte"]
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.header_row.value() == 3  # below the title row
    assert page.mapping() == {
        1: "salutation",
        2: "first_name",
        3: "last_name",
        4: "email",
        5: "phone",
        6: "organisation",
        7: "verified_at",
    }
    wizard.next()
    preview = wizard.preview
    assert [preview.model.index(r, 2).data() for r in range(preview.model.rowCount())] == [
        "neu",
        "neu",
        "neu",
        "mögliche Dublette von Zeile 4 (Anna Müller)",
        "Fehler: „dieter(at)example“ ist keine gültige E-Mail-Adresse. Bitte prüfen Sie die "
        "Schreibweise (Beispiel: name@beispiel.de).",
        "Fehler: „31.02.2024“ ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein.",
    ]
    preview.only_problems.setChecked(True)
    assert preview.model.rowCount() == 3  # the duplicate and the two errors
    preview.only_problems.setChecked(False)
    assert not preview.isComplete()  # errors must be skipped or fixed first
    assert len(contacts.list_contacts()) == before  # the preview wrote nothing
    preview.skip_errors.setChecked(True)
    # Issue 16 item 13: the possible duplicate needs a decision before the import.
    assert not preview.isComplete()
    preview.decide(8, "skip")
    assert preview.isComplete()
    wizard.next()
    assert "3 neu" in wizard.confirm.text.text()
    assert "Zeile 8 (Anna Mueller): wird übersprungen" in wizard.confirm.text.text()
    wizard.next()
    assert wizard.currentPage() is wizard.summary
    assert wizard.summary.text.text().startswith("Gespeichert: 3 neu")
    assert len(contacts.list_contacts()) == before + 3


def test_fix_a_row_in_the_preview(
    qtbot: QtBot, db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot)
    wizard.file_page.set_file(FIXTURE)
    wizard.next()
    wizard.next()
    preview = wizard.preview
    plan = wizard.plan
    assert plan is not None
    plan.fixes[9] = {"email": "dieter@example.de"}
    plan.skip_rows.add(11)
    plan.duplicate_choices[8] = "skip"  # a possible duplicate needs a decision (issue 16)
    preview.refresh()
    texts = [preview.model.index(r, 2).data() for r in range(preview.model.rowCount())]
    assert texts[4:] == ["neu", "übersprungen"]
    assert preview.isComplete()
    report = tmp_path / "bericht.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(report), ""))
    preview.save_report()
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert rows[0] == ("Zeile", "Name", "Status", "Änderungen / Hinweise")
    assert len(rows) == 7


@pytest.mark.parametrize("target", ["the imported file", "the open database"])
def test_the_report_never_replaces_the_imported_file_or_the_database(
    qtbot: QtBot, db: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, target: str
) -> None:
    source = tmp_path / "kontakte.xlsx"
    source.write_bytes(FIXTURE.read_bytes())
    wizard = open_wizard(qtbot)
    wizard.file_page.set_file(source)
    wizard.next()
    wizard.next()
    chosen = source if target == "the imported file" else db
    before = chosen.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    monkeypatch.setattr(
        import_preview, "show_error", lambda parent, title, text: shown.append(text)
    )
    wizard.preview.save_report()
    assert chosen.read_bytes() == before
    assert len(shown) == 1 and "Fehler" not in shown[0][:6]
    assert any(word in shown[0] for word in ("importiert", "Datenbank"))


def test_background_preview_and_commit(qtbot: QtBot, db: Path) -> None:
    committed = []
    wizard = open_wizard(qtbot, background=True)
    wizard.on_committed = committed.append
    wizard.file_page.set_file(FIXTURE)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.result is not None)
    wizard.preview.skip_errors.setChecked(True)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary)
    assert committed[0].summary()["created"] == 3
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_unknown_file_shows_german_error(qtbot: QtBot, db: Path, tmp_path: Path) -> None:
    wizard = open_wizard(qtbot)
    wizard.file_page.set_file(tmp_path / "fehlt.xlsx")
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "wurde nicht gefunden" in wizard.file_page.error.text()


def test_fix_dialog_edits_the_mapped_values(qtbot: QtBot, db: Path) -> None:
    from ui.import_preview import FixDialog

    wizard = open_wizard(qtbot)
    wizard.file_page.set_file(FIXTURE)
    wizard.next()
    wizard.next()
    assert wizard.plan is not None
    dialog = FixDialog(wizard.plan, 11, wizard)
    qtbot.addWidget(dialog)
    assert dialog.edits["verified_at"].text() == "31.02.2024"
    assert dialog.edits["last_name"].text() == "Straße"
    dialog.edits["verified_at"].setText("28.02.2024")
    assert dialog.values() == {"verified_at": "28.02.2024"}  # only what was changed


def test_participants_need_an_event_and_use_it(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    from aktif_desktop.services import events, participations

    event = next(e for e in events.list_events() if e.status in ("planned", "invited"))
    path = tmp_path / "anmeldungen.csv"
    path.write_text("Name;E-Mail\nZoe Neumann;zoe@example.de\n", encoding="utf-8")
    wizard = ImportWizard("participants")
    wizard.background = False
    wizard.file_page.preferred_event = event.id
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_file(path)
    assert wizard.file_page.event_combo.currentData() == event.id
    assert not wizard.file_page.sheet.isEnabled()  # CSV has no sheets
    wizard.next()
    wizard.next()
    assert wizard.preview.model.index(0, 2).data() == "neu"
    wizard.next()
    wizard.next()
    names = [p.full_name for p in participations.list_participants(event.id)]
    assert "Zoe Neumann" in names
