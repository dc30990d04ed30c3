"""A real PostgreSQL server for the tests: databases made from templates, dropped after use.

``AKTIF_TEST_PG`` names the server as an admin URL (``postgresql://postgres@127.0.0.1:55432/
postgres``; ``.ci/run`` starts one and sets it). Without it the PostgreSQL variants are
skipped and say why. Each test gets its own database, copied from a migrated (or demo)
template with ``CREATE DATABASE … TEMPLATE`` (a file copy on the server: ~30 ms).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit

ENV = "AKTIF_TEST_PG"


def admin_url() -> str | None:
    return os.environ.get(ENV) or None


def url_for(name: str) -> str:
    admin = admin_url()
    assert admin, f"{ENV} is not set"
    parts = urlsplit(admin)
    return urlunsplit(parts._replace(path=f"/{name}"))


@contextmanager
def admin() -> Iterator[object]:
    import psycopg

    url = admin_url()
    assert url
    connection = psycopg.connect(url, autocommit=True)
    try:
        yield connection
    finally:
        connection.close()


def create_database(template: str | None = None, prefix: str = "aktif_t") -> str:
    """Create a new empty (or template-copied) database; return its name."""
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with admin() as connection:
        sql = f'CREATE DATABASE "{name}"'
        if template:
            sql += f' TEMPLATE "{template}"'
        connection.execute(sql)  # type: ignore[attr-defined]
    return name


def drop_database(name: str) -> None:
    with admin() as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # type: ignore[attr-defined]
