"""Read a CSV file: its encoding, its separator and its records, refusing broken quoting.

Encodings: a byte-order mark names UTF-8, UTF-16 or UTF-32 (Excel's "Unicode-Text" is
UTF-16 with a BOM, tab-separated); UTF-16 without a BOM is recognised by its NUL bytes;
otherwise UTF-8, else Windows-1252. A file with NUL bytes left after decoding is not text.

Quoting is read strictly: a quote that is never closed would swallow every following row
into one field, so it is refused with the row where it opened, as is a quoted field that
spans whole data rows.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.imports.guard import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    OLE_MAGIC,
    ZIP_MAGIC,
    ImportFileError,
    check_cells,
    check_file_size,
    grouped,
)

_BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
CSV_FIELD_LIMIT = 128 * 1024  # the csv module's own default (131072 characters)


def _bomless_wide(sample: bytes) -> str | None:
    """UTF-16/32 without a BOM, told by where the NUL bytes of ASCII text fall."""
    if len(sample) < 8 or sample.count(0) < len(sample) // 4:
        return None
    size = len(sample) - len(sample) % 4

    def share(offset: int, step: int) -> float:
        part = sample[offset:size:step]
        return part.count(0) / max(1, len(part))

    if min(share(1, 4), share(2, 4), share(3, 4)) > 0.9:
        return "utf-32-le"
    if min(share(0, 4), share(1, 4), share(2, 4)) > 0.9:
        return "utf-32-be"
    if share(1, 2) > 0.7 and share(0, 2) < 0.2:
        return "utf-16-le"
    if share(0, 2) > 0.7 and share(1, 2) < 0.2:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str = "", suffix: str = ".csv") -> str:
    """Decode CSV bytes (see the module docstring); binary data raises ImportFileError."""
    not_text = ImportFileError(messages.IMPORT_NOT_TEXT.format(name=name, suffix=suffix))
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding is not None:
        bom = next(bom for bom, enc in _BOMS if enc == encoding)
        data = data[len(bom) :]
    else:
        encoding = _bomless_wide(data[:4096])
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            raise not_text from error
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if "\x00" in text:
        raise not_text
    return text


def detect_delimiter(text: str) -> str:
    """Return ";", "," or tab: the one that splits the first lines into the most equal columns.

    Counting beats ``csv.Sniffer`` on German files, where "," appears inside values.
    """
    # Cut long lines: the separators are counted, not the values (a huge field must reach
    # the reader, which names its row).
    lines = [line[:10_000] for line in text[:200_000].splitlines()[:50] if line.strip()]
    best, best_score = ";", 0
    for sep in (";", ",", "\t"):
        widths = [len(record) for record in csv.reader(lines, delimiter=sep)]
        common = Counter(width for width in widths if width > 1).most_common(1)
        score = common[0][1] * 1000 + common[0][0] if common else 0
        if score > best_score:
            best, best_score = sep, score
    return best


def read_csv(path: Path) -> tuple[list[list[object]], list[int]]:
    """The non-empty records of a CSV file and the line number each begins on."""
    check_file_size(path)
    data = path.read_bytes()
    if data.startswith((ZIP_MAGIC, OLE_MAGIC)):
        raise ImportFileError(
            messages.IMPORT_SPREADSHEET_AS_CSV.format(name=path.name, suffix=path.suffix)
        )
    text = decode(data, path.name, path.suffix)
    del data
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list[object]] = []
    numbers: list[int] = []
    line = 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise _quote_error(str(error), line, reader.line_num) from error
        if any(field.strip() for field in record):
            if len(record) > MAX_COLUMNS:
                raise ImportFileError(
                    messages.IMPORT_TOO_MANY_COLUMNS.format(
                        count=grouped(len(record)), limit=grouped(MAX_COLUMNS)
                    )
                )
            if len(rows) >= MAX_ROWS:
                raise ImportFileError(messages.IMPORT_TOO_MANY_ROWS.format(limit=grouped(MAX_ROWS)))
            rows.append(list(record))
            numbers.append(line)
        line = reader.line_num + 1
    _check_swallowed(rows, numbers, delimiter)
    if any(len(str(cell)) > MAX_CELL_CHARS for row in rows for cell in row):
        check_cells(rows, numbers)
    return rows, numbers


def _quote_error(text: str, start: int, end: int) -> ImportFileError:
    if "field larger than field limit" in text:
        return ImportFileError(messages.IMPORT_CSV_FIELD_TOO_LONG.format(row=start))
    if "unexpected end of data" in text or "EOF" in text:
        return ImportFileError(messages.IMPORT_CSV_UNCLOSED_QUOTE.format(row=start))
    if end > start:  # a quote opened in row ``start`` closed only in a later row
        return ImportFileError(messages.IMPORT_CSV_SWALLOWED_ROWS.format(row=start, end=end))
    return ImportFileError(messages.IMPORT_CSV_BAD_QUOTE.format(row=start))


def _check_swallowed(rows: list[list[object]], numbers: list[int], delimiter: str) -> None:
    """Refuse a quoted field whose inner lines look like whole records of the file.

    An address over two lines in one quoted cell is fine; a cell holding "4;Caritas;…"
    lines was meant to be rows.
    """
    widths = Counter(len(row) for row in rows if len(row) > 2).most_common(1)
    if not widths:
        return
    needed = widths[0][0] - 1  # separators of a whole record
    for index, row in enumerate(rows):
        for cell in row:
            text = str(cell)
            if "\n" not in text and "\r" not in text:
                continue
            if any(part.count(delimiter) >= needed for part in text.splitlines()):
                end = numbers[index + 1] - 1 if index + 1 < len(numbers) else numbers[index]
                raise ImportFileError(
                    messages.IMPORT_CSV_SWALLOWED_ROWS.format(row=numbers[index], end=end)
                )
