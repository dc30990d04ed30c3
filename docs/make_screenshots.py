"""Render the screens of the application shell with the demo Verbund into docs/screenshots/.

Offscreen, 1366×768, the shipped DejaVu font. The Veranstaltungen screens are rendered by
``ui/events/screenshots.py``. Run: ``python docs/make_screenshots.py [--out DIR]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SIZE = (1366, 768)  # the laptops our users have


def wait_for(signal: object, start: Callable[[], None]) -> None:
    """Run ``start`` and spin an event loop until ``signal`` fires (background loads)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(60_000, loop.quit)
    start()
    loop.exec()


def settle() -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
        QThreadPool.globalInstance().waitForDone(60_000)
    QApplication.processEvents()


def save(widget: object, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)


def cases_screens(window: object, out: Path) -> None:
    """The Familien page: a case with referrals and applications (an application selected,
    so the Begleitblatt button is on), its fields, and the Wiedervorlagen tab."""
    from ui.cases.page import CASES_TAB, FOLLOW_UPS_TAB
    from ui.cases.timeline import APPLICATION
    from ui.pages import PageId

    window.show_page(PageId.CASES)  # type: ignore[attr-defined]
    page = window.page(PageId.CASES)  # type: ignore[attr-defined]
    settle()
    rows = [r for r in page.rows if r.referral_count and r.application_count]
    row = max(rows or page.rows, key=lambda r: r.referral_count + r.application_count)
    page.open_case(row.id)
    timeline = page.view.timeline
    number = timeline.model.row_number_of(lambda item: item.kind == APPLICATION)
    if number >= 0:
        timeline.view.selectRow(number)
    save(window, out, "cases")
    page.view.tabs.setCurrentIndex(1)
    save(window, out, "cases-fields")
    page.view.tabs.setCurrentIndex(0)
    page.tabs.setCurrentIndex(FOLLOW_UPS_TAB)
    page.follow_ups.table.selectRow(0)
    save(window, out, "cases-followups")
    page.tabs.setCurrentIndex(CASES_TAB)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--only", choices=["cases"], help="render only these screens (the Familien page)"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="aktif-shots-"))
    os.environ["AKTIF_DATA_DIR"] = str(work / "data")

    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))

    from aktif_desktop.demo import load_demo
    from aktif_desktop.storage.db import close_database, open_database
    from ui.about_dialog import AboutDialog
    from ui.app import create_main_window
    from ui.pages import PageId

    if not args.only:
        empty = work / "leer.db"
        window = create_main_window(empty)
        window.resize(*SIZE)
        window.show()
        window.welcome.name_edit.setText("Familienverbund Lindenau")
        save(window, args.out, "welcome")
        window.close()
        close_database()

    demo = work / "demo.db"
    open_database(demo)
    load_demo()
    close_database()
    window = create_main_window(demo)
    window.resize(*SIZE)
    window.show()
    if not args.only:
        save(window, args.out, "dashboard")  # the first page shown, before any other
    cases_screens(window, args.out)
    if args.only:
        window.close()
        close_database()
        return 0
    window.show_page(PageId.REPORTS)
    window.page(PageId.REPORTS).build()  # the year of today; the job ends before the grab
    save(window, args.out, "reports-window")

    window.show_page(PageId.PARTNERS)
    partners = window.page(PageId.PARTNERS)
    number = partners.model.row_number_of(lambda r: r.name.startswith("Jobcenter"))
    partners.table.selectRow(max(number, 0))
    save(window, args.out, "partners")
    partners.tabs.setCurrentIndex(1)
    save(window, args.out, "partner-offers")
    partners.tabs.setCurrentIndex(0)
    partners.search.setText("sgb viii")
    save(window, args.out, "partners-search")
    partners.search.clear()
    partners.new_record()
    partners.form.name.setText("Jobcenter Lindenau")  # exists already: refused inline
    partners.save()
    save(window, args.out, "partner-validation")
    partners.revert()

    contacts = window.page(PageId.CONTACTS)
    wait_for(contacts.loaded, lambda: window.show_page(PageId.CONTACTS))
    contacts.table.selectRow(4)
    save(window, args.out, "contacts")
    wait_for(contacts.directory.loaded, lambda: contacts.tabs.setCurrentIndex(1))
    save(window, args.out, "directory")
    contacts.tabs.setCurrentIndex(0)

    window.show_page(PageId.SETTINGS)
    save(window, args.out, "settings")

    about = AboutDialog(window)
    about.show()
    save(about, args.out, "about")
    about.close()
    from ui.error_dialog import ErrorDialog

    details = 'Traceback (most recent call last):\n  File "…", line 1\nRuntimeError: Beispiel'
    error = ErrorDialog(details, window)
    error.show()
    save(error, args.out, "error-dialog")
    error.close()
    window.close()
    close_database()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
