"""A read-only QTableView set up the same way for every list of the application."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.table_model import RowTableModel


def make_table(
    model: QAbstractItemModel,
    widths: list[int],
    parent: QWidget | None = None,
    *,
    sortable: bool = True,
    stretch: int | None = None,
) -> QTableView:
    """Return a single-row-selecting table with fixed column widths (sortable by default).

    ``stretch`` names a column that takes the free width (for short lists that should fit).

    Widths are fixed on purpose: ``resizeColumnsToContents`` over 20,000 rows takes seconds.
    """
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    if sortable:
        # Qt's default indicator is descending; the services deliver rows sorted ascending.
        view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class PresortedRowModel(RowTableModel[Any]):
    """Rows arrive sorted by column 0 ascending (the services sort with umlaut folding).

    Sorting by that column again is skipped: on 20,000 contacts a re-sort on every keystroke
    would cost more than the whole filter.
    """

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column == 0 and order == Qt.SortOrder.AscendingOrder:
            self._sort = None
            self._refresh()
            return
        super().sort(column, order)
