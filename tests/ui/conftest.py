"""Fixtures of the Qt tests: the configured application, settings in tmp, the large demo."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool


@pytest.fixture(scope="session", autouse=True)
def _configured_app(qapp, tmp_path_factory: pytest.TempPathFactory):
    """German translations and the shipped font, as ``ui.app`` sets them; QSettings in tmp."""
    from ui.app import ensure_app

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("qsettings")),
    )
    ensure_app()
    return qapp


@pytest.fixture(autouse=True)
def _finish_background_jobs() -> Iterator[None]:
    """No worker job may outlive its test (it would use the next test's database)."""
    yield
    QThreadPool.globalInstance().waitForDone(30_000)


@pytest.fixture(scope="session")
def _many_partners_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 partners of every kind, city, role and legal area, bulk-inserted once (< 1 s).

    The full large demo takes 10-25 s to build; the partner table only needs the partners,
    and creating them one by one through the service is quadratic (each returns its row).
    """
    import datetime as dt

    from aktif_desktop.domain import LEGAL_AREAS, OrganisationKind, OrganisationRole
    from aktif_desktop.services.common import legal_area_ids
    from aktif_desktop.storage.db import close_database, open_database
    from aktif_desktop.storage.models import Organisation, OrganisationLegalArea, database
    from aktif_desktop.text import fold

    cities = ("Lindenau", "Grünfelde", "Bärenstein", "Mühlhausen am See", "Weißenbach")
    kinds, roles, codes = list(OrganisationKind), list(OrganisationRole), list(LEGAL_AREAS)
    stamp = dt.datetime(2026, 1, 1)
    path = tmp_path_factory.mktemp("many") / "many.db"
    open_database(path)
    area_ids = legal_area_ids()
    organisations, links = [], []
    for n in range(3000):
        kind = kinds[n % len(kinds)]
        name = f"{kind.label} {cities[n % 5]} {n:04d}"
        organisations.append(
            {
                "id": n + 1,
                "created_at": stamp,
                "updated_at": stamp,
                "name": name,
                "name_key": fold(name),
                "kind": kind.value,
                "role": roles[n % len(roles)].value,
                "city": cities[(n // 7) % 5],
                "active": n % 11 != 0,
            }
        )
        for code in {codes[n % len(codes)], codes[(n // 3) % len(codes)]}:
            links.append(
                {
                    "organisation": n + 1,
                    "legal_area": area_ids[code],
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
    with database.atomic():
        for start in range(0, len(organisations), 500):
            Organisation.insert_many(organisations[start : start + 500]).execute()
        for start in range(0, len(links), 500):
            OrganisationLegalArea.insert_many(links[start : start + 500]).execute()
    close_database()
    return path


@pytest.fixture
def many_partners_db(db_path: Path, _many_partners_template: Path) -> Iterator[Path]:
    """A copy of the 3,000-partner database, open for the services."""
    from aktif_desktop.storage.db import close_database, open_database

    shutil.copyfile(_many_partners_template, db_path)
    open_database(db_path)
    yield db_path
    close_database()


@pytest.fixture
def type_text(qtbot):
    """Type text like a user, umlauts included (QTest.keyClicks only knows ASCII keys)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_into(widget, text: str) -> None:
        widget.setFocus()
        for char in text:
            if char.isascii():
                qtbot.keyClicks(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)

    return type_into


@pytest.fixture
def server_demo_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A copy of the demo on the PostgreSQL test server (not opened); its URL. Skipped, and
    says why, without ``AKTIF_TEST_PG``."""
    from aktif_desktop.storage.db import close_database
    from tests import pg_support

    if not pg_support.admin_url():
        pytest.skip(f"{pg_support.ENV} nicht gesetzt: kein PostgreSQL-Server für die Tests")
    name = pg_support.create_database(template=request.getfixturevalue("_pg_demo_template"))
    try:
        yield pg_support.url_for(name)
    finally:
        close_database()
        pg_support.drop_database(name)
