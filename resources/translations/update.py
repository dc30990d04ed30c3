"""Regenerate ``aktif_de.ts`` from the ``tr()`` strings in ui/ and compile ``aktif_de.qm``.

German is the source language, so every translation is filled with its source text and
marked finished (the .qm then carries complete German; a later English .ts can start from
the same sources). Also refreshes the fallback copy of Qt's ``qtbase_de.qm``.

Run from anywhere: ``python resources/translations/update.py``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "aktif_de.ts"
QM = HERE / "aktif_de.qm"
QT_CONTEXT = re.compile(r"^Q[A-Z]")  # Qt's classes; ours never start like that


def tool(name: str) -> str:
    """Find a PySide6 tool next to the running Python (venv) or on PATH."""
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else name


def run_lupdate() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-source-language",
            "de_DE",
            "-target-language",
            "de_DE",
            *sources,
            "-ts",
            str(TS),
        ],
        cwd=ROOT,
        check=True,
    )


def fill_translations() -> int:
    """Copy each source into its translation and drop the "unfinished" mark.

    Contexts of Qt's own classes (e.g. a check that reads ``QPlatformTheme``/"Cancel") are
    removed: an identical "translation" here would hide qtbase_de's German text.
    """
    tree = ET.parse(TS)
    root = tree.getroot()
    for context in list(root.iter("context")):
        if QT_CONTEXT.match(context.findtext("name") or ""):
            root.remove(context)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("unfinished", None) or not translation.text:
            translation.text = message.findtext("source")
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return filled


def run_lrelease() -> None:
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)


def copy_qtbase() -> None:
    from PySide6.QtCore import QLibraryInfo  # noqa: TID251 (a build tool, not the core)

    source = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in ("qtbase_de.qm",):
        if (source / name).exists():
            shutil.copyfile(source / name, HERE / name)


def main() -> int:
    run_lupdate()
    print(f"{fill_translations()} Übersetzungen ergänzt")
    run_lrelease()
    copy_qtbase()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
