"""The table model of an event's participants: status text with the waiting-list place, and
a highlight for the rows that just moved up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from aktif_desktop.domain import ParticipationStatus as Status
from aktif_desktop.services.participations import ParticipantRow
from aktif_desktop.text import fold
from ui.events.common import HIGHLIGHT, fmt_date, fmt_stamp
from ui.table_model import Column, RowTableModel

CERTIFICATE_COLUMN = 4


class ParticipantModel(RowTableModel[ParticipantRow]):
    """Participant rows; rows in ``highlighted`` get a yellow background."""

    def __init__(self, parent: Any = None) -> None:
        self.waiting_place: dict[int, int] = {}
        self.highlighted: set[int] = set()
        super().__init__(self._columns(), parent)

    def _columns(self) -> list[Column[ParticipantRow]]:
        return [
            # Sort keys fold umlauts: "Schäfer" belongs before "Schröder", as in a phone book.
            Column(
                self.tr("Name"),
                lambda r: r.sort_name,
                sort_key=lambda r: (fold(r.last_name), fold(r.first_name)),
                tooltip=lambda r: r.full_name,
            ),
            Column(
                self.tr("Organisation"),
                lambda r: r.organisation_name,
                sort_key=lambda r: fold(r.organisation_name),
            ),
            Column(self.tr("Status"), self.status_text),
            Column(
                self.tr("Stand"),
                lambda r: fmt_date(r.status_changed_at),
                sort_key=lambda r: r.status_changed_at,
                tooltip=lambda r: fmt_stamp(r.status_changed_at),
            ),
            Column(self.tr("Bescheinigung"), lambda r: r.certificate_number),
        ]

    def status_text(self, row: ParticipantRow) -> str:
        place = self.waiting_place.get(row.id)
        if place is not None:
            return self.tr("Warteliste (Platz {n})").format(n=place)
        return row.status_label

    def set_rows(self, rows: Any) -> None:
        waiting = sorted(
            (r for r in rows if r.status == Status.WAITLISTED),
            key=lambda r: (r.waitlisted_at is None, r.waitlisted_at, r.id),
        )
        self.waiting_place = {r.id: n for n, r in enumerate(waiting, start=1)}
        super().set_rows(rows)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            if self.rows[index.row()].id in self.highlighted:
                return QBrush(QColor(HIGHLIGHT))
            return None
        return super().data(index, role)
