"""The Qt half of ``aktif-desktop --selftest``: translations and the main window, offscreen.

``aktif_desktop.cli.selftest`` imports this module by name, so the core stays Qt-free. Each
check returns a German one-line result or raises with the reason.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from aktif_desktop import messages, paths
from aktif_desktop.cli.selftest import SelftestRun


def application() -> QApplication:
    """Return the configured QApplication (font, icon, translations), as the GUI start does."""
    from ui.app import ensure_app

    return ensure_app()


def check_translation(run: SelftestRun) -> str:
    """Load Qt's and our German .qm files the way the app does; Qt's texts must come out German.

    The translators are installed a second time here so that each file is checked by name;
    they are removed again afterwards.
    """
    from ui.i18n import install_translators

    app = application()
    translators = install_translators(app)
    try:
        loaded = sorted(Path(translator.filePath()).name for translator in translators)
        for name in ("aktif_de.qm", "qtbase_de.qm"):
            if name not in loaded:
                path = paths.resource("translations", name)
                raise RuntimeError(messages.SELFTEST_TRANSLATION_MISSING.format(path=path))
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    if cancel == "Cancel":
        raise RuntimeError(messages.SELFTEST_TRANSLATION_INACTIVE.format(cancel=cancel))
    return messages.SELFTEST_TRANSLATION_OK.format(files=", ".join(loaded), cancel=cancel)


@contextlib.contextmanager
def _settings_in(folder: Path) -> Iterator[None]:
    """Keep the window's QSettings (saved geometry) in ``folder``, not the user's registry."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    try:
        yield
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def check_main_window(run: SelftestRun) -> str:
    """Open the main window on the self-test database, show every page, and close it.

    The pages are imported statically by the main window, so a page left out of a frozen
    build fails the import here, loudly; each page is then built and shown once.
    """
    from ui.app import create_main_window
    from ui.page_table import PAGES

    app = application()
    with _settings_in(run.work_dir / "settings"):
        window = create_main_window(run.db_path)
        window.show()
        app.processEvents()
        title, size = window.windowTitle(), window.size()
        opened = []
        for spec in PAGES:
            if not window.show_page(spec.page_id):
                raise RuntimeError(messages.SELFTEST_PAGE_NOT_SHOWN.format(page=spec.title))
            app.processEvents()
            opened.append(QCoreApplication.translate("MainWindow", spec.title))
        window.show_page(PAGES[0].page_id)
        app.processEvents()
        # A picture of what the window showed, for whoever reads the self-test's folder.
        window.grab().save(str(run.work_dir / "Hauptfenster.png"))
        run.files["main_window"] = run.work_dir / "Hauptfenster.png"
        closed = window.close()
        window.deleteLater()
        app.processEvents()
    if not closed:
        raise RuntimeError(messages.SELFTEST_WINDOW_NOT_CLOSED)
    if not opened:
        raise RuntimeError(messages.SELFTEST_NO_PAGES)
    detail = messages.SELFTEST_MAIN_WINDOW_OK.format(
        title=title, width=size.width(), height=size.height()
    )
    return messages.SELFTEST_PAGES.format(detail=detail, pages=", ".join(opened))
