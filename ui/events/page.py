"""The Veranstaltungen page: list, calendar and year plan on the left; the selected event's
details, participants and conference items on the right.

The main window uses ``EventsPage(parent)``, ``reload()``, ``current_event_id()`` and
``open_event(event_id)``.

``reload()`` reads events and organisations in a worker thread (3,000 events take about
half a second to a second and a half) and shows "Veranstaltungen werden geladen …" meanwhile;
an event opened during the load is shown at once and selected in the list when it arrives.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services import events, organisations
from aktif_desktop.services.events import EventRow
from aktif_desktop.services.organisations import OrganisationRow
from ui.events.attendance import AttendanceDialog
from ui.events.calendar_view import EventCalendar, YearOverview
from ui.events.columns import event_columns
from ui.events.common import MessageBar, ask_unsaved, confirm, fmt_day, people
from ui.events.conference import ConferencePanel
from ui.events.contact_loader import ContactLoader
from ui.events.filter_bar import FilterBar
from ui.events.form import EventForm
from ui.events.next_event import NextEventDialog
from ui.events.participants import ParticipantsPanel
from ui.table_model import RowTableModel
from ui.widgets.jobs import LatestLoader
from ui.widgets.style import grouped

LIST_TAB, CALENDAR_TAB, YEAR_TAB = range(3)
LIST_SHARE = 0.62
DETAIL_MIN_WIDTH = 470  # the detail form's fields and legal-area tags fit uncut
DETAIL_TAB, PARTICIPANTS_TAB, CONFERENCE_TAB = range(3)
# Text as wide as each column usually needs (the title column stretches instead).
COLUMN_SAMPLES = (
    "Mo, 00.00.0000",
    "00:00–00:00",
    "Austausch / online",
    "",
    "Rathaus Grünfelde",
    "durchgeführt",
    "100 / 100 (+1)",
)


def _load_events() -> tuple[list[OrganisationRow], list[EventRow]]:
    """The background load: organisations (organiser list) and every event."""
    return organisations.list_organisations(), events.list_events()


class EventsPage(QWidget):
    """The events screen.

    Signals:
        event_changed(object): the selected event id (int or None) changed.
    Attributes:
        model: every event, filtered by search and filter boxes; form, participants,
        conference: the panels on the right; bar: the page's message line.
    """

    event_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current_id: int | None = None
        self._syncing = False
        self._loaded_once = False
        self._user_sized = False
        self.contacts = ContactLoader(self)
        self.loader = LatestLoader(self)
        self.loader.loaded.connect(self._loaded)
        self.loader.failed.connect(self._load_failed)
        # Bumped when the list is read synchronously (after a write): an older background
        # load must not put its rows back. The load remembers the version it started at.
        self._rows_version = self._load_version = 0
        self._pending_open: int | None = None
        self._views_stale = True
        self.model: RowTableModel[EventRow] = RowTableModel(event_columns(), self)
        self._build_filters()
        self._build_views()
        self._build_detail()
        self._lay_out()
        self._show_event(None)

    # building ----------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.filters = FilterBar(self)
        self.filters.changed.connect(self.apply_filter)
        # Shortcuts for tests and the main window: the filter widgets themselves.
        self.search = self.filters.search
        self.year, self.kind, self.status = (
            self.filters.year,
            self.filters.kind,
            self.filters.status,
        )
        self.new_button = QPushButton(self.tr("Neue Veranstaltung"), self)
        self.new_button.clicked.connect(lambda: self.new_event())
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

    def _build_views(self) -> None:
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        # Fixed starting widths (the user may drag them); the title takes the rest. Sizing to
        # contents would let a long place or online link squeeze the title to nothing.
        metrics = self.view.fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES):
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 14)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._list_selection_changed)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        # Shown instead of an empty table, where the eye looks first.
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("QLabel { color:#555; font-size:11pt; padding:24px; }")
        self.empty_label.hide()
        self.calendar = EventCalendar(self)
        self.calendar.event_chosen.connect(self.request_event)
        self.calendar.new_event_requested.connect(self.new_event)
        self.year_view = YearOverview(self)
        self.year_view.month_chosen.connect(self._open_month)
        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.empty_label, 1)
        list_layout.addWidget(self.count_label)
        self.views = QTabWidget(self)
        self.views.addTab(list_page, self.tr("Liste"))
        self.views.addTab(self.calendar, self.tr("Kalender"))
        self.views.addTab(self.year_view, self.tr("Jahresplan"))
        self.views.currentChanged.connect(self._refresh_other_views)

    def _build_detail(self) -> None:
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
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.views, 1)
        left_layout.addLayout(actions)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self.bar = MessageBar(self)
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
            left_min = self.splitter.widget(0).minimumSizeHint().width()
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
        else:  # the old rows stay usable meanwhile
            self.count_label.setText(self.tr("Veranstaltungen werden geladen …"))

    def _start_load(self) -> None:
        self._load_version = self._rows_version
        self.loader.start(_load_events)

    @property
    def loading(self) -> bool:
        """True while the event rows are being read in the background."""
        return self.loader.running

    def mark_stale(self) -> None:
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
        if self._load_version != self._rows_version:
            rows = self.model.all_rows  # read again after a write meanwhile: newer
        else:
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
        first = not self._loaded_once and self._current_id is None
        if first and rows and not self.form.is_dirty():
            upcoming = [r for r in rows if r.start >= dt.datetime.now()]
            self._show_event((upcoming[0] if upcoming else rows[-1]).id)
        self._loaded_once = True

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
        chosen = self.filters.current()
        self.model.set_filter(chosen.predicate())
        if chosen.year is not None:
            self.year_view.year = chosen.year
        self._views_stale = True
        self._refresh_other_views()
        self._select_in_views(self._current_id)
        total, shown = len(self.model.all_rows), len(self.model.rows)
        if total == 0 and self.loading:
            text = self.tr("Veranstaltungen werden geladen …")
        elif total == 0:
            text = self.tr(
                "Noch keine Veranstaltungen. Legen Sie mit „Neue Veranstaltung“ die erste an."
            )
        elif shown == 0:
            text = self.tr(
                "Keine Veranstaltung passt zu Suche und Filtern. Ändern Sie die Suche oder "
                "wählen Sie „Alle Jahre“, „Alle Arten“ und „Jeder Status“."
            )
        elif shown == total:
            text = self.tr("{n} Veranstaltungen").format(n=total)
        else:
            text = self.tr("{shown} von {total} Veranstaltungen").format(
                shown=grouped(shown), total=grouped(total)
            )
        self.count_label.setText(text)
        self.empty_label.setText(text)
        self.view.setVisible(shown > 0)
        self.empty_label.setVisible(shown == 0)
        self.count_label.setVisible(shown > 0)

    def _refresh_other_views(self) -> None:
        # Calendar and year plan follow the filter only while shown: re-marking thousands of
        # days on every keystroke would make typing in the search field sluggish.
        if not self._views_stale or self.views.currentIndex() == LIST_TAB:
            return
        self._views_stale = False
        self.calendar.set_events(self.model.rows)
        self.year_view.set_events(self.model.rows)

    def _open_month(self, year: int, month: int) -> None:
        self.calendar.calendar.setCurrentPage(year, month)
        self.views.setCurrentIndex(CALENDAR_TAB)

    # selection ---------------------------------------------------------------------------
    def _list_selection_changed(self) -> None:
        if self._syncing:
            return
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.request_event(self.model.row_at(rows[0].row()).id)

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
        answer = ask_unsaved(self)
        if answer == "save":
            if not self.form.save():
                self.details.setCurrentIndex(DETAIL_TAB)
                return False
            return True
        return answer == "discard"

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
        self.event_changed.emit(event_id)

    def _update_tabs(self, row: EventRow | None) -> None:
        self.details.setTabEnabled(PARTICIPANTS_TAB, row is not None)
        count = len(self.participants.model.all_rows)
        label = self.tr("Teilnehmende ({n})").format(n=count) if row else self.tr("Teilnehmende")
        self.details.setTabText(PARTICIPANTS_TAB, label)
        self.details.setTabVisible(CONFERENCE_TAB, row is not None and row.is_conference)

    def _select_in_views(self, event_id: int | None) -> None:
        self._syncing = True
        try:
            number = self.model.row_number_of(lambda r: r.id == event_id) if event_id else -1
            if number < 0:
                self.view.clearSelection()
            else:
                index = self.model.index(number, 0)
                self.view.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
        finally:
            self._syncing = False

    # actions -----------------------------------------------------------------------------
    def new_event(self, day: dt.date | None = None) -> None:
        """Show an empty form for a new event (on the calendar's day when it is shown)."""
        if not self.leave_form():
            return
        if day is None and self.views.currentIndex() == CALENDAR_TAB:
            chosen = self.calendar.calendar.selectedDate()
            day = dt.date(chosen.year(), chosen.month(), chosen.day())
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
        self.event_changed.emit(event_id)

    def reload_rows(self) -> None:
        """Read the event rows again (counts changed) without touching the form."""
        self._rows_version += 1
        rows = events.list_events()
        self.filters.fill_years(rows)
        self.model.set_rows(rows)
        self.apply_filter()

    def refresh_row(self, event_id: int) -> EventRow:
        """Read one event again and put it into the list (new or changed); return it.

        One row instead of the whole list: with 3,000 events a full read takes half a second,
        too long after every status click.
        """
        row = events.get_event(event_id)
        rows = [r for r in self.model.all_rows if r.id != event_id] + [row]
        rows.sort(key=lambda r: (r.start, r.id))
        self.filters.fill_years(rows)
        self.model.set_rows(rows)
        self.apply_filter()
        if self.loading:  # the running load may have read before this write: read again
            self._start_load()
        return row

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
        if not confirm(self, self.tr("Veranstaltung löschen"), question):
            return
        try:
            events.delete_event(row.id)
        except AktifError as error:
            self.bar.show_message(error.message, "error")
            return
        self._show_event(None)
        self.reload_rows()
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
        self.reload_rows()
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
