"""Transfer: the demo file onto a real PostgreSQL server and back into a new file.

Checked as the Verbund's IT would: every row of every table is the same after the round
trip (the audit history included, with only the transfer's own entries added), the server's
ids go on after the copied ones, a non-empty server database, an existing file and a working
copy are refused in German, a value the server cannot hold stops the transfer with nothing
written, and the command line does the same in a process of its own.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aktif_desktop.errors import DatabaseError
from aktif_desktop.services import organisations
from aktif_desktop.services.transfer import COPY_SETTING, copy_origin, transfer
from aktif_desktop.storage import audit_chain, table_copy
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.storage.models import database
from aktif_desktop.storage.pg_database import PeeweeConnection
from tests import pg_support
from tests.raw_db import query, raw_connect

pytestmark = pytest.mark.skipif(
    not pg_support.admin_url(), reason=f"{pg_support.ENV} nicht gesetzt: kein PostgreSQL-Server"
)


@pytest.fixture
def server() -> Iterator[str]:
    """A new, really empty database on the test server (no tables yet)."""
    name = pg_support.create_database(prefix="aktif_t_transfer")
    try:
        yield pg_support.url_for(name)
    finally:
        close_database()
        pg_support.drop_database(name)


@pytest.fixture
def demo_file(tmp_path: Path, _demo_template: Path) -> Path:
    path = tmp_path / "verbund.db"
    shutil.copyfile(_demo_template, path)
    return path


def _snapshot(location: Path | str) -> table_copy.Snapshot:
    open_database(location)
    try:
        with database.atomic():
            return table_copy.read_snapshot(database)
    finally:
        close_database()


def _counts(url: str) -> dict[str, int]:
    connection = raw_connect(url)
    try:
        names = [
            r[0]
            for r in query(
                connection, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        ]
        return {n: query(connection, f'SELECT count(*) FROM "{n}"')[0][0] for n in names}
    finally:
        connection.close()


def test_the_round_trip_keeps_every_row_and_the_audit_history(
    demo_file: Path, server: str, tmp_path: Path
) -> None:
    before = _snapshot(demo_file)
    there = transfer(demo_file, server)
    assert there.total == before.row_count > 1000
    back = tmp_path / "offline.db"
    transfer(server, back)
    after = _snapshot(back)
    assert set(after.tables) == set(before.tables)
    last_entry = max(row[0] for row in before.tables["audit_log"].rows)
    for name, rows in before.tables.items():
        kept = after.tables[name].rows
        if name in ("audit_log", "audit_chain"):  # plus the two transfers' own entries
            kept = [row for row in kept if row[0] <= last_entry]
        if name == "setting":
            kept = [row for row in kept if row[0] != COPY_SETTING]
        assert table_copy.fingerprint(table_copy.TableRows(rows.columns, kept)) == (
            table_copy.fingerprint(rows)
        ), name
    open_database(back)
    try:
        assert copy_origin() is not None and copy_origin()[0].startswith("aktif_t_transfer")  # type: ignore[index]
    finally:
        close_database()


def test_the_server_goes_on_after_the_copied_rows_and_its_chain_holds(
    demo_file: Path, server: str
) -> None:
    transfer(demo_file, server)
    open_database(server)
    biggest = max(o.id for o in organisations.list_organisations())
    created = organisations.create_organisation(organisations.OrganisationData(name="Neu e.V."))
    assert created.id == biggest + 1
    close_database()  # seals the new entries
    open_database(server)
    try:
        report = audit_chain.verify(PeeweeConnection(database.obj), ["organisation"])
        assert report.ok, report
        actions = [r[0] for r in database.execute_sql("SELECT action FROM audit_log").fetchall()]
        assert "transfer" in actions
    finally:
        close_database()


def test_a_server_database_with_rows_is_refused_and_keeps_them(
    demo_file: Path, server: str, tmp_path: Path
) -> None:
    transfer(demo_file, server)
    counts = _counts(server)
    with pytest.raises(DatabaseError, match="nicht leer"):
        transfer(demo_file, server)
    assert _counts(server) == counts


def test_an_existing_file_and_a_working_copy_are_refused(
    demo_file: Path, server: str, tmp_path: Path
) -> None:
    transfer(demo_file, server)
    with pytest.raises(DatabaseError, match="gibt es schon"):
        transfer(server, demo_file)
    copy = tmp_path / "kopie.db"
    transfer(server, copy)
    other = pg_support.create_database(prefix="aktif_t_transfer")
    try:
        with pytest.raises(DatabaseError, match="Arbeitskopie"):
            transfer(copy, pg_support.url_for(other))
        assert transfer(copy, pg_support.url_for(other), allow_copy=True).total > 1000
    finally:
        pg_support.drop_database(other)
    with pytest.raises(DatabaseError, match="Datenbankdatei auf den Server"):
        transfer(copy, tmp_path / "noch-eine.db")


def test_a_value_the_server_cannot_hold_stops_it_with_nothing_written(
    demo_file: Path, server: str
) -> None:
    connection = raw_connect(demo_file)
    connection.execute("UPDATE contact SET verified_at = 'irgendwann' WHERE id = 3")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseError, match="verified_at") as refused:
        transfer(demo_file, server)
    assert "irgendwann" in refused.value.message and "nichts übertragen" in refused.value.message
    counts = _counts(server)
    assert counts["contact"] == counts["organisation"] == counts["audit_log"] == 0


def test_an_unreachable_server_is_said_in_german(demo_file: Path) -> None:
    with pytest.raises(DatabaseError, match="nicht erreichbar"):
        transfer(demo_file, "postgresql://aktif@127.0.0.1:9/aktif")


def test_the_command_line_transfers_and_refuses(
    demo_file: Path, server: str, tmp_path: Path
) -> None:
    env = {"AKTIF_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    command = [sys.executable, "-m", "aktif_desktop", "transfer", "--from", str(demo_file)]
    done = subprocess.run([*command, "--to", server], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "übertragen und geprüft" in done.stdout
    again = subprocess.run([*command, "--to", server], capture_output=True, text=True, env=env)
    assert again.returncode == 1
    assert "nicht leer" in again.stderr and "unerwartet" not in again.stderr
