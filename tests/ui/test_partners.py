"""The Partner page: create through the form, umlaut-folding search, filters, inline
validation, unsaved-changes prompt, offers, refused delete, and the large demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from aktif_desktop.domain import OrganisationKind, OrganisationRole
from aktif_desktop.services import contacts, offers, organisations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.organisations import OrganisationData
from ui.partners import page as page_module
from ui.partners.offers import ServiceDialog
from ui.partners.page import PartnersPage
from ui.widgets import dialogs
from ui.widgets.dialogs import Choice


@pytest.fixture
def page(qtbot):
    widget = PartnersPage()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.reload()
    return widget


def names(page: PartnersPage) -> list[str]:
    return [row.name for row in page.model.rows]


def test_empty_database_explains_what_to_do(db, page):
    assert page.model.rowCount() == 0
    assert "Noch keine Partner" in page.count_label.text()
    assert page.placeholder.isVisible()


def test_create_organisation_through_the_form(db, page, qtbot, type_text):
    page.new_record()
    form = page.form
    type_text(form.name, "Familienzentrum Müller")
    form.kind.setCurrentIndex(form.kind.findData(OrganisationKind.COUNSELLING_CENTRE.value))
    form.role.setCurrentIndex(form.role.findData(OrganisationRole.NETWORK_PARTNER.value))
    qtbot.keyClicks(form.postcode, "01234")
    type_text(form.city, "Grünfelde")
    qtbot.mouseClick(form.legal_areas.buttons["SGB8"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.legal_areas.buttons["BKGG"], Qt.MouseButton.LeftButton)
    assert page.dirty
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    [stored] = organisations.list_organisations()
    assert stored.name == "Familienzentrum Müller"
    assert stored.kind == OrganisationKind.COUNSELLING_CENTRE
    assert stored.legal_areas == ("SGB8", "BKGG")
    assert names(page) == ["Familienzentrum Müller"]
    assert page.current_id == stored.id and not page.dirty
    assert page.detail_title.text() == "Familienzentrum Müller"


@pytest.mark.parametrize(
    ("search", "found"),
    [
        ("mueller", True),  # ü typed as ue
        ("MÜLLER grünfelde", True),  # all words, any case
        ("muller", False),
        ("SGB VIII", True),  # legal area label
        ("beratungsstelle", True),  # kind label
        ("Jobcenter", False),
    ],
)
def test_search_folds_umlauts(db, page, type_text, search, found):
    organisations.create_organisation(
        OrganisationData(
            name="Familienzentrum Müller",
            city="Grünfelde",
            kind=OrganisationKind.COUNSELLING_CENTRE.value,
            legal_areas=("SGB8",),
        )
    )
    organisations.create_organisation(OrganisationData(name="Stadtwerke", city="Lindenau"))
    page.reload()
    type_text(page.search, search)
    assert names(page) == (["Familienzentrum Müller"] if found else [])
    if not found:
        assert "Kein Partner passt" in page.count_label.text()


def test_filters_by_kind_area_role_and_state(demo_db, page):
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(OrganisationKind.JOBCENTER.value))
    assert page.model.rows and all(r.kind == "jobcenter" for r in page.model.rows)
    page.kind_filter.setCurrentIndex(0)
    page.area_filter.setCurrentIndex(page.area_filter.findData("SGB2"))
    expected = {r.id for r in organisations.list_organisations() if "SGB2" in r.legal_areas}
    assert {r.id for r in page.model.rows} == expected
    page.role_filter.setCurrentIndex(page.role_filter.findData("network_partner"))
    assert all(r.role == "network_partner" for r in page.model.rows)
    page.area_filter.setCurrentIndex(0)
    page.role_filter.setCurrentIndex(0)
    page.active_filter.setCurrentIndex(page.active_filter.findData("inactive"))
    assert all(not r.active for r in page.model.rows)


def test_refused_field_is_shown_next_to_it(db, page, qtbot):
    page.new_record()
    qtbot.keyClicks(page.form.name, "Kita Sonnenschein")
    qtbot.keyClicks(page.form.postcode, "123")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.form.form.errors["PLZ"]
    assert error.isVisible() and "123" in error.text()
    assert not page.form.form.errors["Name"].isVisible()
    assert organisations.list_organisations() == []


def test_name_required_message(db, page, qtbot):
    page.new_record()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.form.errors["Name"].isVisible()
    assert "Name" in page.form.form.errors["Name"].text()


def test_delete_refused_shows_the_reason(demo_db, page, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(page_module, "ask_yes_no", lambda *a: True)
    monkeypatch.setattr(page_module, "show_error", lambda _p, _t, text: shown.append(text))
    row = next(r for r in page.model.rows if r.contact_count > 0)
    page.table.selectRow(page.model.row_number_of(lambda r: r.id == row.id))
    assert page.current_id == row.id
    page.delete()
    assert len(shown) == 1
    assert row.name in shown[0] and "Ansprechperson" in shown[0]
    assert organisations.get_organisation(row.id).name == row.name


def test_delete_and_deactivate(db, page, monkeypatch):
    monkeypatch.setattr(page_module, "ask_yes_no", lambda *a: True)
    keep = organisations.create_organisation(OrganisationData(name="Bleibt"))
    gone = organisations.create_organisation(OrganisationData(name="Geht"))
    page.reload()
    page.select_organisation(keep.id)
    page.toggle_active()
    assert not organisations.get_organisation(keep.id).active
    assert page.active_button.text() == "Aktivieren"
    page.select_organisation(gone.id)
    page.delete()
    assert names(page) == ["Bleibt"]


@pytest.mark.parametrize(
    ("answer", "moved", "saved_name"),
    [
        (Choice.CANCEL, False, "Alpha"),
        (Choice.DISCARD, True, "Alpha"),
        (Choice.SAVE, True, "Alpha 2"),
    ],
)
def test_unsaved_changes_prompt(db, page, qtbot, monkeypatch, answer, moved, saved_name):
    asked: list[str] = []

    def ask(_parent, text):
        asked.append(text)
        return answer

    monkeypatch.setattr(dialogs, "ask_unsaved", ask)
    alpha = organisations.create_organisation(OrganisationData(name="Alpha"))
    beta = organisations.create_organisation(OrganisationData(name="Beta"))
    page.reload()
    page.table.selectRow(0)
    qtbot.keyClicks(page.form.name, " 2")
    page.table.selectRow(1)
    assert len(asked) == 1
    assert page.current_id == (beta.id if moved else alpha.id)
    assert organisations.get_organisation(alpha.id).name == saved_name


def test_offers_and_contacts_of_the_partner(db, page, qtbot):
    org = organisations.create_organisation(OrganisationData(name="Familienkasse Ost"))
    contacts.create_contact(
        ContactData(last_name="Weiß", first_name="Jana", organisation_id=org.id)
    )
    page.reload()
    page.select_organisation(org.id)
    assert page.offers.empty.isVisible() or not page.offers.isVisible()
    assert [r.last_name for r in page.contacts_model.rows] == ["Weiß"]
    assert page.tabs.tabText(2) == "Ansprechpersonen (1)"

    dialog = ServiceDialog(org.id, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()  # empty name is refused inline
    assert dialog.form.errors["Bezeichnung"].isVisible()
    qtbot.keyClicks(dialog.name, "Kinderzuschlag-Beratung")
    dialog.contact.setCurrentIndex(1)
    dialog.legal_areas.buttons["BKGG"].setChecked(True)
    dialog.save()
    page.offers.set_organisation(org.id)
    [offer] = offers.list_services(organisation_id=org.id)
    assert (offer.name, offer.contact_name, offer.legal_areas) == (
        "Kinderzuschlag-Beratung",
        "Jana Weiß",
        ("BKGG",),
    )
    assert [r.name for r in page.offers.model.rows] == ["Kinderzuschlag-Beratung"]


@pytest.mark.parametrize(
    "search", ["lindenau", "jugendamt sgb xii", "baerenstein verbundpartner", "weissenbach 01"]
)
def test_large_set_filters_to_the_right_rows(many_partners_db, page, search):
    assert len(page.rows) == 3000
    page.search.setText(search)
    expected = [r.id for r in organisations.list_organisations(search)]
    assert 0 < len(expected) < 3000
    assert sorted(r.id for r in page.model.rows) == sorted(expected)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("jobcenter"))
    assert {r.id for r in page.model.rows} == {
        r.id for r in organisations.list_organisations(search) if r.kind == "jobcenter"
    }


def test_enter_in_the_search_opens_the_first_hit(db, page, qtbot):
    organisations.create_organisation(OrganisationData(name="Jobcenter Nord"))
    organisations.create_organisation(OrganisationData(name="Kita Sonnenblume"))
    page.reload()
    qtbot.keyClicks(page.search, "kita")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.detail_title.text() == "Kita Sonnenblume"
