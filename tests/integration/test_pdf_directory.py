"""The contact directory PDF read back with pypdf: grouping, consent, page numbers."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from aktif_desktop.exports.directory import write_directory
from aktif_desktop.services import audit, contacts, organisations


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _people(db: Path) -> None:
    jugendamt = organisations.create_organisation(
        organisations.OrganisationData(name="Jugendamt Grünfelde")
    )
    jobcenter = organisations.create_organisation(
        organisations.OrganisationData(name="Jobcenter Łódź-Partnerschaft")
    )
    for first, last, org, phone, share in [
        ("Łukasz", "Wiśniewski", jugendamt.id, "03581 12345", True),
        ("Jiří", "Dvořák", jobcenter.id, "0351 4711", True),
        ("Geheim", "Ohnezustimmung", jobcenter.id, "0351 999", False),
        ("Ohne", "Einrichtung", None, "030 1", True),
    ]:
        contacts.create_contact(
            contacts.ContactData(
                first_name=first,
                last_name=last,
                organisation_id=org,
                phone=phone,
                function="Teamleitung" if last != "Dvořák" else "",
                consent_share=share,
            )
        )


def test_grouped_by_organisation_with_shareable_contacts_only(db: Path, tmp_path: Path) -> None:
    _people(db)
    target = tmp_path / "verzeichnis.pdf"
    result = write_directory(target)
    text = _text(target)
    assert result.row_count == 3
    assert "Goldene Telefonnummern" in text
    assert text.index("Jobcenter Łódź-Partnerschaft") < text.index("Jiří Dvořák")
    assert text.index("Jugendamt Grünfelde") < text.index("Łukasz Wiśniewski")
    assert (
        text.index("Jobcenter Łódź")
        < text.index("Jugendamt Grünfelde")
        < text.index("Ohne Einrichtung")
    )
    assert "03581 12345" in text and "0351 4711" in text
    assert "Ohnezustimmung" not in text and "0351 999" not in text
    assert "nicht enthalten: 1 Person ohne diese Einwilligung" in text
    assert "Seite 1 von 1" in text


def test_internal_copy_with_everyone_says_so(db: Path, tmp_path: Path) -> None:
    _people(db)
    target = tmp_path / "intern.pdf"
    result = write_directory(target, include_without_consent=True)
    text = _text(target)
    assert result.row_count == 4
    assert "Geheim Ohnezustimmung" in text
    assert "Nur für den internen Gebrauch" in text
    (entry,) = audit.list_disclosures()
    assert entry.kind == "Goldene Telefonnummern" and entry.row_count == 4


def test_demo_directory_has_numbered_pages(demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "demo.pdf"
    write_directory(target)
    pages = PdfReader(target).pages
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in page.extract_text()
