"""The left side of the Veranstaltungen page: filters over the list, calendar and year plan.

It shows the rows of a model the page owns, keeps the three views in step with the filter
and the selected event, and reports what the user picked; it never reads the database.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.services.events import EventRow
from ui.events.calendar_view import EventCalendar, YearOverview
from ui.events.columns import TITLE, TITLE_SAMPLE, column_samples, hidden_columns
from ui.events.filter_bar import FilterBar
from ui.table_model import RowTableModel
from ui.widgets.style import grouped

LIST_TAB, CALENDAR_TAB, YEAR_TAB = range(3)
CELL_PADDING = 14  # the cell's margins around its text


class EventTable(QTableView):
    """The event list; it fits its columns to its width (see ``EventBrowser.fit_columns``).

    Signals:
        width_changed(): the table became wider or narrower.
    """

    width_changed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.width_changed.emit()


class EventBrowser(QWidget):
    """Filter bar, then tabs "Liste", "Kalender", "Jahresplan" over ``model``.

    Signals:
        event_picked(int): the user selected an event in the list or the calendar.
        new_event_requested(object): the calendar asked for a new event on a day (dt.date).
    """

    event_picked = Signal(int)
    new_event_requested = Signal(object)

    def __init__(self, model: RowTableModel[EventRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._syncing = False  # selecting programmatically: not the user's pick
        self._views_stale = True  # calendar and year plan lag behind the filter
        self.filters = FilterBar(self)
        self._build_list()
        self.calendar = EventCalendar(self)
        self.calendar.event_chosen.connect(self.event_picked)
        self.calendar.new_event_requested.connect(self.new_event_requested)
        self.year_view = YearOverview(self)
        self.year_view.month_chosen.connect(self._open_month)
        self.views = QTabWidget(self)
        self.views.addTab(self._list_page, self.tr("Liste"))
        self.views.addTab(self.calendar, self.tr("Kalender"))
        self.views.addTab(self.year_view, self.tr("Jahresplan"))
        self.views.currentChanged.connect(self._refresh_other_views)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.views, 1)

    def _build_list(self) -> None:
        self.view = EventTable(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.view.width_changed.connect(self.fit_columns)
        self.fit_columns()
        self.view.selectionModel().selectionChanged.connect(self._list_selection_changed)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        # Shown instead of an empty table, where the eye looks first.
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("QLabel { color:#555; font-size:11pt; padding:24px; }")
        self.empty_label.hide()
        self._list_page = QWidget(self)
        list_layout = QVBoxLayout(self._list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.empty_label, 1)
        list_layout.addWidget(self.count_label)

    def fit_columns(self) -> None:
        """Give the title the room it needs: the other columns get fixed widths (the user may
        drag them), and on a narrow list the less important ones are hidden.

        Sizing to contents would let a long place or online link squeeze the title to nothing;
        at 1366 × 768 seven fixed columns left it "Tite…".
        """
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()

        def needs(texts: tuple[str, ...], column: int) -> int:
            widest = max(metrics.horizontalAdvance(text) for text in texts) + CELL_PADDING
            return max(widest, header.sectionSizeHint(column))

        widths = {column: needs(texts, column) for column, texts in column_samples().items()}
        title_min = needs((TITLE_SAMPLE,), TITLE)
        # Reserve the vertical scroll bar: it appears once the rows arrive.
        scroll_bar = self.view.verticalScrollBar().sizeHint().width()
        available = self.view.width() - 2 * self.view.frameWidth() - scroll_bar
        hidden = hidden_columns(available, widths, title_min)
        for column, width in widths.items():
            header.setSectionHidden(column, column in hidden)
            if column not in hidden:
                header.resizeSection(column, width)

    # filtering ---------------------------------------------------------------------------
    def apply_filter(self, *, loading: bool) -> None:
        """Filter the model's rows and refresh the count, calendar and year plan."""
        chosen = self.filters.current()
        self.model.set_filter(chosen.predicate())
        if chosen.year is not None:
            self.year_view.year = chosen.year
        self._views_stale = True
        self._refresh_other_views()
        total, shown = len(self.model.all_rows), len(self.model.rows)
        if total == 0 and loading:
            text = self.tr("Veranstaltungen werden geladen …")
        elif total == 0:
            text = self.tr(
                "Noch keine Veranstaltungen. Legen Sie mit „Neue Veranstaltung“ die erste an."
            )
        elif shown == 0:
            text = self.tr(
                "Keine Veranstaltung passt zu Suche und Filtern. Ändern Sie die Suche oder "
                "wählen Sie „Alle Jahre“, „Alle Arten“, „Jeder Status“ und „Alle Träger“."
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

    def show_loading(self) -> None:
        """The old rows stay usable while new ones are read."""
        self.count_label.setText(self.tr("Veranstaltungen werden geladen …"))

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

    def calendar_day(self) -> dt.date | None:
        """The day selected in the calendar while it is shown, else None."""
        if self.views.currentIndex() != CALENDAR_TAB:
            return None
        chosen = self.calendar.calendar.selectedDate()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    # selection ---------------------------------------------------------------------------
    def _list_selection_changed(self) -> None:
        if self._syncing:
            return
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.event_picked.emit(self.model.row_at(rows[0].row()).id)

    def select(self, event_id: int | None) -> None:
        """Select ``event_id`` in the list (nothing if None or filtered out)."""
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
