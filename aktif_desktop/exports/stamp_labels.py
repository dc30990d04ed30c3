"""An A4 sheet of stamp labels (Stempeletiketten): the project stamp, optionally with a case
code, on 3 × 8 labels of 70 × 37 mm.

The geometry is that of the common 70 × 37 mm sheets (e.g. Zweckform 3474): three columns
without a margin left or right, eight rows filling the page height with the 1 mm left over
split above and below. A start position lets a half-used sheet be used up; more labels than
fit go on further sheets, starting at position 1. The text of a label is made smaller until
it fits inside the label with a padding; it never runs over the edge.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.exports import pdf_base as pdf
from aktif_desktop.exports.common import ExportResult, atomic_file, record_disclosure
from aktif_desktop.services import cases, stamp
from aktif_desktop.services.stamp import Stamp

TITLE = "Stempeletiketten"
MAX_LABELS = 24 * 50  # fifty sheets: more is a typing error, not a print job
LARGEST, SMALLEST = 9.0, 5.0  # font sizes in pt; 5 pt is still readable on a label
STEP = 0.25


@dataclass(frozen=True, slots=True)
class SheetGeometry:
    """Where the labels sit on an A4 sheet (all lengths in points)."""

    columns: int = 3
    rows: int = 8
    width: float = 70 * mm
    height: float = 37 * mm
    top: float = 0.5 * mm  # 297 mm - 8 × 37 mm = 1 mm, half of it above
    left: float = 0.0
    padding_x: float = 4 * mm
    padding_y: float = 3 * mm

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def origin(self, position: int) -> tuple[float, float]:
        """Lower-left corner of label ``position`` (1 = top left, row by row)."""
        row, column = divmod(position - 1, self.columns)
        x = self.left + column * self.width
        y = pdf.PAGE_HEIGHT - self.top - (row + 1) * self.height
        return x, y


SHEET = SheetGeometry()


def _split_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the label: an e-mail breaks after its "@", anything else anywhere."""
    if "@" in word and pdfmetrics.stringWidth(word, font, size) > width:
        local, domain = word.split("@", 1)
        return _split_word(local + "@", font, size, width) + _split_word(domain, font, size, width)
    pieces, current = [], ""
    for char in word:
        if current and pdfmetrics.stringWidth(current + char, font, size) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current] if current else pieces


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        for piece in _split_word(word, font, size, width):
            trial = f"{current} {piece}" if current else piece
            if pdfmetrics.stringWidth(trial, font, size) <= width:
                current = trial
            else:
                if current:
                    lines.append(current)
                current = piece
    if current:
        lines.append(current)
    return lines


@dataclass(frozen=True, slots=True)
class LabelLayout:
    """The lines of one label at the size that fits: (text, bold) pairs."""

    size: float
    lines: tuple[tuple[str, bool], ...]

    @property
    def leading(self) -> float:
        return self.size * 1.2


def layout_label(stamp_lines: list[str], code: str, geometry: SheetGeometry = SHEET) -> LabelLayout:
    """Lay the stamp (first line bold) and the case code out to fit one label."""
    pdf.register_fonts()
    width = geometry.width - 2 * geometry.padding_x
    height = geometry.height - 2 * geometry.padding_y
    parts = [(line, index == 0) for index, line in enumerate(stamp_lines)]
    if code:
        parts.append((f"Fall {code}", True))
    size = LARGEST
    while True:
        lines = [
            (text, bold)
            for line, bold in parts
            for text in _wrap(line, pdf.FONT_BOLD if bold else pdf.FONT, size, width)
        ]
        if len(lines) * size * 1.2 <= height or size <= SMALLEST:
            break
        size -= STEP
    room = int(height // (size * 1.2))
    if len(lines) > room:  # only with absurdly long stamps: cut, the code stays
        keep = lines[-1:] if code else []
        lines = lines[: room - len(keep)] + keep
        text, bold = lines[room - len(keep) - 1]
        lines[room - len(keep) - 1] = (text[:-1].rstrip() + "…", bold)
    return LabelLayout(size, tuple(lines))


def _draw_label(
    canvas: Canvas, label: LabelLayout, position: int, geometry: SheetGeometry, outline: bool
) -> None:
    x, y = geometry.origin(position)
    if outline:
        canvas.setStrokeColor(pdf.GREY)
        canvas.setLineWidth(0.25)
        canvas.rect(x, y, geometry.width, geometry.height)
    block = len(label.lines) * label.leading
    # The block is centred vertically; the first baseline sits one size below its top.
    baseline = y + (geometry.height + block) / 2 - label.size
    canvas.setFillColor(pdf.BLACK)
    for text, bold in label.lines:
        canvas.setFont(pdf.FONT_BOLD if bold else pdf.FONT, label.size)
        canvas.drawString(x + geometry.padding_x, baseline, text)
        baseline -= label.leading


def check_positions(start: int, count: int | None, geometry: SheetGeometry = SHEET) -> int:
    """The number of labels to print; German ValidationError for an impossible start/count."""
    per_sheet = geometry.per_sheet
    if isinstance(start, bool) or not isinstance(start, int) or not 1 <= start <= per_sheet:
        raise ValidationError(
            messages.STAMP_LABELS_START.format(start=start, per_sheet=per_sheet), field="Start"
        )
    if count is None:
        return per_sheet - start + 1
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_LABELS:
        raise ValidationError(
            messages.STAMP_LABELS_COUNT.format(count=count, limit=MAX_LABELS), field="Anzahl"
        )
    return count


def positions(start: int, count: int, geometry: SheetGeometry = SHEET) -> list[list[int]]:
    """The positions used on each sheet: the first from ``start``, the others from 1."""
    sheets: list[list[int]] = [[]]
    position = start
    for _ in range(count):
        if position > geometry.per_sheet:
            sheets.append([])
            position = 1
        sheets[-1].append(position)
        position += 1
    return sheets


def write_stamp_labels(
    path: Path | str,
    *,
    case_code: str = "",
    count: int | None = None,
    start: int = 1,
    outline: bool = False,
) -> ExportResult:
    """Write the label sheet(s) to ``path``; refused while the stamp is not set."""
    path = Path(path)
    current: Stamp = stamp.required_stamp()
    total = check_positions(start, count)
    code = cases.find_case(case_code).code if case_code.strip() else ""
    label = layout_label(current.lines(), code)
    sheets = positions(start, total)
    with atomic_file(path) as temp:
        canvas = Canvas(str(temp), pagesize=(pdf.PAGE_WIDTH, pdf.PAGE_HEIGHT))
        canvas.setTitle(f"{TITLE} – {current.project}")
        canvas.setAuthor(current.project)
        canvas.setCreator("Aktif Desktop")
        for used in sheets:
            for position in used:
                _draw_label(canvas, label, position, SHEET, outline)
            canvas.showPage()
        canvas.save()
    if code:  # the code of a family leaves the app on every label
        record_disclosure(TITLE, ["Fallcode"], total, path)
    return ExportResult(path=path, row_count=total, files=[path])
