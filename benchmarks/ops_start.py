"""Cold start of the GUI with the large database, against a fresh process showing an empty
QMainWindow; and the peak memory of the GUI once every page has been shown.

Each start is a fresh ``python -c`` process. The product side calls ``ui.app.run`` itself, the
way the installed program starts (single-instance guard, start-up check of the database,
main window, event loop); an application-wide event filter only watches. The parent notes
the clock before it spawns the child; the child prints the clock once its window has been
painted (a paint event reached the window and the event loop came round again, so the
children painted too). Both use CLOCK_MONOTONIC, which is shared between processes on Linux.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from benchmarks.harness import last_json_line, python, run_child

PAINT_HOOK = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

class _Painted(QObject):
    # Watches the whole application, so the product's own start code runs untouched.
    def __init__(self, window_class, after):
        super().__init__()
        self.window_class, self.after, self.window = window_class, after, None
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event):
        if (
            self.window is None
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, self.window_class)
        ):
            self.window = obj
            QTimer.singleShot(0, self.painted)  # after the children painted, too
        return False

    def painted(self):
        print(json.dumps({"painted": time.perf_counter()}), flush=True)
        QApplication.instance().removeEventFilter(self)
        self.after(self.window)
        sys.stdout.flush()
        os._exit(0)

def _settle(app):
    for _ in range(3):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(120_000)
    app.processEvents()
"""

PRODUCT = (
    PAINT_HOOK
    + """
from pathlib import Path
from ui.app import ensure_app, run
from ui.main_window import MainWindow

def _visit_pages(window):
    # Peak memory of a working session: every page shown once, background loads finished.
    import resource
    app = QApplication.instance()
    _settle(app)
    pages = []
    for title in list(getattr(window, "pages", {})):
        started = time.perf_counter()
        window.show_page(title)
        _settle(app)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        pages.append([title, round(time.perf_counter() - started, 3), round(peak)])
    print(json.dumps({"pages": pages}), flush=True)

ensure_app()  # run() reuses it; the watcher needs it first
hook = _Painted(MainWindow, _visit_pages if sys.argv[2] == "visit" else lambda w: None)
run(Path(sys.argv[1]))  # the real start: instance guard, start-up check, window, event loop
print("the window was never painted", file=sys.stderr)
sys.exit(3)
"""
)

FLOOR = (
    PAINT_HOOK
    + """
from PySide6.QtWidgets import QMainWindow

app = QApplication(sys.argv)
hook = _Painted(QMainWindow, lambda w: None)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.exec()
"""
)


FAILURES: list[int] = []  # exit statuses of start processes that died (reported, retried)


def _start(
    script: str, args: list[str], env: dict[str, str], cwd: Path, log: Path
) -> tuple[float, float]:
    for _attempt in range(3):
        child = run_child([python(), "-c", script, *args], env=env, cwd=cwd, stderr_path=log)
        lines = [line for line in child.stdout.splitlines() if line.startswith('{"painted"')]
        if child.returncode == 0 and lines:
            painted = float(last_json_line(lines[0])["painted"])
            return painted - child.started, child.peak_rss_mb
        FAILURES.append(child.returncode)  # a crash is a finding: it goes into the note
    raise RuntimeError(f"start process failed three times (exit statuses {FAILURES[-3:]})")


def measure(ctx: dict[str, Any], repeat: int) -> dict[str, Any]:
    """Alternate product and floor starts; then one start that visits every page for memory."""
    env, cwd, db, log = ctx["env"], Path(ctx["root"]), ctx["db"], Path(ctx["log"])
    if not ctx.get("quick"):  # warm the OS file cache and the .pyc files for both alike
        _start(PRODUCT, [db, "start"], env, cwd, log)
        _start(FLOOR, [], env, cwd, log)
    times, floor_times, start_rss = [], [], 0.0
    for index in range(repeat):
        runs = [("product", PRODUCT, [db, "start"]), ("floor", FLOOR, [])]
        for name, script, args in runs if index % 2 == 0 else runs[::-1]:
            seconds, rss = _start(script, args, env, cwd, log)
            if name == "product":
                times.append(seconds)
                start_rss = max(start_rss, rss)
            else:
                floor_times.append(seconds)
    child = run_child([python(), "-c", PRODUCT, db, "visit"], env=env, cwd=cwd, stderr_path=log)
    session_rss = child.peak_rss_mb
    pages = next(
        (json.loads(line)["pages"] for line in child.stdout.splitlines() if '"pages"' in line), []
    )
    crashed = f"; {len(FAILURES)} start process(es) died: exit {FAILURES}" if FAILURES else ""
    return {
        "note": f"{len(times)} starts each{crashed}",
        "pages": pages,
        "product": times,
        "floor": floor_times,
        "rss_mb": start_rss,
        "session_rss_mb": session_rss,
    }
