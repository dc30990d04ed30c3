"""One version number: ``aktif_desktop.__version__`` feeds --version, the About dialog, the
Windows version resource of the .exe and the installer (no other file spells a version)."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from aktif_desktop import __version__
from aktif_desktop.cli import main

ROOT = Path(__file__).parents[2]
PACKAGING = ROOT / "packaging"


def _load_build_version() -> ModuleType:
    """Load packaging/version.py (a script folder, not a package) without touching sys.path."""
    spec = importlib.util.spec_from_file_location("aktif_build_version", PACKAGING / "version.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_version = _load_build_version()


def test_version_option_prints_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"Aktif Desktop {__version__}"


def test_package_metadata_reads_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "aktif_desktop.__version__"
    }


def test_build_tools_read_the_package_version() -> None:
    assert build_version.app_version() == __version__


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2", (1, 2, 0, 0)),
        ("2.0.1.7", (2, 0, 1, 7)),
        ("1.3.0rc2", (1, 3, 0, 0)),
        ("1.4.0.dev3+g1234", (1, 4, 0, 0)),
    ],
)
def test_windows_wants_four_numbers(text: str, numbers: tuple[int, int, int, int]) -> None:
    assert build_version.numeric_version(text) == numbers


def test_a_version_without_numbers_is_refused() -> None:
    with pytest.raises(ValueError):
        build_version.numeric_version("unbekannt")


def evaluate_version_info(text: str) -> dict[str, object]:
    """Evaluate the version file the way PyInstaller does, with recording stand-ins."""

    def record(kind: str):  # type: ignore[no-untyped-def]
        return lambda *args, **kwargs: {"kind": kind, "args": args, **kwargs}

    names = (
        "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct"
    )
    result: dict[str, object] = eval(text, {name: record(name) for name in names.split()})  # noqa: S307
    return result


def test_exe_version_resource_carries_the_package_version(tmp_path: Path) -> None:
    path = build_version.write_version_info("1.3.0rc2", tmp_path / "version_info.txt")
    info = evaluate_version_info(path.read_text("utf-8"))
    fixed = info["ffi"]
    assert fixed["filevers"] == fixed["prodvers"] == (1, 3, 0, 0)  # type: ignore[index]
    strings = dict(
        entry["args"]  # type: ignore[index]
        for entry in info["kids"][0]["args"][0][0]["args"][1]  # type: ignore[index]
    )
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.3.0rc2"
    assert strings["OriginalFilename"] == "AktifDesktop.exe"


def test_spec_and_installer_spell_no_version_of_their_own() -> None:
    spec = (PACKAGING / "aktif_desktop.spec").read_text("utf-8")
    assert "app_version()" in spec
    assert "write_version_info(VERSION" in spec
    installer = (PACKAGING / "aktif_desktop.iss").read_text("utf-8")
    assert "AppVersion={#AppVersion}" in installer
    assert "VersionInfoVersion={#AppNumericVersion}" in installer
    # No hard-coded default: ISCC without /DAppVersion stops with an error instead.
    assert re.search(r"#define\s+AppVersion\s", installer) is None
    build = (PACKAGING / "build.ps1").read_text("utf-8")
    assert "packaging\\version.py" in build
    assert '"/DAppVersion=$AppVersion"' in build
    assert '"/DAppNumericVersion=$NumericVersion"' in build


def test_about_dialog_shows_the_package_version(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.about_dialog import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert __version__ in dialog.version_label.text()
