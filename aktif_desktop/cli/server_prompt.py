"""Asking for the server password on the terminal (never from the command line itself)."""

from __future__ import annotations

import getpass
import sys

from aktif_desktop.storage.server import ServerTarget, set_password_prompt


def _ask(target: ServerTarget) -> str | None:
    if not sys.stdin.isatty():
        return None  # a script: PGPASSWORD, ~/.pgpass or the system's password store
    try:
        return getpass.getpass(f"Passwort für {target.effective_user()} auf {target.display()}: ")
    except (EOFError, KeyboardInterrupt):
        return None


def install_terminal_prompt() -> None:
    set_password_prompt(_ask)
