"""The import wizard's decisions: possible duplicates, duplicated headers, fixing a row.

Issue 16 item 13 and issue 12 items 9 and 12, with real widgets and real files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from aktif_desktop.imports.engine import CHOOSE_NEW, CHOOSE_UPDATE
from aktif_desktop.services import contacts, organisations
from ui.import_preview import DuplicateDialog, FixDialog
from ui.import_wizard import ImportWizard


def wizard_for(qtbot: QtBot, path: Path, kind: str = "contacts") -> ImportWizard:
    wizard = ImportWizard(kind)
    wizard.background = False
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_file(path)
    return wizard


@pytest.fixture
def anna(db: Path) -> contacts.ContactRow:
    org = organisations.create_organisation(organisations.OrganisationData(name="Jugendamt"))
    return contacts.create_contact(
        contacts.ContactData(
            organisation_id=org.id, first_name="Anna", last_name="Müller", email="anna@alt.de"
        )
    )


def same_name_file(tmp_path: Path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Vorname;Nachname;E-Mail;Einrichtung\nAnna;Müller;anna@neu.de;Jugendamt\n"
        "Bert;Bach;bert@example.de;Jugendamt\n",
        encoding="utf-8",
    )
    return path


def statuses(wizard: ImportWizard) -> list[str]:
    model = wizard.preview.model
    return [model.index(r, 2).data() for r in range(model.rowCount())]


def test_possible_duplicate_needs_a_decision_and_update_is_said(
    qtbot: QtBot, anna: contacts.ContactRow, tmp_path: Path
) -> None:
    wizard = wizard_for(qtbot, same_name_file(tmp_path))
    wizard.next()
    wizard.next()
    preview = wizard.preview
    assert statuses(wizard) == ["mögliche Dublette von Anna Müller", "neu"]
    assert not preview.isComplete()  # not silently dropped: the user must decide
    assert "Bitte entscheiden Sie" in preview.summary.text()
    row = preview.result.rows[0]  # type: ignore[union-attr]
    dialog = DuplicateDialog(row, "", wizard)
    qtbot.addWidget(dialog)
    assert all(button.isEnabled() for button in dialog.buttons.values())
    dialog.buttons[CHOOSE_UPDATE].setChecked(True)
    assert dialog.choice() == CHOOSE_UPDATE
    preview.decide(2, CHOOSE_UPDATE)
    assert statuses(wizard)[0] == "aktualisiert"
    assert preview.isComplete()
    wizard.next()
    text = wizard.confirm.text.text()
    assert "Zeile 2 (Anna Müller): der vorhandene Eintrag wird aktualisiert" in text
    wizard.next()
    assert contacts.get_contact(anna.id).email == "anna@neu.de"
    assert len(contacts.list_contacts()) == 2


def test_possible_duplicate_as_a_new_person(
    qtbot: QtBot, anna: contacts.ContactRow, tmp_path: Path
) -> None:
    wizard = wizard_for(qtbot, same_name_file(tmp_path))
    wizard.next()
    wizard.next()
    wizard.preview.decide(2, CHOOSE_NEW)
    assert statuses(wizard)[0] == "neu"
    wizard.next()
    assert "Zeile 2 (Anna Müller): wird als neue Person angelegt" in wizard.confirm.text.text()
    wizard.next()
    emails = sorted(c.email for c in contacts.list_contacts() if c.last_name == "Müller")
    assert emails == ["anna@alt.de", "anna@neu.de"]


def test_skip_the_remaining_duplicates_in_one_click(
    qtbot: QtBot, anna: contacts.ContactRow, tmp_path: Path
) -> None:
    wizard = wizard_for(qtbot, same_name_file(tmp_path))
    wizard.next()
    wizard.next()
    wizard.preview.skip_duplicates.click()
    assert statuses(wizard)[0] == "übersprungen"
    assert wizard.preview.isComplete()


def test_duplicated_header_asks_which_column(qtbot: QtBot, db: Path, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Vorname;Nachname;E-Mail;Einrichtung;E-Mail\nAnna;Müller;alt@example.de;JA;neu@example.de\n",
        encoding="utf-8",
    )
    wizard = wizard_for(qtbot, path)
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    chooser = page.column_choosers["E-Mail"]
    assert [chooser.itemText(i) for i in range(chooser.count())] == [
        "– bitte wählen –",
        "Spalte C",
        "Spalte E",
    ]
    wizard.next()
    assert wizard.currentPage() is page  # refused until a column is chosen
    assert "welche Spalte „E-Mail“" in page.error.text()
    chooser.setCurrentIndex(2)
    assert page.mapping()[4] == "email" and 2 not in page.mapping()
    wizard.next()
    assert wizard.currentPage() is wizard.preview
    wizard.next()
    wizard.next()
    assert contacts.list_contacts()[0].email == "neu@example.de"


def test_fix_dialog_shows_every_error_of_the_row(qtbot: QtBot, db: Path, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_text("Vorname;Nachname;Geprüft am;E-Mail\nAnna;Müller;31.02.2024;#NV\n", "utf-8")
    wizard = wizard_for(qtbot, path)
    wizard.next()
    wizard.next()
    row = wizard.preview.result.errors[0]  # type: ignore[union-attr]
    assert len(row.problems) == 2
    dialog = FixDialog(wizard.plan, row.row, wizard, row.problems)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    assert "31.02.2024" in dialog.problems.text() and "#NV" in dialog.problems.text()
    assert dialog.width() >= 620


def test_participants_consent_only_by_explicit_choice(
    qtbot: QtBot, demo_db: Path, tmp_path: Path
) -> None:
    from aktif_desktop.services import events
    from aktif_desktop.storage.models import Contact

    event = next(e for e in events.list_events() if e.status in ("planned", "invited"))
    path = tmp_path / "anmeldungen.csv"
    path.write_text("Vorname;Nachname\nZoe;Zustimmung\n", encoding="utf-8")
    wizard = ImportWizard("participants")
    wizard.background = False
    wizard.file_page.preferred_event = event.id
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_file(path)
    box = wizard.file_page.consent_lists
    assert box.isEnabled() and not box.isChecked()  # never pre-ticked
    box.setChecked(True)
    for _ in range(4):
        wizard.next()
    assert Contact.get(Contact.last_name == "Zustimmung").consent_lists is True


def test_new_contact_form_has_the_list_consent_box_unticked(qtbot: QtBot, db: Path) -> None:
    from ui.contacts.form import ContactForm

    form = ContactForm()
    qtbot.addWidget(form)
    form.set_data(contacts.ContactData(last_name=""))
    assert not form.consent_lists.isChecked()
    assert not form.consent_lists_date.isEnabled()
    assert form.data().consent_lists is False
