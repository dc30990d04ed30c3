"""The view "Wiedervorlagen": every open follow-up by due date, "überfällig" and "heute fällig"
marked, done by one click on "Erledigt" or by Strg+E; "nur fällige" shows today's and older."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from aktif_desktop.errors import AktifError
from aktif_desktop.services import followups
from aktif_desktop.services.followups import Due, FollowUpRow
from ui.cases.common import german
from ui.table_model import Column, RowTableModel
from ui.widgets.style import MUTED
from ui.widgets.table import make_table

DONE_KEY = "Ctrl+E"
COLOURS = {Due.OVERDUE: QColor("#b3261e"), Due.TODAY: QColor("#8a5300")}


class FollowUpsView(QWidget):
    """The list of open follow-ups with "Erledigt" (Strg+E) and "nur fällige".

    Signals:
        written(str): a follow-up was marked done (a success message).
        failed(str): marking it was refused (the German message).
        case_requested(int): the user wants to see this case (double click, "Familie öffnen").
    """

    written = Signal(str)
    failed = Signal(str)
    case_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FollowUpRow] = []
        self.model: RowTableModel[FollowUpRow] = RowTableModel(self._columns(), self)
        self.due_only = QCheckBox(self.tr("nur fällige (heute und überfällig)"))
        self.due_only.toggled.connect(lambda _c: self.reload())
        self.count = QLabel()
        self.count.setStyleSheet(MUTED)
        self.table = make_table(self.model, [90, 100, 110, 130, 380, 200], self, stretch=4)
        self.table.doubleClicked.connect(lambda _i: self._open_case())
        self.done_button = QPushButton(self.tr("Erledigt"))
        self.done_button.setToolTip(
            self.tr("Die gewählte Wiedervorlage als erledigt markieren (Strg+E)")
        )
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton(self.tr("Familie öffnen"))
        self.open_button.setToolTip(self.tr("Die Familie der Wiedervorlage zeigen (Doppelklick)"))
        self.open_button.clicked.connect(self._open_case)
        self.empty = QLabel(self.tr("Keine offenen Wiedervorlagen."))
        self.empty.setStyleSheet(MUTED)
        top = QHBoxLayout()
        top.addWidget(self.due_only)
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        shortcut = QShortcut(QKeySequence(DONE_KEY), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.mark_done)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())

    def _columns(self) -> list[Column[FollowUpRow]]:
        def colour(row: FollowUpRow) -> QColor | None:
            return COLOURS.get(row.due)

        def state(row: FollowUpRow) -> str:
            return row.due_label if row.due in COLOURS else ""

        return [
            Column(
                self.tr("Fällig am"),
                lambda r: german(r.due_on),
                lambda r: r.due_on,
                foreground=colour,
            ),
            Column(self.tr("Stand"), state, foreground=colour),
            Column(self.tr("Familie"), lambda r: r.case_code),
            Column(self.tr("Art"), lambda r: r.kind_label),
            Column(self.tr("Worum es geht"), lambda r: r.what, tooltip=lambda r: r.what),
            Column(self.tr("Partner / Behörde"), lambda r: r.partner_name),
        ]

    def reload(self) -> None:
        """Read the open follow-ups again; the selected one stays selected if still open."""
        current = self.current()
        self.rows = followups.list_follow_ups(due_only=self.due_only.isChecked())
        self.model.set_rows(self.rows)
        overdue = sum(1 for r in self.rows if r.due is Due.OVERDUE)
        today = sum(1 for r in self.rows if r.due is Due.TODAY)
        self.count.setText(
            self.tr("{n} offen · {o} überfällig · {t} heute fällig").format(
                n=len(self.rows), o=overdue, t=today
            )
        )
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        number = self.model.row_number_of(lambda r: current is not None and r.id == current.id)
        if self.rows:
            self.table.selectRow(max(number, 0))
        self._update_buttons()

    def current(self) -> FollowUpRow | None:
        number = self.table.currentIndex().row()
        return self.model.row_at(number) if 0 <= number < len(self.model.rows) else None

    def _update_buttons(self) -> None:
        enabled = self.current() is not None
        self.done_button.setEnabled(enabled)
        self.open_button.setEnabled(enabled)

    def mark_done(self) -> None:
        """Strg+E or "Erledigt": the selected follow-up is done today; the next is selected."""
        row = self.current()
        if row is None:
            return
        number = self.table.currentIndex().row()
        try:
            followups.mark_done(row.id, version=row.version)
        except AktifError as error:
            self.failed.emit(error.message)
            return
        self.reload()
        if self.model.rows:
            self.table.selectRow(min(number, len(self.model.rows) - 1))
        self.written.emit(
            self.tr("Erledigt: {what} ({code}).").format(what=row.what, code=row.case_code)
        )

    def _open_case(self) -> None:
        row = self.current()
        if row is not None:
            self.case_requested.emit(row.family_case_id)
