"""Subcommand ``transfer``: a database file onto the shared server, or the server into a file."""

from __future__ import annotations

import argparse
from typing import Any

from aktif_desktop.cli.output import print_json
from aktif_desktop.storage.server import as_location, is_server_url


def register(subparsers: Any) -> None:
    """Add ``transfer --from … --to …``."""
    command = subparsers.add_parser(
        "transfer",
        help="eine Datenbankdatei in eine leere Serverdatenbank übertragen, oder die "
        "Serverdatenbank in eine neue Datei (Arbeitskopie)",
    )
    command.add_argument(
        "--from",
        dest="source",
        type=as_location,
        required=True,
        metavar="QUELLE",
        help="Datenbankdatei oder postgresql://benutzer@rechner:5432/datenbank",
    )
    command.add_argument(
        "--to",
        dest="target",
        type=as_location,
        required=True,
        metavar="ZIEL",
        help="leere Serverdatenbank (postgresql://…) oder eine neue Datei",
    )
    command.add_argument(
        "--allow-copy",
        action="store_true",
        help="auch eine Arbeitskopie des Servers wieder auf einen Server übertragen",
    )
    command.add_argument("--json", action="store_true", help="Ausgabe als JSON")
    command.set_defaults(func=cmd_transfer)


def cmd_transfer(args: argparse.Namespace) -> int:
    from aktif_desktop.services.transfer import transfer

    if is_server_url(args.source) or is_server_url(args.target):
        from aktif_desktop.cli.server_prompt import install_terminal_prompt

        install_terminal_prompt()
    result = transfer(args.source, args.target, allow_copy=args.allow_copy)
    if args.json:
        print_json({"source": result.source, "target": result.target, "rows": result.rows})
    else:
        print(result.summary())
    return 0
