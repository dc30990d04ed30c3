"""The options every subcommand shares (``--db``), in a module of their own so that the
command modules need not import the ``aktif_desktop.cli`` package that loads them."""

from __future__ import annotations

import argparse
from pathlib import Path

from aktif_desktop import messages, paths


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--db PATH`` (also accepted after the subcommand)."""
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help=messages.CLI_HELP_DB.format(env=paths.DB_ENV_VAR),
    )


def db_path(args: argparse.Namespace) -> Path:
    """Return the database chosen by ``--db``, ``AKTIF_DB`` or the default location."""
    chosen: Path | None = getattr(args, "db", None)
    return chosen.expanduser() if chosen else paths.default_db_path()
