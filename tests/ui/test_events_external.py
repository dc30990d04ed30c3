"""External activities on the Veranstaltungen page: entered through the form, marked
"(extern)" in the list, filtered by "Alle Träger / Nur eigene / Nur externe", and without
seats, participants or attendance."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aktif_desktop.domain import EventKind, EventStatus
from aktif_desktop.services import events
from aktif_desktop.services.events import EventData
from ui.events.columns import SEATS, TITLE
from ui.events.common import to_qdatetime
from ui.events.page import DETAIL_TAB, PARTICIPANTS_TAB, EventsPage
from ui.events.participants import ParticipantsPanel

START = dt.datetime(2026, 11, 18, 10, 0)


@pytest.fixture
def page(qtbot):
    widget = EventsPage()
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.reload()
    qtbot.waitUntil(lambda: widget.contacts_ready and not widget.loading)
    return widget


def _own_event() -> events.EventRow:
    return events.create_event(
        EventData(
            kind="network_meeting",
            title="Netzwerktreffen Verbund",
            start=START,
            end=START + dt.timedelta(hours=2),
            capacity=25,
        )
    )


def _titles(page: EventsPage) -> list[str]:
    return [page.model.data(page.model.index(n, TITLE)) for n in range(page.model.rowCount())]


def _enter_external(page: EventsPage, qtbot) -> None:
    page.new_event()
    form = page.form
    assert not form.external_organiser.isVisibleTo(form)  # own event: the fields are hidden
    assert form.capacity.isVisibleTo(form) and not form.external_note.isVisibleTo(form)
    qtbot.mouseClick(form.external, Qt.MouseButton.LeftButton)
    assert form.external.isChecked()
    assert form.external_organiser.isVisibleTo(form) and form.staff.isVisibleTo(form)
    assert not form.capacity.isVisibleTo(form)
    assert "keine Plätze, Teilnehmenden" in form.external_note.text()
    assert form.organiser_label.text() == "Partner (optional)"
    form.kind.setCurrentIndex(form.kind.findData(EventKind.ONLINE_EXCHANGE.value))
    qtbot.keyClicks(form.title, "Digitale Netzwerkstunde")
    form.start.setDateTime(to_qdatetime(START))
    form.end.setDateTime(to_qdatetime(START + dt.timedelta(hours=1)))
    form.status.setCurrentIndex(form.status.findData(EventStatus.HELD.value))


def test_external_event_by_the_form_is_marked_and_filtered(db, page, qtbot):
    own = _own_event()
    page.reload()
    qtbot.waitUntil(lambda: not page.loading)
    _enter_external(page, qtbot)
    form = page.form
    # Ticked but nobody named: refused next to the field, nothing stored.
    assert form.save() is False
    assert "wer die Veranstaltung ausrichtet" in form.error_text("external_organiser")
    assert len(events.list_events()) == 1
    qtbot.keyClicks(form.external_organiser, "Servicestelle Akti(F)")
    qtbot.keyClicks(form.staff, "A. Schmidt, B. Yilmaz")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.general_error.isHidden(), [form.error_text(k) for k in form.errors]
    [stored] = events.list_events(external=True)
    assert (stored.external_organiser, stored.staff) == (
        "Servicestelle Akti(F)",
        "A. Schmidt, B. Yilmaz",
    )
    assert stored.capacity is None and not form.is_dirty()
    assert "anderen Trägers" in form.heading.text()
    # Marked in the list, both events shown by default.
    assert page.filters.origin.currentText() == "Alle Träger"
    assert sorted(_titles(page)) == ["Digitale Netzwerkstunde (extern)", "Netzwerktreffen Verbund"]
    number = page.model.row_number_of(lambda r: r.id == stored.id)
    assert page.model.data(page.model.index(number, SEATS)) == "–"
    tooltip = page.model.data(page.model.index(number, TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "Servicestelle Akti(F)" in tooltip and "A. Schmidt, B. Yilmaz" in tooltip
    # No participants for others' events: the tab is off, and the panel explains why.
    assert not page.details.isTabEnabled(PARTICIPANTS_TAB)
    assert "keine Teilnehmenden" in page.details.tabToolTip(PARTICIPANTS_TAB)
    assert not page.participants.attendance_button.isEnabled()
    assert "Teilgenommen haben" in page.participants.empty.text()
    # The filter: only own, only external, all again.
    origin = page.filters.origin
    origin.setCurrentIndex(origin.findText("Nur externe"))
    assert _titles(page) == ["Digitale Netzwerkstunde (extern)"]
    assert page.count_label.text() == "1 von 2 Veranstaltungen"
    origin.setCurrentIndex(origin.findText("Nur eigene"))
    assert _titles(page) == ["Netzwerktreffen Verbund"]
    page.filters.reset()
    assert origin.currentIndex() == 0 and page.model.rowCount() == 2
    # Back to the own event: the tab is on again and the form shows seats, no external fields.
    assert page.request_event(own.id)
    assert page.details.isTabEnabled(PARTICIPANTS_TAB)
    assert not form.external.isChecked() and form.capacity.isVisibleTo(form)
    assert form.organiser_label.text() == "Veranstalter"


def test_search_finds_organiser_and_staff(db, page, qtbot):
    _own_event()
    _enter_external(page, qtbot)
    qtbot.keyClicks(page.form.external_organiser, "BMAS")
    qtbot.keyClicks(page.form.staff, "C. Nowak")
    assert page.form.save()
    for typed in ("bmas", "nowak", "extern"):
        page.search.setText(typed)
        assert _titles(page) == ["Digitale Netzwerkstunde (extern)"], typed


def test_unticking_makes_it_our_own_event_again(db, page, qtbot):
    _enter_external(page, qtbot)
    qtbot.keyClicks(page.form.external_organiser, "Vernetzungsstelle Nord")
    assert page.form.save()
    event_id = page.current_event_id()
    page.form.external.setChecked(False)
    assert page.form.is_dirty()
    assert page.form.save()
    row = events.get_event(event_id)
    assert not row.external and row.staff == ""
    assert page.details.isTabEnabled(PARTICIPANTS_TAB)


def test_converting_an_event_with_participants_is_refused_at_the_field(demo_db, page):
    row = next(r for r in events.list_events() if r.seats_taken)
    page.open_event(row.id)
    page.form.external.setChecked(True)
    page.form.external_organiser.setText("BMAS")
    assert page.form.save() is False
    assert "Entfernen Sie zuerst die Teilnehmenden" in page.form.error_text("external_organiser")
    assert not events.get_event(row.id).external


def test_participants_panel_alone_refuses_nothing_silently(db, qtbot):
    panel = ParticipantsPanel()
    qtbot.addWidget(panel)
    row = events.create_event(
        EventData(
            kind="regional_meeting",
            title="Regionaltreffen",
            start=START,
            end=START,
            external_organiser="Vernetzungsstelle",
        )
    )
    panel.set_event(row)
    assert not panel.picker.isEnabled() and not panel.add_button.isEnabled()
    assert all(not button.isEnabled() for button in panel.status_buttons.values())


def test_participants_tab_is_left_when_an_external_event_is_shown(db, page, qtbot):
    own = _own_event()
    _enter_external(page, qtbot)
    page.form.external_organiser.setText("BMAS")
    assert page.form.save()
    external_id = page.current_event_id()
    assert page.request_event(own.id)
    page.details.setCurrentIndex(PARTICIPANTS_TAB)
    assert page.request_event(external_id)
    QApplication.processEvents()
    assert page.details.currentIndex() == DETAIL_TAB


def test_too_long_staff_is_refused_next_to_its_field(db, page, qtbot):
    _enter_external(page, qtbot)
    page.form.external_organiser.setText("BMAS")
    page.form.staff.setText("A. Schmidt, " * 30)
    assert page.form.save() is False
    assert "Teilgenommen haben" in page.form.error_text("staff")
    assert events.list_events() == []
