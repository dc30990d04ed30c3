"""A case's referrals and applications as one timeline, newest first, with the status buttons.

Under the list sit buttons only for the steps the flow allows from the selected entry's status
(``referrals.allowed_steps`` / ``applications.allowed_steps``), so a refused step is never
offered. A Rückfrage or Nachforderung asks what is asked and by when first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from aktif_desktop.casework import (
    APPLICATION_ASKING,
    REFERRAL_FINAL,
    ApplicationStatus,
    ReferralStatus,
)
from aktif_desktop.errors import AktifError
from aktif_desktop.services import applications, referrals
from aktif_desktop.services.applications import ApplicationRow
from aktif_desktop.services.referrals import ReferralRow
from ui.cases.common import german
from ui.cases.request_dialog import RequestDialog
from ui.cases.result_dialog import ResultDialog
from ui.table_model import Column, RowTableModel
from ui.widgets.dialogs import ask_yes_no
from ui.widgets.style import MUTED
from ui.widgets.table import make_table

REFERRAL, APPLICATION = "referral", "application"
STEPS_PER_ROW = 3  # the six steps after "eingereicht" fit on two rows of a narrow pane
FINISHED = QColor("#5b6875")


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One entry: a referral or an application of the case."""

    kind: str
    day: dt.date | None
    row: Any  # ReferralRow or ApplicationRow

    @property
    def id(self) -> int:
        return int(self.row.id)

    @property
    def partner(self) -> str:
        row = self.row
        return row.organisation_name if self.kind == REFERRAL else row.authority_name

    @property
    def subject(self) -> str:
        row = self.row
        if self.kind == REFERRAL:
            return f"{row.concern_label} · {row.handover_label}"
        return row.benefit_label + (" · " + "Stempel" if row.stamped else "")

    @property
    def status_text(self) -> str:
        row = self.row
        text = str(row.status_label)
        if self.kind == APPLICATION and row.request_due:
            text += f" bis {german(row.request_due)}"
        if self.kind == REFERRAL and row.result_label:
            text += f" ({row.result_label})"
        return text

    def steps(self) -> list[str]:
        if self.kind == REFERRAL:
            return referrals.allowed_steps(self.row.status)
        return applications.allowed_steps(self.row.status)


def timeline_items(
    referral_rows: list[ReferralRow], application_rows: list[ApplicationRow]
) -> list[TimelineItem]:
    """Both kinds in one list, newest first (the later id first on the same day)."""
    items = [TimelineItem(REFERRAL, row.referred_on, row) for row in referral_rows]
    items += [TimelineItem(APPLICATION, row.submitted_on, row) for row in application_rows]
    return sorted(items, key=lambda i: (i.day or dt.date.min, i.id), reverse=True)


WIDTHS = (82, 58, 150, 180, 150)  # Datum, Art, Partner, Anliegen (stretches), Status
MIN_SHARE = 80


