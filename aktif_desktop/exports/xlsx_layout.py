"""Print layout of the Excel lists: page size, margins, column budget, header and footer.

A list is printed on A4 landscape, fitted to the page width only (pages flow down). So that
10-point text never prints smaller than 8 points, the printed columns together may be at most
as wide as the printable width divided by ``MIN_SCALE``; ``shrink_to_page`` narrows the widest
text columns (their text wraps) until they fit. Excel measures a column in "characters" of the
default font: a width of ``w`` is ``7 w + 5`` pixels at 96 dpi, i.e. ``0.75 (7 w + 5)`` points.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from reportlab.pdfbase.pdfmetrics import stringWidth

if TYPE_CHECKING:
    from aktif_desktop.exports.xlsx import PrintInfo

A4_LANDSCAPE_WIDTH = 841.89  # points (297 mm)
MARGIN_SIDE = 0.4  # inches
MARGIN_TOP = 0.75
MARGIN_BOTTOM = 0.9  # room for a footer note of two lines
MARGIN_HEADER = 0.3
PRINTABLE_WIDTH = A4_LANDSCAPE_WIDTH - 2 * MARGIN_SIDE * 72
PORTRAIT_WIDTH = 595.28 - 2 * MARGIN_SIDE * 72
MIN_SCALE = 0.82  # 10 pt x 0.82 = 8.2 pt printed
TEXT_CAP = 45.0  # longer text wraps
TEXT_FLOOR = 12.0  # a text column gets narrower than this only when all are this narrow
LAST_FLOOR = 8.0
FOOTER_LIMIT = 250  # Excel allows 255 characters per header or footer


def width_points(width: float) -> float:
    """Printed width in points of a column of ``width`` character units (at 100 %)."""
    return 0.75 * (7 * width + 5)


def budget_points() -> float:
    """The widest the printed columns may be so the page scale stays at ``MIN_SCALE``."""
    return PRINTABLE_WIDTH / MIN_SCALE


def shrink_to_page(
    widths: Sequence[float], kinds: Sequence[str], printed: Sequence[bool], *, landscape: bool
) -> list[float]:
    """Narrow the widest printed text columns, one unit at a time, until the page fits.

    A portrait sheet (the person report) is fitted to print at full size.
    """
    budget = budget_points() if landscape else PORTRAIT_WIDTH
    result = list(widths)
    shrinkable = [i for i, kind in enumerate(kinds) if kind == "text" and printed[i]]
    # With very many columns, text columns go below the usual floor rather than the text
    # below 8 points.
    for floor in (TEXT_FLOOR, LAST_FLOOR):
        while sum(width_points(w) for w, p in zip(result, printed, strict=True) if p) > budget:
            candidates = [i for i in shrinkable if result[i] > floor]
            if not candidates:
                break
            widest = max(candidates, key=lambda i: result[i])
            result[widest] = max(floor, result[widest] - 1)
    return result


def wrapped_lines(text: str, width: float, size: float = 10.0) -> int:
    """Lines ``text`` takes in a wrapped cell of ``width`` units, in 10-point Arial.

    Measured with Helvetica's metrics (the same as Arial's), word by word as Excel and
    LibreOffice wrap, with a little room to spare so a line is never cut off.
    """
    room = (width_points(width) - 4) * 0.97
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0.0
        for word in paragraph.split(" "):
            word_width = stringWidth(word, "Helvetica", size)
            space = stringWidth(" ", "Helvetica", size) if used else 0.0
            if used and used + space + word_width > room:
                lines, used = lines + 1, 0.0
                space = 0.0
            if word_width > room:  # a word longer than the column breaks inside
                extra = math.ceil(word_width / room) - 1
                lines, used = lines + extra, word_width - extra * room
            else:
                used += space + word_width
        total += lines
    return total


def set_margins(sheet: Any) -> None:
    """Narrow side margins and room for the printed header and footer."""
    sheet.page_margins = PageMargins(
        left=MARGIN_SIDE,
        right=MARGIN_SIDE,
        top=MARGIN_TOP,
        bottom=MARGIN_BOTTOM,
        header=MARGIN_HEADER,
        footer=MARGIN_HEADER,
    )


def set_print_area(sheet: Any, printed_columns: int, last_row: int) -> None:
    """Print the first ``printed_columns`` columns: the key column stays off the paper."""
    sheet.print_area = f"A1:{get_column_letter(max(1, printed_columns))}{max(1, last_row)}"


def _escape(text: str) -> str:
    # "&" starts a code in Excel's header language; a literal one is written twice.
    return text.replace("&", "&&").replace("\n", " ")


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip() + "…"


def header_footer(sheet: Any, info: PrintInfo) -> None:
    """Title and Verbund above; "Stand <Datum>", the note and "Seite x von y" below."""
    hf = sheet.HeaderFooter
    hf.oddHeader.left.text = _escape(_fit(info.title, 110))
    hf.oddHeader.left.font = "Arial,Bold"
    hf.oddHeader.left.size = 10
    hf.oddHeader.right.text = _escape(_fit(info.verbund, 110))
    hf.oddHeader.right.font = "Arial,Regular"
    hf.oddHeader.right.size = 9
    hf.oddFooter.left.text = f"Stand {info.stand:%d.%m.%Y}"
    hf.oddFooter.left.size = 8
    hf.oddFooter.right.text = "Seite &P von &N"
    hf.oddFooter.right.size = 8
    if info.footer_note:
        room = FOOTER_LIMIT - 60
        hf.oddFooter.center.text = _escape(_fit(info.footer_note, room))
        hf.oddFooter.center.size = 8


def page_scale(widths: Sequence[float]) -> float:
    """The scale fit-to-width gives the printed columns ``widths`` (never above 100 %)."""
    total = sum(width_points(width) for width in widths)
    return min(1.0, PRINTABLE_WIDTH / total) if total else 1.0
