"""The Veranstaltungen page stays responsive on a large database: events load in the
background, the participant picker searches through an index, and the contacts are not read
again while they did not change."""

from __future__ import annotations

import datetime as dt

import pytest

from aktif_desktop.services import contacts, events
from aktif_desktop.services.common import filter_rows
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.storage.models import Contact, Organisation
from ui.events.contact_loader import ContactLoader
from ui.events.page import EventsPage
from ui.events.picker import MAX_SUGGESTIONS, ContactPicker, contact_label


@pytest.fixture
def page(qtbot):
    widget = EventsPage()
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def loaded(page: EventsPage, qtbot) -> None:
    qtbot.waitUntil(lambda: not page.loading and page.contacts_ready, timeout=30_000)


def test_reload_returns_before_the_rows_arrive(demo_db, page, qtbot):
    page.reload()
    assert page.loading and page.model.rowCount() == 0
    assert page.empty_label.isVisible()
    assert page.empty_label.text() == "Veranstaltungen werden geladen …"
    loaded(page, qtbot)
    total = len(events.list_events())
    assert page.model.rowCount() == total
    assert page.count_label.text() == f"{total} Veranstaltungen"
    assert page.current_event_id() is not None  # the next event is preselected
    assert page.form.organiser.count() > 1  # organisations arrived with the rows


def test_second_reload_keeps_the_list_and_says_it_is_loading(demo_db, page, qtbot):
    page.reload()
    loaded(page, qtbot)
    shown = page.current_event_id()
    page.reload()
    assert page.model.rowCount() > 0
    assert page.count_label.text() == "Veranstaltungen werden geladen …"
    loaded(page, qtbot)
    assert page.current_event_id() == shown
    assert "Veranstaltungen" in page.count_label.text()


def test_event_opened_during_the_load_is_shown_and_selected(demo_db, page, qtbot):
    first = events.list_events()[0]
    page.search.setText("kein Titel heißt so")  # would hide the event in the list
    page.reload()
    page.open_event(first.id)
    assert page.current_event_id() == first.id  # at once, not after the load
    assert page.form.title.text() == first.title
    loaded(page, qtbot)
    assert page.current_event_id() == first.id
    [selected] = page.view.selectionModel().selectedRows()
    assert page.model.row_at(selected.row()).id == first.id


def test_open_event_on_a_page_never_shown_loads_it(demo_db, page, qtbot):
    wanted = events.list_events()[-1]
    page.open_event(wanted.id)
    assert page.current_event_id() == wanted.id
    loaded(page, qtbot)
    [selected] = page.view.selectionModel().selectedRows()
    assert page.model.row_at(selected.row()).id == wanted.id


def test_new_event_typed_during_the_load_is_kept(demo_db, page, qtbot):
    page.reload()
    page.new_event()
    page.form.title.setText("Regionaltreffen Nord")
    loaded(page, qtbot)
    assert page.form.title.text() == "Regionaltreffen Nord" and page.form.is_dirty()
    assert page.current_event_id() is None


def test_event_saved_during_the_load_is_in_the_full_list(db, page, qtbot):
    start = dt.datetime(2027, 1, 12, 9, 0)
    for title in ("Fachtag Kinderschutz", "Netzwerktreffen Süd"):
        events.create_event(events.EventData(kind="workshop", title=title, start=start, end=start))
    page.reload()
    page.new_event()
    page.form.title.setText("Regionaltreffen Nord")
    assert page.form.save()
    loaded(page, qtbot)
    titles = sorted(row.title for row in page.model.all_rows)
    assert titles == ["Fachtag Kinderschutz", "Netzwerktreffen Süd", "Regionaltreffen Nord"]


def test_picker_suggestions_equal_a_plain_search(demo_db, qtbot):
    picker = ContactPicker()
    qtbot.addWidget(picker)
    rows = contacts.list_contacts(active_only=True)
    picker.set_contacts(rows)
    for typed in ("k", "kr", "krue", "krüger", "e", "lindenau jobc", "xyzzy"):
        picker.setText(typed)
        picker.textEdited.emit(typed)
        expected = [contact_label(r) for r in filter_rows(rows, typed)[:MAX_SUGGESTIONS]]
        got = [label.split(" (")[0] for label in picker.suggestions()]
        assert got == expected, typed


def _settle() -> None:
    """Move every change stamp into the past (the fingerprint ignores this second's)."""
    for model in (Contact, Organisation):
        model.update(updated_at=dt.datetime(2024, 5, 6, 7, 8, 9)).execute()


def test_contact_loader_reads_again_only_after_a_change(db, qtbot):
    contacts.create_contact(ContactData(last_name="Krüger", first_name="Anja"))
    _settle()
    loader = ContactLoader()
    with qtbot.waitSignal(loader.loaded, timeout=30_000):
        loader.start()
    index = loader.search
    loader.start()  # the page is shown again: nothing changed
    assert loader.ready and loader.search is index
    contacts.create_contact(ContactData(last_name="Özdemir", first_name="Selin"))
    with qtbot.waitSignal(loader.loaded, timeout=30_000):
        loader.start()
    assert [r.last_name for r in loader.rows] == ["Krüger", "Özdemir"]
    assert [r.last_name for r in loader.search.filter("özd")] == ["Özdemir"]