class Timeline(QWidget):
    """The timeline of one case with the status buttons of the selected entry.

    Signals:
        written(str): an entry changed (a success message for the page's bar).
        failed(str): a step was refused (the German message).
        edit_requested(object): the user wants to change this TimelineItem (double click).
    Attributes:
        model: the entries; view: the table; step_buttons: the buttons shown now, by status.
    """

    written = Signal(str)
    failed = Signal(str)
    edit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[TimelineItem] = RowTableModel(self._columns(), self)
        self.view = make_table(self.model, list(WIDTHS), self, sortable=False, stretch=3)
        self.view.doubleClicked.connect(lambda _index: self._edit())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._show_buttons())
        self.empty = QLabel(self.tr("Noch keine Verweise oder Anträge."))
        self.empty.setStyleSheet(MUTED)
        self.step_label = QLabel()
        self.step_label.setStyleSheet(MUTED)
        self.steps_box = QWidget()
        self.steps_grid = QGridLayout(self.steps_box)
        self.steps_grid.setContentsMargins(0, 0, 0, 0)

        self.step_buttons: dict[str, QPushButton] = {}
        self.edit_button = QPushButton(self.tr("Bearbeiten …"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(self.tr("Eintrag löschen"))
        self.delete_button.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.step_label)
        layout.addWidget(self.steps_box)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)
        self._show_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Narrow (1024 px screens): partner and status give up width so that every column
        # stays in view (elided) instead of scrolling sideways.
        super().resizeEvent(event)
        room = self.width() - WIDTHS[0] - WIDTHS[1] - 24  # frame and vertical scroll bar
        share = min(WIDTHS[2], max(MIN_SHARE, room // 3))
        self.view.setColumnWidth(2, share)
        self.view.setColumnWidth(4, share)

    def _columns(self) -> list[Column[TimelineItem]]:
        def kind(item: TimelineItem) -> str:
            return self.tr("Verweis") if item.kind == REFERRAL else self.tr("Antrag")

        def finished(item: TimelineItem) -> Any:
            return FINISHED if not item.steps() or item.row.status in _DONE else None

        return [
            Column(self.tr("Datum"), lambda i: german(i.day), foreground=finished),
            Column(self.tr("Art"), kind, foreground=finished),
            Column(self.tr("Partner / Behörde"), lambda i: i.partner, foreground=finished),
            Column(
                self.tr("Anliegen / Leistung"),
                lambda i: i.subject,
                tooltip=lambda i: i.row.note,
                foreground=finished,
            ),
            Column(self.tr("Status"), lambda i: i.status_text, foreground=finished),
        ]

    # showing ------------------------------------------------------------------------------
    def set_items(self, items: list[TimelineItem]) -> None:
        """Show ``items``; the selected entry stays selected when it is still there."""
        current = self.current()
        self.model.set_rows(items)
        self.view.setVisible(bool(items))
        self.empty.setVisible(not items)
        number = -1
        if current is not None:
            number = self.model.row_number_of(
                lambda i: (i.kind, i.id) == (current.kind, current.id)
            )
        if number < 0 and items:
            number = 0
        if number >= 0:
            self.view.selectRow(number)
        self._show_buttons()

    def current(self) -> TimelineItem | None:
        number = self.view.currentIndex().row()
        return self.model.row_at(number) if 0 <= number < len(self.model.rows) else None

    def select(self, kind: str, record_id: int) -> None:
        number = self.model.row_number_of(lambda i: (i.kind, i.id) == (kind, record_id))
        if number >= 0:
            self.view.selectRow(number)

    def _show_buttons(self) -> None:
        for button in self.step_buttons.values():
            self.steps_grid.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.step_buttons = {}
        item = self.current()
        self.edit_button.setEnabled(item is not None)
        self.delete_button.setEnabled(item is not None)
        if item is None:
            self.step_label.setText("")
            return
        steps = item.steps()
        self.step_label.setText(
            self.tr("Nächster Schritt für „{what}“:").format(what=item.subject)
            if steps
            else self.tr("„{what}“ ist abgeschlossen.").format(what=item.subject)
        )
        enum = ReferralStatus if item.kind == REFERRAL else ApplicationStatus
        for step in steps:
            label = enum(step).label
            button = QPushButton(label, self)
            button.setToolTip(self.tr("Status auf „{s}“ setzen").format(s=label))
            button.clicked.connect(lambda _=False, s=step: self.set_status(s))
            count = len(self.step_buttons)
            self.steps_grid.addWidget(button, count // STEPS_PER_ROW, count % STEPS_PER_ROW)
            self.step_buttons[step] = button

    # acting -------------------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        """Move the selected entry one step (Rückfrage/Nachforderung ask what and by when)."""
        item = self.current()
        if item is None:
            return
        try:
            if item.kind == REFERRAL:
                result = None
                if ReferralStatus(status) in REFERRAL_FINAL:  # ask what came of it
                    ask = ResultDialog(item.subject, item.row.result, self)
                    if ask.exec() != ResultDialog.DialogCode.Accepted:
                        return
                    result = ask.value()
                referrals.set_referral_status(
                    item.id, status, result=result, version=item.row.version
                )
                label = ReferralStatus(status).label
            else:
                label = ApplicationStatus(status).label
                asked, due = "", None
                if ApplicationStatus(status) in APPLICATION_ASKING:
                    dialog = RequestDialog(label, self)
                    if dialog.exec() != RequestDialog.DialogCode.Accepted:
                        return
                    asked, due = dialog.values()
                applications.set_status(
                    item.id, status, asked=asked, due=due, version=item.row.version
                )
        except AktifError as error:
            self.failed.emit(error.message)
            return
        self.written.emit(
            self.tr("„{what}“ steht jetzt auf „{s}“.").format(what=item.subject, s=label)
        )

    def _edit(self) -> None:
        item = self.current()
        if item is not None:
            self.edit_requested.emit(item)

    def _delete(self) -> None:
        item = self.current()
        if item is None:
            return
        what = self.tr("den Verweis") if item.kind == REFERRAL else self.tr("den Antrag")
        question = self.tr(
            "Soll {what} „{subject}“ ({partner}) mit seinen Wiedervorlagen gelöscht werden?"
        ).format(what=what, subject=item.subject, partner=item.partner)
        if not ask_yes_no(self, self.tr("Eintrag löschen"), question):
            return
        try:
            if item.kind == REFERRAL:
                referrals.delete_referral(item.id)
            else:
                applications.delete_application(item.id)
        except AktifError as error:
            self.failed.emit(error.message)
            return
        self.written.emit(self.tr("Der Eintrag wurde gelöscht."))


_DONE = {ReferralStatus.CLOSED.value, ApplicationStatus.WITHDRAWN.value}
