"""The help (issue 16, item 18): menu entries, F1 at the part for the page shown, and every
link, anchor and image of the shipped HTML resolves."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from aktif_desktop.paths import resource
from ui import help_dialog
from ui.app import create_main_window
from ui.pages import PageId

HELP_FILES = (help_dialog.FIRST_STEPS, help_dialog.SHORTCUTS)


@pytest.fixture
def window(demo_db, qtbot):
    main = create_main_window(demo_db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def help_menu(window):
    return window.menu("Hilfe")


def test_the_help_menu_holds_first_steps_shortcuts_and_f1(window):
    texts = [action.text() for action in help_menu(window).actions() if not action.isSeparator()]
    assert texts == [
        "Hilfe zu dieser Seite",
        "Erste Schritte",
        "Tastenkürzel",
        "Über Aktif Desktop",
    ]
    f1 = help_menu(window).actions()[0]
    assert f1.shortcut().toString() == "F1"


def test_the_entries_open_their_file(window):
    by_text = {action.text(): action for action in help_menu(window).actions()}
    by_text["Tastenkürzel"].trigger()
    dialog = window._help_dialog
    assert dialog.isVisible()
    assert Path(dialog.browser.source().toLocalFile()).name == help_dialog.SHORTCUTS
    assert "Strg+F" in dialog.browser.toPlainText()
    by_text["Erste Schritte"].trigger()
    assert Path(dialog.browser.source().toLocalFile()).name == help_dialog.FIRST_STEPS
    assert "Demodaten" in dialog.browser.toPlainText()


@pytest.mark.parametrize(
    ("page", "anchor"),
    [
        (PageId.PARTNERS, "partner"),
        (PageId.EVENTS, "veranstaltungen"),
        (PageId.DASHBOARD, "uebersicht"),
    ],
)
def test_f1_opens_the_part_for_the_current_page(window, qtbot, page, anchor):
    assert window.show_page(page)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window._help_dialog
    qtbot.waitUntil(dialog.isVisible)
    source = dialog.browser.source()
    assert Path(source.toLocalFile()).name == help_dialog.FIRST_STEPS
    assert source.fragment() == anchor


def test_every_page_has_an_anchor_in_both_files(window):
    assert set(help_dialog.PAGE_ANCHORS) == set(PageId)
    for name in HELP_FILES:
        anchors = _Links.of(name).anchors
        missing = set(help_dialog.PAGE_ANCHORS.values()) - anchors
        assert not missing, (name, missing)


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.anchors: set[str] = set()
        self.targets: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.anchors.add(str(values["id"]))
        if tag == "a" and values.get("name"):
            self.anchors.add(str(values["name"]))
        if tag == "a" and values.get("href"):
            self.targets.append(str(values["href"]))
        if tag == "img":
            self.images.append(str(values.get("src") or ""))

    @classmethod
    def of(cls, name: str) -> _Links:
        parser = cls()
        parser.feed(help_dialog.help_file(name).read_text(encoding="utf-8"))
        return parser


@pytest.mark.parametrize("name", HELP_FILES)
def test_every_link_and_image_resolves_to_a_shipped_file(name):
    links = _Links.of(name)
    folder = resource("help")
    assert links.targets and links.images or name == help_dialog.SHORTCUTS
    for target in links.targets:
        assert not re.match(r"^[a-z]+://", target), f"{name}: external link {target}"
        file_part, _, anchor = target.partition("#")
        linked = folder / file_part if file_part else folder / name
        assert linked.is_file(), f"{name}: {target}"
        if anchor:
            assert anchor in _Links.of(linked.name).anchors, f"{name}: {target}"
    for image in links.images:
        path = folder / image
        assert path.is_file() and path.stat().st_size > 0, f"{name}: {image}"
        assert path.resolve().is_relative_to(folder.resolve())


def test_the_shipped_images_are_all_used():
    used = {image for name in HELP_FILES for image in _Links.of(name).images}
    shipped = {f"img/{path.name}" for path in (resource("help") / "img").iterdir()}
    assert shipped == used
