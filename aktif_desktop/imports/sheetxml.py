"""What python-calamine does not report, read from the file's own XML (or BIFF records).

* Excel error cells (#NV, #DIV/0!, …): calamine turns them into empty cells, so an import
  would store an empty value where the sheet shows an error. They are found here and put
  back into the rows as their error code, which the import reports as a row error.
* Merged ranges of an .ods sheet (calamine reports none for ODS).

Everything is read as a stream (``iterparse``) from a file the guard has already bounded.
"""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

Position = tuple[int, int]
Range = tuple[Position, Position]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_CALCEXT = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_REF = re.compile(r"^([A-Z]+)(\d+)$")
# BIFF error codes of .xls files (BOOLERR and FORMULA records).
_BIFF_ERRORS = {
    0x00: "#NULL!",
    0x07: "#DIV/0!",
    0x0F: "#VALUE!",
    0x17: "#REF!",
    0x1D: "#NAME?",
    0x24: "#NUM!",
    0x2A: "#N/A",
}


def _position(ref: str) -> Position | None:
    match = _REF.match(ref)
    if match is None:
        return None
    column = 0
    for letter in match.group(1):
        column = column * 26 + ord(letter) - 64
    return int(match.group(2)) - 1, column - 1


def _xlsx_sheet_part(archive: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding ``sheet`` (through workbook.xml and its relationships)."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rel_id = next(
        (
            element.get(_REL + "id")
            for element in workbook.iter(_MAIN + "sheet")
            if element.get("name") == sheet
        ),
        None,
    )
    if rel_id is None:
        return None
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(_PKG_REL + "Relationship"):
        if rel.get("Id") == rel_id:
            target = rel.get("Target") or ""
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    return None


_CELL_REF = re.compile(
    rb' r="([A-Z]{1,3})([0-9]{1,7})"'
)  # cell references only: rows have no letters


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def sheet_extent(path: Path, sheet: str) -> tuple[int, int]:
    """(rows, columns) up to the last cell that holds something, read before calamine.

    calamine allocates the whole rectangle up to the last cell, so one value in XFD1048576
    would take gigabytes: the extent is read from the cell references (xlsx) or from the
    repeat counts of non-empty cells (ods) first. (0, 0) when it cannot be told.
    """
    try:
        if path.suffix.lower() == ".xls":
            return _xls_extent(path, sheet)
        if path.suffix.lower() == ".ods":
            return _ods_extent(path, sheet)
        with zipfile.ZipFile(path) as archive:
            part = _xlsx_sheet_part(archive, sheet)
            if part is None:
                return 0, 0
            data = archive.read(part)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError):
        return 0, 0
    refs = _CELL_REF.findall(data)
    if not refs:
        return 0, 0
    rows = max(int(number) for number in {number for _letters, number in refs})
    columns = max(_column_number(letters) for letters in {letters for letters, _n in refs})
    return rows, columns


def _ods_extent(path: Path, sheet: str) -> tuple[int, int]:
    rows = columns = 0
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        inside, next_row, row_repeat, col = False, 0, 1, 0
        for event, element in ElementTree.iterparse(content, events=("start", "end")):
            tag = element.tag.removeprefix(_TABLE)
            if tag == "table" and event == "start":
                inside = element.get(_TABLE + "name") == sheet
            elif tag == "table" and inside:
                break
            elif not inside or event == "end":
                if event == "end" and tag == "table-row":
                    element.clear()
                continue
            elif tag == "table-row":
                row_repeat = int(element.get(_TABLE + "number-rows-repeated", "1"))
                next_row += row_repeat
                col = 0
            elif tag in ("table-cell", "covered-table-cell"):
                repeat = int(element.get(_TABLE + "number-columns-repeated", "1"))
                col += repeat
                if element.get(_OFFICE + "value-type") is not None:
                    rows = max(rows, next_row)  # a repeated row with a value repeats it
                    columns = max(columns, col)
    return rows, columns


