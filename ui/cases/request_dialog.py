"""The small dialog of a Rückfrage or Nachforderung: what the authority asks, and by when."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from aktif_desktop import clock
from ui.cases.common import date_edit, date_of
from ui.widgets.forms import ErrorForm

DEFAULT_DAYS = 14  # authorities usually give two weeks


class RequestDialog(QDialog):
    """Asks "Was wird gefragt?" and "Frist"; Enter takes it.

    Attributes:
        what: the line for what is asked; due: the due date (in two weeks by default).
    """

    def __init__(self, status_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(status_label)
        self.setMinimumWidth(420)
        self.form = ErrorForm()
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("z. B. Kontoauszüge der letzten drei Monate"))
        self.due = date_edit(clock.today() + dt.timedelta(days=DEFAULT_DAYS))
        self.form.add_field(self.tr("Was wird gefragt?"), self.what, "Was")
        self.form.add_field(self.tr("Frist"), self.due, "Frist")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Übernehmen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self._accept_if_filled)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def _accept_if_filled(self) -> None:
        if not self.what.text().strip():
            self.form.errors["Was"].show_message(self.tr("Bitte eintragen, was gefragt wird."))
            self.what.setFocus()
            return
        self.accept()

    def values(self) -> tuple[str, dt.date]:
        return self.what.text().strip(), date_of(self.due)
