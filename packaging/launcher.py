"""Entry script of the frozen build: the same ``main()`` as the ``aktif-desktop`` command.

A windowed build on Windows starts without a console, so ``sys.stdout`` is None and
``--selftest`` / ``--version`` would print nothing. When started from a console (cmd,
PowerShell), attach to it so the output shows there; the self-test also writes
``selftest.log`` next to the .exe for a double-click start.
"""

from __future__ import annotations

import sys


def attach_parent_console() -> None:
    """On Windows, send stdout/stderr to the console the program was started from, if any."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    attach_parent_process = -1
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        return  # started by double-click: no console to attach to
    try:
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
    except OSError:
        sys.stdout = sys.stderr = None


if __name__ == "__main__":
    if len(sys.argv) > 1:  # command-line use; a double-click passes no arguments
        attach_parent_console()
    from ui.launcher import main

    sys.exit(main())
