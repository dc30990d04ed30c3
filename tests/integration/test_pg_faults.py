"""Faults of the shared server, each with its own German sentence and nothing half-written.

On a private server that asks for passwords (tests/pg_private.py): a wrong password, no
password at all, a prompt, a role without rights, a database of another program, a database
that does not exist, a server that is not there, and a connection cut by the server in the
middle of a change — in the app's services and in the command line as a process of its own.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import psycopg
import pytest

from aktif_desktop.errors import DatabaseError
from aktif_desktop.services import organisations
from aktif_desktop.storage import pg_schema
from aktif_desktop.storage.db import close_database, open_database
from aktif_desktop.storage.models import database
from aktif_desktop.storage.server import ServerTarget, set_password_prompt
from tests import pg_private

pytestmark = pytest.mark.skipif(
    not pg_private.available(), reason="keine PostgreSQL-Programme für einen eigenen Server"
)


@pytest.fixture(scope="module")
def admin_url() -> Iterator[str]:
    with pg_private.private_server() as url:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute("CREATE ROLE anna LOGIN PASSWORD 'richtig'")
            admin.execute("CREATE ROLE gast LOGIN PASSWORD 'gast'")
            admin.execute("CREATE DATABASE verbund OWNER anna")
            admin.execute("CREATE DATABASE ohne_rechte")  # owned by postgres: no CREATE for gast
            admin.execute("CREATE DATABASE fremd OWNER anna")
        with psycopg.connect(_url(url, "anna", "richtig", "fremd"), autocommit=True) as other:
            other.execute("CREATE TABLE kunden (nr integer PRIMARY KEY, name text)")
            other.execute("INSERT INTO kunden VALUES (1, 'Müller')")
        yield url


def _url(admin: str, user: str, password: str | None, database_name: str) -> str:
    parts = urlsplit(admin)
    secret = f":{password}" if password is not None else ""
    return f"postgresql://{user}{secret}@127.0.0.1:{parts.port}/{database_name}"


@pytest.fixture(autouse=True)
def _no_password_sources(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No ~/.pgpass, no PGPASSWORD, no prompt: each test says where its password comes from."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "keine-pgpass"))
    monkeypatch.setattr("aktif_desktop.storage.server.stored_password", lambda target: None)
    set_password_prompt(None)
    yield
    set_password_prompt(None)
    close_database()


def _tables(admin: str, database_name: str) -> list[str]:
    with psycopg.connect(_url(admin, "postgres", pg_private.ADMIN_PASSWORD, database_name)) as c:
        rows = c.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return sorted(row[0] for row in rows)


def test_a_wrong_password_is_refused_in_german(admin_url: str) -> None:
    with pytest.raises(DatabaseError, match="abgelehnt") as refused:
        open_database(_url(admin_url, "anna", "zz9-geheim", "verbund"))
    assert "zz9-geheim" not in refused.value.message  # the password is never shown


def test_no_password_at_all_says_where_one_can_come_from(admin_url: str) -> None:
    with pytest.raises(DatabaseError, match="verlangt für anna ein Passwort"):
        open_database(_url(admin_url, "anna", None, "verbund"))


def test_the_prompt_is_asked_once_and_its_answer_used(admin_url: str) -> None:
    asked: list[str] = []

    def prompt(target: ServerTarget) -> str:
        asked.append(target.display())
        return "richtig"

    set_password_prompt(prompt)
    open_database(_url(admin_url, "anna", None, "verbund"))
    organisations.create_organisation(organisations.OrganisationData(name="Kita Sonnenschein"))
    assert asked == ["verbund auf 127.0.0.1:" + str(urlsplit(admin_url).port)]
    close_database()
    assert "organisation" in _tables(admin_url, "verbund")


def test_a_role_without_rights_is_told_so_and_nothing_is_created(admin_url: str) -> None:
    with pytest.raises(DatabaseError, match="fehlende Rechte"):
        open_database(_url(admin_url, "gast", "gast", "ohne_rechte"))
    assert _tables(admin_url, "ohne_rechte") == []


def test_another_programs_database_is_left_alone(admin_url: str) -> None:
    with pytest.raises(DatabaseError) as refused:
        open_database(_url(admin_url, "anna", "richtig", "fremd"))
    assert "fremd" in refused.value.message
    assert _tables(admin_url, "fremd") == ["kunden"]


def test_a_missing_database_and_a_missing_server(admin_url: str) -> None:
    with pytest.raises(DatabaseError, match="keine Datenbank gibtnix|gibt es keine Datenbank"):
        open_database(_url(admin_url, "anna", "richtig", "gibtsnicht"))
    with pytest.raises(DatabaseError, match="nicht erreichbar"):
        open_database("postgresql://anna:richtig@127.0.0.1:9/verbund")


def test_a_too_old_server_is_refused_before_anything_is_written() -> None:
    # No PostgreSQL 12 can be installed here: the check reads the number the server reports.
    old = SimpleNamespace(server_version=120017, target=ServerTarget.parse("postgresql://a@h/d"))
    with pytest.raises(DatabaseError, match="12"):
        pg_schema.check_server(old)


def test_a_connection_cut_mid_change_loses_only_that_change(admin_url: str) -> None:
    url = _url(admin_url, "anna", "richtig", "verbund")
    open_database(url)
    before = len(organisations.list_organisations())
    with pytest.raises(DatabaseError, match="Verbindung"), database.atomic():
        organisations.create_organisation(organisations.OrganisationData(name="Halb e.V."))
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE usename = 'anna' AND datname = 'verbund'"
            )
        organisations.create_organisation(organisations.OrganisationData(name="Zweiter e.V."))
    # The app goes on without reopening: the next statement gets a new connection.
    names = [o.name for o in organisations.list_organisations()]
    assert len(names) == before and "Halb e.V." not in names


def test_the_command_line_says_each_fault_in_german(admin_url: str, tmp_path: Path) -> None:
    env = {"AKTIF_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    env["PGPASSFILE"] = str(tmp_path / "keine-pgpass")
    for url, expected in (
        (_url(admin_url, "anna", "zz9-geheim", "verbund"), "abgelehnt"),
        (_url(admin_url, "gast", "gast", "ohne_rechte"), "fehlende Rechte"),
        ("postgresql://anna:richtig@127.0.0.1:9/verbund", "nicht erreichbar"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "aktif_desktop", "--db", url, "list", "organisations"],
            capture_output=True,
            text=True,
            env=env,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 1, done.stdout
        assert expected in done.stderr and "unerwartet" not in done.stderr, done.stderr
