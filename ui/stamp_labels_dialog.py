"""The options of a stamp-label sheet: case code, start position on a picture of the sheet,
number of labels and the outlines for plain paper.

Layout and input checks only; the controller (``ui.casework_document_actions``) reads
:meth:`StampLabelsDialog.choice` and runs the export. The sheet picture
(:class:`SheetPicker`) is a 3 × 8 grid as the labels lie on the A4 sheet: positions before the
start are grey (already used), the labels to be printed are filled; a click or the arrow keys
choose the start.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop.errors import AktifError
from aktif_desktop.exports.stamp_labels import MAX_LABELS, SHEET, positions
from aktif_desktop.services import cases
from aktif_desktop.services.stamp import Stamp
from ui.widgets.forms import InlineErrorLabel
from ui.widgets.style import MUTED

USED = QColor("#c9ced4")  # already peeled off the sheet
PRINTED = QColor("#2f6f9f")  # will carry the stamp
FREE = QColor("#ffffff")
PREVIEW_STYLE = "border: 2px solid #2f5d62; padding: 6px 10px; background: white; color: #1b1b1b;"


@dataclass(frozen=True, slots=True)
class LabelChoice:
    """What the user chose: the arguments of ``exports.stamp_labels.write_stamp_labels``."""

    case_code: str = ""
    count: int = SHEET.per_sheet
    start: int = 1
    outline: bool = False


class SheetPicker(QWidget):
    """The label sheet as a clickable grid; ``start`` is the first free position (1 = top left,
    row by row). Arrow keys move the start (left/right one label, up/down one row), Home/End
    go to the first/last position.

    Signals:
        start_changed(int): the user chose another start position.
    """

    start_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns, self.rows = SHEET.columns, SHEET.rows
        self.per_sheet = SHEET.per_sheet
        self.start = 1
        self.count = self.per_sheet
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(self.sizeHint())
        self.setAccessibleName(self.tr("Startposition auf dem Etikettenbogen"))
        self.setToolTip(
            self.tr(
                "Klicken Sie auf das erste freie Etikett des Bogens (oder wählen Sie es mit den "
                "Pfeiltasten). Graue Etiketten sind schon verbraucht."
            )
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(189, 267)  # A4 at 0.9 px per mm

    def set_start(self, start: int) -> None:
        """Show ``start`` as the first free position (clamped to the sheet)."""
        start = max(1, min(self.per_sheet, start))
        if start != self.start:
            self.start = start
            self.update()
            self.start_changed.emit(start)

    def set_count(self, count: int) -> None:
        """Show ``count`` labels from the start (those beyond this sheet are not drawn)."""
        self.count = count
        self.update()

    def printed(self) -> list[int]:
        """The positions on this (the first) sheet that get a label."""
        return positions(self.start, self.count)[0] if self.count > 0 else []

    def cell(self, position: int) -> QRectF:
        """The rectangle of label ``position`` in widget coordinates."""
        sheet = self._sheet()
        width, height = sheet.width() / self.columns, sheet.height() / self.rows
        row, column = divmod(position - 1, self.columns)
        return QRectF(sheet.left() + column * width, sheet.top() + row * height, width, height)

    def position_at(self, x: float, y: float) -> int | None:
        for position in range(1, self.per_sheet + 1):
            if self.cell(position).contains(x, y):
                return position
        return None

    def _sheet(self) -> QRectF:
        """The A4 sheet (210 × 297) fitted into the widget, centred."""
        scale = min((self.width() - 2) / 210, (self.height() - 2) / 297)
        width, height = 210 * scale, 297 * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self._sheet(), FREE)
        printed = set(self.printed())
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        for position in range(1, self.per_sheet + 1):
            rect = self.cell(position).adjusted(1, 1, -1, -1)
            fill = USED if position < self.start else PRINTED if position in printed else FREE
            painter.setPen(QPen(QColor("#7b8794"), 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("white") if fill == PRINTED else QColor("#34404d"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(position))
        if self.hasFocus():  # where the keyboard is: a frame around the start label
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#e0a100"), 3))
            painter.drawRoundedRect(self.cell(self.start).adjusted(1, 1, -1, -1), 3, 3)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        position = self.position_at(event.position().x(), event.position().y())
        if position is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_start(position)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        moves = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self.columns,
            Qt.Key.Key_Down: self.columns,
        }
        key = Qt.Key(event.key())
        if key in moves:
            self.set_start(self.start + moves[key])
        elif key == Qt.Key.Key_Home:
            self.set_start(1)
        elif key == Qt.Key.Key_End:
            self.set_start(self.per_sheet)
        else:
            super().keyPressEvent(event)


class StampLabelsDialog(QDialog):
    """Case code (optional, checked on OK), start position, count, outlines.

    The count follows the start (the rest of the sheet) until the user changes it herself.

    Attributes:
        case_code, count, outline: the fields; picker: the sheet picture; message: the inline
        error under the case code; summary: "N Etiketten auf M Bogen …".
    """

    def __init__(self, current: Stamp, case_code: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stempeletiketten drucken"))
        self._count_edited = False
        layout = QHBoxLayout(self)
        self.picker = SheetPicker()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Erstes freies Etikett:")))
        left.addWidget(self.picker, 1)
        layout.addLayout(left)

        right = QVBoxLayout()
        form = QFormLayout()
        self.case_code = QLineEdit(case_code)
        self.case_code.setPlaceholderText(self.tr("z. B. F-2026-0042 (freilassen: ohne Fallcode)"))
        self.case_code.setClearButtonEnabled(True)
        form.addRow(self.tr("Fallcode:"), self.case_code)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_LABELS)
        self.count.setValue(SHEET.per_sheet)
        self.count.setAccessibleName(self.tr("Anzahl der Etiketten"))
        form.addRow(self.tr("Anzahl:"), self.count)
        right.addLayout(form)
        # Under the form, not in it: a form row clips a wrapped two-line sentence.
        self.message = InlineErrorLabel()
        right.addWidget(self.message)
        self.outline = QCheckBox(self.tr("Rahmen drucken (zum Ausrichten auf Normalpapier)"))
        right.addWidget(self.outline)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(MUTED)
        right.addWidget(self.summary)
        right.addWidget(QLabel(self.tr("Auf jedem Etikett:")))
        self.preview = QLabel(current.text())
        self.preview.setStyleSheet(PREVIEW_STYLE)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.preview)
        right.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Weiter …"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        right.addWidget(self.buttons)
        layout.addLayout(right, 1)

        self.picker.start_changed.connect(self._start_changed)
        self.count.valueChanged.connect(self._count_changed)
        self.case_code.textEdited.connect(lambda _text: self.message.clear_message())
        self._update_preview()
        self._update_summary()
        self.setMinimumWidth(640)
        self.picker.setFocus()

    def set_start(self, start: int) -> None:
        self.picker.set_start(start)

    def _start_changed(self, start: int) -> None:
        if not self._count_edited:  # the default stays "the rest of the sheet"
            self.count.blockSignals(True)
            self.count.setValue(SHEET.per_sheet - start + 1)
            self.count.blockSignals(False)
        self.picker.set_count(self.count.value())
        self._update_summary()

    def _count_changed(self, value: int) -> None:
        self._count_edited = True
        self.picker.set_count(value)
        self._update_summary()

    def _update_preview(self) -> None:
        self.picker.set_count(self.count.value())

    def _update_summary(self) -> None:
        start, count = self.picker.start, self.count.value()
        sheets = positions(start, count)
        labels = self.tr("1 Etikett") if count == 1 else self.tr("%1 Etiketten")
        paper = self.tr("1 Bogen") if len(sheets) == 1 else self.tr("%1 Bögen")
        if sheets[0][0] == sheets[0][-1]:
            where = self.tr("auf dem ersten Bogen Position %1.")
        else:
            where = self.tr("auf dem ersten Bogen Position %1 bis %2.")
        text = (
            labels.replace("%1", str(count))
            + " "
            + self.tr("auf")
            + " "
            + paper.replace("%1", str(len(sheets)))
            + "; "
            + where.replace("%1", str(sheets[0][0])).replace("%2", str(sheets[0][-1]))
        )
        self.summary.setText(text)

    def accept(self) -> None:
        """Check the case code (it must exist) before the dialog closes."""
        code = self.case_code.text().strip()
        if code:
            try:
                found = cases.find_case(code)
            except AktifError as error:
                self.message.show_message(error.message)
                self.adjustSize()  # room for the sentence
                self.case_code.setFocus()
                self.case_code.selectAll()
                return
            self.case_code.setText(found.code)
        self.message.clear_message()
        super().accept()

    def choice(self) -> LabelChoice:
        return LabelChoice(
            case_code=self.case_code.text().strip(),
            count=self.count.value(),
            start=self.picker.start,
            outline=self.outline.isChecked(),
        )
