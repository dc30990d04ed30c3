"""Bounds on what an import reads, checked before the file is parsed.

A hostile or broken file must be refused quickly with a German sentence, not read into
memory: a 100 KB xlsx whose one shared string unpacks to 100 MB (a zip bomb), a sheet whose
last cell is XFD1048576, a cell of millions of characters. Every limit here lies far above
what a real list of a family-support network holds (a few thousand rows, a dozen columns).
Messages never echo a cell's whole text: :func:`shorten` cuts it at about 80 characters.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path
from typing import BinaryIO

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError

MAX_FILE_BYTES = 50 * 1024 * 1024  # the file as it lies on disk
MAX_UNPACKED_BYTES = 64 * 1024 * 1024  # everything an xlsx/ods holds, unpacked
MAX_ZIP_MEMBERS = 10_000
MAX_ROWS = 100_000  # rows of a sheet or non-empty records of a CSV file
MAX_COLUMNS = 500
MAX_CELLS = 5_000_000  # rows x columns of the rectangle calamine allocates
MAX_CELL_CHARS = 32_767  # what Excel itself allows in one cell
SHOWN_CHARS = 80
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_CHUNK = 1024 * 1024


class ImportFileError(ValidationError):
    """The import file itself cannot be used (unreadable, too large, malformed).

    The command line exits with status 2 for it ("invalid input file").
    """


def shorten(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` cut to ``limit`` characters with "…" (for messages quoting a cell)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def grouped(number: int) -> str:
    """German digit grouping: 100000 -> "100.000"."""
    return f"{number:,}".replace(",", ".")


def size_text(size: int) -> str:
    """A byte count as a German size ("64 MB", "512 KB")."""
    if size >= 1024 * 1024:
        return f"{grouped(round(size / (1024 * 1024)))} MB"
    return f"{grouped(max(1, round(size / 1024)))} KB"


def column_letter(index: int) -> str:
    """0 -> "A", 27 -> "AB" (as the spreadsheet shows it)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def check_file_size(path: Path) -> None:
    """Refuse a file larger than :data:`MAX_FILE_BYTES`."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            messages.IMPORT_FILE_TOO_LARGE.format(
                name=path.name, size=size_text(size), limit=size_text(MAX_FILE_BYTES)
            )
        )


_checked: dict[tuple[str, int, int], bool] = {}  # files that passed, by path, mtime and size


def check_container(path: Path) -> None:
    """:func:`_check_container`, once per version of a file (the wizard reads sheet names,
    then each sheet; a file that passed is not unpacked again)."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    if key in _checked:
        return
    _check_container(path)
    if len(_checked) > 100:
        _checked.clear()
    _checked[key] = True


def _check_container(path: Path) -> None:
    """Refuse an encrypted workbook or a zip that unpacks to more than the limit.

    The sizes a zip declares can lie, so every member is also unpacked in chunks (and thrown
    away) until the limit is reached: the check costs at most the limit in time, never in
    memory.
    """
    with path.open("rb") as handle:
        head = handle.read(8)
    if head == OLE_MAGIC:  # an encrypted xlsx is an OLE2 file holding "EncryptionInfo"
        if "EncryptionInfo".encode("utf-16-le") in path.read_bytes()[: 1024 * 1024]:
            raise ImportFileError(messages.IMPORT_ENCRYPTED.format(name=path.name))
        return  # not a zip: the reader says it cannot read it
    unreadable = ImportFileError(messages.IMPORT_UNREADABLE.format(name=path.name))
    too_large = ImportFileError(
        messages.IMPORT_UNPACKED_TOO_LARGE.format(
            name=path.name, limit=size_text(MAX_UNPACKED_BYTES)
        )
    )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                raise too_large
            if any(member.flag_bits & 0x1 for member in members):
                raise ImportFileError(messages.IMPORT_ENCRYPTED.format(name=path.name))
            if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
                raise too_large
            budget = MAX_UNPACKED_BYTES
            with path.open("rb") as raw:
                for member in members:
                    budget -= _unpacked_size(archive, raw, member, budget)
                    if budget < 0:
                        raise too_large
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        EOFError,
        zlib.error,
        struct.error,
    ) as error:
        raise unreadable from error
    except RuntimeError as error:  # zipfile: "File is encrypted, password required"
        raise ImportFileError(messages.IMPORT_ENCRYPTED.format(name=path.name)) from error


def _unpacked_size(
    archive: zipfile.ZipFile, raw: BinaryIO, member: zipfile.ZipInfo, budget: int
) -> int:
    """How many bytes ``member`` really unpacks to (at most ``budget`` + 1 are counted).

    Deflated data is inflated straight from the file, ignoring the sizes the zip declares
    (a reader that trusts a small declared size stops early; one that does not would unpack
    everything): the count is what the data holds.
    """
    if member.compress_type == zipfile.ZIP_STORED:
        return member.compress_size
    if member.compress_type != zipfile.ZIP_DEFLATED:
        total = 0
        with archive.open(member) as stream:
            while (chunk := stream.read(_CHUNK)) and total <= budget:
                total += len(chunk)
        return total
    raw.seek(member.header_offset)
    header = raw.read(30)
    if header[:4] != ZIP_MAGIC:
        raise zipfile.BadZipFile("bad local header")
    name_length, extra_length = struct.unpack_from("<HH", header, 26)
    raw.seek(member.header_offset + 30 + name_length + extra_length)
    inflater = zlib.decompressobj(-15)
    left, total = member.compress_size, 0
    while left > 0 and total <= budget:
        data = raw.read(min(_CHUNK, left))
        if not data:
            break
        left -= len(data)
        while data and total <= budget:
            total += len(inflater.decompress(data, _CHUNK))
            data = inflater.unconsumed_tail
    return total


def check_shape(height: int, width: int) -> None:
    """Refuse a sheet with more rows or columns than the import reads."""
    if height > MAX_ROWS:
        raise ImportFileError(messages.IMPORT_TOO_MANY_ROWS.format(limit=grouped(MAX_ROWS)))
    if width > MAX_COLUMNS:
        raise ImportFileError(
            messages.IMPORT_TOO_MANY_COLUMNS.format(
                count=grouped(width), limit=grouped(MAX_COLUMNS)
            )
        )
    if height * width > MAX_CELLS:
        raise ImportFileError(
            messages.IMPORT_TOO_MANY_CELLS.format(
                rows=grouped(height),
                column=column_letter(width - 1),
                cells=grouped(height * width),
                limit=grouped(MAX_CELLS),
            )
        )


def check_cells(rows: list[list[object]], numbers: list[int]) -> None:
    """Refuse a cell longer than :data:`MAX_CELL_CHARS` (naming it, quoting its start)."""
    for row, number in zip(rows, numbers, strict=True):
        for column, value in enumerate(row):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise ImportFileError(
                    messages.IMPORT_CELL_TOO_LONG.format(
                        cell=f"{column_letter(column)}{number}",
                        count=grouped(len(value)),
                        limit=grouped(MAX_CELL_CHARS),
                        start=shorten(" ".join(value[:200].split()), 40),
                    )
                )
