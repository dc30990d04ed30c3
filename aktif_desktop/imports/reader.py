"""Read a spreadsheet (.xlsx, .xls, .ods) or a CSV file into plain rows of cell values.

Rows keep the numbers the user sees in the spreadsheet (row 1 is the first row, also when it
is empty), merged cells are filled with their value so that a partner name merged over
several contact rows belongs to each of them.
"""

from __future__ import annotations

import csv
import io
import logging
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError

log = logging.getLogger("aktif_desktop.imports")
SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
CSV_SUFFIXES = frozenset({".csv", ".txt"})
SUPPORTED_SUFFIXES = SPREADSHEET_SUFFIXES | CSV_SUFFIXES


@dataclass(slots=True)
class Table:
    """The cells of one sheet: ``rows[i]`` is spreadsheet row ``numbers[i]``.

    Attributes:
        sheet: the sheet read ("" for CSV).
        sheets: every sheet of the file, for the choice in the wizard.
    """

    path: Path
    sheet: str
    sheets: list[str]
    rows: list[list[object]]
    numbers: list[int] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


def _check_path(path: Path) -> str:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ValidationError(messages.IMPORT_FILE_NOT_FOUND.format(path=path))
    if suffix not in SUPPORTED_SUFFIXES:
        raise ValidationError(messages.IMPORT_UNSUPPORTED.format(name=path.name))
    return suffix


def sheet_names(path: Path) -> list[str]:
    """Return the visible sheets of a spreadsheet ([] for CSV)."""
    if _check_path(Path(path)) in CSV_SUFFIXES:
        return []
    workbook = _open_workbook(Path(path))
    try:
        return [
            meta.name
            for meta in workbook.sheets_metadata
            if str(meta.visible).endswith("Visible") and "WorkSheet" in str(meta.typ)
        ] or list(workbook.sheet_names)
    finally:
        workbook.close()


def read_table(path: Path | str, sheet: str | None = None) -> Table:
    """Read the chosen sheet (the first one when None) or the CSV file."""
    path = Path(path)
    if _check_path(path) in CSV_SUFFIXES:
        rows, numbers = _read_csv(path)
        return Table(path, "", [], rows, numbers)
    return _read_sheet(path, sheet)


def _open_workbook(path: Path):  # type: ignore[no-untyped-def]
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_path(str(path))
    except Exception as error:  # calamine raises its own error types per format
        log.warning("cannot read %s: %s", path, error)
        raise ValidationError(messages.IMPORT_UNREADABLE.format(name=path.name)) from error


def _read_sheet(path: Path, sheet: str | None) -> Table:
    names = sheet_names(path)
    workbook = _open_workbook(path)
    try:
        if sheet is None:
            sheet = names[0] if names else workbook.sheet_names[0]
        if sheet not in workbook.sheet_names:
            raise ValidationError(
                messages.IMPORT_NO_SUCH_SHEET.format(sheet=sheet, sheets=", ".join(names))
            )
        data = workbook.get_sheet_by_name(sheet)
        rows = [list(row) for row in data.to_python(skip_empty_area=False)]
        ranges = data.merged_cell_ranges
        if ranges is None and path.suffix.lower() == ".ods":
            ranges = ods_merged_ranges(path, sheet)  # calamine reports none for ODS
        _fill_merged(rows, ranges or [])
    finally:
        workbook.close()
    return Table(path, sheet, names, rows, list(range(1, len(rows) + 1)))


def _fill_merged(rows: list[list[object]], ranges: list) -> None:  # type: ignore[type-arg]
    """Copy the value of each merged range into every cell of the range.

    Rows that were empty stay empty: a partner name merged down over a blank spacer row
    must not turn that row into a contact without a name.
    """
    empty = {index for index, row in enumerate(rows) if all(c in ("", None) for c in row)}
    for (top, left), (bottom, right) in ranges:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for r in range(top, min(bottom + 1, len(rows))):
            if r in empty:
                continue
            row = rows[r]
            for c in range(left, right + 1):
                while c >= len(row):
                    row.append("")
                if row[c] in ("", None):
                    row[c] = value


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def ods_merged_ranges(path: Path, sheet: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The merged ranges of one sheet of an .ods file, read from its content.xml.

    Same form as calamine's ``merged_cell_ranges``: ((top, left), (bottom, right)), 0-based.
    """
    ranges = []
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
            inside, next_row, row, col = False, 0, 0, 0
            for event, element in ElementTree.iterparse(content, events=("start", "end")):
                tag = element.tag.removeprefix(_ODS_TABLE)
                if tag == "table" and event == "start":
                    inside = element.get(_ODS_TABLE + "name") == sheet
                    next_row = 0
                elif tag == "table" and inside:
                    break
                elif not inside:
                    continue
                elif event == "end":
                    if tag == "table-row":
                        element.clear()  # keep memory flat on long sheets
                elif tag == "table-row":
                    row, col = next_row, 0
                    next_row += int(element.get(_ODS_TABLE + "number-rows-repeated", "1"))
                elif tag in ("table-cell", "covered-table-cell"):
                    down = int(element.get(_ODS_TABLE + "number-rows-spanned", "1"))
                    across = int(element.get(_ODS_TABLE + "number-columns-spanned", "1"))
                    if down > 1 or across > 1:
                        ranges.append(((row, col), (row + down - 1, col + across - 1)))
                    col += int(element.get(_ODS_TABLE + "number-columns-repeated", "1"))
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return []
    return ranges


def decode(data: bytes) -> str:
    """Decode CSV bytes: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def detect_delimiter(text: str) -> str:
    """Return ";", "," or tab: the one that splits the first lines into the most equal columns.

    Counting beats ``csv.Sniffer`` on German files, where "," appears inside values.
    """
    lines = [line for line in text.splitlines()[:50] if line.strip()]
    best, best_score = ";", 0
    for sep in (";", ",", "\t"):
        widths = [len(record) for record in csv.reader(lines, delimiter=sep)]
        common = Counter(width for width in widths if width > 1).most_common(1)
        score = common[0][1] * 1000 + common[0][0] if common else 0
        if score > best_score:
            best, best_score = sep, score
    return best


def _read_csv(path: Path) -> tuple[list[list[object]], list[int]]:
    text = decode(path.read_bytes())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=detect_delimiter(text))
    rows: list[list[object]] = []
    numbers: list[int] = []
    line = 1
    for record in reader:
        rows.append(list(record))
        numbers.append(line)
        line = reader.line_num + 1
    return rows, numbers
