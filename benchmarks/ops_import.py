"""Import of a 10,000-row xlsx of new contacts, against a raw python-calamine read plus one
executemany.

Every run starts from its own copy of the large database (copied before the clock starts),
so each import really creates 10,000 contacts. The product reads the file, detects header
and mapping, checks each row, matches against the 20,000 existing contacts and writes in one
transaction. The floor reads the same file with calamine, looks the organisations up by name
in one query and inserts the same rows with one executemany, under the same pragmas and the
same audit triggers, in one transaction.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from benchmarks.harness import Timed, measure_pair

FLOOR_INSERT = """
INSERT INTO contact (created_at, updated_at, organisation_id, salutation, title, first_name,
    last_name, function, phone, mobile, email, topics, notes, active, consent_share,
    consent_lists, consent_scope, consent_recorded_by)
VALUES (datetime('now'), datetime('now'), ?, ?, '', ?, ?, ?, ?, '', ?, '', '', 1, 0, 1, '', '')
"""


def _copy(source: Path, target: Path) -> Path:
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    if Path(f"{source}-wal").exists():
        shutil.copyfile(f"{source}-wal", f"{target}-wal")
    return target


def floor_import(db: Path, xlsx: Path) -> int:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    connection = sqlite3.connect(db, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = 1")
    connection.execute("PRAGMA synchronous = 2")
    organisations = dict(connection.execute("SELECT name, id FROM organisation"))
    values = [
        (organisations.get(org), salutation, first, last, function, phone, email.lower())
        for salutation, first, last, function, org, phone, email in rows[1:]
    ]
    connection.execute("BEGIN")
    connection.executemany(FLOOR_INSERT, values)
    connection.execute("COMMIT")
    connection.close()
    return len(values)


def measure(ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    try:
        from aktif_desktop.imports.engine import ImportPlan, run_import
    except ImportError:
        return {"missing": "aktif_desktop.imports is not there yet"}
    from aktif_desktop.storage.db import close_database, open_database

    source, xlsx = Path(ctx["db"]), Path(ctx["import_file"])
    work = Path(ctx["work"]) / "import"
    work.mkdir(exist_ok=True)
    summaries: list[dict[str, Any]] = []

    def product_setup() -> None:
        close_database()
        open_database(_copy(source, work / "product.db"))

    def product(_: object) -> None:
        plan = ImportPlan.from_file(xlsx, "contacts")
        result = run_import(plan, commit=True)
        summaries.append(result.summary())

    def floor_setup() -> Path:
        return _copy(source, work / "floor.db")

    result = measure_pair(
        Timed(product, product_setup),
        Timed(lambda db: floor_import(db, xlsx), floor_setup),
        repeat,
        warmup=not ctx.get("quick"),
    )
    close_database()
    last = summaries[-1]
    result["note"] = (
        f"{last['created']} created, {last['updated']} updated, "
        f"{last['duplicates']} duplicates, {len(last['errors'])} errors"
    )
    return result
