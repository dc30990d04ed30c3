"""The month calendar (event days highlighted, the chosen day's events listed) and the year
overview (twelve months with their events)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import clock
from aktif_desktop.services.events import EventRow
from ui.events.columns import day_columns
from ui.events.common import MONTHS, fmt_day, from_qdate, german_locale, to_qdate
from ui.table_model import ROW_ROLE, RowTableModel

EVENT_DAY_COLOUR = "#cfe2ff"
MAX_LINES_PER_MONTH = 6


def group_by_day(rows: list[EventRow]) -> dict[dt.date, list[EventRow]]:
    days: dict[dt.date, list[EventRow]] = defaultdict(list)
    for row in rows:
        days[row.start.date()].append(row)
    return days


class EventCalendar(QWidget):
    """A month calendar with the event days highlighted and the chosen day's events below.

    Signals:
        event_chosen(int): the user picked an event of the day list.
        new_event_requested(object): a day without events was double-clicked (a date).
    Attributes:
        calendar: the QCalendarWidget; day_model: the events of the chosen day.
    """

    event_chosen = Signal(int)
    new_event_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: dict[dt.date, list[EventRow]] = {}
        self.calendar = QCalendarWidget(self)
        self.calendar.setLocale(german_locale())
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.selectionChanged.connect(self._show_day)
        self.calendar.activated.connect(self._activated)
        self.day_label = QLabel(self)
        self.day_label.setWordWrap(True)
        self.day_model: RowTableModel[EventRow] = RowTableModel(day_columns(), self)
        self.day_view = QTableView(self)
        self.day_view.setModel(self.day_model)
        self.day_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.day_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.day_view.verticalHeader().hide()
        self.day_view.verticalHeader().setDefaultSectionSize(26)
        self.day_view.setWordWrap(False)
        header = self.day_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.day_view.clicked.connect(self._choose)
        self.day_view.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar, 3)
        layout.addWidget(self.day_label)
        layout.addWidget(self.day_view, 2)

    def set_events(self, rows: list[EventRow]) -> None:
        """Highlight the days of ``rows`` and refresh the day list."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears all formats
        self._days = group_by_day(rows)
        for day, events in self._days.items():
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(QColor(EVENT_DAY_COLOUR)))
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setToolTip("\n".join(e.title for e in events))
            self.calendar.setDateTextFormat(to_qdate(day), fmt)
        self._show_day()

    def events_on(self, day: dt.date) -> list[EventRow]:
        return list(self._days.get(day, []))

    def is_highlighted(self, day: dt.date) -> bool:
        fmt = self.calendar.dateTextFormat(to_qdate(day))
        return fmt.background().color() == QColor(EVENT_DAY_COLOUR)

    def show_date(self, day: dt.date) -> None:
        """Jump to ``day`` (its month shows, its events are listed)."""
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)
        self._show_day()

    def _show_day(self) -> None:
        day = from_qdate(self.calendar.selectedDate())
        events = self._days.get(day, [])
        self.day_model.set_rows(events)
        if events:
            self.day_label.setText(self.tr("Veranstaltungen am {day}:").format(day=fmt_day(day)))
        else:
            self.day_label.setText(
                self.tr(
                    "Am {day} ist keine Veranstaltung geplant. Hervorgehobene Tage haben "
                    "Veranstaltungen; ein Doppelklick auf einen freien Tag legt dort eine "
                    "neue an."
                ).format(day=fmt_day(day))
            )
        self.day_view.setVisible(bool(events))

    def _activated(self, date: QDate) -> None:
        # Double-click or Enter on a day: open its first event, or plan a new one there.
        day = from_qdate(date)
        events = self._days.get(day, [])
        if events:
            self.event_chosen.emit(events[0].id)
        else:
            self.new_event_requested.emit(day)

    def _choose(self, index: object) -> None:
        row = self.day_model.data(index, ROW_ROLE)  # type: ignore[arg-type]
        if row is not None:
            self.event_chosen.emit(row.id)


