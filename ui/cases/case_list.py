"""The left side of the cases page: the list of family cases with a live search and filters
(nur offene Wiedervorlagen, Anliegen, Partner, Status der Verweise)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import clock
from aktif_desktop.casework import Concern, ReferralStatus
from aktif_desktop.services.cases import CaseRow
from aktif_desktop.services.organisations import OrganisationRow
from aktif_desktop.text import fold
from ui.cases.common import german
from ui.table_model import Column, RowTableModel
from ui.widgets.style import MUTED, grouped
from ui.widgets.table import make_table

OVERDUE = QColor("#b3261e")


def _concerns(row: CaseRow) -> str:
    return ", ".join(Concern(code).label for code in row.concerns)


class CaseList(QWidget):
    """Search, filters and the table of cases.

    Signals:
        changed(): the search or a filter changed (the page filters again).
    Attributes:
        model: the shown cases; table: the QTableView; search, open_only, concern, partner,
        status: the filter fields.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[CaseRow] = RowTableModel(self._columns(), self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen: Code, Partner, Notiz …"))
        self.search.setClearButtonEnabled(True)
        self.open_only = QCheckBox(self.tr("nur offene Wiedervorlagen"))
        self.concern = QComboBox()
        self.concern.addItem(self.tr("alle Anliegen"), "")
        for concern in Concern:
            self.concern.addItem(concern.label, concern.value)
        self.partner = QComboBox()
        self.partner.setMinimumContentsLength(10)
        self.partner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.partner.addItem(self.tr("alle Partner"), None)
        self.status = QComboBox()
        self.status.addItem(self.tr("jeder Status"), "")
        for status in ReferralStatus:
            self.status.addItem(self.tr("Verweis {s}").format(s=status.label), status.value)
        self.count = QLabel()
        self.count.setStyleSheet(MUTED)
        self.table = make_table(self.model, [96, 150, 58, 88], self, stretch=1)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search, 0, 0, 1, 2)
        grid.addWidget(self.concern, 1, 0)
        grid.addWidget(self.partner, 1, 1)
        grid.addWidget(self.status, 2, 0)
        grid.addWidget(self.open_only, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        self.search.textChanged.connect(lambda _t: self.changed.emit())
        self.open_only.toggled.connect(lambda _c: self.changed.emit())
        for combo in (self.concern, self.partner, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _columns(self) -> list[Column[CaseRow]]:
        def due_colour(row: CaseRow) -> QColor | None:
            return OVERDUE if row.next_due and row.next_due <= clock.today() else None

        return [
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Anliegen"), _concerns, tooltip=_concerns),
            Column(
                self.tr("V · A"),
                lambda r: f"{r.referral_count} · {r.application_count}",
                lambda r: (r.referral_count, r.application_count),
                tooltip=lambda r: self.tr("{r} Verweise, {a} Anträge").format(
                    r=r.referral_count, a=r.application_count
                ),
                align_right=True,
            ),
            Column(
                self.tr("Wiedervorl."),
                lambda r: german(r.next_due),
                lambda r: r.next_due,
                tooltip=lambda r: self.tr("{n} offene Wiedervorlagen").format(n=r.open_follow_ups),
                foreground=due_colour,
            ),
        ]

    def set_partners(self, rows: list[OrganisationRow], used: set[int]) -> None:
        """Offer the partners the cases were referred to or applied at."""
        current = self.partner.currentData()
        self.partner.blockSignals(True)
        self.partner.clear()
        self.partner.addItem(self.tr("alle Partner"), None)
        for row in rows:
            if row.id in used:
                self.partner.addItem(row.name, row.id)
        self.partner.setCurrentIndex(max(0, self.partner.findData(current)))
        self.partner.blockSignals(False)

    def matches(self, row: CaseRow) -> bool:
        """True if ``row`` passes the search and every filter."""
        if self.open_only.isChecked() and not row.open_follow_ups:
            return False
        concern = self.concern.currentData()
        if concern and concern not in row.concerns:
            return False
        partner = self.partner.currentData()
        if partner is not None and partner not in row.partner_ids:
            return False
        status = self.status.currentData()
        if status and status not in row.referral_statuses:
            return False
        words = fold(self.search.text()).split()
        return all(word in row.search_text for word in words)

    def show_rows(self, rows: list[CaseRow]) -> None:
        shown = [row for row in rows if self.matches(row)]
        self.model.set_rows(shown)
        if len(shown) == len(rows):
            self.count.setText(self.tr("{n} Familien").format(n=grouped(len(rows))))
        else:
            self.count.setText(
                self.tr("{shown} von {n} Familien").format(
                    shown=grouped(len(shown)), n=grouped(len(rows))
                )
            )
