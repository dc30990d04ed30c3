"""The optional gender of a contact (ESF Plus): "nicht erfasst" by default, chosen in the form,
stored as a code, shown again; the service refuses a value outside the list in German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from aktif_desktop.errors import ValidationError
from aktif_desktop.esf import Gender
from aktif_desktop.services import contacts
from aktif_desktop.services.contacts import ContactData
from ui.contacts.page import ContactsPage


@pytest.fixture
def page(qtbot):
    widget = ContactsPage()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def test_gender_defaults_to_not_recorded_and_is_saved_from_the_form(db, page, qtbot, type_text):
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.reload()
    page.new_record()
    form = page.form
    assert form.gender.currentText() == "nicht erfasst"
    assert [form.gender.itemText(i) for i in range(form.gender.count())] == [
        "nicht erfasst",
        "weiblich",
        "männlich",
        "divers",
        "keine Angabe",
    ]
    type_text(form.last_name, "Yılmaz")
    form.gender.setCurrentIndex(form.gender.findData("diverse"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [stored] = contacts.list_contacts()
    assert stored.gender == "diverse" and stored.gender_label == "divers"
    form.set_data(ContactData(last_name="Neu"))
    assert form.gender.currentText() == "nicht erfasst"
    form.set_data(stored)
    assert form.gender.currentText() == "divers"


def test_service_accepts_codes_and_labels_and_refuses_others(db):
    made = contacts.create_contact(ContactData(last_name="Müller", gender="Weiblich"))
    assert made.gender == Gender.FEMALE.value
    assert contacts.create_contact(ContactData(last_name="Ohne")).gender == ""
    with pytest.raises(ValidationError, match="Geschlecht"):
        contacts.create_contact(ContactData(last_name="Falsch", gender="w"))
