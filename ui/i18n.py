"""German translations: Qt's own ``qtbase_de.qm`` (standard buttons) and ``aktif_de.qm``.

Qt's file comes from the Qt installation, with a copy in ``resources/translations`` for a
frozen build that lacks it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from aktif_desktop.paths import resource

log = logging.getLogger("aktif_desktop.ui")


def qtbase_candidates() -> list[Path]:
    """Where ``qtbase_de.qm`` is looked for, in order."""
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [qt_dir / "qtbase_de.qm", resource("translations", "qtbase_de.qm")]


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Install the German translators on ``app``; return them (the app must keep them)."""
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    installed: list[QTranslator] = []
    qtbase = next((path for path in qtbase_candidates() if path.exists()), None)
    for path in (qtbase, resource("translations", "aktif_de.qm")):
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not loaded", path)
    return installed
