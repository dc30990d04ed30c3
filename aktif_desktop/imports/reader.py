"""Read a spreadsheet (.xlsx, .xls, .ods) or a CSV file into plain rows of cell values.

Rows keep the numbers the user sees in the spreadsheet (row 1 is the first row, also when it
is empty), merged cells are filled with their value so that a partner name merged over
several contact rows belongs to each of them. Excel error cells come back as their error
code ("#NV"), so the import can report them. Before anything is parsed the guard bounds the
file (size, unpacked size, rows, columns, cell length); see :mod:`aktif_desktop.imports.guard`.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.imports import guard, sheetxml
from aktif_desktop.imports.csvfile import decode, detect_delimiter, read_csv
from aktif_desktop.imports.guard import ImportFileError

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
        raise ImportFileError(messages.IMPORT_FILE_NOT_FOUND.format(path=path))
    if suffix not in SUPPORTED_SUFFIXES:
        raise ImportFileError(messages.IMPORT_UNSUPPORTED.format(name=path.name))
    return suffix


def _check_spreadsheet(path: Path) -> None:
    """Bound the file before calamine opens it (size, encryption, unpacked size)."""
    guard.check_file_size(path)
    if path.suffix.lower() != ".xls":
        guard.check_container(path)


def sheet_names(path: Path) -> list[str]:
    """Return the visible sheets of a spreadsheet ([] for CSV)."""
    if _check_path(Path(path)) in CSV_SUFFIXES:
        return []
    _check_spreadsheet(Path(path))
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
        rows, numbers = read_csv(path)
        return Table(path, "", [], rows, numbers)
    return _read_sheet(path, sheet)


def _open_workbook(path: Path):  # type: ignore[no-untyped-def]
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError as error:
        raise ImportFileError(messages.IMPORT_ENCRYPTED.format(name=path.name)) from error
    except Exception as error:  # calamine raises its own error types per format
        log.warning("cannot read %s: %s", path, error)
        raise ImportFileError(messages.IMPORT_UNREADABLE.format(name=path.name)) from error


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
        # calamine allocates the whole rectangle up to the last cell: check it first.
        guard.check_shape(*sheetxml.sheet_extent(path, sheet))
        try:
            data = workbook.get_sheet_by_name(sheet)
            # The sheet's extent before its cells: "XFD1048576" must not fill the memory.
            top, left = data.start or (0, 0)
            guard.check_shape(top + data.height, left + data.width)
            rows = [list(row) for row in data.to_python(skip_empty_area=False)]
            ranges = data.merged_cell_ranges
        except ValidationError:
            raise
        except Exception as error:  # calamine's XML, zip and format errors
            log.warning("cannot read %s, sheet %s: %s", path, sheet, error)
            raise ImportFileError(messages.IMPORT_UNREADABLE.format(name=path.name)) from error
    finally:
        workbook.close()
    numbers = list(range(1, len(rows) + 1))
    guard.check_cells(rows, numbers)
    suffix = path.suffix.lower()
    errors: dict[tuple[int, int], str] = {}
    if suffix == ".ods":
        ods_ranges, errors = sheetxml.ods_scan(path, sheet)  # calamine reports no ODS merges
        ranges = ranges or ods_ranges
    elif suffix == ".xls":
        errors = sheetxml.xls_errors(path, sheet)
    else:
        errors = sheetxml.xlsx_errors(path, sheet)
    _put_errors(rows, errors)
    _fill_merged(rows, ranges or [])
    return Table(path, sheet, names, rows, numbers)


def _put_errors(rows: list[list[object]], errors: dict[tuple[int, int], str]) -> None:
    """Write each error cell's code ("#NV") where calamine left an empty cell."""
    for (row, column), code in errors.items():
        if row >= len(rows) or column > guard.MAX_COLUMNS:
            continue
        cells = rows[row]
        while column >= len(cells):
            cells.append("")
        if cells[column] in ("", None):
            cells[column] = code


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


def ods_merged_ranges(path: Path, sheet: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The merged ranges of one sheet of an .ods file (same form as calamine's)."""
    return sheetxml.ods_scan(path, sheet)[0]


__all__ = ["Table", "decode", "detect_delimiter", "read_table", "sheet_names"]
