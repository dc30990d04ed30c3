"""The Übersicht's block "Wiedervorlagen": how many follow-ups are overdue, due today and due
within a week, the due ones listed with an "Erledigt" button each, and the way to the cases."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.services import followups
from aktif_desktop.services.followups import Due, FollowUpCounts, FollowUpRow
from ui.table_model import Column, RowTableModel
from ui.widgets.forms import german_date
from ui.widgets.style import MUTED
from ui.widgets.table import make_table

DONE_COLUMN = 5


class FollowUpBox(QGroupBox):
    """Counts, the due follow-ups and "Familien öffnen".

    Signals:
        cases_requested(): the user wants the Familien page.
        done(): a follow-up was marked done here (the page reloads).

    Attributes:
        counts: label per count ("overdue", "today", "week").
        model: the listed follow-ups; table: their view (one "Erledigt" button per row).
        empty: the explained empty state; more: "… und N weitere" below the list.
    """

    cases_requested = Signal()
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Wiedervorlagen"), parent)
        line = QHBoxLayout()
        self.counts = {
            "overdue": QLabel(self),
            "today": QLabel(self),
            "week": QLabel(self),
        }
        for label in self.counts.values():
            line.addWidget(label)
        line.addStretch(1)
        self.open_cases = QPushButton(self.tr("Familien öffnen"), self)
        self.open_cases.clicked.connect(self.cases_requested.emit)
        line.addWidget(self.open_cases)
        self.model: RowTableModel[FollowUpRow] = RowTableModel(
            [
                Column(self.tr("Familie"), lambda r: r.case_code),
                Column(self.tr("Worum"), lambda r: r.what or r.kind_label, tooltip=self._tip),
                Column(self.tr("Partner"), lambda r: r.partner_name),
                Column(self.tr("fällig"), lambda r: german_date(r.due_on), lambda r: r.due_on),
                Column(self.tr("Stand"), lambda r: r.due_label),
                Column("", lambda _r: ""),
            ],
            self,
        )
        self.table = make_table(
            self.model, [100, 260, 180, 85, 95, 90], self, sortable=False, stretch=1
        )
        self.empty = QLabel(
            self.tr(
                "Keine Wiedervorlage ist fällig. Wiedervorlagen entstehen aus Verweisen, "
                "Rückfragen der Behörden und auslaufenden Schweigepflichtentbindungen."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(MUTED)
        self.more = QLabel(self)
        self.more.setStyleSheet(MUTED)
        layout = QVBoxLayout(self)
        layout.addLayout(line)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addWidget(self.more)

    def _tip(self, row: FollowUpRow) -> str:
        return f"{row.kind_label}: {row.what}" if row.what else row.kind_label

    def show_data(self, counts: FollowUpCounts, rows: list[FollowUpRow], more: int) -> None:
        """Show the counts and the listed follow-ups, each with its button."""
        self.counts["overdue"].setText(self.tr("überfällig: %1").replace("%1", str(counts.overdue)))
        self.counts["today"].setText(self.tr("heute fällig: %1").replace("%1", str(counts.today)))
        self.counts["week"].setText(
            self.tr("nächste 7 Tage: %1").replace("%1", str(counts.next_seven_days))
        )
        bold = "font-weight: bold; color: #b03a2e;"
        self.counts["overdue"].setStyleSheet(bold if counts.overdue else "")
        self.model.set_rows(rows)
        for number, row in enumerate(self.model.rows):
            button = QPushButton(self.tr("Erledigt"), self.table)
            button.setToolTip(
                self.tr("Wiedervorlage %1 als erledigt markieren").replace("%1", row.case_code)
            )
            button.clicked.connect(lambda _checked=False, r=row: self.mark_done(r))
            self.table.setIndexWidget(self.model.index(number, DONE_COLUMN), button)
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.more.setVisible(more > 0)
        self.more.setText(
            self.tr("… und %1 weitere auf der Seite „Familien“").replace("%1", str(more))
        )

    def mark_done(self, row: FollowUpRow) -> None:
        """Mark ``row`` done (refused when someone changed it meanwhile), then reload."""
        try:
            followups.mark_done(row.id, version=row.version)
        except AktifError as error:
            self.show_message(self.tr("Wiedervorlage"), error.message)
        self.done.emit()

    def show_message(self, title: str, text: str) -> None:
        """Tell the user why it did not work (a seam: tests read it)."""
        QMessageBox.information(self, title, text)

    def overdue_rows(self) -> list[FollowUpRow]:
        return [row for row in self.model.rows if row.due is Due.OVERDUE]
