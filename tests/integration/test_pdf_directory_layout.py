"""Directory PDF: numbers and addresses stay whole, a continued organisation says so."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from aktif_desktop.exports.directory import write_directory
from aktif_desktop.services import contacts, organisations
from aktif_desktop.services.contacts import ContactData
from aktif_desktop.services.organisations import OrganisationData

MAIL = "hans-juergen.mueller-luedenscheidt{n:02d}@familienberatung-landkreis-lindenau.example"


def test_numbers_whole_and_heading_repeated(db: Path, tmp_path: Path) -> None:
    org = organisations.create_organisation(
        OrganisationData(name="Jugendamt Landkreis Lindenau", kind="youth_office")
    )
    for number in range(45):
        contacts.create_contact(
            ContactData(
                organisation_id=org.id,
                last_name=f"Müller-Lüdenscheidt {number:02d}",
                first_name="Hans-Jürgen",
                phone="03581 / 12 34 56-789",
                mobile="0158 / 1235427",
                email=MAIL.format(n=number),
                topics="Kinderzuschlag, Wohngeld, Bildung und Teilhabe",
                consent_share=True,
            )
        )
    target = tmp_path / "verzeichnis.pdf"
    write_directory(target)
    pages = [page.extract_text() for page in PdfReader(target).pages]
    assert len(pages) >= 2
    assert "(Fortsetzung)" not in pages[0]
    assert all("Jugendamt Landkreis Lindenau (Fortsetzung)" in page for page in pages[1:])
    lines = [line.replace("\u00a0", " ") for page in pages for line in page.splitlines()]
    assert sum("03581 / 12 34 56-789" in line for line in lines) == 45
    assert sum("mobil 0158 / 1235427" in line for line in lines) == 45
    # An address longer than the column even at 6 pt breaks only after its "@".
    for n in range(45):
        local, domain = MAIL.format(n=n).split("@")
        assert any(line.endswith(f"{local}@") for line in lines), local
    assert sum(domain in line for line in lines) == 45


def test_a_usual_address_stays_on_one_line(db: Path, tmp_path: Path) -> None:
    org = organisations.create_organisation(OrganisationData(name="Jobcenter", kind="jobcenter"))
    mail = "marie-luise.schaefer@jobcenter-lindenau.example"
    contacts.create_contact(
        ContactData(organisation_id=org.id, last_name="Schäfer", email=mail, consent_share=True)
    )
    target = tmp_path / "verzeichnis.pdf"
    write_directory(target)
    text = PdfReader(target).pages[0].extract_text()
    assert any(mail in line for line in text.splitlines())
