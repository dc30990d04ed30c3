"""Vector charts of the report PDF (reportlab.graphics): bars, pie, and the drawn heatmap.

Each function takes a report table and a width in points and returns a ``Drawing`` that
platypus places like a flowable. Labels use DejaVu Sans (umlauts) and German numbers.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from aktif_desktop.exports import pdf_base as pdf
from aktif_desktop.exports.report_format import german_number
from aktif_desktop.services.report_model import ChartKind, Table

PALETTE = [colors.HexColor(c) for c in ("#2F5D62", "#D08C60", "#7BA05B", "#8E6C8A", "#5B8DB8")]
PALETTE += [colors.HexColor(c) for c in ("#C9B458", "#A14A4A", "#4FA3A5", "#9C9C9C", "#E0A3B5")]
LABEL_SIZE = 7.5


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def chart_for(table: Table, width: float) -> Drawing | None:
    """The drawing of ``table`` as its ``chart`` kind says (None: no chart or no rows)."""
    if table.chart is None or not table.rows or len(table.columns) < 2:
        return None
    if table.chart is ChartKind.PIE:
        return pie_chart(table, width)
    if table.chart is ChartKind.HEATMAP:
        return heatmap(table, width)
    return bar_chart(table, width, stacked=table.chart is ChartKind.STACKED_BAR)


def _short(text: str, limit: int) -> str:
    """The text, or its first letters and "…" when longer than ``limit``."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def bar_chart(table: Table, width: float, *, stacked: bool = False) -> Drawing:
    """One group of bars per row, one series per value column, a legend for several."""
    pdf.register_fonts()
    series = len(table.columns) - 1
    height = 150.0
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 32, 28
    names = [_short(table.columns[i + 1], 18) for i in range(series)]
    # The legend is as wide as its longest name (measured), the bars take the rest.
    legend_width = max((stringWidth(n, pdf.FONT, LABEL_SIZE) for n in names), default=0) + 18
    chart.width = width - chart.x - (legend_width + 6 if series > 1 else 8)
    chart.height = height - chart.y - 10
    chart.data = [
        [_number(row[i]) if i < len(row) else 0.0 for row in table.rows]
        for i in range(1, series + 1)
    ]
    chart.categoryAxis.categoryNames = [_short(str(row[0]), 16) for row in table.rows]
    chart.categoryAxis.labels.fontName = pdf.FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    if len(table.rows) > 6:
        # Twelve months side by side overlap at 30 degrees; upright they stay apart.
        chart.categoryAxis.labels.angle = 90 if len(table.rows) > 9 else 30
        chart.categoryAxis.labels.boxAnchor = "e" if len(table.rows) > 9 else "ne"
    chart.valueAxis.labels.fontName = pdf.FONT
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda value: german_number(value)
    if stacked:
        chart.categoryAxis.style = "stacked"
    for index in range(series):
        chart.bars[index].fillColor = PALETTE[index % len(PALETTE)]
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    if series > 1:
        legend = Legend()
        legend.x, legend.y = width - legend_width, height - 14
        legend.fontName, legend.fontSize = pdf.FONT, LABEL_SIZE
        legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], names[i]) for i in range(series)]
        drawing.add(legend)
    return drawing


def pie_chart(table: Table, width: float) -> Drawing:
    """A pie of the first value column with a legend ("Beratungstag 20 (43 %)")."""
    pdf.register_fonts()
    values = [_number(row[1]) for row in table.rows]
    total = sum(values)
    size = min(110.0, width * 0.42)
    drawing = Drawing(width, max(size, 10.0 * len(table.rows)) + 20)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10, 10, size, size
    # A pie of zeros cannot be drawn: one grey slice says "nothing".
    pie.data = values if total > 0 else [1]
    pie.simpleLabels = 1
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for index in range(len(pie.data)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)] if total else colors.lightgrey
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = size + 24, size + 6
    legend.fontName, legend.fontSize = pdf.FONT, LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = max(1, len(table.rows))  # one column: a second would leave the page
    legend.dy = 8
    legend.colorNamePairs = [
        (
            PALETTE[i % len(PALETTE)],
            f"{_short(str(row[0]), 18)}: {german_number(row[1])}"
            + (f" ({german_number(round(values[i] / total * 100, 1), '%')})" if total else ""),
        )
        for i, row in enumerate(table.rows)
    ]
    drawing.add(legend)
    return drawing


def _heat(value: float, top: float) -> colors.Color:
    share = value / top if top else 0.0
    low, high = colors.HexColor("#FFFFFF"), colors.HexColor("#5FA8A0")
    return colors.linearlyInterpolatedColor(low, high, 0, 1, max(0.0, min(1.0, share)))


def heatmap(table: Table, width: float) -> Drawing:
    """The matrix as coloured cells with their numbers, row labels left, column labels on top
    (turned, so ten legal circles fit an A4 page)."""
    pdf.register_fonts()
    labels = [str(row[0]) for row in table.rows]
    label_width = max((stringWidth(t, pdf.FONT, LABEL_SIZE) for t in labels), default=0) + 6
    columns = list(table.columns[1:])
    longest = max((stringWidth(t, pdf.FONT, LABEL_SIZE) for t in columns), default=0)
    head = longest * 0.72 + 8
    # The turned labels lean right: the last one must still end inside the drawing.
    cell = min(30.0, (width - label_width - longest * 0.72) / max(1, len(columns)))
    height = head + cell * len(labels)
    drawing = Drawing(width, height)
    top = max((_number(v) for row in table.rows for v in row[1:]), default=0.0)
    for r, row in enumerate(table.rows):
        y = height - head - (r + 1) * cell
        drawing.add(
            String(
                label_width - 4,
                y + cell / 2 - 2.5,
                labels[r],
                fontName=pdf.FONT,
                fontSize=LABEL_SIZE,
                textAnchor="end",
            )
        )
        for c in range(len(columns)):
            value = _number(row[c + 1]) if c + 1 < len(row) else 0.0
            x = label_width + c * cell
            drawing.add(
                Rect(
                    x,
                    y,
                    cell,
                    cell,
                    fillColor=_heat(value, top),
                    strokeColor=colors.HexColor("#D5DDE5"),
                    strokeWidth=0.5,
                )
            )
            text = german_number(row[c + 1]) if c + 1 < len(row) else ""
            drawing.add(
                String(
                    x + cell / 2,
                    y + cell / 2 - 2.5,
                    text,
                    fontName=pdf.FONT,
                    fontSize=LABEL_SIZE,
                    textAnchor="middle",
                )
            )
    for c, name in enumerate(columns):
        group = Group(String(0, 0, name, fontName=pdf.FONT, fontSize=LABEL_SIZE))
        group.translate(label_width + c * cell + cell / 2 - 2, height - head + 4)
        group.rotate(45)
        drawing.add(group)
    return drawing
