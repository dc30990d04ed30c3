"""What every export shares: progress and cancel, atomic writes, safe file names, formats.

A cancelled export raises :class:`ExportCancelled`; because output is written to a temporary
file next to the target and renamed only at the end, nothing half-written is ever left behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import AktifError
from aktif_desktop.services import audit

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returns False when the user asked to cancel."""

PROGRESS_STEP = 200  # rows between two progress reports: often enough for a smooth bar


class ExportCancelled(AktifError):  # noqa: N818 - reads as a state, like KeyboardInterrupt
    """The user cancelled an export; no file was written."""

    def __init__(self) -> None:
        super().__init__(messages.EXPORT_CANCELLED)


@dataclass(slots=True, kw_only=True)
class ExportResult:
    """What an export wrote: the file (or folder), how many records, and the files in it."""

    path: Path
    row_count: int
    files: list[Path]
    note: str = ""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Pass progress on; raise ExportCancelled once the callback says stop."""
    if progress is not None and not progress(done, total):
        raise ExportCancelled()


def _temp_name(target: Path) -> Path:
    handle, name = tempfile.mkstemp(prefix=".~aktif-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    # mkstemp makes the file private (0600); a document should get the usual permissions.
    os.chmod(name, 0o666 & ~_umask())
    return Path(name)


@functools.cache
def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


@contextlib.contextmanager
def atomic_file(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it to ``target`` if the block succeeds.

    On any error (including a cancel) the temporary file is removed and ``target`` is untouched.
    """
    target = Path(target)
    _ensure_folder(target.parent)
    temp = _temp_name(target)
    try:
        yield temp
        _replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


@contextlib.contextmanager
def atomic_folder(target: Path | str) -> Iterator[Path]:
    """Yield a temporary folder inside ``target``; move its files into ``target`` on success."""
    target = Path(target)
    _ensure_folder(target)
    temp = Path(tempfile.mkdtemp(prefix=".~aktif-", dir=target))
    try:
        yield temp
        for item in sorted(temp.iterdir()):
            _replace(item, target / item.name)
    finally:
        shutil.rmtree(temp, ignore_errors=True)


def _ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise AktifError(messages.EXPORT_FOLDER_FAILED.format(path=folder)) from error


def _replace(source: Path, target: Path) -> None:
    try:
        os.replace(source, target)
    except PermissionError as error:
        # On Windows a file open in Excel or a PDF viewer cannot be replaced.
        raise AktifError(messages.EXPORT_FILE_LOCKED.format(path=target)) from error


_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
MAX_NAME = 120  # keeps "folder + name" well under Windows' 260-character path limit


def safe_filename(text: str, fallback: str = "Export") -> str:
    """Return ``text`` as a file name Windows accepts, keeping umlauts ("Müller Anna")."""
    name = unicodedata.normalize("NFC", text)
    name = _FORBIDDEN.sub(" ", name)
    name = re.sub(r"\s+", " ", name).strip().rstrip(". ")
    if not name:
        name = fallback
    if name.split(".")[0].upper() in _RESERVED:
        name = f"_{name}"
    return name[:MAX_NAME].rstrip(". ")


def record_disclosure(kind: str, columns: list[str], row_count: int, file_name: Path) -> None:
    """Log in the DSGVO disclosure log that personal data left the app (who got which list)."""
    audit.record_disclosure(kind, columns, row_count, str(file_name))


def german_date(value: dt.date | dt.datetime | None) -> str:
    """TT.MM.JJJJ."""
    return value.strftime("%d.%m.%Y") if value else ""


def german_hours(hours: float | None) -> str:
    """ "1 Stunde", "3,5 Stunden" ("" when unknown)."""
    if hours is None:
        return ""
    text = f"{hours:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} Stunde" if hours == 1 else f"{text} Stunden"


def event_when(start: dt.datetime, end: dt.datetime) -> str:
    """ "20.04.2026, 09:30–13:00 Uhr" or "20.04.2026, 09:00 Uhr – 21.04.2026, 16:00 Uhr"."""
    if start.date() == end.date():
        return f"{german_date(start)}, {start:%H:%M}–{end:%H:%M} Uhr"
    return f"{german_date(start)}, {start:%H:%M} Uhr – {german_date(end)}, {end:%H:%M} Uhr"
