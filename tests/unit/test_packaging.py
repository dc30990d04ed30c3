"""The Windows packaging files promise what packaging/README.md says (checked on their text,
since ISCC and a Windows PyInstaller build cannot run here; CI builds the spec on Linux)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PIL import Image

PACKAGING = Path(__file__).parents[2] / "packaging"


def iss_settings() -> dict[str, str]:
    text = (PACKAGING / "aktif_desktop.iss").read_text("utf-8-sig")
    setup = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(
        line.split("=", 1)
        for line in setup.splitlines()
        if "=" in line and not line.startswith(";")
    )


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("PrivilegesRequired", "lowest"),  # per user, no admin rights
        ("DefaultDirName", r"{localappdata}\Programs\{#AppName}"),
        ("SetupIconFile", "aktif.ico"),
        ("UninstallDisplayIcon", r"{app}\{#AppExe}"),
    ],
)
def test_installer_setup(key: str, value: str) -> None:
    assert iss_settings()[key] == value


def test_installer_is_german_with_optional_desktop_icon_and_start_menu_entry() -> None:
    text = (PACKAGING / "aktif_desktop.iss").read_text("utf-8-sig")
    assert r'MessagesFile: "compiler:Languages\German.isl"' in text
    assert re.search(r'Name: "desktopicon";.*Flags: unchecked', text)
    assert r'Name: "{autoprograms}\{#AppName}"' in text
    assert (
        r'Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon' in text
    )


def test_uninstaller_leaves_the_data_folder_alone_and_says_so() -> None:
    text = (PACKAGING / "aktif_desktop.iss").read_text("utf-8-sig")
    deletes = [line for line in text.splitlines() if line.startswith("Type:")]
    assert deletes and all("{app}" in line for line in deletes)
    assert "Aktif\\AktifDesktop" not in "".join(deletes)
    assert r'#define DataFolder "{localappdata}\Aktif\AktifDesktop"' in text
    assert "bleiben dabei erhalten" in text  # confirmation before uninstalling
    assert "DataKept" in text.split("[Code]", 1)[1]  # where the data stayed, afterwards


def test_data_folder_of_the_installer_is_the_apps_data_folder() -> None:
    from aktif_desktop import paths

    # platformdirs on Windows: %LOCALAPPDATA%\<author>\<app>
    assert (paths.APP_AUTHOR, paths.APP_NAME) == ("Aktif", "AktifDesktop")


@pytest.mark.parametrize("name", ["aktif_desktop.iss", "build.ps1"])
def test_windows_scripts_are_utf8_with_bom(name: str) -> None:
    # Windows PowerShell 5.1 and older ISCC read files without BOM as ANSI.
    assert (PACKAGING / name).read_bytes().startswith(b"\xef\xbb\xbf")


def test_spec_builds_one_windowed_folder_with_everything_imported_by_name() -> None:
    spec = (PACKAGING / "aktif_desktop.spec").read_text("utf-8")
    assert "console=False" in spec
    assert "exclude_binaries=True" in spec and "COLLECT(" in spec  # one folder, not one file
    assert 'collect_submodules("aktif_desktop") + collect_submodules("ui")' in spec
    assert '(ROOT / "resources").rglob("*")' in spec  # bundled as resources/ (paths.py)
    assert "upx=False" in spec


def test_windows_icon_has_every_size() -> None:
    with Image.open(PACKAGING / "aktif.ico") as icon:
        sizes = icon.info["sizes"]
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_ci_script_is_executable() -> None:
    assert os.access(PACKAGING / "ci_frozen_selftest.sh", os.X_OK)
