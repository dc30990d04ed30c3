"""Datenschutz → "Auskunft über eine Familie": asks for the code, writes the PDF, refuses an
unknown code in German."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMainWindow

from aktif_desktop.services import cases
from aktif_desktop.storage.models import DisclosureLog
from ui import privacy_actions


class Window(QMainWindow):
    def show_status(self, text: str) -> None:
        self.status = text


def _controller(qtbot, code: str, target: Path) -> tuple[privacy_actions.PrivacyController, list]:
    window = Window()
    qtbot.addWidget(window)
    controller = privacy_actions.PrivacyController(window)
    said: list[str] = []
    controller.ask_code = lambda: code
    controller.choose_file = lambda _suggestion: target
    controller.show_message = lambda _title, text: said.append(text)
    return controller, said


def test_the_case_report_is_written_for_the_code(qtbot, db, tmp_path: Path) -> None:
    case = cases.create_case(cases.CaseData(household_size=2))
    controller, said = _controller(qtbot, case.code.lower(), tmp_path / "familie.pdf")
    controller.case_report()
    qtbot.waitUntil(lambda: (tmp_path / "familie.pdf").exists(), timeout=30_000)
    qtbot.waitUntil(lambda: controller.notice is not None, timeout=30_000)
    text = PdfReader(tmp_path / "familie.pdf").pages[0].extract_text()
    assert case.code in text and not said
    assert DisclosureLog.select().where(DisclosureLog.kind.contains("(Familie)")).count() == 1


def test_an_unknown_code_is_refused_and_nothing_written(qtbot, db, tmp_path: Path) -> None:
    controller, said = _controller(qtbot, "F-1999-0001", tmp_path / "x.pdf")
    controller.case_report()
    assert said and "F-1999-0001" in said[0]
    assert not (tmp_path / "x.pdf").exists()
