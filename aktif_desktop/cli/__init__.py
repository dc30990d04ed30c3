"""The command line ``aktif-desktop``: a thin face over the services, without Qt.

Each group of subcommands lives in its own module with a ``register(subparsers)`` function;
``COMMAND_MODULES`` lists them. With no subcommand the GUI starts: the program's entry point
(``ui.launcher``) hands it in as a :class:`GuiFace`; ``python -m aktif_desktop`` finds it
through the installed entry point group ``aktif_desktop.gui``. The core names no GUI module.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

from aktif_desktop import __version__, messages, paths
from aktif_desktop.cli import selftest
from aktif_desktop.cli.german_argparse import GermanArgumentParser
from aktif_desktop.cli.options import add_db_option, db_path
from aktif_desktop.errors import AktifError

COMMAND_MODULES = (
    "aktif_desktop.cli.core_commands",
    "aktif_desktop.cli.import_commands",
    "aktif_desktop.cli.backup_commands",
    "aktif_desktop.cli.privacy_commands",
    "aktif_desktop.cli.export_commands",
    "aktif_desktop.cli.casework_document_commands",
    "aktif_desktop.cli.report_commands",
    "aktif_desktop.cli.casework_commands",
    "aktif_desktop.cli.transfer_commands",
)

__all__ = ["COMMAND_MODULES", "GuiFace", "add_db_option", "db_path", "main"]

GUI_ENTRY_POINT_GROUP = "aktif_desktop.gui"

log = logging.getLogger("aktif_desktop")


@dataclass(frozen=True, slots=True)
class GuiFace:
    """What a graphical face gives the command line: how to start it, its self-test checks."""

    start: Callable[[Path], int]
    selftest_checks: tuple[tuple[str, selftest.Check], ...] = ()


class GuiMissingError(Exception):
    """No GUI is installed, or it cannot be imported (PySide6 missing)."""


def installed_gui() -> GuiFace:
    """Load the face registered under the entry point group ``aktif_desktop.gui``."""
    for entry_point in entry_points(group=GUI_ENTRY_POINT_GROUP):
        try:
            factory = entry_point.load()
        except ImportError as error:
            raise GuiMissingError(messages.GUI_MISSING_QT.format(error=error)) from error
        face: GuiFace = factory()
        return face
    raise GuiMissingError(messages.GUI_NOT_INSTALLED)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser with every subcommand registered."""
    parser = GermanArgumentParser(
        prog="aktif-desktop",
        description=messages.CLI_DESCRIPTION,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Aktif Desktop {__version__}",
        help=messages.CLI_HELP_VERSION,
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help=messages.CLI_HELP_SELFTEST,
    )
    add_db_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="BEFEHL")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def configure_logging() -> None:
    """Log warnings and internal errors (with tracebacks) to the log file in the data folder."""
    try:
        handler: logging.Handler = logging.FileHandler(paths.log_path(), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None, *, gui: GuiFace | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 refused, 2 usage or bad input).

    ``gui`` is the graphical face to start without a subcommand (default: the installed one).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "selftest", False):
        face = gui or _optional_gui()
        if face is not None:
            selftest.add_checks(face.selftest_checks)
        return selftest.run_selftest()
    if args.command is None:
        try:
            face = gui or installed_gui()
        except GuiMissingError as error:
            print(messages.CLI_ERROR.format(message=error), file=sys.stderr)
            return 1
        return face.start(db_path(args))
    configure_logging()
    try:
        return int(args.func(args) or 0)
    except AktifError as error:
        print(messages.CLI_ERROR.format(message=error.message), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. ``| head``) closed the pipe: not an error of ours.
        sys.stderr.close()
        return 0
    except Exception:
        log.exception("internal error in command %s", args.command)
        print(messages.CLI_INTERNAL_ERROR.format(log=paths.log_path()), file=sys.stderr)
        return 1


def _optional_gui() -> GuiFace | None:
    try:
        return installed_gui()
    except GuiMissingError:
        return None  # the self-test then runs the checks of the core only
