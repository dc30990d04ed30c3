"""Child of the single-instance tests: holds the guard of DATABASE and reports what it sees.

Prints "locked" once it holds the lock (or "refused"), then "activated" each time a second
start asks it to come to the front. Runs until killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from ui.single_instance import SingleInstance  # noqa: E402


def main() -> int:
    app = QCoreApplication(sys.argv)
    guard = SingleInstance(Path(sys.argv[1]))
    if not guard.acquire():
        print("refused", flush=True)
        return 1
    guard.activated.connect(lambda: print("activated", flush=True))
    print("locked", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
