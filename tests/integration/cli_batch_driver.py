"""Runs many command lines through the real ``aktif_desktop.cli.main`` in one process.

Used by test_safe_write_cli.py so that a matrix of 230 forms does not start 230 interpreters:
``python cli_batch_driver.py FORMS.json`` reads a list of argument lists and prints, as JSON,
each one's exit status, stdout and stderr. Each form uses its own database file (``--db``).
"""

from __future__ import annotations

import contextlib
import io
import json
import sys

from aktif_desktop.cli import main
from aktif_desktop.storage.db import close_database


def run_all(forms: list[list[str]]) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    for argv in forms:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(argv)
            except SystemExit as stop:  # argparse
                code = stop.code if isinstance(stop.code, int) else 2
        close_database()
        results.append({"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()})
    return results


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        forms = json.load(handle)
    sys.stdout.write(json.dumps(run_all(forms)))
