"""``aktif-desktop --selftest``: the checks pass on this checkout, failures say why, logs exist.

The frozen build runs the same self-test in CI (packaging/ci_frozen_selftest.sh).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from aktif_desktop import __version__, messages, paths
from aktif_desktop.cli import main, selftest
from aktif_desktop.storage.models import database
from ui.launcher import register_selftest_checks

# The GUI's checks join the self-test from the launcher's side (the core names no ui module).
register_selftest_checks()


def step_lines(log: str) -> dict[str, str]:
    """Map each step name to its result line in the log."""
    lines = {}
    for line in log.splitlines():
        for step, _check in selftest.CHECKS:
            if line.split("] ", 1)[-1].lstrip().startswith(f"{step}:"):
                lines[step] = line
    return lines


def broken_check(run: selftest.SelftestRun) -> str:
    raise RuntimeError("Die Prüfung ist absichtlich kaputt.")


QUICK_CHECKS = (
    (messages.SELFTEST_STEP_RESOURCES, selftest.check_resources),
    (messages.SELFTEST_STEP_DATABASE, selftest.check_database),
)


def test_full_selftest_passes_and_prints_every_check(
    tmp_path: Path, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    work = tmp_path / "work"
    checks = selftest.CHECKS
    assert selftest.run_selftest(work) == 0
    log = (work / selftest.LOG_NAME).read_text("utf-8")
    assert capsys.readouterr().out == log
    lines = step_lines(log)
    assert list(lines) == [step for step, _check in checks]
    assert all(line.startswith("[OK]") for line in lines.values()), log
    assert f"Aktif Desktop {__version__}" in log.splitlines()[0]
    assert messages.SELFTEST_PASSED.format(count=len(checks)) in log
    assert "aktif_de.qm, qtbase_de.qm geladen" in lines[messages.SELFTEST_STEP_TRANSLATION]
    assert "„Abbrechen“" in lines[messages.SELFTEST_STEP_TRANSLATION]
    # Every page was opened (the titles in sidebar order).
    assert (
        "; Seiten: Übersicht, Partner, Ansprechpersonen, Veranstaltungen, Familien, "
        "Berichte, Dubletten, Protokoll, Einstellungen ("
        in lines[messages.SELFTEST_STEP_MAIN_WINDOW]
    )
    assert (work / "Hauptfenster.png").read_bytes().startswith(b"\x89PNG")
    assert database.obj is None or database.obj.is_closed()
    # The exports a user hands out were written and are real files.
    workbook = load_workbook(work / "Teilnehmerliste.xlsx", read_only=True)
    # The participant list names the event above its header row.
    header = next(
        row for row in workbook.worksheets[0].iter_rows(values_only=True) if "Organisation" in row
    )
    assert "Nachname" in header
    workbook.close()
    for name in ("Unterschriftenliste.pdf", "Teilnahmebescheinigungen.pdf"):
        reader = PdfReader(work / name)
        assert len(reader.pages) >= 1
    certificates = PdfReader(work / "Teilnahmebescheinigungen.pdf")
    assert "Teilnahmebescheinigung" in certificates.pages[0].extract_text()


def test_a_translation_file_that_does_not_load_is_named(
    tmp_path: Path, qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.i18n
    from ui.selftest import check_translation

    monkeypatch.setattr(ui.i18n, "install_translators", lambda app: [])
    run = selftest.SelftestRun(work_dir=tmp_path, db_path=tmp_path / "x.db")
    with pytest.raises(RuntimeError, match="aktif_de.qm fehlt"):
        check_translation(run)


def test_failing_check_exits_1_with_the_reason_and_stops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def never(run: selftest.SelftestRun) -> str:
        raise AssertionError("must not run after a failure")

    checks = (*QUICK_CHECKS, ("Kaputte Prüfung", broken_check), ("Danach", never))
    assert selftest.run_selftest(tmp_path, checks) == 1
    out = capsys.readouterr().out
    assert "[FEHLER] Kaputte Prüfung: Die Prüfung ist absichtlich kaputt." in out
    assert messages.SELFTEST_FAILED in out
    assert "Danach" not in out
    log = (tmp_path / selftest.LOG_NAME).read_text("utf-8")
    assert "Traceback" in log  # the details are in the file, not on the screen
    assert "Traceback" not in out
    assert database.obj.is_closed()


def test_quick_checks_report_the_schema_and_leave_the_user_data_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    user_data = Path(os.environ[paths.DATA_DIR_ENV_VAR])
    assert selftest.run_selftest(tmp_path / "work", QUICK_CHECKS) == 0
    out = capsys.readouterr().out
    assert "[OK]     Datenbank:" in out
    assert "Schema-Version" in out
    assert os.environ[paths.DATA_DIR_ENV_VAR] == str(user_data)
    assert not (user_data / paths.DB_FILENAME).exists()


def test_without_stdout_the_log_file_still_has_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A windowed frozen build on Windows starts with sys.stdout = None.
    monkeypatch.setattr(sys, "stdout", None)
    assert selftest.run_selftest(tmp_path, QUICK_CHECKS) == 0
    log = (tmp_path / selftest.LOG_NAME).read_text("utf-8")
    assert messages.SELFTEST_PASSED.format(count=2) in log


def test_frozen_build_leaves_a_copy_of_the_log_next_to_the_exe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    app_folder = tmp_path / "AktifDesktop"
    app_folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app_folder / "AktifDesktop.exe"))
    assert selftest.run_selftest(tmp_path / "work", QUICK_CHECKS) == 0
    copy = app_folder / selftest.LOG_NAME
    assert copy.read_text("utf-8") == (tmp_path / "work" / selftest.LOG_NAME).read_text("utf-8")
    assert f"Protokoll: {copy}" in capsys.readouterr().out


def test_command_line_option_runs_the_selftest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "run_selftest", lambda: 1)
    assert main(["--selftest"]) == 1
