"""Cell normalisation, header detection, name splitting and CSV sniffing of the import."""

from __future__ import annotations

import datetime as dt

import pytest

from aktif_desktop.errors import ValidationError
from aktif_desktop.imports import cells
from aktif_desktop.imports.fields import detect_header, detect_mapping
from aktif_desktop.imports.matching import organisation_compare_key, split_full_name
from aktif_desktop.imports.reader import decode, detect_delimiter


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        ("  Anna   Müller ", "Anna Müller"),
        (12.0, "12"),
        (2.5, "2,5"),
        (True, "ja"),
        (dt.date(2024, 3, 1), "01.03.2024"),
        (dt.datetime(2024, 3, 1, 9, 30), "01.03.2024 09:30"),
    ],
)
def test_to_text(value: object, text: str) -> None:
    assert cells.to_text(value) == text


@pytest.mark.parametrize(
    ("value", "phone"),
    [
        ("01512345", "01512345"),
        (1512345.0, "01512345"),
        (30123456, "030123456"),
        (49301234567.0, "+49301234567"),
        ("0351 / 44 55", "0351 / 44 55"),
    ],
)
def test_phone_keeps_leading_zero(value: object, phone: str) -> None:
    assert cells.to_phone(value) == phone


def test_postcode_from_numeric_cell_gets_its_zero_back() -> None:
    assert cells.to_postcode(1067.0) == "01067"
    assert cells.to_postcode("04109") == "04109"


@pytest.mark.parametrize(
    ("value", "date"),
    [
        (dt.date(2024, 3, 1), dt.date(2024, 3, 1)),
        (dt.datetime(2024, 3, 1, 12, 0), dt.date(2024, 3, 1)),
        (45292.0, dt.date(2024, 1, 1)),
        ("45292", dt.date(2024, 1, 1)),
        ("01.03.2024", dt.date(2024, 3, 1)),
        ("1.3.24", dt.date(2024, 3, 1)),
        ("2024-03-01", dt.date(2024, 3, 1)),
        ("", None),
    ],
)
def test_to_date(value: object, date: dt.date | None) -> None:
    assert cells.to_date(value) == date


@pytest.mark.parametrize("value", ["31.02.2024", "morgen", "13/13/2024"])
def test_bad_date_is_a_german_error(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        cells.to_date(value)
    assert caught.value.message == (
        f"„{value}“ ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein."
    )


@pytest.mark.parametrize(
    ("value", "flag"), [("ja", True), ("X", True), (1.0, True), ("nein", False), ("", None)]
)
def test_to_bool(value: object, flag: bool | None) -> None:
    assert cells.to_bool(value, "Aktiv") is flag


def test_to_bool_refuses_other_words() -> None:
    with pytest.raises(ValidationError, match="„vielleicht“ im Feld „Aktiv“"):
        cells.to_bool("vielleicht", "Aktiv")


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Anna Müller", ("", "", "Anna", "Müller")),
        ("Frau Dr. Anna Maria Müller", ("Frau", "Dr.", "Anna Maria", "Müller")),
        ("Müller, Anna", ("", "", "Anna", "Müller")),
        ("Müller", ("", "", "", "Müller")),
    ],
)
def test_split_full_name(text: str, parts: tuple[str, str, str, str]) -> None:
    assert split_full_name(text) == parts


def test_organisation_compare_key_drops_legal_forms() -> None:
    assert organisation_compare_key("Caritas Musterstadt e. V.") == "caritas musterstadt"
    assert organisation_compare_key("CARITAS Musterstadt gGmbH") == "caritas musterstadt"


@pytest.mark.parametrize(
    ("text", "sep"),
    [
        ("Name;Vorname;Ort\nMüller;Anna;Halle, Saale\n", ";"),
        ("Name,Vorname,Ort\nMüller,Anna,Halle\n", ","),
        ("Name\tVorname\nMüller\tAnna\n", "\t"),
        ('Name;Bemerkung\n"Müller";"a, b, c"\n', ";"),
    ],
)
def test_detect_delimiter(text: str, sep: str) -> None:
    assert detect_delimiter(text) == sep


def test_decode_utf8_bom_and_windows_1252() -> None:
    assert decode("\ufeffStraße".encode()) == "Straße"
    assert decode("Straße".encode("cp1252")) == "Straße"


def test_header_below_title_rows_is_found_and_mapped() -> None:
    rows: list[list[object]] = [
        ["Teilnehmerliste Workshop", "", ""],
        ["", "", ""],
        ["Nachname", "Vorname", "E-Mail-Adresse:", "Tel.", "Träger"],
        ["Müller", "Anna", "a@b.de", "0351", "Caritas"],
    ]
    assert detect_header(rows, "contacts") == 2
    assert detect_mapping(rows[2], "contacts") == {
        0: "last_name",
        1: "first_name",
        2: "email",
        3: "phone",
        4: "organisation",
    }


def test_name_column_is_full_name_unless_a_first_name_column_exists() -> None:
    assert detect_mapping(["Name", "E-Mail"], "contacts") == {0: "full_name", 1: "email"}
    assert detect_mapping(["Vorname", "Name"], "contacts") == {0: "first_name", 1: "last_name"}
    assert detect_mapping(["Name", "PLZ", "Ort"], "organisations") == {
        0: "name",
        1: "postcode",
        2: "city",
    }


def test_english_headers() -> None:
    mapping = detect_mapping(["First name", "Last name", "Email", "Mobile", "Company"], "contacts")
    assert mapping == {
        0: "first_name",
        1: "last_name",
        2: "email",
        3: "mobile",
        4: "organisation",
    }