def xlsx_errors(path: Path, sheet: str) -> dict[Position, str]:
    """Position -> error code of every error cell (``t="e"``) of one xlsx sheet."""
    found: dict[Position, str] = {}
    try:
        with zipfile.ZipFile(path) as archive:
            part = _xlsx_sheet_part(archive, sheet)
            if part is None:
                return found
            data = archive.read(part)
            if b't="e"' not in data and b"t='e'" not in data:
                return found
            import io

            for _event, element in ElementTree.iterparse(io.BytesIO(data)):
                if element.tag == _MAIN + "c":
                    if element.get("t") == "e":
                        position = _position(element.get("r") or "")
                        value = element.findtext(_MAIN + "v") or "#WERT!"
                        if position is not None:
                            found[position] = value.strip()
                    element.clear()
    except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError):
        return found
    return found


def ods_scan(path: Path, sheet: str) -> tuple[list[Range], dict[Position, str]]:
    """The merged ranges and the error cells of one sheet of an .ods file."""
    ranges: list[Range] = []
    errors: dict[Position, str] = {}
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
            inside, next_row, row, col = False, 0, 0, 0
            cell: Position = (0, 0)
            for event, element in ElementTree.iterparse(content, events=("start", "end")):
                tag = element.tag.removeprefix(_TABLE)
                if tag == "table" and event == "start":
                    inside = element.get(_TABLE + "name") == sheet
                    next_row = 0
                elif tag == "table" and inside:
                    break
                elif not inside:
                    continue
                elif event == "end":
                    if tag == "table-cell" and _is_ods_error(element):
                        errors[cell] = "".join(element.itertext()).strip() or "#WERT!"
                    if tag == "table-row":
                        element.clear()  # keep memory flat on long sheets
                elif tag == "table-row":
                    row, col = next_row, 0
                    next_row += int(element.get(_TABLE + "number-rows-repeated", "1"))
                elif tag in ("table-cell", "covered-table-cell"):
                    cell = (row, col)
                    down = int(element.get(_TABLE + "number-rows-spanned", "1"))
                    across = int(element.get(_TABLE + "number-columns-spanned", "1"))
                    if down > 1 or across > 1:
                        ranges.append(((row, col), (row + down - 1, col + across - 1)))
                    col += int(element.get(_TABLE + "number-columns-repeated", "1"))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, ElementTree.ParseError):
        return ranges, errors
    return ranges, errors


def _is_ods_error(element: ElementTree.Element) -> bool:
    if element.get(_CALCEXT + "value-type") == "error":
        return True
    # Without LibreOffice's extension: a formula whose shown text is an error code.
    return bool(element.get(_TABLE + "formula")) and "".join(element.itertext()).strip() in (
        set(_BIFF_ERRORS.values()) | {"Err:502", "Err:504", "Err:508", "Err:511", "Err:522"}
    )


def xls_errors(path: Path, sheet: str) -> dict[Position, str]:
    """Position -> error code of the error cells of one sheet of an .xls file.

    Reads the BIFF8 records of the "Workbook" stream: the sheet's offset from its BOUNDSHEET
    record, then BOOLERR cells holding an error and FORMULA cells whose cached result is one.
    """
    try:
        stream = _ole_stream(path.read_bytes(), ("Workbook", "Book"))
        if stream is None:
            return {}
        start = _xls_sheet_offset(stream, sheet)
        if start is None:
            return {}
        return _xls_sheet_errors(stream, start)
    except (OSError, ValueError, IndexError, struct.error):
        return {}


def _records(stream: bytes, offset: int):  # type: ignore[no-untyped-def]
    while offset + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, offset)
        yield kind, stream[offset + 4 : offset + 4 + length]
        offset += 4 + length


def _xls_sheet_offset(stream: bytes, sheet: str) -> int | None:
    for kind, body in _records(stream, 0):
        if kind == 0x000A:  # EOF of the workbook globals: no such sheet
            return None
        if kind == 0x0085 and len(body) >= 8:  # BOUNDSHEET
            position, count, flags = struct.unpack_from("<I", body, 0)[0], body[6], body[7]
            raw = body[8:]
            name = (
                raw[: count * 2].decode("utf-16-le", "replace")
                if flags & 1
                else raw[:count].decode("latin-1")
            )
            if name == sheet:
                return int(position)
    return None


