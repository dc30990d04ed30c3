"""Text normalisation: NFC, control characters, whitespace, Excel's cell limit."""

from __future__ import annotations

import unicodedata

import pytest

from aktif_desktop.text import (
    CUT_MARKER,
    EXCEL_CELL_LIMIT,
    clean,
    clean_multiline,
    fit_excel_cell,
    fold,
    is_cut,
)

DECOMPOSED_MUELLER = "Mu\u0308ller"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (DECOMPOSED_MUELLER, "Müller"),
        ("  Anna\x0bMüller ", "Anna Müller"),  # vertical tab from a pasted Word table
        ("Anna\x0cMüller", "Anna Müller"),
        ("Jo\x00han\x07na\x1b", "Johanna"),
        ("Kai\x7f\x85\x9f", "Kai"),
        ("Lea\ud800\udfff", "Lea"),  # lone surrogates cannot be stored as UTF-8
        ("Nina\ufffe\uffff", "Nina"),
        ("Ole\u200b\u00ad", "Ole"),
        ("a\tb\r\nc", "a b c"),
        ("", ""),
        (None, ""),
    ],
)
def test_clean_gives_one_nfc_line_without_control_characters(raw: str, expected: str) -> None:
    assert clean(raw) == expected
    assert unicodedata.is_normalized("NFC", clean(raw))


def test_decomposed_and_composed_names_compare_equal() -> None:
    assert clean(DECOMPOSED_MUELLER) == clean("Müller")
    assert fold(DECOMPOSED_MUELLER) == fold("MUELLER") == fold("müller")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tagesordnung:\r\n1. Begrüßung\r2. Bericht", "Tagesordnung:\n1. Begrüßung\n2. Bericht"),
        ("a  \n\n\nb\n\n", "a\n\n\nb"),
        ("Punkte:\n  - eins\n  - zwei  \n", "Punkte:\n  - eins\n  - zwei"),
        ("  eingerückt\t\t Text  \n", "eingerückt\t\t Text"),
        ("Zeile\x0bmit\x01Steuerzeichen", "Zeile mitSteuerzeichen"),
        (f"{DECOMPOSED_MUELLER}\nx", "Müller\nx"),
    ],
)
def test_clean_multiline_keeps_line_breaks_only(raw: str, expected: str) -> None:
    assert clean_multiline(raw) == expected


def test_fit_excel_cell_leaves_short_text_alone_and_strips_forbidden_characters() -> None:
    assert fit_excel_cell("Müller, Anna") == "Müller, Anna"
    assert fit_excel_cell("a\x0bb\x01c") == "a bc"
    assert fit_excel_cell(None) == ""
    assert not is_cut("Müller")


@pytest.mark.parametrize("length", [EXCEL_CELL_LIMIT, EXCEL_CELL_LIMIT + 1, 100_000])
def test_fit_excel_cell_cuts_long_text_with_a_marker(length: int) -> None:
    result = fit_excel_cell("x" * length)
    assert len(result) <= EXCEL_CELL_LIMIT
    assert is_cut(result) == (length > EXCEL_CELL_LIMIT)
    if length > EXCEL_CELL_LIMIT:
        assert result.endswith(CUT_MARKER) and result.startswith("xxx")


def test_fit_excel_cell_counts_emoji_as_two_excel_characters() -> None:
    result = fit_excel_cell("😀" * 20_000)
    utf16_units = len(result.encode("utf-16-le")) // 2
    assert utf16_units <= EXCEL_CELL_LIMIT
    assert is_cut(result)


@pytest.mark.parametrize(
    ("name", "missing"),
    [
        ("Jürgen Weiß-Öztürk", set()),
        ("Łukasz Żółć, Παπαδόπουλος, Иванова", set()),
        ("李小龍", {"李", "小", "龍"}),
        ("Anna 🦄", {"🦄"}),
        ("Zeile 1\nZeile 2\tTab", set()),
        ("", set()),
    ],
)
def test_unprintable_characters_of_the_pdf_font(name: str, missing: set[str]) -> None:
    from aktif_desktop.fontcheck import unprintable_characters

    assert unprintable_characters(name) == missing


def test_unprintable_warning_names_the_affected_people_in_german() -> None:
    from aktif_desktop.fontcheck import unprintable_warning

    assert unprintable_warning(["Anna Müller", "Ömer Yılmaz"]) == ""
    names = ["Anna Müller", "李小龍"] + [f"王{n}" for n in range(6)]
    warning = unprintable_warning(names)
    assert "„李小龍“" in warning and "Anna Müller" not in warning
    assert "und 2 weitere" in warning
    assert "leere Kästchen" in warning
