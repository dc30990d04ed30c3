"""The search field and filter boxes (year, kind, status, own/external) above the event list."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from aktif_desktop.domain import EventKind, EventStatus
from aktif_desktop.services.events import EventRow
from ui.events.columns import EventFilter


class FilterBar(QWidget):
    """Live search plus year, kind, status and origin filters.

    Signals:
        changed(): the search text or a filter changed.
    Attributes:
        search, year, kind, status: the widgets (``None`` data means "all");
        origin: "Alle Träger" (None), "Nur eigene" (False), "Nur externe" (True).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Suchen: Titel, Art, Ort, Veranstalter, Thema …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.changed)
        self.year = QComboBox(self)
        self.year.addItem(self.tr("Alle Jahre"), None)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Alle Arten"), None)
        for code, label in EventKind.choices():
            self.kind.addItem(label, code)
        self.status = QComboBox(self)
        self.status.addItem(self.tr("Jeder Status"), None)
        for code, label in EventStatus.choices():
            self.status.addItem(label, code)
        # Our own events or those of other bodies the Verbund's staff attended.
        self.origin = QComboBox(self)
        self.origin.addItem(self.tr("Alle Träger"), None)
        self.origin.addItem(self.tr("Nur eigene"), False)
        self.origin.addItem(self.tr("Nur externe"), True)
        self.origin.setToolTip(
            self.tr(
                "Eigene Veranstaltungen des Verbunds oder Veranstaltungen anderer Träger, an "
                "denen Mitarbeitende teilgenommen haben (externe Aktivitäten)"
            )
        )
        # Search on its own line, the filters below: on a laptop-sized window the list pane
        # is narrow, and one line squeezed the search field to a few letters.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        boxes = QHBoxLayout()
        for box in self._boxes():
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self.changed)
            boxes.addWidget(box)
        boxes.addStretch(1)
        layout.addLayout(boxes)

    def _boxes(self) -> tuple[QComboBox, ...]:
        return (self.year, self.kind, self.status, self.origin)

    def fill_years(self, rows: list[EventRow]) -> None:
        """Offer the years that have events, keeping the chosen one."""
        current = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("Alle Jahre"), None)
        for year in sorted({row.start.year for row in rows}):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(current)))
        self.year.blockSignals(False)

    def reset(self) -> None:
        """Show everything again (one ``changed`` signal)."""
        widgets = (*self._boxes(), self.search)
        for widget in widgets:
            widget.blockSignals(True)
        for box in self._boxes():
            box.setCurrentIndex(0)
        self.search.clear()
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()

    def current(self) -> EventFilter:
        return EventFilter(
            self.search.text(),
            self.year.currentData(),
            self.kind.currentData(),
            self.status.currentData(),
            self.origin.currentData(),
        )
