"""The Partner page's title, search field and filters (kind, legal area, role, state)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from aktif_desktop.domain import LEGAL_AREAS, OrganisationKind, OrganisationRole
from aktif_desktop.services.common import filter_rows
from aktif_desktop.services.organisations import OrganisationRow

ALL = ""


class PartnerFilters(QWidget):
    """Search words plus four combo filters, applied in Python to the loaded rows.

    Signals:
        changed(): the search text or a filter changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        title = QLabel(self.tr("Partner"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        top.addWidget(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen: Name, Ort, Art, Rechtskreis …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.changed.emit())
        top.addWidget(self.search, 1)
        rows.addLayout(top)
        line = QHBoxLayout()
        self.kind = self._combo(self.tr("Alle Arten"), OrganisationKind.choices())
        self.area = self._combo(self.tr("Alle Rechtskreise"), list(LEGAL_AREAS.items()))
        self.role = self._combo(self.tr("Alle Rollen"), OrganisationRole.choices())
        self.state = self._combo(
            self.tr("Aktive und inaktive"),
            [("active", self.tr("nur aktive")), ("inactive", self.tr("nur inaktive"))],
        )
        line.addWidget(QLabel(self.tr("Filter:")))
        for combo in self.combos():
            line.addWidget(combo)
        line.addStretch(1)
        rows.addLayout(line)

    def _combo(self, all_text: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(all_text, ALL)
        for code, label in choices:
            combo.addItem(label, code)
        combo.currentIndexChanged.connect(lambda _index: self.changed.emit())
        return combo

    def combos(self) -> tuple[QComboBox, ...]:
        return (self.kind, self.area, self.role, self.state)

    def apply(self, rows: list[OrganisationRow]) -> list[OrganisationRow]:
        """Keep the rows matching every search word (``filter_rows``) and every filter."""
        kind, area = self.kind.currentData(), self.area.currentData()
        role, state = self.role.currentData(), self.state.currentData()
        return [
            row
            for row in filter_rows(rows, self.search.text())
            if (not kind or row.kind == kind)
            and (not area or area in row.legal_areas)
            and (not role or row.role == role)
            and (not state or row.active == (state == "active"))
        ]

    def clear(self) -> None:
        """Show everything again (one ``changed`` at the end)."""
        self.blockSignals(True)
        self.search.clear()
        for combo in self.combos():
            combo.setCurrentIndex(0)
        self.blockSignals(False)
        self.changed.emit()
