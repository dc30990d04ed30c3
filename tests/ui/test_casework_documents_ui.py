"""The Einstellungen section "Projektstempel" (fields, preview, saved with the page, refusals
next to the field) and the concerns (Anliegen) of an offer in its dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from aktif_desktop.services import offers, organisations, settings, stamp
from aktif_desktop.services.organisations import OrganisationData
from ui.partners.offers import OffersPanel, ServiceDialog
from ui.settings_page import SettingsPage


@pytest.fixture
def page(qtbot):
    widget = SettingsPage()
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.reload()
    return widget


def test_stamp_typed_previewed_and_saved_with_the_page(db, page, qtbot, type_text) -> None:
    box = page.stamp
    assert "noch kein Projektstempel" in box.preview.text()
    type_text(page.verbund_name, "Familienverbund Weißenbach")
    type_text(box.project, "Akti(F) Plus Weißenbach")
    type_text(box.address_1, "Lindenstraße 12")
    type_text(box.address_2, "01067 Dresden")
    type_text(box.phone, "0351 4455667")
    type_text(box.email, "lotsen@weissenbach.de")
    type_text(box.contact_person, "Katrin Vogel")
    assert box.preview.text().splitlines() == [
        "Akti(F) Plus Weißenbach",
        "Lindenstraße 12",
        "01067 Dresden",
        "Tel. 0351 4455667",
        "lotsen@weissenbach.de",
        "Ansprechperson: Katrin Vogel",
    ]
    assert page.dirty
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.saved_label.text() == "Gespeichert."
    assert stamp.load_stamp().contact_person == "Katrin Vogel"
    page.reload()
    assert box.project.text() == "Akti(F) Plus Weißenbach" and not page.dirty


def test_bad_stamp_email_is_shown_next_to_it_and_nothing_is_saved(
    db, page, qtbot, type_text
) -> None:
    type_text(page.verbund_name, "Familienverbund Weißenbach")
    type_text(page.stamp.project, "Akti(F) Plus")
    type_text(page.stamp.email, "lotsen(at)verbund")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.stamp.form.errors["E-Mail (Stempel)"]
    assert error.isVisible() and "keine gültige E-Mail-Adresse" in error.text()
    assert page.dirty and page.saved_label.text() != "Gespeichert."
    assert stamp.load_stamp() == stamp.Stamp() and not settings.is_configured()


def test_offer_concerns_chosen_in_the_dialog(db, qtbot) -> None:
    org = organisations.create_organisation(OrganisationData(name="Familienkasse Sachsen"))
    dialog = ServiceDialog(org.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Kinderzuschlag-Beratung")
    assert list(dialog.concerns.buttons)[:2] == ["child_supplement", "education_package"]
    qtbot.mouseClick(dialog.concerns.buttons["housing_benefit"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.concerns.buttons["child_supplement"], Qt.MouseButton.LeftButton)
    dialog.save()
    [offer] = offers.list_services(organisation_id=org.id)
    assert offer.concerns == ("child_supplement", "housing_benefit")

    again = ServiceDialog(org.id, offer)
    qtbot.addWidget(again)
    assert again.concerns.codes() == ("child_supplement", "housing_benefit")
    qtbot.mouseClick(again.concerns.buttons["housing_benefit"], Qt.MouseButton.LeftButton)
    again.save()
    assert offers.list_services(organisation_id=org.id)[0].concerns == ("child_supplement",)

    panel = OffersPanel()
    qtbot.addWidget(panel)
    panel.set_organisation(org.id)
    headers = [panel.model.headerData(i, Qt.Orientation.Horizontal) for i in range(5)]
    assert "Anliegen" in headers
    column = headers.index("Anliegen")
    assert panel.model.data(panel.model.index(0, column)) == "Kinderzuschlag"
