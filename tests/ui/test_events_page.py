"""The Veranstaltungen page: create and edit through the form, validation, filters, calendar,
year plan, clone and delete."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from aktif_desktop import messages
from aktif_desktop.domain import EventKind, EventStatus
from aktif_desktop.services import events
from aktif_desktop.storage.models import Event
from ui.events import page as page_module
from ui.events.browser import CALENDAR_TAB, LIST_TAB, YEAR_TAB
from ui.events.common import from_qdatetime, to_qdate, to_qdatetime
from ui.events.page import CONFERENCE_TAB, PARTICIPANTS_TAB, EventsPage
from ui.widgets import dialogs
from ui.widgets.dialogs import Choice


@pytest.fixture
def page(qtbot):
    widget = EventsPage()
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    widget.reload()
    qtbot.waitUntil(lambda: widget.contacts_ready and not widget.loading)
    return widget


def _set_start_end(page: EventsPage, start: dt.datetime, end: dt.datetime) -> None:
    page.form.start.setDateTime(to_qdatetime(start))
    page.form.end.setDateTime(to_qdatetime(end))


def test_empty_database_explains_what_to_do(db, page):
    assert page.model.rowCount() == 0
    assert "Noch keine Veranstaltungen" in page.empty_label.text()
    assert page.empty_label.isVisible() and not page.view.isVisible()
    assert page.current_event_id() is None
    assert not page.details.isTabEnabled(PARTICIPANTS_TAB)


def test_create_event_through_the_form(db, page, qtbot):
    page.new_event()
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData(EventKind.WORKSHOP.value))
    qtbot.keyClicks(form.title, "Workshop: Wohngeld fuer Familien")
    _set_start_end(page, dt.datetime(2027, 3, 9, 9, 30), dt.datetime(2027, 3, 9, 12, 0))
    form.place.setText("Familienzentrum Grünfelde")
    form.capacity.setValue(20)
    form.hours.setValue(2.5)
    form.legal_areas.buttons["WOGG"].setChecked(True)
    assert form.is_dirty()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.general_error.text() == "", [form.error_text(k) for k in form.errors]
    [stored] = events.list_events()
    assert stored.title == "Workshop: Wohngeld fuer Familien"
    assert stored.kind == EventKind.WORKSHOP
    assert stored.start == dt.datetime(2027, 3, 9, 9, 30)
    assert (stored.capacity, stored.hours, stored.legal_areas) == (20, 2.5, ("WOGG",))
    assert page.current_event_id() == stored.id
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 0)) == "Di, 09.03.2027"
    assert page.model.data(page.model.index(0, 6)) == "0 / 20"
    assert "angelegt" in page.bar.text()
    assert not form.is_dirty()
    assert page.details.isTabEnabled(PARTICIPANTS_TAB)


def test_end_before_start_is_refused_next_to_the_field(db, page, qtbot):
    page.new_event()
    qtbot.keyClicks(page.form.title, "Netzwerktreffen")
    page.form.start.setDateTime(to_qdatetime(dt.datetime(2027, 2, 8, 14, 0)))
    page.form.end.setDateTime(to_qdatetime(dt.datetime(2027, 2, 8, 12, 0)))
    assert page.form.save() is False
    assert page.form.error_text("end") == messages.END_BEFORE_START
    assert page.form.errors["end"].isVisibleTo(page.form)
    assert events.list_events() == []


def test_missing_title_is_refused_with_german_message(db, page):
    page.new_event()
    assert page.form.save() is False
    assert page.form.error_text("title") == "Bitte füllen Sie das Feld „Titel“ aus."


def test_capacity_below_registered_people_is_refused(demo_db, page):
    page.open_event(30)  # Netzwerktreffen 12/2026 with 34 registrations
    page.form.capacity.setValue(10)
    assert page.form.save() is False
    assert "Die Kapazität (10) ist kleiner" in page.form.error_text("capacity")
    assert events.get_event(30).capacity == 40


def test_moving_the_start_moves_the_end(db, page):
    page.new_event(dt.date(2027, 5, 3))
    page.form.start.setDateTime(to_qdatetime(dt.datetime(2027, 5, 4, 10, 0)))
    assert from_qdatetime(page.form.end.dateTime()) == dt.datetime(2027, 5, 4, 13, 0)


@pytest.mark.parametrize(
    ("answer", "expected_id", "title_saved"),
    [("cancel", 30, False), ("discard", 31, False), ("save", 31, True)],
)
def test_unsaved_changes_prompt(demo_db, page, monkeypatch, answer, expected_id, title_saved):
    asked = []
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *a: asked.append(1) or Choice(answer))
    page.open_event(30)
    page.form.title.setText("Netzwerktreffen Dezember")
    page.request_event(31)
    assert asked == [1]
    assert page.current_event_id() == expected_id
    assert (events.get_event(30).title == "Netzwerktreffen Dezember") is title_saved
    selected = page.view.selectionModel().selectedRows()
    assert page.model.row_at(selected[0].row()).id == expected_id


def test_search_and_filters(demo_db, page, qtbot):
    total = page.model.rowCount()
    qtbot.keyClicks(page.search, "strukturkonf")
    assert {r.kind for r in page.model.rows} == {EventKind.STRUCTURE_CONFERENCE}
    page.views.setCurrentIndex(CALENDAR_TAB)  # the calendar follows the filter
    assert page.calendar.is_highlighted(dt.date(2026, 10, 5))
    assert not page.calendar.is_highlighted(dt.date(2026, 10, 8))  # a Netzwerktreffen
    page.views.setCurrentIndex(LIST_TAB)
    assert page.count_label.text() == f"3 von {total} Veranstaltungen"
    page.search.clear()
    page.year.setCurrentIndex(page.year.findData(2027))
    page.kind.setCurrentIndex(page.kind.findData(EventKind.NETWORK_MEETING.value))
    assert page.model.rows
    assert all(r.start.year == 2027 and r.kind == "network_meeting" for r in page.model.rows)
    page.status.setCurrentIndex(page.status.findData(EventStatus.CANCELLED.value))
    assert page.model.rowCount() == 0
    assert "Keine Veranstaltung passt" in page.count_label.text()


def test_calendar_shows_events_on_their_days(demo_db, page):
    page.views.setCurrentIndex(CALENDAR_TAB)
    calendar = page.calendar
    structure = dt.date(2026, 10, 5)
    assert calendar.is_highlighted(structure)
    assert not calendar.is_highlighted(dt.date(2026, 10, 4))
    calendar.show_date(structure)
    assert [r.title for r in calendar.day_model.rows] == ["Strukturkonferenz Herbst 2026"]
    assert "Mo, 05.10.2026" in calendar.day_label.text()
    calendar.show_date(dt.date(2026, 10, 4))
    assert calendar.day_model.rowCount() == 0
    assert "keine Veranstaltung" in calendar.day_label.text()
    # choosing the day's event opens it in the detail
    calendar.show_date(structure)
    calendar._choose(calendar.day_model.index(0, 0))
    assert page.current_event_id() == 23


def test_year_plan_counts_events_per_month(demo_db, page):
    page.views.setCurrentIndex(YEAR_TAB)
    page.year_view.set_year(2026)
    april = page.year_view.boxes[3]
    assert "4 Veranstaltungen" in april.title.text()
    assert "03.  Strukturkonferenz" in april.body.text()
    assert page.year_view.boxes[0].body.text() == "keine"
    page.year_view.month_chosen.emit(2026, 4)
    assert page.views.currentIndex() == CALENDAR_TAB
    assert page.calendar.calendar.monthShown() == 4


def test_plan_next_clones_with_the_chosen_date(demo_db, page, monkeypatch):
    def accept(dialog):
        assert dialog.start() == dt.datetime(2027, 4, 8, 9, 0)  # same gap as last time
        dialog.start_edit.setDateTime(to_qdatetime(dt.datetime(2027, 4, 10, 9, 0)))
        assert dialog.weekday.text() == "Sa, 10.04.2027"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module.NextEventDialog, "exec", accept)
    page.open_event(23)  # Strukturkonferenz Herbst 2026
    page.plan_next()
    new_id = page.current_event_id()
    assert new_id != 23
    clone = events.get_event(new_id)
    assert clone.kind == EventKind.STRUCTURE_CONFERENCE
    assert clone.title == "Strukturkonferenz Herbst 2026"
    assert clone.start == dt.datetime(2027, 4, 10, 9, 0)
    assert clone.status == EventStatus.PLANNED
    assert clone.counts == {}
    assert "Sa, 10.04.2027" in page.bar.text()
    assert page.form.title.text() == clone.title


def test_delete_is_refused_with_the_reason(demo_db, page, monkeypatch):
    monkeypatch.setattr(page_module, "ask_yes_no", lambda *args: True)
    page.open_event(30)
    page.delete_current()
    assert "kann nicht gelöscht werden" in page.bar.text()
    assert events.get_event(30)


def test_delete_an_empty_event(db, page, monkeypatch):
    monkeypatch.setattr(page_module, "ask_yes_no", lambda *args: True)
    start = dt.datetime(2027, 1, 12, 9, 0)
    row = events.create_event(
        events.EventData(kind="workshop", title="Probe", start=start, end=start)
    )
    page.reload()
    page.open_event(row.id)
    page.delete_current()
    assert events.list_events() == []
    assert page.current_event_id() is None
    assert "gelöscht" in page.bar.text()


def test_conference_tab_only_for_conferences(demo_db, page):
    page.open_event(30)
    assert not page.details.isTabVisible(CONFERENCE_TAB)
    page.open_event(23)
    assert page.details.isTabVisible(CONFERENCE_TAB)


def test_open_event_clears_filters_that_hide_it(demo_db, page, qtbot):
    qtbot.keyClicks(page.search, "Familienkonferenz")
    page.open_event(30)
    assert page.current_event_id() == 30
    assert page.search.text() == ""


def test_event_table_model(demo_db, page, qtmodeltester):
    qtmodeltester.check(page.model)


def test_contacts_for_the_picker_load_in_the_background(demo_db, page):
    assert page.participants.picker.loaded
    assert "Åberg, Sören – Frauenhaus Grünfelde" in page.participants.picker.labels()


def test_open_an_unknown_event_says_so(demo_db, page):
    page.open_event(99_999)
    assert page.current_event_id() is None
    assert "wurde nicht gefunden" in page.bar.text()


def test_attendance_from_the_page_updates_the_list(demo_db, page, monkeypatch):
    def enter_two(dialog):
        for name in ("boehm gu", "duer gu"):
            dialog.entry.setText(name)
            dialog.mark_current()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module.AttendanceDialog, "exec", enter_two)
    # Attendance is taken once the event has begun: event 30 began an hour ago.
    Event.update(start=dt.datetime.now() - dt.timedelta(hours=1)).where(Event.id == 30).execute()
    page.open_event(30)
    page.participants.attendance_button.click()
    assert "2 Personen als „teilgenommen“ erfasst." in page.bar.text()
    attended = [r.sort_name for r in page.participants.model.rows if r.status == "attended"]
    assert attended == ["Böhm, Günther", "Dürr, Günther"]
    assert "teilgenommen:&nbsp;<b>2</b>" in page.participants.counts.text()


def test_can_leave_asks_about_unsaved_changes(demo_db, page, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda *a: Choice.CANCEL)
    page.open_event(30)
    assert page.can_leave()  # nothing changed: no question
    page.form.place.setText("Rathaus, großer Saal")
    assert not page.can_leave()


def test_double_click_on_a_free_day_starts_a_new_event_there(demo_db, page):
    page.views.setCurrentIndex(CALENDAR_TAB)
    page.calendar.calendar.activated.emit(to_qdate(dt.date(2027, 6, 15)))
    assert page.current_event_id() is None
    assert page.form.heading.text() == "<b>Neue Veranstaltung</b>"
    assert from_qdatetime(page.form.start.dateTime()) == dt.datetime(2027, 6, 15, 9, 0)
    page.calendar.calendar.activated.emit(to_qdate(dt.date(2026, 10, 5)))
    assert page.current_event_id() == 23


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("online_link", "kein link", "„kein link“ ist keine gültige Internetadresse."),
        ("title", "x" * 201, "Das Feld „Titel“ ist zu lang (höchstens 200 Zeichen)."),
        ("place", "y" * 201, "Das Feld „Ort“ ist zu lang (höchstens 200 Zeichen)."),
    ],
)
def test_refused_values_show_next_to_their_field(db, page, field, value, message):
    page.new_event()
    page.form.title.setText("Workshop")
    getattr(page.form, field).setText(value)
    assert page.form.save() is False
    assert page.form.error_text(field).startswith(message)
    others = [key for key in page.form.errors if key != field]
    assert all(page.form.error_text(key) == "" for key in others)


def test_organiser_is_picked_from_the_partners(demo_db, page):
    page.open_event(30)
    page.form.organiser.setEditText("Jobcenter Lindenau")
    assert page.form.save()
    assert events.get_event(30).organiser_name == "Jobcenter Lindenau"
    page.form.organiser.setEditText("Unbekannter Verein")
    assert page.form.save() is False
    assert "ist kein bekannter Partner" in page.form.error_text("organiser")
    assert events.get_event(30).organiser_name == "Jobcenter Lindenau"


def test_reload_keeps_a_new_event_being_typed(db, page):
    page.new_event()
    page.form.title.setText("Regionaltreffen Nord")
    page.reload()
    assert page.form.title.text() == "Regionaltreffen Nord"
    assert page.form.is_dirty()
