"""``aktif-desktop --selftest``: prove that an installation (or a frozen build) works.

In a temporary folder it creates a database, runs the migrations, loads the demo Verbund,
writes the exports a user hands out, loads the German translation and opens and closes the
main window offscreen. Each check is printed on its own line and written to ``selftest.log``
(a frozen windowed build on Windows has no console, so the file is what the user reads).
The Qt checks live with the GUI, which adds them (:func:`add_checks`) when it starts the
program, so this module stays Qt-free and names no GUI module.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from aktif_desktop import __version__, messages, paths

LOG_NAME = "selftest.log"


@dataclass(slots=True)
class SelftestRun:
    """What the checks share: the work folder, the database and the files written so far."""

    work_dir: Path
    db_path: Path
    files: dict[str, Path] = field(default_factory=dict)
    event_id: int | None = None


Check = Callable[[SelftestRun], str]


class Report:
    """Writes each line to stdout (if there is one) and to the log file."""

    def __init__(self, log_file: TextIO) -> None:
        self.log_file = log_file

    def line(self, text: str) -> None:
        self.log_file.write(text + "\n")
        self.log_file.flush()
        # A windowed frozen build on Windows may have no stdout at all (sys.stdout is None).
        if sys.stdout is not None:
            with contextlib.suppress(OSError, ValueError):
                print(text, flush=True)


def check_resources(run: SelftestRun) -> str:
    """The bundled resources (fonts) are where aktif_desktop.paths looks for them."""
    folder = paths.resources_dir()
    fonts = sorted(folder.joinpath("fonts").glob("*.ttf"))
    if not fonts:
        raise RuntimeError(messages.SELFTEST_NO_FONTS.format(folder=folder / "fonts"))
    return messages.SELFTEST_RESOURCES_OK.format(folder=folder, fonts=len(fonts))


def check_database(run: SelftestRun) -> str:
    """A new database file is created and migrated to the newest schema."""
    from aktif_desktop.storage import migrations
    from aktif_desktop.storage.db import open_database

    db = open_database(run.db_path)
    version = migrations.schema_version(db)
    if version != migrations.LATEST_VERSION:
        raise RuntimeError(
            messages.SELFTEST_SCHEMA_MISMATCH.format(
                found=version, expected=migrations.LATEST_VERSION
            )
        )
    return messages.SELFTEST_DATABASE_OK.format(path=run.db_path, version=version)


def check_demo(run: SelftestRun) -> str:
    """The demo Verbund loads; an event with recorded attendance is picked for the exports."""
    from aktif_desktop.demo import load_demo
    from aktif_desktop.domain import ParticipationStatus
    from aktif_desktop.services import events, participations

    counts = load_demo()
    for event in events.list_events():
        attended = participations.status_counts(event.id).get(ParticipationStatus.ATTENDED, 0)
        if attended:
            run.event_id = event.id
            break
    if run.event_id is None:
        raise RuntimeError(messages.SELFTEST_NO_ATTENDED_EVENT)
    return messages.SELFTEST_DEMO_OK.format(**counts)


def _written(path: Path, rows: int) -> str:
    """Return the result line for a written file, or raise if it is missing or empty."""
    if not path.is_file() or path.stat().st_size == 0:
        raise RuntimeError(messages.SELFTEST_FILE_EMPTY.format(path=path))
    kilobytes = max(1, round(path.stat().st_size / 1024))
    return messages.SELFTEST_FILE_OK.format(name=path.name, rows=rows, kilobytes=kilobytes)


def _check_pdf(path: Path) -> None:
    """A complete PDF starts with its header and ends with the end-of-file marker."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise RuntimeError(messages.SELFTEST_FILE_BROKEN.format(path=path))


