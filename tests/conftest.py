"""Shared fixtures: a real SQLite file in a temporary folder, data folders redirected there."""

from __future__ import annotations

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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "aktif.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Path]:
    """An empty, migrated database file, open for the services."""
    from aktif_desktop.storage.db import close_database, open_database

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
def demo_db(db_path: Path, _demo_template: Path) -> Iterator[Path]:
    """The small demo Verbund in a database file of this test's own, open for the services."""
    from aktif_desktop.storage.db import close_database, open_database

    shutil.copyfile(_demo_template, db_path)
    open_database(db_path)
    yield db_path
    close_database()
