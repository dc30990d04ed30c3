"""The small dialog when a referral is closed: what came of it (Ergebnis), for the report."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from aktif_desktop.casework import ReferralResult


class ResultDialog(QDialog):
    """Asks "Was ist aus dem Verweis geworden?"; Enter takes the choice.

    Attributes:
        result: the combo of :class:`ReferralResult` (the stored result preselected).
    """

    def __init__(self, subject: str, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verweis abschließen"))
        self.setMinimumWidth(420)
        question = QLabel(
            self.tr("Was ist aus dem Verweis „{what}“ geworden?").format(what=subject)
        )
        question.setWordWrap(True)
        self.result_box = QComboBox()
        for result in ReferralResult:
            label = result.label if result.value else self.tr("(noch) nicht bekannt")
            self.result_box.addItem(label, result.value)
        self.result_box.setCurrentIndex(max(0, self.result_box.findData(current)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Abschließen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.result_box)
        layout.addWidget(buttons)

    def value(self) -> str:
        """The chosen result code ("" for not known)."""
        return str(self.result_box.currentData())
