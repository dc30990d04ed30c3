"""Application start: QApplication, font, German translations, error hook, the main window.

``create_main_window`` builds everything without ``app.exec()`` (tests and the self-test call
it); ``run`` is the entry point of the GUI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from aktif_desktop.errors import AktifError
from aktif_desktop.paths import resource
from aktif_desktop.services.server_access import Location, is_server_url
from aktif_desktop.services.session import open_database_file
from ui.main_window import MainWindow, app_icon

_translators: list[object] = []  # kept alive for the lifetime of the application


def ensure_app() -> QApplication:
    """Return the QApplication, creating and configuring it once."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
    assert isinstance(app, QApplication)
    if not app.property("aktif_configured"):
        configure_app(app)
    return app


def configure_app(app: QApplication) -> None:
    """Names for QSettings, the shipped DejaVu font, icon, the German translations and the
    server password dialog."""
    from ui import server_password
    from ui.i18n import install_translators

    app.setOrganizationName("Aktif")
    app.setApplicationName("AktifDesktop")
    # no application display name: Windows and X11 append it to every window title, and the
    # main window's title already starts with "Aktif Desktop" (it read twice)
    app.setWindowIcon(app_icon())
    family = _load_font()
    if family:
        app.setFont(QFont(family, 10))
    _translators.extend(install_translators(app))
    server_password.install()  # a server that wants a password asks in a dialog
    app.setProperty("aktif_configured", True)


def _load_font() -> str | None:
    """Register the bundled DejaVu fonts (umlauts everywhere, also offscreen)."""
    family = None
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    return family


def create_main_window(database: Location, *, checked: bool = False) -> MainWindow:
    """Open ``database`` and build the main window (not shown, no event loop).

    ``checked``: the start-up check has just read every page; do not read them twice.
    """
    ensure_app()
    open_database_file(database, checked=checked)
    return MainWindow(database)  # a file path or a server address (kept as text)


def run(database: Location) -> int:
    """Open ``database`` and run the GUI until the window closes; return the exit code."""
    from ui import single_instance, startup_checks
    from ui.error_dialog import install_excepthook
    from ui.widgets.dialogs import show_error

    app = ensure_app()
    install_excepthook()
    guard = single_instance.claim_or_activate(database)
    if guard is None:
        return 0  # the running instance shows its window instead
    server = is_server_url(database)
    # The page check and its repair dialogs are about a file; a server is checked by opening.
    if not server and not startup_checks.check_database_at_start(Path(database)):
        return 1
    try:
        window = create_main_window(database, checked=not server)
    except AktifError as error:  # server unreachable, password refused, no rights, …
        show_error(None, QCoreApplication.translate("App", "Datenbank öffnen"), error.message)
        return 1
    guard.activated.connect(lambda: single_instance.bring_to_front(window))
    window.show()
    startup_checks.after_start(window, database)
    code = int(app.exec())
    # a background load still running would emit into deleted objects at interpreter exit
    QThreadPool.globalInstance().waitForDone(10_000)
    return code
