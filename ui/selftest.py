"""The Qt half of ``aktif-desktop --selftest``: translations and the main window, offscreen.

``aktif_desktop.cli.selftest`` imports this module by name, so the core stays Qt-free. Each
check returns a German one-line result or raises with the reason.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
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


def _exists(module_name: str) -> bool:
    try:
        return importlib.util.find_spec(module_name) is not None
    except ModuleNotFoundError:  # the parent package is missing
        return False


def modules_imported_by_name() -> list[str]:
    """Return the modules the app imports through importlib (invisible to PyInstaller).

    The main window's pages and menu installers and the command modules of the CLI.
    """
    from aktif_desktop.cli import COMMAND_MODULES
    from ui.main_window import MENU_INSTALLERS, PAGES

    pages = [spec.partition(":")[0] for _title, spec, _icon in PAGES]
    return [*pages, *MENU_INSTALLERS, *COMMAND_MODULES]


def missing_modules() -> list[str]:
    """Return the modules imported by name that do not exist in this installation.

    The main window silently skips a missing page or menu, so the CI script compares this
    list in the frozen build with the list from the source checkout: they must be equal.
    """
    return [name for name in modules_imported_by_name() if not _exists(name)]


BUILD_INFO = "build_info.json"


def build_info_path() -> Path:
    """Where the PyInstaller spec leaves what it saw at build time (absent outside a build)."""
    return paths.resources_dir() / BUILD_INFO


def compare_with_build(missing: list[str]) -> None:
    """In a frozen build, refuse modules that existed at build time but are missing now.

    The spec records the modules the checkout lacked; anything else missing was left out of
    the bundle (a hidden import PyInstaller did not see). Outside a build, nothing to compare.
    """
    info_path = build_info_path()
    if not info_path.exists():
        return
    expected = set(json.loads(info_path.read_text("utf-8"))["missing_modules"])
    lost = sorted(set(missing) - expected)
    if lost:
        raise RuntimeError(messages.SELFTEST_MODULES_LOST.format(modules=", ".join(lost)))


def available_pages() -> list[str]:
    """Return the titles of the main window's pages whose module exists in this installation."""
    from ui.main_window import PAGES

    return [title for title, spec, _icon in PAGES if _exists(spec.partition(":")[0])]


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
    """Open the main window on the self-test database, let it paint, and close it."""
    from ui.app import create_main_window

    app = application()
    with _settings_in(run.work_dir / "settings"):
        window = create_main_window(run.db_path)
        window.show()
        app.processEvents()
        title, size, pages = window.windowTitle(), window.size(), list(window.pages)
        # A picture of what the window showed, for whoever reads the self-test's folder.
        window.grab().save(str(run.work_dir / "Hauptfenster.png"))
        run.files["main_window"] = run.work_dir / "Hauptfenster.png"
        closed = window.close()
        window.deleteLater()
        app.processEvents()
    if not closed:
        raise RuntimeError(messages.SELFTEST_WINDOW_NOT_CLOSED)
    if not pages:
        raise RuntimeError(messages.SELFTEST_NO_PAGES)
    detail = messages.SELFTEST_MAIN_WINDOW_OK.format(
        title=title, width=size.width(), height=size.height()
    )
    missing = missing_modules()
    compare_with_build(missing)
    return messages.SELFTEST_PAGES.format(
        detail=detail, pages=", ".join(pages), missing=", ".join(missing) or messages.SELFTEST_NONE
    )
