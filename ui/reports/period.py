"""The period chooser of the Berichte page: Jahr, Halbjahr, Quartal or a free range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

YEAR, HALF, QUARTER, FREE = "year", "half", "quarter", "free"


def period_range(kind: str, year: int, part: int = 1) -> tuple[dt.date, dt.date]:
    """First and last day of a year, half-year (part 1-2) or quarter (part 1-4)."""
    if kind == HALF:
        first_month, months = 6 * (part - 1) + 1, 6
    elif kind == QUARTER:
        first_month, months = 3 * (part - 1) + 1, 3
    else:
        first_month, months = 1, 12
    start = dt.date(year, first_month, 1)
    end_month = first_month + months
    end = dt.date(year + 1, 1, 1) if end_month > 12 else dt.date(year, end_month, 1)
    return start, end - dt.timedelta(days=1)


class PeriodChooser(QWidget):
    """Kind of period, year and part, or two dates.

    Signals:
        changed(): the chosen period changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.kind = QComboBox()
        for code, text in (
            (YEAR, self.tr("Jahr")),
            (HALF, self.tr("Halbjahr")),
            (QUARTER, self.tr("Quartal")),
            (FREE, self.tr("frei")),
        ):
            self.kind.addItem(text, code)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.part = QComboBox()
        self.start = QDateEdit(QDate(dt.date.today().year, 1, 1))
        self.end = QDateEdit(QDate(dt.date.today().year, 12, 31))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.dash = QLabel("–")
        layout.addWidget(QLabel(self.tr("Zeitraum:")))
        for widget in (self.kind, self.year, self.part, self.start, self.dash, self.end):
            layout.addWidget(widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (self.year.valueChanged, self.part.currentIndexChanged):
            signal.connect(self.changed)
        self.start.dateChanged.connect(self.changed)
        self.end.dateChanged.connect(self.changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.part.clear()
        if kind == HALF:
            self.part.addItems([self.tr("1. Halbjahr"), self.tr("2. Halbjahr")])
        elif kind == QUARTER:
            self.part.addItems([self.tr("%1. Quartal").replace("%1", str(n)) for n in range(1, 5)])
        free = kind == FREE
        self.part.setVisible(kind in (HALF, QUARTER))
        self.year.setVisible(not free)
        for widget in (self.start, self.dash, self.end):
            widget.setVisible(free)
        self.changed.emit()

    def period(self) -> tuple[dt.date, dt.date]:
        """The chosen first and last day (a free range may be reversed: the caller checks)."""
        kind = self.kind.currentData()
        if kind == FREE:
            start, end = self.start.date().toPython(), self.end.date().toPython()
            assert isinstance(start, dt.date) and isinstance(end, dt.date)
            return start, end
        return period_range(kind, self.year.value(), self.part.currentIndex() + 1)
