"""The Lotsen commands end to end: real processes on a real database file, hostile inputs."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).parents[2]
SECRET = "Notiz-XYZ Termin beim Jobcenter vorbereitet"

CASE_KEYS = {
    "id", "code", "opened_on", "household_size", "children", "child_age_bands",
    "single_parent", "legal_areas", "release_on", "release_until", "release_partner_ids",
    "referral_count", "application_count", "open_follow_ups", "next_due", "open",
}  # fmt: skip
REFERRAL_KEYS = {
    "id", "case_id", "case_code", "referred_on", "referred_by", "organisation_id",
    "organisation", "contact_id", "concern", "concern_label", "warm_handover", "status",
    "status_label", "result", "feedback_on", "follow_up_on", "legal_areas",
}  # fmt: skip
APPLICATION_KEYS = {
    "id", "case_id", "case_code", "benefit", "benefit_label", "education_parts",
    "authority_id", "authority", "submitted_on", "stamped", "status", "status_label",
    "decided_on", "processing_days", "request", "request_due",
}  # fmt: skip
FOLLOW_UP_KEYS = {
    "id", "case_id", "case_code", "kind", "kind_label", "due_on", "due", "due_label", "what",
    "partner", "referral_id", "application_id", "done_on",
}  # fmt: skip


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "aktif_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def ok(db: Path, *args: str) -> str:
    result = run(db, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def refused(db: Path, *args: str, code: int = 1) -> str:
    result = run(db, *args)
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stderr.strip()
    return result.stderr


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("casework-cli") / "demo.db"
    ok(path, "demo")
    return path


def test_list_json_keys_are_pinned(demo: Path) -> None:
    for what, keys in (
        ("cases", CASE_KEYS),
        ("referrals", REFERRAL_KEYS),
        ("applications", APPLICATION_KEYS),
        ("followups", FOLLOW_UP_KEYS),
    ):
        rows = json.loads(ok(demo, "list", what, "--json"))
        assert rows, what
        assert all(set(row) == keys for row in rows), (what, set(rows[0]) ^ keys)
        assert all("note" not in row for row in rows)
    referral = json.loads(ok(demo, "list", "referrals", "--json"))[0]
    dt.date.fromisoformat(referral["referred_on"])  # ISO dates


def test_due_lists_only_what_is_due(demo: Path) -> None:
    today = dt.date.today()
    every = json.loads(ok(demo, "list", "followups", "--json"))
    due = json.loads(ok(demo, "list", "followups", "--due", "--json"))
    assert due and len(due) < len(every)
    assert all(dt.date.fromisoformat(row["due_on"]) <= today for row in due)
    assert {row["due"] for row in due} <= {"overdue", "today"}
    cases = json.loads(ok(demo, "list", "cases", "--due", "--json"))
    assert {c["code"] for c in cases} == {row["case_code"] for row in due}
    applications = json.loads(ok(demo, "list", "applications", "--due", "--json"))
    assert all(dt.date.fromisoformat(a["request_due"]) <= today for a in applications)


def test_filters_parse_codes_and_labels(demo: Path) -> None:
    by_label = json.loads(ok(demo, "list", "referrals", "--concern", "Kinderzuschlag", "--json"))
    by_code = json.loads(ok(demo, "list", "referrals", "--concern", "child_supplement", "--json"))
    assert by_label == by_code and by_label
    assert {r["concern"] for r in by_label} == {"child_supplement"}
    granted = json.loads(ok(demo, "list", "applications", "--status", "bewilligt", "--json"))
    assert granted and {a["status"] for a in granted} == {"granted"}
    partner = by_label[0]["organisation_id"]
    mine = json.loads(ok(demo, "list", "referrals", "--partner", str(partner), "--json"))
    assert mine and {r["organisation_id"] for r in mine} == {partner}
    assert "kein gültiger Wert" in refused(demo, "list", "referrals", "--concern", "Urlaub")
    assert "kennt den Filter --concern nicht" in refused(
        demo, "list", "followups", "--concern", "Wohngeld"
    )


def test_a_whole_flow_through_the_commands(demo: Path) -> None:
    code = ok(demo, "case", "add", "--household", "4", "--children", "2").split(": ")[1].strip()
    assert code.startswith(f"F-{dt.date.today().year}-")
    today = dt.date.today()
    referral = json.loads(
        ok(
            demo, "referral", "add", "--case", code.lower(), "--partner", "1",
            "--concern", "Wohngeld", "--warm", "--by", "Lotsin",
            "--follow-up", f"{today:%d.%m.%Y}", "--note", SECRET, "--json",
        )
    )  # fmt: skip
    assert referral["case_code"] == code and referral["warm_handover"]
    assert referral["follow_up_on"] == today.isoformat()
    # a refused step names the allowed ones
    message = refused(demo, "referral", "status", str(referral["id"]), "angenommen")
    assert "Erlaubt sind von hier: „vermittelt“, „abgeschlossen“" in message
    assert "vermittelt" in ok(demo, "referral", "status", str(referral["id"]), "vermittelt")
    out = ok(demo, "referral", "status", str(referral["id"]), "accepted", "--result", "erfolgreich")
    assert "angenommen, erfolgreich" in out
    application = json.loads(
        ok(
            demo, "application", "add", "--case", code, "--benefit", "Bildung und Teilhabe",
            "--parts", "lunch,trips", "--authority", "2", "--date", today.isoformat(), "--json",
        )
    )  # fmt: skip
    assert application["education_parts"] == ["lunch", "trips"] and application["stamped"]
    app_id = str(application["id"])
    asked = ok(
        demo, "application", "status", app_id, "Nachforderung",
        "--asked", "Schulbescheinigung", "--due", f"{today:%d.%m.%Y}",
    )  # fmt: skip
    assert "Nachforderung" in asked
    due = json.loads(ok(demo, "list", "followups", "--due", "--json"))
    mine = [row for row in due if row["case_code"] == code]
    assert {row["kind"] for row in mine} == {"referral", "missing_documents"}
    done = ok(demo, "followup", "done", str(mine[0]["id"]))
    assert "erledigt" in done
    decided = json.loads(ok(demo, "application", "status", app_id, "bewilligt", "--json"))
    assert decided["decided_on"] == today.isoformat() and decided["processing_days"] == 0
    unstamped = json.loads(
        ok(demo, "application", "add", "--case", code, "--benefit", "Kinderzuschlag",
           "--authority", "2", "--not-stamped", "--json")
    )  # fmt: skip
    assert unstamped["stamped"] is False


@pytest.mark.parametrize(
    ("args", "expected", "code"),
    [
        (("referral", "add", "--case", "F-1999-0001", "--partner", "1", "--concern", "Wohngeld"),
         "Eine Familie mit dem Code „F-1999-0001“ gibt es nicht", 1),
        (("referral", "add", "--case", "F-{year}-0001", "--partner", "999999",
          "--concern", "Wohngeld"), "Der Partner mit der Nummer 999999", 1),
        (("referral", "add", "--case", "F-{year}-0001", "--partner", "1", "--concern", "Urlaub"),
         "„Urlaub“ ist kein gültiger Wert für „Anliegen“", 1),
        (("referral", "add", "--case", "F-{year}-0001", "--partner", "1", "--concern", "Wohngeld",
          "--date", "01.01.2999"), "liegt in der Zukunft", 1),
        (("referral", "add", "--case", "F-{year}-0001", "--partner", "1", "--concern", "Wohngeld",
          "--date", "31.02.2026"), "ist kein Datum", 2),
        (("referral", "add", "--case", "F-{year}-0001", "--partner", "1", "--concern", "Wohngeld",
          "--result", "erfolgreich"), "Ergebnis", 1),
        (("referral", "status", "99999", "vermittelt"), "Der Verweis mit der Nummer 99999", 1),
        (("referral", "status", "0", "vermittelt"), "--", 2),
        (("application", "add", "--case", "F-{year}-0001", "--benefit", "Kinderzuschlag",
          "--authority", "1", "--parts", "lunch"), "Bildung und Teilhabe", 1),
        (("application", "add", "--case", "F-{year}-0001", "--benefit", "Kinderzuschlag",
          "--authority", "-1"), "--authority", 2),
        (("application", "status", "1", "Rückfrage"), "Rückfrage", 1),
        (("followup", "done", "99999"), "Die Wiedervorlage mit der Nummer 99999", 1),
        (("followup", "done", "abc"), "keine ganze Zahl", 2),
        (("case", "add", "--household", "-2"), "--household", 2),
        (("case", "add", "--household", "1e9"), "keine ganze Zahl", 2),
        (("case", "add", "--household", "2", "--children", "5"), "Kinder", 1),
        (("case", "add", "--date", "2999-01-01"), "liegt in der Zukunft", 1),
    ],
)  # fmt: skip
def test_hostile_inputs_are_refused_in_german(
    demo: Path, args: tuple[str, ...], expected: str, code: int
) -> None:
    year = str(dt.date.today().year)
    first = json.loads(ok(demo, "list", "cases", "--json"))[-1]["code"]
    filled = [a.replace("F-{year}-0001", first).replace("{year}", year) for a in args]
    message = refused(demo, *filled, code=code)
    assert expected in message, message


def test_exports_carry_no_notes_unless_asked_and_are_logged(demo: Path, tmp_path: Path) -> None:
    code = ok(demo, "case", "add").split(": ")[1].strip()
    ok(demo, "referral", "add", "--case", code, "--partner", "1", "--concern", "Schulden",
       "--note", SECRET)  # fmt: skip
    plain, noted = tmp_path / "verweise.xlsx", tmp_path / "verweise-notizen.xlsx"
    assert "Ohne Notizen" in ok(demo, "export", "referrals", "--xlsx", str(plain))
    ok(demo, "export", "referrals", "--xlsx", str(noted), "--with-notes")

    def cells(path: Path) -> list[str]:
        book = openpyxl.load_workbook(path)
        return [str(c.value) for s in book.worksheets for r in s.iter_rows() for c in r if c.value]

    assert "Notiz" not in cells(plain) and not any(SECRET in c for c in cells(plain))
    assert "Notiz" in cells(noted) and SECRET in cells(noted)
    assert "--with-notes" in refused(
        demo, "export", "referrals", "--xlsx", str(tmp_path / "x.xlsx"), "--columns", "nr,notiz"
    )
    assert not (tmp_path / "x.xlsx").exists()
    for what in ("cases", "applications", "followups"):
        target = tmp_path / f"{what}.xlsx"
        ok(demo, "export", what, "--xlsx", str(target))
        assert not any(SECRET in c for c in cells(target))
    with sqlite3.connect(demo) as con:
        logged = con.execute(
            "SELECT kind, columns, row_count, path FROM disclosure_log ORDER BY id"
        ).fetchall()
    by_path = {Path(row[3]).name: row for row in logged}
    assert by_path["verweise.xlsx"][0] == "Verweise"
    assert "Notiz" not in by_path["verweise.xlsx"][1]
    assert "Notiz" in by_path["verweise-notizen.xlsx"][1]
    assert by_path["verweise.xlsx"][2] >= 61
    assert {"cases.xlsx", "applications.xlsx", "followups.xlsx"} <= set(by_path)