class MonthBox(QFrame):
    """One month of the year overview; a click opens it in the calendar.

    Signals:
        clicked(int, int): year and month.
    """

    clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = 0, 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = QLabel(self)
        # "September · 4 Veranstaltungen" is wider than a month box of a 1366-pixel screen:
        # the count then moves to a line of its own instead of being cut.
        self.title.setWordWrap(True)
        self._heading = ("", "")
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 1)

    def set_month(self, year: int, month: int, events: list[EventRow]) -> None:
        self.year, self.month = year, month
        count = len(events)
        heading = MONTHS[month - 1]
        suffix = self.tr("1 Veranstaltung") if count == 1 else self.tr("{n} Veranstaltungen")
        self._heading = (heading, suffix.format(n=count))
        self._fit_heading()
        lines = [f"{e.start:%d.}  {e.kind_label}" for e in events[:MAX_LINES_PER_MONTH]]
        if count > MAX_LINES_PER_MONTH:
            lines.append(self.tr("… und {n} weitere").format(n=count - MAX_LINES_PER_MONTH))
        self.body.setText("\n".join(lines) if lines else self.tr("keine"))
        self.body.setToolTip("\n".join(f"{e.start:%d.%m.} {e.title}" for e in events))
        self.setStyleSheet("MonthBox { background: %s; }" % ("#eef4ff" if count else "#fafafa"))

    def heading_width(self) -> int:
        """The width the heading needs on one line (month in bold, then the count)."""
        bold = QFont(self.title.font())
        bold.setBold(True)
        month, count = self._heading
        return QFontMetrics(bold).horizontalAdvance(
            month
        ) + self.title.fontMetrics().horizontalAdvance(f" · {count}")

    def _fit_heading(self) -> None:
        month, count = self._heading
        one_line = self.heading_width() <= self.title.contentsRect().width()
        self.title.setText(f"<b>{month}</b>" + (" · " if one_line else "<br>") + count)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_heading()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.year, self.month)
        super().mousePressEvent(event)


class YearOverview(QWidget):
    """The twelve months of one year with the events of each (the year plan at a glance).

    Signals:
        month_chosen(int, int): year and month the user clicked.
    """

    month_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EventRow] = []
        self.year = clock.today().year
        self.previous = QPushButton("◀", self)
        self.previous.setToolTip(self.tr("Vorheriges Jahr"))
        self.next = QPushButton("▶", self)
        self.next.setToolTip(self.tr("Nächstes Jahr"))
        for button in (self.previous, self.next):
            button.setFixedWidth(36)
        self.previous.clicked.connect(lambda: self.set_year(self.year - 1))
        self.next.clicked.connect(lambda: self.set_year(self.year + 1))
        self.heading = QLabel(self)
        head = QHBoxLayout()
        head.addWidget(self.previous)
        head.addWidget(self.heading, 1, Qt.AlignmentFlag.AlignCenter)
        head.addWidget(self.next)
        grid = QGridLayout()
        self.boxes: list[MonthBox] = []
        for index in range(12):
            box = MonthBox(self)
            box.clicked.connect(self.month_chosen)
            grid.addWidget(box, index // 3, index % 3)
            self.boxes.append(box)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(grid, 1)

    def set_events(self, rows: list[EventRow]) -> None:
        self._rows = rows
        self._fill()

    def set_year(self, year: int) -> None:
        self.year = year
        self._fill()

    def _fill(self) -> None:
        months: dict[int, list[EventRow]] = defaultdict(list)
        for row in self._rows:
            if row.start.year == self.year:
                months[row.start.month].append(row)
        total = sum(len(events) for events in months.values())
        self.heading.setText(
            self.tr("<b>Jahresplan {year}</b> – {n} Veranstaltungen").format(
                year=self.year, n=total
            )
        )
        for month, box in enumerate(self.boxes, start=1):
            box.set_month(self.year, month, sorted(months[month], key=lambda r: r.start))
