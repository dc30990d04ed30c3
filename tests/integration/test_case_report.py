"""The case report (Art. 15 DSGVO for a family, by its code): read back from PDF and xlsx,
logged as a disclosure, written by the command line; and the contact person's own report,
which shows the referrals she was the contact of without the family's notes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from aktif_desktop import clock
from aktif_desktop.errors import NotFoundError
from aktif_desktop.files import reports
from aktif_desktop.services import (
    applications,
    audit,
    case_report,
    cases,
    contacts,
    organisations,
    person_report,
    referrals,
)
from aktif_desktop.storage.models import DisclosureLog

ROOT = Path(__file__).parents[2]
DAY = dt.date(2026, 2, 2)
FAMILY_NOTE = "Vater arbeitet nachts"
REFERRAL_NOTE = "Termin nur vormittags möglich"


@pytest.fixture
def case(db: Path) -> dict[str, object]:
    with clock.frozen(DAY):
        partner = organisations.create_organisation(
            organisations.OrganisationData(name="Schuldnerberatung Nord")
        )
        kasse = organisations.create_organisation(
            organisations.OrganisationData(name="Familienkasse Nord")
        )
        berger = contacts.create_contact(
            contacts.ContactData(
                first_name="Anna", last_name="Berger", title="Dr.", organisation_id=partner.id
            )
        )
        row = cases.create_case(
            cases.CaseData(
                household_size=4,
                children=2,
                note=FAMILY_NOTE,
                release_on=DAY,
                release_until=DAY + dt.timedelta(days=365),
                release_partner_ids=(partner.id,),
            )
        )
        referral = referrals.create_referral(
            referrals.ReferralData(
                family_case_id=row.id,
                organisation_id=partner.id,
                contact_id=berger.id,
                concern="Schulden",
                referred_on=DAY,
                referred_by="Frau Lotsin",
                follow_up_on=DAY + dt.timedelta(days=14),
                note=REFERRAL_NOTE,
            )
        )
        referrals.set_referral_status(referral.id, "vermittelt")
        applications.create_application(
            applications.ApplicationData(
                family_case_id=row.id,
                benefit="Kinderzuschlag",
                authority_id=kasse.id,
                submitted_on=DAY,
                note="Kontoauszüge fehlen",
            )
        )
    return {"code": row.code, "id": row.id, "berger": berger.id, "referral": referral.id}


def test_the_report_holds_every_part_of_the_case(case) -> None:
    report = case_report.build_case_report(str(case["code"]).lower() + " ")
    tables = [s.table for s in report.sections]
    assert tables == [
        "family_case",
        "family_case_release",
        "referral",
        "application",
        "follow_up",
        "audit_log",
    ]
    assert report.section("family_case").rows[0]["note"] == FAMILY_NOTE
    referral = report.section("referral").rows[0]
    assert referral["note"] == REFERRAL_NOTE
    assert referral["contact_id (Ansprechperson)"] == "Dr. Anna Berger"
    assert referral["organisation_id (Partner)"] == "Schuldnerberatung Nord"
    assert {row["kind"] for row in report.section("follow_up").rows} == {"referral", "release"}
    audited = {(row["table_name"], row["row_id"]) for row in report.section("audit_log").rows}
    assert ("family_case", case["id"]) in audited and ("referral", case["referral"]) in audited


def test_an_unknown_code_is_refused_in_german(case) -> None:
    with pytest.raises(NotFoundError, match="F-1999-0001"):
        case_report.build_case_report("F-1999-0001")


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_and_xlsx_read_back_and_each_is_a_disclosure(case, tmp_path: Path) -> None:
    code = str(case["code"])
    pdf = reports.write_case_report(code, tmp_path / "auskunft.pdf")
    text = _pdf_text(tmp_path / "auskunft.pdf")
    for expected in (code, "Schuldnerberatung Nord", "Schulden", "vermittelt", REFERRAL_NOTE):
        assert expected in text, expected
    assert "Kinderzuschlag" in text and "eingereicht" in text and FAMILY_NOTE in text
    reports.write_case_report(code, tmp_path / "auskunft.xlsx")
    book = openpyxl.load_workbook(tmp_path / "auskunft.xlsx")
    assert book.sheetnames[:4] == [
        "Übersicht",
        "Familie",
        "Schweigepflichtentbindungen",
        "Verweise",
    ]
    cells = [c for row in book["Verweise"].iter_rows(values_only=True) for c in row if c]
    assert "Schulden" in cells and "vermittelt" in cells and REFERRAL_NOTE in cells
    logged = list(DisclosureLog.select().where(DisclosureLog.kind == case_report.DISCLOSURE_KIND))
    assert [row.file_name for row in logged] == [
        f"Auskunft Familie Nr. {case['id']}.pdf",
        f"Auskunft Familie Nr. {case['id']}.xlsx",
    ]
    assert logged[0].row_count == pdf.row_count
    assert all(code not in (row.file_name or "") for row in logged)
    assert audit.list_audit()  # the audit page reads them without error


def test_an_existing_file_is_kept_without_replace(case, tmp_path: Path) -> None:
    target = tmp_path / "auskunft.pdf"
    target.write_bytes(b"old")
    with pytest.raises(Exception, match="gibt es schon"):
        reports.write_case_report(str(case["code"]), target)
    assert target.read_bytes() == b"old"


def test_the_contacts_report_shows_her_referrals_without_the_familys_notes(case) -> None:
    report = person_report.build_report(int(case["berger"]))
    referral = report.section("referral")
    assert referral is not None and len(referral.rows) == 1
    row = referral.rows[0]
    assert row["family_case_id (Familie)"] == case["code"]
    assert (row["concern"], row["status"], row["referred_on"]) == (
        "debt",
        "arranged",
        DAY.isoformat(),
    )
    for hidden in ("note", "referred_by", "result", "warm_handover", "feedback_on"):
        assert hidden not in row, hidden
    follow_ups = report.section("follow_up")
    assert follow_ups is not None and all("what" not in r for r in follow_ups.rows)
    flat = repr(report.as_dict())
    for secret in (REFERRAL_NOTE, FAMILY_NOTE, "Frau Lotsin", "Kontoauszüge", "Kinderzuschlag"):
        assert secret not in flat, secret


def test_the_contacts_report_file_carries_no_family_notes(case, tmp_path: Path) -> None:
    reports.write_person_report(int(case["berger"]), tmp_path / "berger.pdf")
    text = _pdf_text(tmp_path / "berger.pdf")
    assert str(case["code"]) in text and "Schulden" in text
    assert REFERRAL_NOTE not in text and "Frau Lotsin" not in text


def test_the_command_line_writes_the_case_report(case, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "familie.xlsx"
    args = ["--db", str(db), "case-report", "--code", str(case["code"]), "--xlsx", str(target)]
    result = subprocess.run(
        [sys.executable, "-m", "aktif_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert str(case["code"]) in result.stdout and target.exists()
    again = subprocess.run(
        [sys.executable, "-m", "aktif_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert again.returncode != 0 and "--force" in again.stderr
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "aktif_desktop",
            *args[:3],
            "--code",
            "F-1999-0009",
            "--pdf",
            str(tmp_path / "x.pdf"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert missing.returncode != 0 and "F-1999-0009" in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
