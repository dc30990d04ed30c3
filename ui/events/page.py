"""The Veranstaltungen page: list, calendar and year plan on the left (``EventBrowser``); the
selected event's details, participants and conference items on the right.

``reload()`` reads events and organisations in a worker thread (3,000 events take about
half a second to a second and a half) and shows "Veranstaltungen werden geladen …" meanwhile;
an event opened during the load is shown at once and selected in the list when it arrives.
After a write the page reads only the one event again (``refresh_row``) or drops it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import clock
from aktif_desktop.errors import AktifError
from aktif_desktop.services import events, organisations
from aktif_desktop.services.events import EventRow
from aktif_desktop.services.organisations import OrganisationRow
from ui.events.attendance import AttendanceDialog
from ui.events.browser import LIST_TAB, EventBrowser
from ui.events.columns import event_columns
from ui.events.common import fmt_day, people
from ui.events.conference import ConferencePanel
from ui.events.contact_loader import ContactLoader
from ui.events.form import EventForm
from ui.events.next_event import NextEventDialog
from ui.events.participants import ParticipantsPanel
from ui.pages import Page
from ui.table_model import RowTableModel
from ui.widgets.dialogs import ask_yes_no, leave_unsaved
from ui.widgets.jobs import LatestLoader
from ui.widgets.message_bar import MessageBar

LIST_SHARE = 0.62
DETAIL_MIN_WIDTH = 470  # the detail form's fields and legal-area tags fit uncut
DETAIL_TAB, PARTICIPANTS_TAB, CONFERENCE_TAB = range(3)


def _load_events() -> tuple[list[OrganisationRow], list[EventRow]]:
    """The background load: organisations (organiser list) and every event."""
    return organisations.list_organisations(), events.list_events()


class EventsPage(Page):
    """The events screen.

    Attributes:
        model: every event, filtered by search and filter boxes; form, participants,
        conference: the panels on the right; bar: the page's message line.
    """

    WATCHES = (
        "event",
        "event_legal_area",
        "participation",
        "certificate",
        "organisation",
        "contact",
        "agreement",
        "supply_gap",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current_id: int | None = None
        self._shown_first = False  # the first load picked the next upcoming event
        self._user_sized = False  # the user dragged the splitter: keep the sizes
        self.contacts = ContactLoader(self)
        self.loader = LatestLoader(self)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)
        self._pending_open: int | None = None  # opened during a load: select when it arrives
        self.model: RowTableModel[EventRow] = RowTableModel(event_columns(), self)
        self._build_browser()
        self._build_detail()
        self._lay_out()
        self._show_event(None)

    # building ----------------------------------------------------------------------------
    def _build_browser(self) -> None:
        self.browser = EventBrowser(self.model, self)
        self.browser.event_picked.connect(self.request_event)
        self.browser.new_event_requested.connect(self.new_event)
        self.browser.filters.changed.connect(self.apply_filter)
        # The parts under the names the tests and the screenshots know.
        self.filters, self.views = self.browser.filters, self.browser.views
        self.view, self.calendar = self.browser.view, self.browser.calendar
        self.year_view = self.browser.year_view
        self.count_label, self.empty_label = self.browser.count_label, self.browser.empty_label
        self.search = self.filters.search
        self.year, self.kind, self.status = (
            self.filters.year,
            self.filters.kind,
            self.filters.status,
        )
        self.new_button = QPushButton(self.tr("Neue Veranstaltung"), self)
        self.new_button.clicked.connect(self.new_record)
        self.next_button = QPushButton(self.tr("Nächste planen …"), self)
        self.next_button.setToolTip(
            self.tr(
                "Die nächste Veranstaltung wie die ausgewählte anlegen (z. B. die nächste "
                "Strukturkonferenz)"
            )
        )
        self.next_button.clicked.connect(self.plan_next)
        self.delete_button = QPushButton(self.tr("Löschen"), self)
        self.delete_button.clicked.connect(self.delete_current)

    def _build_detail(self) -> None:
        self.bar = MessageBar(self)
        self.form = EventForm(self)
        self.form.saved.connect(self._saved)
        self.participants = ParticipantsPanel(self)
        self.participants.auto_load_contacts = False
        self.contacts.loaded.connect(
            lambda rows: self.participants.picker.set_contacts(rows, self.contacts.search)
        )
        self.contacts.failed.connect(lambda text: self.bar.show_message(text, "error"))
        self.participants.changed.connect(self._participants_changed)
        self.participants.attendance_requested.connect(self.open_attendance)
        self.conference = ConferencePanel(self)
        self.details = QTabWidget(self)
        self.details.addTab(self.form, self.tr("Details"))
        self.details.addTab(self.participants, self.tr("Teilnehmende"))
        self.details.addTab(self.conference, self.tr("Konferenz"))

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.next_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        self.left = QWidget(self)
        left_layout = QVBoxLayout(self.left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.browser, 1)
        left_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self._splitter_moved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.splitter, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The list needs more room than the detail: about two thirds, until the user drags
        # the splitter handle (from then on the splitter keeps the user's choice).
        super().resizeEvent(event)
        if not self._user_sized:
            total = self.splitter.width()
            # Never below what either side needs to show its controls uncut.
            left_min = self.left.minimumSizeHint().width()
            right_min = min(self.details.sizeHint().width(), DETAIL_MIN_WIDTH)
            left = max(left_min, min(int(total * LIST_SHARE), total - right_min))
            self.splitter.setSizes([left, total - left])

    def _splitter_moved(self) -> None:
        self._user_sized = True

    # the main window's contract ----------------------------------------------------------
    def reload(self) -> None:
        """Read the events again in the background (after showing the page or opening
        another database); the list says "werden geladen …" until they arrive."""
        self.contacts.start()
        self._start_load()
        if not self.model.all_rows:
            self.apply_filter()  # cheap while empty: shows "werden geladen …" in place
        else:
            self.browser.show_loading()

    def _start_load(self) -> None:
        self.loader.start(_load_events)

    @property
    def loading(self) -> bool:
        """True while the event rows are being read in the background."""
        return self.loader.running

    def forget_loaded(self) -> None:
        """Another database was opened or the data replaced: forget what was loaded."""
        self.loader.cancel()
        self.contacts.mark_stale()
        self._pending_open = None

    def _load_failed(self, text: str) -> None:
        self.apply_filter()
        self.bar.show_message(text, "error")

    def _loaded(self, result: tuple[list[OrganisationRow], list[EventRow]]) -> None:
        partners, rows = result
        self.form.set_organisations(partners)
        self.participants.set_organisations(partners)
        # A write meanwhile restarted the load (refresh_row): these rows are the newest.
        self.filters.fill_years(rows)
        self.model.set_rows(rows)
        self.apply_filter()
        ids = {row.id for row in rows}
        wanted, self._pending_open = self._pending_open, None
        if wanted is not None and wanted == self._current_id:
            if self.model.row_number_of(lambda r: r.id == wanted) < 0 and wanted in ids:
                self.filters.reset()  # opened during the load: make it visible in the list
            self._select_in_views(wanted)
        else:
            self._keep_or_show_current(ids)
        first = not self._shown_first and self._current_id is None
        if first and rows and not self.form.is_dirty():
            upcoming = [r for r in rows if r.start >= clock.now()]
            self._show_event((upcoming[0] if upcoming else rows[-1]).id)
        self._shown_first = True

    def _keep_or_show_current(self, ids: set[int]) -> None:
        still_there = self._current_id is None or self._current_id in ids
        if still_there and self.form.is_dirty():
            self._select_in_views(self._current_id)  # keep what the user is typing
        elif self._current_id in ids:
            self._show_event(self._current_id)
        else:
            self._show_event(None)

    @property
    def contacts_ready(self) -> bool:
        return self.contacts.ready

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def current_event_id(self) -> int | None:
        """Return the id of the selected (saved) event, or None."""
        return self._current_id

    def open_event(self, event_id: int) -> None:
        """Select and show the event ``event_id`` (from the dashboard)."""
        if not self.model.all_rows and not self.loading:
            self.reload()
        if self.loading:
            self._pending_open = event_id  # shown now, selected in the list once loaded
        elif self.model.row_number_of(lambda r: r.id == event_id) < 0:
            self.filters.reset()
        self.views.setCurrentIndex(LIST_TAB)
        self.request_event(event_id)

    # filtering ---------------------------------------------------------------------------
    def apply_filter(self) -> None:
        """Filter the rows in Python and refresh list, calendar and year plan."""
        self.browser.apply_filter(loading=self.loading)
        self._select_in_views(self._current_id)

    # selection ---------------------------------------------------------------------------
    def request_event(self, event_id: int | None) -> bool:
        """Show another event, asking first about unsaved changes; False if the user stayed."""
        if event_id == self._current_id and event_id is not None:
            return True
        if not self.leave_form():
            self._select_in_views(self._current_id)
            return False
        self._show_event(event_id)
        return True

    def can_leave(self) -> bool:
        """The main window asks before switching pages or closing: unsaved changes?"""
        return self.leave_form()

    def leave_form(self) -> bool:
        """Return True when the form may be left (saved, discarded or unchanged)."""
        if not self.form.is_dirty():
            return True
        question = self.tr(
            "Die Veranstaltung wurde geändert. Möchten Sie die Änderungen speichern?"
        )
        # Discarding needs nothing: the form is loaded anew with the next event.
        return leave_unsaved(self, question, self._save_form, lambda: None)

    def _save_form(self) -> bool:
        if self.form.save():
            return True
        self.details.setCurrentIndex(DETAIL_TAB)  # the refused field is shown there
        return False

    def _show_event(self, event_id: int | None, *, new_day: dt.date | None = None) -> None:
        try:
            row = events.get_event(event_id) if event_id is not None else None
        except AktifError as error:  # deleted meanwhile (e.g. opened from an old dashboard)
            self.bar.show_message(error.message, "error")
            row, event_id = None, None
        self._current_id = event_id
        self.form.load(row, new_day=new_day)
        self.participants.set_event(row)
        self.conference.set_event(row)
        self._update_tabs(row)
        self._select_in_views(event_id)
        if row is not None:
            self.calendar.show_date(row.start.date())
        self.next_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)

    def _update_tabs(self, row: EventRow | None) -> None:
        external = row is not None and row.external
        # Others' events: who went is in the form ("Teilgenommen haben"), no list of ours.
        self.details.setTabEnabled(PARTICIPANTS_TAB, row is not None and not external)
        self.details.setTabToolTip(
            PARTICIPANTS_TAB,
            self.tr("Bei Veranstaltungen anderer Träger werden keine Teilnehmenden erfasst.")
            if external
            else "",
        )
        count = len(self.participants.model.all_rows)
        label = self.tr("Teilnehmende ({n})").format(n=count) if row else self.tr("Teilnehmende")
        self.details.setTabText(PARTICIPANTS_TAB, label)
        if external and self.details.currentIndex() == PARTICIPANTS_TAB:
            self.details.setCurrentIndex(DETAIL_TAB)
        self.details.setTabVisible(CONFERENCE_TAB, row is not None and row.is_conference)

    def _select_in_views(self, event_id: int | None) -> None:
        self.browser.select(event_id)

    # actions -----------------------------------------------------------------------------
    def new_record(self) -> None:
        """Strg+N and "Neue Veranstaltung": a new event (on the calendar's day when shown)."""
        self.new_event(self.browser.calendar_day())

    def new_event(self, day: dt.date | None = None) -> None:
        """Show an empty form for a new event on ``day`` (None: the form's default)."""
        if not self.leave_form():
            return
        self._show_event(None, new_day=day)
        self.details.setCurrentIndex(DETAIL_TAB)
        self.form.title.setFocus()

    def _saved(self, event_id: int) -> None:
        was_new = self._current_id is None
        self._current_id = event_id
        row = self.refresh_row(event_id)
        self.participants.set_event(row)
        self.conference.set_event(row)
        self._update_tabs(row)
        self._select_in_views(event_id)
        self.next_button.setEnabled(True)
        self.delete_button.setEnabled(True)
        text = self.tr("„{title}“ angelegt.") if was_new else self.tr("„{title}“ gespeichert.")
        self.bar.show_message(text.format(title=row.title), "success")

    def refresh_row(self, event_id: int) -> EventRow:
        """Read one event again and put it into the list (new or changed); return it.

        One row instead of the whole list: with 3,000 events a full read takes half a second,
        too long after every status click.
        """
        row = events.get_event(event_id)
        self._put_rows([r for r in self.model.all_rows if r.id != event_id] + [row])
        return row

    def drop_row(self, event_id: int) -> None:
        """Take a deleted event out of the list without reading the others."""
        self._put_rows([r for r in self.model.all_rows if r.id != event_id])

    def _put_rows(self, rows: list[EventRow]) -> None:
        rows.sort(key=lambda r: (r.start, r.id))
        self.filters.fill_years(rows)
        self.model.set_rows(rows)
        self.apply_filter()
        if self.loading:  # the running load may have read before this write: read again
            self._start_load()

    def _participants_changed(self) -> None:
        if self._current_id is not None:
            self._update_tabs(self.refresh_row(self._current_id))

    def delete_current(self) -> None:
        """Delete the selected event; the service refuses while something belongs to it."""
        if self._current_id is None:
            return
        row = events.get_event(self._current_id)
        question = self.tr("Die Veranstaltung „{title}“ am {day} löschen?").format(
            title=row.title, day=fmt_day(row.start)
        )
        if not ask_yes_no(self, self.tr("Veranstaltung löschen"), question):
            return
        try:
            events.delete_event(row.id)
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        self._show_event(None)
        self.drop_row(row.id)
        self.bar.show_message(
            self.tr("„{title}“ wurde gelöscht.").format(title=row.title), "success"
        )

    def plan_next(self) -> None:
        """Clone the selected event to the suggested (or a chosen) date."""
        if self._current_id is None or not self.leave_form():
            return
        source = events.get_event(self._current_id)
        dialog = NextEventDialog(source, events.suggest_next_start(source.id), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            created = events.clone_event(source.id, dialog.start())
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        self.filters.reset()
        self.refresh_row(created.id)
        self._show_event(created.id)
        self.details.setCurrentIndex(DETAIL_TAB)
        self.bar.show_message(
            self.tr("„{title}“ am {day} angelegt (Status „geplant“).").format(
                title=created.title, day=fmt_day(created.start)
            ),
            "success",
        )

    def open_attendance(self) -> None:
        """Open the keyboard attendance entry for the selected event."""
        if self._current_id is None:
            return
        dialog = AttendanceDialog(self._current_id, self, self.contacts.rows)
        dialog.exec()
        self.participants.refresh()
        self._participants_changed()
        if dialog.marked:
            self.bar.show_message(
                self.tr("{n} als „teilgenommen“ erfasst.").format(n=people(len(dialog.marked))),
                "success",
            )
