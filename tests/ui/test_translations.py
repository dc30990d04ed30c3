"""Translations: every tr() string of ui/ is in aktif_de.ts, the .qm files ship, and Qt's
standard buttons read German."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from aktif_desktop.paths import resource
from ui.i18n import qtbase_candidates

UI_DIR = Path(__file__).resolve().parents[2] / "ui"
TS_FILE = resource("translations", "aktif_de.ts")


def tr_strings() -> set[str]:
    """Literal first arguments of ``tr(...)``/``translate(ctx, ...)`` and QT_TRANSLATE_NOOP."""
    found: set[str] = set()
    for path in UI_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        # pyside6-lupdate does not look inside f-strings; a tr() there stays untranslated
        # (harmless while German is the source language) and is not demanded here.
        in_fstrings = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or id(node) in in_fstrings:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            position = {"tr": 0, "QT_TR_NOOP": 0, "QT_TRANSLATE_NOOP": 1}.get(name)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.add(argument.value)
    return found


def ts_sources() -> dict[str, str]:
    root = ET.parse(TS_FILE).getroot()
    result = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        result[message.findtext("source") or ""] = (
            "" if translation is None or translation.get("type") else translation.text or ""
        )
    return result


def test_every_tr_string_is_in_the_ts_file():
    sources = ts_sources()
    missing = sorted(tr_strings() - set(sources))
    assert not missing, (
        "Strings missing from aktif_de.ts; run resources/translations/update.py: " + repr(missing)
    )


def test_ts_file_is_complete_and_compiled():
    sources = ts_sources()
    unfinished = [source for source, text in sources.items() if not text]
    assert not unfinished, unfinished[:10]
    assert resource("translations", "aktif_de.qm").stat().st_size > 1000
    assert resource("translations", "qtbase_de.qm").exists()  # fallback for frozen builds
    assert any(path.exists() for path in qtbase_candidates())


def test_standard_buttons_are_german(qtbot):
    box = QMessageBox()
    box.setStandardButtons(
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
    )
    qtbot.addWidget(box)
    texts = {
        button: box.button(button).text().replace("&", "")
        for button in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
    }
    assert list(texts.values()) == ["Ja", "Nein", "Abbrechen", "Speichern"]
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert buttons.button(QDialogButtonBox.StandardButton.Close).text().replace("&", "") == (
        "Schließen"
    )
