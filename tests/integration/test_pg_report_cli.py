"""``aktif-desktop --db postgresql://… report`` in a real process gives the very JSON (and
text) that the same command gives over the same demo in a file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests import pg_support
from tests.integration.test_report_cli import run


def test_the_report_command_over_the_server_equals_the_file(
    _demo_template: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if not pg_support.admin_url():
        pytest.skip(f"{pg_support.ENV} nicht gesetzt: kein PostgreSQL-Server für die Tests")
    server_template = str(request.getfixturevalue("_pg_demo_template"))
    copy = tmp_path / "demo.db"
    shutil.copyfile(_demo_template, copy)
    name = pg_support.create_database(template=server_template)
    try:
        outputs = {}
        for where, location in (("file", str(copy)), ("server", pg_support.url_for(name))):
            as_json = run("--db", location, "report", "--half", "2026-2", "--json")
            as_text = run("--db", location, "report", "--year", "2026")
            assert as_json.returncode == 0 and as_text.returncode == 0, (
                as_json.stderr + as_text.stderr
            )
            outputs[where] = (json.loads(as_json.stdout), as_text.stdout)
    finally:
        pg_support.drop_database(name)
    data, text = outputs["file"]
    assert any(f["value"] for b in data["blocks"] for f in b["figures"])
    assert outputs["server"][0] == data
    assert outputs["server"][1] == text
