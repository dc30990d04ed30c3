"""The Veranstaltungen page stays responsive on a large database: events load in the
background, the participant picker searches through an index, and the contacts are not read
again while they did not change."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QPushButton

from aktif_desktop.domain import EventStatus
from aktif_desktop.services import contacts, events
from aktif_desktop.services.common import filter_rows
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.storage.models import Contact, Organisation
from ui.app import create_main_window
from ui.events.browser import YEAR_TAB
from ui.events.columns import (
    DATE,
    KIND,
    PLACE,
    SEATS,
    STATUS,
    TIME,
    TITLE,
    TITLE_SAMPLE,
    hidden_columns,
)
from ui.events.contact_loader import ContactLoader
from ui.events.page import CONFERENCE_TAB, EventsPage
from ui.events.picker import MAX_SUGGESTIONS, ContactPicker, contact_label
from ui.pages import PageId


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


# At 1366 × 768 (a maximised window's client area is about 1366 × 705) -------------------


@pytest.fixture
def small_window(demo_db, qtbot):
    window = create_main_window(demo_db)
    qtbot.addWidget(window)
    window.show()
    # The offscreen screen is smaller: the window's own fitting would maximise it there.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 705)
    assert window.show_page(PageId.EVENTS)
    page = window.page(PageId.EVENTS)
    loaded(page, qtbot)
    QApplication.processEvents()
    assert page.window().size() == QSize(1366, 705)
    return page


def test_list_gives_the_title_room_and_cuts_no_header(small_window):
    page = small_window
    view, header = page.view, page.view.horizontalHeader()
    metrics = view.fontMetrics()
    assert not view.horizontalScrollBar().isVisible()
    title = header.sectionSize(TITLE)
    assert title >= metrics.horizontalAdvance(TITLE_SAMPLE)
    assert title >= header.sectionSizeHint(TITLE)
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert {DATE, TITLE, STATUS} <= set(shown)
    for column in shown:
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    # Every status label whole ("durchgeführt", not "durchgefü…").
    for _code, label in EventStatus.choices():
        assert header.sectionSize(STATUS) >= metrics.horizontalAdvance(label) + 6, label
    assert header.sectionSize(STATUS) >= view.sizeHintForColumn(STATUS)


def test_a_wider_list_shows_every_column_again(small_window):
    page = small_window
    page.window().resize(1920, 1040)
    QApplication.processEvents()
    header = page.view.horizontalHeader()
    assert not any(header.isSectionHidden(c) for c in range(header.count()))
    assert not page.view.horizontalScrollBar().isVisible()


@pytest.mark.parametrize(
    ("available", "hidden"),
    [
        (2000, set()),
        (700, {PLACE}),
        (600, {PLACE, SEATS}),
        (500, {PLACE, SEATS, KIND}),
        (100, {PLACE, SEATS, KIND, TIME}),
    ],
)
def test_columns_give_way_in_order(available, hidden):
    widths = {DATE: 100, TIME: 80, KIND: 120, PLACE: 120, STATUS: 90, SEATS: 80}
    assert hidden_columns(available, widths, title_min=200) == hidden


def test_month_headers_are_never_cut(small_window):
    page = small_window
    page.views.setCurrentIndex(YEAR_TAB)
    QApplication.processEvents()
    for box in page.year_view.boxes:
        label = box.title
        room = label.contentsRect().width()
        month, count = label.text().removeprefix("<b>").split("</b>")
        if count.startswith("<br>"):  # two lines: each fits on its own
            bold = QFont(label.font())
            bold.setBold(True)
            assert QFontMetrics(bold).horizontalAdvance(month) <= room, month
            assert label.fontMetrics().horizontalAdvance(count[4:]) <= room, count
        else:
            assert box.heading_width() <= room, label.text()
        assert label.height() >= label.heightForWidth(label.width()), month


def test_conference_tab_fits_without_scrolling_sideways(small_window):
    page = small_window
    conference = next(r for r in reversed(page.model.all_rows) if r.is_conference)
    page.open_event(conference.id)
    page.details.setCurrentIndex(CONFERENCE_TAB)
    QApplication.processEvents()
    panel = page.conference
    scroll = panel.scroll_area
    assert not scroll.horizontalScrollBar().isVisible()
    assert scroll.widget().width() <= scroll.viewport().width()
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    buttons = [b for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel)]
    assert "Als erledigt markieren" in [b.text() for b in buttons]
    assert "Speichern" in [b.text() for b in buttons]
    for button in buttons:
        assert button.sizeHint().width() <= button.width(), button.text()
        right = button.mapTo(scroll.widget(), button.rect().topRight()).x()
        assert right < scroll.viewport().width(), button.text()
    fields = [f for kind in (QLineEdit, QComboBox, QDateEdit) for f in panel.findChildren(kind)]
    for field in fields:
        if field.isVisibleTo(panel) and not isinstance(field.parent(), (QComboBox, QDateEdit)):
            assert field.width() >= field.minimumSizeHint().width(), field


def test_every_button_of_the_page_shows_its_whole_text(small_window):
    page = small_window
    buttons = [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]
    assert "Neue Veranstaltung" in [b.text() for b in buttons]
    for button in buttons:
        assert button.sizeHint().width() <= button.width(), button.text()
