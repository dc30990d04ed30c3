"""The command line ``aktif-desktop``: a thin face over the services, without Qt.

Each group of subcommands lives in its own module with a ``register(subparsers)`` function;
``COMMAND_MODULES`` lists them. With no subcommand the GUI starts.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from aktif_desktop import __version__, paths
from aktif_desktop.cli.german_argparse import GermanArgumentParser
from aktif_desktop.errors import AktifError

COMMAND_MODULES = (
    "aktif_desktop.cli.core_commands",
    "aktif_desktop.cli.import_commands",
    "aktif_desktop.cli.backup_commands",
    "aktif_desktop.cli.privacy_commands",
    "aktif_desktop.cli.export_commands",
)

log = logging.getLogger("aktif_desktop")


def build_parser() -> argparse.ArgumentParser:
    """Return the parser with every subcommand registered."""
    parser = GermanArgumentParser(
        prog="aktif-desktop",
        description="Aktif Desktop – Netzwerkarbeit für Akti(F) Plus-Verbünde.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Aktif Desktop {__version__}",
        help="Versionsnummer zeigen und beenden",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="prüft die Installation in einem temporären Ordner und beendet sich (0 = in Ordnung)",
    )
    add_db_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="BEFEHL")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--db PATH`` (also accepted after the subcommand)."""
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help=f"Datenbankdatei (Standard: ${paths.DB_ENV_VAR} oder die Datei im Datenordner)",
    )


def db_path(args: argparse.Namespace) -> Path:
    """Return the database chosen by ``--db``, ``AKTIF_DB`` or the default location."""
    chosen: Path | None = getattr(args, "db", None)
    return chosen.expanduser() if chosen else paths.default_db_path()


def configure_logging() -> None:
    """Log warnings and internal errors (with tracebacks) to the log file in the data folder."""
    try:
        handler: logging.Handler = logging.FileHandler(paths.log_path(), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 refused, 2 usage or bad input)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "selftest", False):
        from aktif_desktop.cli.selftest import run_selftest

        return run_selftest()
    if args.command is None:
        return start_gui(db_path(args))
    configure_logging()
    try:
        return int(args.func(args) or 0)
    except AktifError as error:
        print(f"Fehler: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. ``| head``) closed the pipe: not an error of ours.
        sys.stderr.close()
        return 0
    except Exception:
        log.exception("internal error in command %s", args.command)
        print(
            "Fehler: Ein unerwarteter Fehler ist aufgetreten. Details stehen in der "
            f"Protokolldatei {paths.log_path()}.",
            file=sys.stderr,
        )
        return 1


def start_gui(database: Path) -> int:
    """Start the Qt application (imported only here, so the command line runs without Qt)."""
    try:
        app_module = importlib.import_module("ui.app")
    except ImportError as error:
        print(
            "Fehler: Die Oberfläche kann nicht starten, weil PySide6 fehlt "
            f"({error}). Bitte installieren Sie Aktif Desktop vollständig neu.",
            file=sys.stderr,
        )
        return 1
    return int(app_module.run(database))
