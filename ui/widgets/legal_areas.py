"""Legal areas (Rechtskreise) as a row of checkable tags."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from aktif_desktop.domain import LEGAL_AREAS

TAG_STYLE = """
QPushButton { border: 1px solid #9aa7b5; border-radius: 10px; padding: 2px 10px;
              background: #f4f6f8; color: #34404d; }
QPushButton:checked { background: #2f6f9f; border-color: #2f6f9f; color: white; }
"""


class LegalAreaSelector(QWidget):
    """One checkable tag per legal area, in the fixed display order.

    Signals:
        changed(): the set of checked areas changed through the user.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, columns: int = 5) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for index, (code, label) in enumerate(LEGAL_AREAS.items()):
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setStyleSheet(TAG_STYLE)
            button.setAccessibleName(label)
            button.toggled.connect(lambda _checked: self.changed.emit())
            layout.addWidget(button, index // columns, index % columns)
            self.buttons[code] = button

    def codes(self) -> tuple[str, ...]:
        """Return the checked codes in display order."""
        return tuple(code for code, button in self.buttons.items() if button.isChecked())

    def set_codes(self, codes: tuple[str, ...] | list[str]) -> None:
        """Check exactly ``codes`` without emitting ``changed``."""
        self.blockSignals(True)
        for code, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(code in codes)
            button.blockSignals(False)
        self.blockSignals(False)
