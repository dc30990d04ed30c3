"""Resources are found in the checkout; the database location follows --db, AKTIF_DB, default."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from aktif_desktop import paths


def test_resources_found_in_checkout() -> None:
    assert paths.resource("fonts", "DejaVuSans.ttf").is_file()
    assert (paths.resources_dir() / "fonts" / "LICENSE-DejaVu.txt").is_file()


def test_resources_found_in_frozen_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_default_database_is_in_the_data_folder(tmp_path: Path) -> None:
    assert paths.default_db_path() == tmp_path / "data" / "aktif.db"


def test_environment_variable_selects_another_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AKTIF_DB", str(tmp_path / "anders.db"))
    assert paths.default_db_path() == tmp_path / "anders.db"


def test_packages_in_the_tree_are_listed_in_pyproject() -> None:
    """A package missing from pyproject's list would be missing from the installed app."""
    import tomllib

    root = Path(__file__).parents[2]
    listed = set(
        tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    for top in ("aktif_desktop", "ui"):
        for init in (root / top).rglob("__init__.py"):
            package = ".".join(init.parent.relative_to(root).parts)
            assert package in listed, f"{package} is not in pyproject.toml's packages"
