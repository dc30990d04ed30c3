"""Shared fixtures: a real SQLite file in a temporary folder, data folders redirected there."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests draw the same examples on every CI run: a red CI must be reproducible, and
# exploration with fresh random examples happens on developers' machines.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# The demo's year plan is laid around "today"; tests build it around one fixed day so that
# dates they check stay the same whatever day the suite runs.
DEMO_TODAY = dt.date(2026, 11, 26)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data folder or database."""
    monkeypatch.setenv("AKTIF_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("AKTIF_DB", raising=False)


BACKENDS = ("sqlite", "postgresql")
# Where the services, imports, exports, reports and the command line are tested: their tests
# that take ``db`` or ``demo_db`` run once per backend (the others are about files or screens).
_BOTH_BACKENDS_UNDER = ("tests/integration", "tests/unit", "tests/property")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the database file itself (pages, locks, file backups)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and "backend" not in getattr(metafunc, "_aktif_seen", ()):
        uses_db = {"db", "demo_db"} & set(metafunc.fixturenames)
        where = Path(str(metafunc.definition.fspath)).as_posix()
        both = uses_db and any(part in where for part in _BOTH_BACKENDS_UNDER)
        if metafunc.definition.get_closest_marker("sqlite_only"):
            both = False
        metafunc.parametrize("backend", BACKENDS if both else BACKENDS[:1], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend of this test: "sqlite" or "postgresql" (a real server)."""
    chosen = str(getattr(request, "param", "sqlite"))
    if chosen == "postgresql":
        from tests import pg_support

        if not pg_support.admin_url():
            pytest.skip(f"{pg_support.ENV} nicht gesetzt: kein PostgreSQL-Server für die Tests")
    return chosen


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "aktif.db"


@pytest.fixture(scope="session")
def _pg_empty_template() -> Iterator[str]:
    """A migrated, empty PostgreSQL database to copy per test."""
    from aktif_desktop.storage.db import close_database, open_database
    from tests import pg_support

    name = pg_support.create_database(prefix="aktif_tpl_empty")
    open_database(pg_support.url_for(name))
    close_database()
    yield name
    pg_support.drop_database(name)


@pytest.fixture(scope="session")
def _pg_demo_template() -> Iterator[str]:
    """The small demo on PostgreSQL, built once per session."""
    from aktif_desktop.demo import load_demo
    from aktif_desktop.storage.db import close_database, open_database
    from tests import pg_support

    name = pg_support.create_database(prefix="aktif_tpl_demo")
    open_database(pg_support.url_for(name))
    load_demo(today=DEMO_TODAY)
    close_database()
    yield name
    pg_support.drop_database(name)


@contextlib.contextmanager
def _pg_database(template: str) -> Iterator[str]:
    from aktif_desktop.storage.db import close_database, open_database
    from tests import pg_support

    name = pg_support.create_database(template=template)
    url = pg_support.url_for(name)
    open_database(url)
    try:
        yield url
    finally:
        close_database()
        pg_support.drop_database(name)


@pytest.fixture
def db(db_path: Path, backend: str, request: pytest.FixtureRequest) -> Iterator[Path]:
    """An empty, migrated database, open for the services: a file, or a database on the
    PostgreSQL server (then its ``postgresql://`` URL as text) for the second backend."""
    from aktif_desktop.storage.db import close_database, open_database

    if backend == "postgresql":
        template = request.getfixturevalue("_pg_empty_template")
        with _pg_database(template) as url:
            yield url  # type: ignore[misc]
        return
    open_database(db_path)
    yield db_path
    close_database()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo built once per test session; each test gets its own copy."""
    from aktif_desktop.demo import load_demo
    from aktif_desktop.storage.db import close_database, open_database

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    open_database(path)
    load_demo(today=DEMO_TODAY)
    close_database()
    return path


@pytest.fixture
def demo_db(
    db_path: Path, _demo_template: Path, backend: str, request: pytest.FixtureRequest
) -> Iterator[Path]:
    """The small demo Verbund in a database of this test's own, open for the services."""
    from aktif_desktop.storage.db import close_database, open_database

    if backend == "postgresql":
        template = request.getfixturevalue("_pg_demo_template")
        with _pg_database(template) as url:
            yield url  # type: ignore[misc]
        return
    shutil.copyfile(_demo_template, db_path)
    open_database(db_path)
    yield db_path
    close_database()
