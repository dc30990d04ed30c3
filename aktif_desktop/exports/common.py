"""What every export shares: progress and cancel, the safe write path, safe names, formats.

A cancelled export raises :class:`ExportCancelled`; because output is written to a temporary
file next to the target and renamed only at the end, nothing half-written is ever left behind.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from aktif_desktop import messages
from aktif_desktop.errors import AktifError
from aktif_desktop.files import names, safe_write
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


@contextlib.contextmanager
def atomic_file(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; put it in place if the block succeeds.

    The one safe write path (:mod:`aktif_desktop.files.safe_write`): forbidden targets are
    refused before any work; on any error (including a cancel) the temporary file is removed
    and ``target`` is untouched. An existing file is replaced only inside
    ``safe_write.writing(replace=True)`` (the user agreed, or ``--force``).
    """
    with safe_write.atomic_write(target) as temp:
        yield temp


@contextlib.contextmanager
def atomic_folder(target: Path | str) -> Iterator[Path]:
    """Yield a temporary folder inside ``target``; move its files into ``target`` on success."""
    with safe_write.atomic_folder(target) as temp:
        yield temp


def safe_filename(text: str, fallback: str = "Export") -> str:
    """Return ``text`` as a file stem Windows and Linux accept, keeping umlauts ("Müller Anna")."""
    return names.safe_filename(text, fallback)


def record_disclosure(
    kind: str,
    columns: list[str],
    row_count: int,
    file_name: Path,
    *,
    without_consent: bool | None = None,
) -> None:
    """Log in the DSGVO disclosure log that personal data left the app (who got which list).

    Inside ``safe_write.writing`` the finished file is put in place in the same step as the
    entry. Outside it (a direct call) the file is already in place: if the entry cannot be
    written the file is removed, so there is never a file nobody can see in the Protokoll.
    """
    consent = safe_write.scope_without_consent() if without_consent is None else without_consent
    entry = safe_write.Disclosure(
        kind=kind, columns=columns, row_count=row_count, without_consent=consent
    )
    if safe_write.record_pending(entry, file_name):
        return
    path = Path(os.path.abspath(file_name))
    try:
        audit.record_disclosure(
            kind, columns, row_count, str(file_name), path=str(path), without_consent=consent
        )
    except Exception as error:
        if path.is_file():
            path.unlink(missing_ok=True)
        if isinstance(error, AktifError):
            raise
        reason = str(error)[:80] or type(error).__name__
        raise AktifError(messages.WRITE_LOG_FAILED.format(reason=reason, path=path)) from error


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
