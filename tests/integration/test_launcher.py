"""The program's entry point ``ui.launcher`` (``aktif-desktop``, ``python -m ui``): commands run
with PySide6 missing, the GUI start says why it cannot; the core imports no ui module."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
BLOCK_QT = (
    "import sys\n"
    "class Block:\n"
    "    def find_spec(self, name, path=None, target=None):\n"
    "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
    "            raise ImportError('Qt is blocked in this test: ' + name)\n"
    "sys.meta_path.insert(0, Block())\n"
)


def run_launcher(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    blocker = tmp_path / "blocker"
    blocker.mkdir(exist_ok=True)
    (blocker / "sitecustomize.py").write_text(BLOCK_QT, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PYTHONPATH": f"{blocker}{os.pathsep}{ROOT}"},
    )


def test_the_launcher_runs_commands_without_qt_and_explains_the_gui(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    demo = run_launcher(tmp_path, "--db", str(db), "demo")
    assert demo.returncode == 0, demo.stderr
    listing = run_launcher(tmp_path, "--db", str(db), "list", "events", "--json")
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.lstrip().startswith("[")
    gui = run_launcher(tmp_path, "--db", str(db))
    assert gui.returncode == 1
    assert "Fehler: Die Oberfläche kann nicht starten, weil PySide6 fehlt" in gui.stderr


def test_the_core_alone_imports_no_ui_module(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from aktif_desktop.cli import build_parser, selftest\n"
        "import aktif_desktop.services.kinds, aktif_desktop.exports.lists\n"
        "build_parser()\n"
        "print(sorted(m for m in sys.modules if m == 'ui' or m.startswith(('ui.', 'PySide6'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_launcher_adds_the_gui_checks_to_the_selftest() -> None:
    from aktif_desktop import messages
    from aktif_desktop.cli import selftest
    from ui.launcher import register_selftest_checks

    register_selftest_checks()
    register_selftest_checks()  # twice: each step once
    names = [step for step, _check in selftest.CHECKS]
    assert names[-2:] == [messages.SELFTEST_STEP_TRANSLATION, messages.SELFTEST_STEP_MAIN_WINDOW]
    assert len(names) == len(set(names))
