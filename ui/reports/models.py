"""Table models of the Berichte page: the figures (Soll editable inline) and a report table."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from aktif_desktop.exports.report_format import figure_text, german_number
from aktif_desktop.services.report_model import Figure, Table

_Index = QModelIndex | QPersistentModelIndex
TARGET = 2  # the Soll column


def parse_german_number(text: str) -> float | int | None:
    """ "1.200" -> 1200, "87,5" -> 87.5, "" -> None; ValueError for anything else."""
    cleaned = re.sub(r"[\s%]|Std\.|Tage", "", text.strip())
    if not cleaned or cleaned in ("–", "-"):
        return None
    if not re.fullmatch(r"\d{1,3}(\.\d{3})*(,\d+)?|\d+(,\d+)?", cleaned):
        raise ValueError(text)
    number = float(cleaned.replace(".", "").replace(",", "."))
    return int(number) if number.is_integer() else number


class FiguresModel(QAbstractTableModel):
    """Kennzahl, Ist, Soll, Definition of one block; Soll is edited in place.

    Signals:
        target_changed(str): the Soll of the figure with this code was changed.
    """

    target_changed = Signal(str)
    HEADERS = ("Kennzahl", "Ist", "Soll", "Definition")

    def __init__(self, figures: list[Figure], parent: Any = None) -> None:
        super().__init__(parent)
        self.figures = figures

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.figures)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == TARGET else base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        figure = self.figures[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                figure.label,
                figure_text(figure),
                figure_text(figure, target=True),
                figure.definition,
            )[column]
        if role == Qt.ItemDataRole.EditRole and column == TARGET:
            return "" if figure.target is None else german_number(figure.target)
        if role == Qt.ItemDataRole.ToolTipRole:
            return figure.definition
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() != TARGET:
            return False
        try:
            number = parse_german_number(str(value))
        except ValueError:
            return False  # the editor keeps the old Soll; the page shows the hint
        if number is not None and number < 0:
            return False
        figure = self.figures[index.row()]
        figure.target = number
        self.dataChanged.emit(index, index)
        self.target_changed.emit(figure.code)
        return True


class ReportTableModel(QAbstractTableModel):
    """A report table: first column the labels, the others German numbers."""

    def __init__(self, table: Table, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.table.columns[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.table.rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value) if index.column() == 0 else german_number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