def _xls_extent(path: Path, sheet: str) -> tuple[int, int]:
    """(rows, columns) of an .xls sheet from its DIMENSIONS record, (0, 0) if unknown."""
    try:
        stream = _ole_stream(path.read_bytes(), ("Workbook", "Book"))
        start = _xls_sheet_offset(stream, sheet) if stream is not None else None
        if stream is None or start is None:
            return 0, 0
        for kind, body in _records(stream, start):
            if kind == 0x0200 and len(body) >= 12:  # DIMENSIONS: rows and columns used
                _first, last_row, _col, last_col = struct.unpack_from("<IIHH", body, 0)
                return int(last_row), int(last_col)
            if kind == 0x000A:
                break
    except (ValueError, IndexError, struct.error):
        pass
    return 0, 0


def _xls_sheet_errors(stream: bytes, start: int) -> dict[Position, str]:
    found: dict[Position, str] = {}
    depth = 0
    for kind, body in _records(stream, start):
        if kind == 0x0809:  # BOF (an embedded chart opens a nested one)
            depth += 1
        elif kind == 0x000A:
            depth -= 1
            if depth <= 0:
                break
        elif depth == 1 and kind == 0x0205 and len(body) >= 8 and body[7] == 1:  # BOOLERR
            row, col = struct.unpack_from("<HH", body, 0)
            found[(row, col)] = _BIFF_ERRORS.get(body[6], "#WERT!")
        elif depth == 1 and kind == 0x0006 and len(body) >= 14:  # FORMULA
            row, col = struct.unpack_from("<HH", body, 0)
            result = body[6:14]
            if result[0] == 0x02 and result[6:8] == b"\xff\xff":
                found[(row, col)] = _BIFF_ERRORS.get(result[2], "#WERT!")
    return found


def _ole_stream(data: bytes, names: tuple[str, ...]) -> bytes | None:
    """The bytes of a named stream of an OLE2 compound file (regular sectors only)."""
    if data[:8] != b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return None
    sector_size = 1 << struct.unpack_from("<H", data, 30)[0]
    fat_count, dir_start = struct.unpack_from("<II", data, 44)
    mini_cutoff = struct.unpack_from("<I", data, 56)[0]
    difat_start, difat_count = struct.unpack_from("<II", data, 68)
    fat_sectors = [s for s in struct.unpack_from("<109I", data, 76) if s < 0xFFFFFFFA]
    per_sector = sector_size // 4
    for _ in range(difat_count):
        if difat_start >= 0xFFFFFFFA:
            break
        base = 512 + difat_start * sector_size
        entries = struct.unpack_from(f"<{per_sector}I", data, base)
        fat_sectors += [s for s in entries[:-1] if s < 0xFFFFFFFA]
        difat_start = entries[-1]
    fat: list[int] = []
    for sector in fat_sectors[:fat_count]:
        fat += struct.unpack_from(f"<{per_sector}I", data, 512 + sector * sector_size)

    def chain(start: int) -> bytes:
        parts, seen = [], set()
        while start < 0xFFFFFFFA and start not in seen and start < len(fat):
            seen.add(start)
            base = 512 + start * sector_size
            parts.append(data[base : base + sector_size])
            start = fat[start]
        return b"".join(parts)

    directory = chain(dir_start)
    for base in range(0, len(directory) - 127, 128):
        name_length = struct.unpack_from("<H", directory, base + 64)[0]
        name = directory[base : base + max(0, name_length - 2)].decode("utf-16-le", "replace")
        if name in names:
            start, size = struct.unpack_from("<II", directory, base + 116)
            if size >= mini_cutoff:
                return chain(start)[:size]
            return _mini_chain(data, fat_chain=chain, directory=directory, start=start)[:size]
    return None


def _mini_chain(data: bytes, *, fat_chain, directory: bytes, start: int) -> bytes:  # type: ignore[no-untyped-def]
    """A small stream from the mini stream (64-byte sectors held by the root entry)."""
    mini_fat_start = struct.unpack_from("<I", data, 60)[0]
    raw = fat_chain(mini_fat_start)
    mini_fat = list(struct.unpack_from(f"<{len(raw) // 4}I", raw))
    container = fat_chain(struct.unpack_from("<I", directory, 116)[0])
    parts, seen = [], set()
    while start < 0xFFFFFFFA and start not in seen and start < len(mini_fat):
        seen.add(start)
        parts.append(container[start * 64 : start * 64 + 64])
        start = mini_fat[start]
    return b"".join(parts)


__all__ = ["ods_scan", "xls_errors", "xlsx_errors"]
