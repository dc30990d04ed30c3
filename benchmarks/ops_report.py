"""The period report over the large demo (one year, every block) against its floor.

Product: ``services.report.build_report`` for the last 365 days, then ``report_json`` (what
``aktif-desktop report --json`` prints). Floor: the very SQL statements the product ran
(recorded during an untimed run), replayed with raw sqlite3 on the same file, rows fetched.
Goal from issue 14: the report builds in ≤ 2 s.

Also runnable on its own: ``python -m benchmarks.ops_report DB [REPEAT]``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import own_peak_rss_mb


def _record_statements() -> list[tuple[str, tuple[Any, ...]]]:
    """Run the report once (untimed) and return every statement it sent to SQLite."""
    from aktif_desktop.services.report import build_report
    from aktif_desktop.storage.models import database

    seen: list[tuple[str, tuple[Any, ...]]] = []
    real = database.obj
    original = real.execute_sql

    def recording(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        seen.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    real.execute_sql = recording
    try:
        today = dt.date.today()
        build_report(today - dt.timedelta(days=365), today)
    finally:
        real.execute_sql = original
    return [
        (sql, params) for sql, params in seen if sql.lstrip().upper().startswith(("SELECT", "WITH"))
    ]


def floor_report(
    connection: sqlite3.Connection, statements: list[tuple[str, tuple[Any, ...]]]
) -> None:
    for sql, params in statements:
        connection.execute(sql, params).fetchall()


def measure(ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    from aktif_desktop.services.report import build_report, report_json
    from aktif_desktop.storage.db import open_database

    open_database(Path(ctx["db"]))
    statements = _record_statements()
    connection = sqlite3.connect(ctx["db"])
    rss = own_peak_rss_mb()
    today = dt.date.today()
    times: list[float] = []
    floor_times: list[float] = []
    figures = 0
    for _ in range(repeat):
        start = time.perf_counter()
        data = report_json(build_report(today - dt.timedelta(days=365), today))
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        floor_report(connection, statements)
        floor_times.append(time.perf_counter() - start)
        figures = sum(len(block["figures"]) for block in data["blocks"])  # type: ignore[union-attr]
    connection.close()
    note = f"{len(statements)} statements, {figures} figures, last 365 days"
    return {"product": times, "floor": floor_times, "rss_mb": rss, "note": note}


if __name__ == "__main__":
    answer = measure({"db": sys.argv[1]}, int(sys.argv[2]) if len(sys.argv) > 2 else 5)
    print(json.dumps(answer, indent=1))
