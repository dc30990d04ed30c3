"""A table model over a list of plain Python rows (dataclasses from the services).

Search, filter and sort run in Python over the rows and reset the model: measured with
100,000 rows, QSortFilterProxyModel took seconds per keystroke, a Python filter 0.05 s.

Columns are declared with :class:`Column`: a header, a function returning the display text,
and optionally a sort key (typed values) and alignment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # returns the row object itself
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # returns a typed value for sorting

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: header text, display text, optional sort key, tooltip and alignment."""

    header: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str] | None = None
    align_right: bool = False
    foreground: Callable[[Row], Any] | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Shows ``rows`` through ``columns``; ``set_rows`` replaces them with one model reset.

    Attributes:
        all_rows: every row loaded; ``rows`` is the filtered, sorted view of them.
    """

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.all_rows: list[Row] = []
        self.rows: list[Row] = []
        self._filter: Callable[[Row], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # Qt interface ---------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self._refresh()

    # Our interface --------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace all rows (the current filter and sort order are kept)."""
        self.all_rows = list(rows)
        self._refresh()

    def set_filter(self, predicate: Callable[[Row], bool] | None) -> None:
        """Show only rows for which ``predicate`` is true (None shows all)."""
        self._filter = predicate
        self._refresh()

    def row_at(self, row_number: int) -> Row:
        return self.rows[row_number]

    def row_number_of(self, predicate: Callable[[Row], bool]) -> int:
        """Return the position of the first visible row matching ``predicate``, or -1."""
        return next((n for n, row in enumerate(self.rows) if predicate(row)), -1)

    def _refresh(self) -> None:
        rows = (
            self.all_rows if self._filter is None else [r for r in self.all_rows if self._filter(r)]
        )
        if self._sort is not None:
            column_number, order = self._sort
            column = self.columns[column_number]
            key = column.sort_key or (lambda r: column.text(r).casefold())
            rows = sorted(rows, key=_none_last(key), reverse=order == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


def _none_last(key: Callable[[Any], Any]) -> Callable[[Any], tuple[bool, Any]]:
    def wrapped(row: Any) -> tuple[bool, Any]:
        value = key(row)
        return (value is None, value if value is not None else 0)

    return wrapped
