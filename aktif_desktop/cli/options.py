"""The options every subcommand shares (``--db``), in a module of their own so that the
command modules need not import the ``aktif_desktop.cli`` package that loads them."""

from __future__ import annotations

import argparse
from pathlib import Path

from aktif_desktop import messages, paths
from aktif_desktop.storage.server import Location, as_location, is_server_url


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--db PATH|postgresql://…`` (also accepted after the subcommand)."""
    parser.add_argument(
        "--db",
        type=as_location,
        default=argparse.SUPPRESS,
        help=messages.CLI_HELP_DB.format(env=paths.DB_ENV_VAR),
    )


def db_path(args: argparse.Namespace) -> Path:
    """Return the database chosen by ``--db``, ``AKTIF_DB`` or the default location.

    A server URL comes back as text (typed as a path for the many file-only callers, which
    refuse it through :func:`file_only`)."""
    chosen: Path | str | None = getattr(args, "db", None)
    if isinstance(chosen, str):
        return chosen  # type: ignore[return-value]
    return chosen.expanduser() if chosen else paths.default_db_path()


def db_location(args: argparse.Namespace) -> Location:
    """The database chosen: a file path or a ``postgresql://`` URL."""
    return db_path(args)


def file_only(args: argparse.Namespace, hint: str = "") -> Path:
    """The database file chosen; a German refusal when it is a server."""
    from aktif_desktop.errors import DatabaseError
    from aktif_desktop.storage.server import ServerTarget

    location = db_location(args)
    if is_server_url(location):
        target = ServerTarget.parse(str(location))
        raise DatabaseError(
            messages.SERVER_NOT_FOR_FILES.format(server=target.display(), hint=hint)
        )
    return Path(location)
