"""Printing for the command line: stable JSON and simple aligned text tables."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any

from aktif_desktop.cli.options import db_path
from aktif_desktop.storage.db import open_database
from aktif_desktop.storage.server import is_server_url


def open_db(args: Any) -> None:
    """Open the database chosen on the command line (creating and migrating it if needed)."""
    from aktif_desktop.storage.location import location_warning

    path = db_path(args)
    if is_server_url(path):
        from aktif_desktop.cli.server_prompt import install_terminal_prompt

        install_terminal_prompt()
        open_database(path)
        return
    warning = location_warning(path)
    if warning:
        print(f"Warnung: {warning}", file=sys.stderr)
    open_database(path)


def _default(value: object) -> str:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(data: object) -> None:
    """Print ``data`` as indented UTF-8 JSON; dates in ISO 8601."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_default) + "\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Print rows as columns aligned to their widest cell."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for index, row in enumerate(cells):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )
        if index == 0:
            print("  ".join("-" * width for width in widths))


def fmt_date(value: dt.date | dt.datetime | None, with_time: bool = False) -> str:
    """German date (TT.MM.JJJJ), optionally with the time."""
    if value is None:
        return ""
    if with_time and isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    return value.strftime("%d.%m.%Y")
