"""Charts of the Berichte page, painted with QPainter: bars, pie, heatmap.

QtCharts would need PySide6-Addons (a wheel of about 150 MB) for three simple pictures, so the
page paints them itself; the PDF draws the same charts with reportlab.graphics.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from aktif_desktop.exports.report_format import german_number
from aktif_desktop.services.report_model import ChartKind, Table

PALETTE = ["#2F5D62", "#D08C60", "#7BA05B", "#8E6C8A", "#5B8DB8"]
PALETTE += ["#C9B458", "#A14A4A", "#4FA3A5", "#9C9C9C", "#E0A3B5"]


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


class ChartWidget(QWidget):
    """Paints ``table`` as its ``chart`` kind says.

    Attributes:
        table: the report table shown (rows of label and numbers).
    """

    def __init__(self, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        rows = len(table.rows)
        height = 40 + 26 * rows if table.chart is ChartKind.HEATMAP else 200
        self.setFixedHeight(min(max(height, 160), 340))
        self.setMinimumWidth(260)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(420, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        area = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        if not self.table.rows or len(self.table.columns) < 2:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("Keine Daten"))
        elif self.table.chart is ChartKind.PIE:
            self._pie(painter, area)
        elif self.table.chart is ChartKind.HEATMAP:
            self._heatmap(painter, area)
        else:
            self._bars(painter, area)
        painter.end()

    def _bars(self, painter: QPainter, area: QRectF) -> None:
        rows = self.table.rows
        series = len(self.table.columns) - 1
        top = max((_number(v) for row in rows for v in row[1:]), default=0.0) or 1.0
        metrics = painter.fontMetrics()
        names = self.table.columns[1:]
        # The legend is as wide as its longest name (at most a third of the chart).
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
        legend = min(widest + 30.0, area.width() / 3) if series > 1 else 0.0
        plot = area.adjusted(28, 4, -legend, -22)
        painter.setPen(QPen(QColor("#888888")))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawText(QRectF(area.left(), plot.top() - 6, 26, 14), german_number(top))
        group = plot.width() / len(rows)
        bar = max(1.0, group * 0.8 / series)
        for r, row in enumerate(rows):
            for s in range(series):
                value = _number(row[s + 1]) if s + 1 < len(row) else 0.0
                h = plot.height() * value / top
                x = plot.left() + r * group + group * 0.1 + s * bar
                painter.fillRect(QRectF(x, plot.bottom() - h, bar - 1, h), QColor(PALETTE[s % 10]))
            painter.setPen(QColor("#333333"))
            label = QRectF(plot.left() + r * group, plot.bottom() + 2, group, 18)
            text = metrics.elidedText(str(row[0]), Qt.TextElideMode.ElideRight, int(group) - 2)
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter, text)
        for s in range(series if series > 1 else 0):
            y = plot.top() + s * 16
            painter.fillRect(QRectF(plot.right() + 8, y, 10, 10), QColor(PALETTE[s % 10]))
            name = metrics.elidedText(names[s], Qt.TextElideMode.ElideRight, int(legend) - 24)
            painter.drawText(QPointF(plot.right() + 22, y + 9), name)

    def _pie(self, painter: QPainter, area: QRectF) -> None:
        values = [_number(row[1]) for row in self.table.rows]
        total = sum(values)
        side = min(area.height(), area.width() * 0.45)
        circle = QRectF(area.left(), area.top(), side, side)
        angle = 90 * 16
        for i, value in enumerate(values):
            span = int(round(-360 * 16 * value / total)) if total else 0
            painter.setBrush(QColor(PALETTE[i % 10]))
            painter.setPen(QPen(QColor("white"), 1))
            painter.drawPie(circle, angle, span)
            angle += span
        painter.setPen(QColor("#333333"))
        for i, row in enumerate(self.table.rows):
            y = area.top() + i * 18
            painter.fillRect(QRectF(circle.right() + 12, y + 3, 10, 10), QColor(PALETTE[i % 10]))
            share = f" ({german_number(round(values[i] / total * 100, 1), '%')})" if total else ""
            text = f"{str(row[0])}: {german_number(row[1])}{share}"
            room = int(area.right() - circle.right() - 30)
            text = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QPointF(circle.right() + 28, y + 12), text)

    def _heatmap(self, painter: QPainter, area: QRectF) -> None:
        rows = self.table.rows
        count = len(self.table.columns) - 1
        label_width = min(150.0, area.width() * 0.3)
        cell_w = (area.width() - label_width) / max(1, count)
        cell_h = (area.height() - 20) / max(1, len(rows))
        top = max((_number(v) for row in rows for v in row[1:]), default=0.0) or 1.0
        low, high = QColor("#FFFFFF"), QColor("#5FA8A0")
        for c in range(count):
            header = QRectF(area.left() + label_width + c * cell_w, area.top(), cell_w, 18)
            name = painter.fontMetrics().elidedText(
                self.table.columns[c + 1], Qt.TextElideMode.ElideRight, int(cell_w) - 2
            )
            painter.drawText(header, Qt.AlignmentFlag.AlignCenter, name)
        for r, row in enumerate(rows):
            y = area.top() + 20 + r * cell_h
            painter.setPen(QColor("#333333"))
            painter.drawText(
                QRectF(area.left(), y, label_width - 4, cell_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(row[0]),
            )
            for c in range(count):
                value = _number(row[c + 1]) if c + 1 < len(row) else 0.0
                share = value / top
                colour = QColor(
                    int(low.red() + (high.red() - low.red()) * share),
                    int(low.green() + (high.green() - low.green()) * share),
                    int(low.blue() + (high.blue() - low.blue()) * share),
                )
                cell = QRectF(area.left() + label_width + c * cell_w, y, cell_w, cell_h)
                painter.fillRect(cell, colour)
                painter.setPen(QColor("#D5DDE5"))
                painter.drawRect(cell)
                painter.setPen(QColor("#222222"))
                painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, german_number(row[c + 1]))
