"""Child of the two-programs tests: opens DATABASE as the app does and holds it.

``db_holder.py DATABASE [write]``: prints "ready" once the database is open (with ``write``:
once it holds the write lock inside ``BEGIN IMMEDIATE``, having inserted a partner), then
waits for a line on stdin, commits and exits.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from aktif_desktop.storage.db import close_database, open_database  # noqa: E402


def main() -> int:
    db = open_database(Path(sys.argv[1]))
    write = len(sys.argv) > 2 and sys.argv[2] == "write"
    if write:
        db.execute_sql("BEGIN IMMEDIATE")
        db.execute_sql(
            "INSERT INTO organisation (created_at, updated_at, name, name_key, kind, role,"
            " street, postcode, city, phone, email, website, notes, active) VALUES"
            " (datetime('now'), datetime('now'), 'Halter', 'halter', 'other', 'network_partner',"
            " '', '', '', '', '', '', '', 1)"
        )
    print("ready", flush=True)
    sys.stdin.readline()
    if write:
        db.execute_sql("COMMIT")
    close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