def check_participant_list(run: SelftestRun) -> str:
    """The participant list of the demo event is written as xlsx and reads back with openpyxl."""
    from openpyxl import load_workbook

    from aktif_desktop.exports.lists import export_participants

    path = run.work_dir / "Teilnehmerliste.xlsx"
    result = export_participants(path, event_id=_event_id(run))
    workbook = load_workbook(path, read_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows = sum(1 for row in sheet.iter_rows(values_only=True) if any(row))
    finally:
        workbook.close()
    if rows <= result.row_count:  # at least a header row above the participants
        raise RuntimeError(messages.SELFTEST_FILE_BROKEN.format(path=path))
    run.files["participant_list"] = path
    return _written(path, result.row_count)


def check_signature_list(run: SelftestRun) -> str:
    """The signature list of the demo event is written as a PDF with the bundled fonts."""
    from aktif_desktop.exports.signature_list import write_signature_list

    path = run.work_dir / "Unterschriftenliste.pdf"
    result = write_signature_list(_event_id(run), path)
    _check_pdf(path)
    run.files["signature_list"] = path
    return _written(path, result.row_count)


def check_certificate(run: SelftestRun) -> str:
    """Certificates for everyone who attended the demo event are written into one PDF."""
    from aktif_desktop.exports.certificates import write_certificates

    path = run.work_dir / "Teilnahmebescheinigungen.pdf"
    result = write_certificates(_event_id(run), pdf_file=path)
    _check_pdf(path)
    run.files["certificate"] = path
    return _written(path, result.row_count)


def _event_id(run: SelftestRun) -> int:
    if run.event_id is None:
        raise RuntimeError(messages.SELFTEST_NO_ATTENDED_EVENT)
    return run.event_id


# A list: the GUI's launcher appends its checks (the translation, the main window).
CHECKS: list[tuple[str, Check]] = [
    (messages.SELFTEST_STEP_RESOURCES, check_resources),
    (messages.SELFTEST_STEP_DATABASE, check_database),
    (messages.SELFTEST_STEP_DEMO, check_demo),
    (messages.SELFTEST_STEP_PARTICIPANT_LIST, check_participant_list),
    (messages.SELFTEST_STEP_SIGNATURE_LIST, check_signature_list),
    (messages.SELFTEST_STEP_CERTIFICATE, check_certificate),
]


def add_checks(checks: Sequence[tuple[str, Check]]) -> None:
    """Append checks to the self-test (a step already present is not added twice)."""
    present = {step for step, _check in CHECKS}
    CHECKS.extend((step, check) for step, check in checks if step not in present)


@contextlib.contextmanager
def _isolated_environment(work_dir: Path) -> Iterator[None]:
    """Point the data folder into the work folder and render Qt offscreen, then restore both.

    Backups, the log and anything else the core writes must not touch the user's real data.
    """
    saved = {name: os.environ.get(name) for name in (paths.DATA_DIR_ENV_VAR, "QT_QPA_PLATFORM")}
    os.environ[paths.DATA_DIR_ENV_VAR] = str(work_dir / "data")
    if not os.environ.get("QT_QPA_PLATFORM"):  # unset or empty: the window stays invisible
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _run_checks(run: SelftestRun, report: Report, checks: Sequence[tuple[str, Check]]) -> int:
    for name, check in checks:
        started = time.perf_counter()
        try:
            detail = check(run)
        except Exception as error:  # the reason is the result: any failure is reported
            report.line(messages.SELFTEST_FAILED_LINE.format(step=name, reason=_reason(error)))
            report.log_file.write(traceback.format_exc())
            report.line(messages.SELFTEST_FAILED)
            return 1
        seconds = time.perf_counter() - started
        report.line(messages.SELFTEST_OK_LINE.format(step=name, detail=detail, seconds=seconds))
    report.line(messages.SELFTEST_PASSED.format(count=len(checks)))
    return 0


def _reason(error: BaseException) -> str:
    text = getattr(error, "message", None) or str(error) or type(error).__name__
    return str(text)


def _copy_next_to_executable(log_path: Path) -> Path | None:
    """In a frozen build, also leave the log next to the .exe, where the README says it is."""
    if not getattr(sys, "frozen", False):
        return None
    target = Path(sys.executable).resolve().parent / LOG_NAME
    try:
        target.write_text(log_path.read_text("utf-8"), encoding="utf-8")
    except OSError:
        return None  # e.g. installed read-only: the copy in the work folder is enough
    return target


def run_selftest(work_dir: Path | None = None, checks: Sequence[tuple[str, Check]] = CHECKS) -> int:
    """Run every check in ``work_dir`` (default: a new temporary folder); return 0 or 1.

    The work folder is kept, so the written files and ``selftest.log`` can be inspected.
    """
    work_dir = work_dir or Path(tempfile.mkdtemp(prefix="aktif-selftest-"))
    work_dir.mkdir(parents=True, exist_ok=True)
    log_path = work_dir / LOG_NAME
    run = SelftestRun(work_dir=work_dir, db_path=work_dir / "selftest.db")
    with log_path.open("w", encoding="utf-8") as log_file:
        report = Report(log_file)
        report.line(messages.SELFTEST_HEADER.format(version=__version__, folder=work_dir))
        with _isolated_environment(work_dir):
            try:
                status = _run_checks(run, report, checks)
            finally:
                from aktif_desktop.storage.db import close_database

                close_database()
        report.line(messages.SELFTEST_LOG_AT.format(path=log_path))
    copy = _copy_next_to_executable(log_path)
    if copy is not None and sys.stdout is not None:
        print(messages.SELFTEST_LOG_AT.format(path=copy), flush=True)
    return status
