"""The base of the list-and-detail pages (Partner, Ansprechpersonen).

A subclass builds ``table`` (QTableView over ``model``, a RowTableModel of rows with an
``id``), ``search`` (QLineEdit), keeps ``rows`` (all loaded rows) and implements
``_show_detail(row, new=False)``, ``save() -> bool`` and ``unsaved_question() -> str``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QLineEdit, QTableView, QWidget

from ui.pages import Page
from ui.table_model import RowTableModel
from ui.widgets.dialogs import leave_unsaved


class RecordListPage(Page):
    """Keeps the list's selection on the open record and asks before leaving unsaved edits.

    Attributes:
        current_id: the record shown in the detail (None: none or a new one).
        editing: the detail shows a record (stored or new).
        dirty: the detail has unsaved edits.
    """

    table: QTableView
    model: RowTableModel[Any]
    search: QLineEdit

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.current_id: int | None = None
        self.editing = False
        self.dirty = False

    # To implement -----------------------------------------------------------------------
    def _show_detail(self, row: Any, new: bool = False) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        """Store the detail; True when saved."""
        raise NotImplementedError

    def unsaved_question(self) -> str:
        """The sentence asking whether the open record's changes are saved."""
        raise NotImplementedError

    # Shared behaviour -------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def can_leave(self) -> bool:
        """Ask about unsaved changes; False when the user wants to stay."""
        if not self.dirty:
            return True
        return leave_unsaved(self, self.unsaved_question(), self.save, self.revert)

    def revert(self) -> None:
        """Throw away unsaved edits."""
        row = self._row_by_id(self.current_id) if self.current_id is not None else None
        self._show_detail(row, new=row is None and self.editing)

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Enable and show the detail's buttons for the state (editing, dirty, stored)."""

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

    def _current_changed(
        self,
        current: QModelIndex | QPersistentModelIndex,
        _previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        number = current.row()
        if number < 0:
            return
        row = self.model.row_at(number)
        if row.id == self.current_id:
            return
        if not self.can_leave():
            self._reselect()
            return
        self._show_detail(row)
