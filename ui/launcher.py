"""The program's entry point ``aktif-desktop``: the command line or the GUI.

With a subcommand the command line runs (without importing Qt, so every command works with
PySide6 missing); without one the GUI starts. This module lives outside the core, so the core
never names the GUI: it hands the command line a :class:`~aktif_desktop.cli.GuiFace` that
starts ``ui.app`` and adds the GUI's self-test checks. It must not import Qt at the top.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from aktif_desktop import cli, messages
from aktif_desktop.cli import selftest


def start_gui(database: Path) -> int:
    """Start the Qt application (imported only here, so the command line runs without Qt)."""
    try:
        app_module = importlib.import_module("ui.app")
    except ImportError as error:
        print(
            messages.CLI_ERROR.format(message=messages.GUI_MISSING_QT.format(error=error)),
            file=sys.stderr,
        )
        return 1
    return int(app_module.run(database))


def _qt_check(name: str) -> selftest.Check:
    """A check that runs ``ui.selftest.<name>`` (Qt is imported only when it runs)."""

    def check(run: selftest.SelftestRun) -> str:
        module = importlib.import_module("ui.selftest")
        result: str = getattr(module, name)(run)
        return result

    return check


QT_CHECKS: tuple[tuple[str, selftest.Check], ...] = (
    (messages.SELFTEST_STEP_TRANSLATION, _qt_check("check_translation")),
    (messages.SELFTEST_STEP_MAIN_WINDOW, _qt_check("check_main_window")),
)


def gui_face() -> cli.GuiFace:
    """The GUI as the command line sees it (also the ``aktif_desktop.gui`` entry point)."""
    return cli.GuiFace(start=start_gui, selftest_checks=QT_CHECKS)


def register_selftest_checks() -> None:
    """Add the GUI's checks to ``aktif-desktop --selftest``."""
    selftest.add_checks(QT_CHECKS)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with the GUI as its face; return the exit status."""
    register_selftest_checks()
    return cli.main(argv, gui=gui_face())


if __name__ == "__main__":
    raise SystemExit(main())
