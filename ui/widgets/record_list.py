"""Selection behaviour shared by the list-and-detail pages (Partner, Ansprechpersonen).

A page using it has ``table`` (QTableView), ``model`` (RowTableModel of rows with an ``id``),
``rows`` (all loaded rows), ``current_id``, ``can_leave()`` and ``_show_detail(row)``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel


class RecordListMixin:
    """Keeps the list's selection on the open record and asks before leaving unsaved edits."""

    table: Any
    model: Any
    rows: list[Any]
    current_id: int | None

    def _reselect(self) -> None:
        """Select the open record again (after a refused switch or a reload), or nothing."""
        selection = self.table.selectionModel()
        if self.current_id is None:
            selection.clear()
            return
        number = self.model.row_number_of(lambda r: r.id == self.current_id)
        selection.blockSignals(True)
        if number >= 0:
            selection.setCurrentIndex(
                self.model.index(number, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(number, 0))
        else:
            selection.clear()
        selection.blockSignals(False)

    def _open_first_row(self) -> None:
        """Enter in the search field opens the first hit (keyboard only work)."""
        if self.model.rows:
            self.table.setFocus()
            self.table.selectRow(0)

    def _row_by_id(self, record_id: int) -> Any:
        return next((row for row in self.rows if row.id == record_id), None)

    def _current_changed(self, current: object, _previous: object) -> None:
        number = current.row()  # type: ignore[attr-defined]
        if number < 0:
            return
        row = self.model.row_at(number)
        if row.id == self.current_id:
            return
        if not self.can_leave():  # type: ignore[attr-defined]
            self._reselect()
            return
        self._show_detail(row)  # type: ignore[attr-defined]
