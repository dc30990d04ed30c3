"""The Lotsen documents in the GUI: stamp labels, the Begleitblatt of an application and the
offers guide (Wegweiser) as PDF or Excel.

:class:`CaseworkDocumentController` is an :class:`ui.export_runner.ExportRunner` (the
same file dialog, replace question, background job with progress, notice "Öffnen" / "Ordner
öffnen" and German error box); it adds the options dialogs and the check of the project stamp
*before* any dialog, so a missing stamp is explained with a way to the Einstellungen instead
of an error after the file was chosen.

The Export menu calls :func:`controller_for`; the case view calls :func:`save_cover_sheet`
and :func:`save_stamp_labels_for_case`, which are self-contained (one controller per window).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from aktif_desktop.errors import AktifError
from aktif_desktop.exports.common import ExportResult, safe_filename
from aktif_desktop.services import applications, stamp
from aktif_desktop.services.stamp import Stamp
from ui.export_runner import XLSX_FILTER, ExportRunner, _exports
from ui.guide_dialog import GuideDialog
from ui.pages import PageId
from ui.stamp_labels_dialog import LabelChoice, StampLabelsDialog

ATTRIBUTE = "casework_documents"  # where the window keeps its controller


def _document(
    func: Callable[..., ExportResult], *args: Any, progress: Any = None, **kwargs: Any
) -> ExportResult:
    """Call a document export that reports no progress (the job hands every job one)."""
    del progress  # one page or a few: nothing to report, nothing worth cancelling halfway
    return func(*args, **kwargs)


class CaseworkDocumentController(ExportRunner):
    """Runs the Lotsen document exports for one window.

    Attributes (besides those of ``ExportController``):
        settings_button: the "Einstellungen öffnen" button of the last stamp refusal, or None.
    """

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.settings_button: Any = None

    # Seams for the dialogs (tests replace these) ------------------------------------------
    def ask_labels(self, dialog: StampLabelsDialog) -> LabelChoice | None:
        """Show the label options modally; None when cancelled."""
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_guide(self, dialog: GuideDialog) -> dict[str, Any] | None:
        """Show the guide filters modally; their search arguments, or None when cancelled."""
        return dialog.filters() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # Entries -------------------------------------------------------------------------------
    def stamp_labels(self, case_code: str = "") -> None:
        """Stamp labels, optionally with a case code already filled in."""
        current = self.current_stamp()
        if current is None:
            return
        dialog = StampLabelsDialog(current, case_code, parent=self._parent())
        choice = self.ask_labels(dialog)
        dialog.deleteLater()
        if choice is None:
            return
        name = "Stempeletiketten" + (f" {choice.case_code}" if choice.case_code else "")
        path = self._ask_pdf(name)
        replace = self.confirm_target(path)
        if path is None or replace is None:
            return
        self.run(
            _document,
            _exports("stamp_labels").write_stamp_labels,
            path,
            case_code=choice.case_code,
            count=choice.count,
            start=choice.start,
            outline=choice.outline,
            replace=replace,
        )

    def cover_sheet(self, application_id: int) -> None:
        """The Begleitblatt of application ``application_id``."""
        if self.current_stamp() is None:
            return
        try:
            row = applications.get_application(application_id)
        except AktifError as error:
            self._refuse(error.message)
            return
        path = self._ask_pdf(f"Begleitblatt {row.case_code} {row.benefit_label}")
        replace = self.confirm_target(path)
        if path is None or replace is None:
            return
        self.run(
            _document,
            _exports("cover_sheet").write_cover_sheet,
            application_id,
            path,
            replace=replace,
        )

    def guide(self, excel: bool) -> None:
        """The offers guide as PDF (``excel`` False) or Excel workbook."""
        title = (
            self.tr("Wegweiser der Angebote (Excel)")
            if excel
            else self.tr("Wegweiser der Angebote (PDF)")
        )
        dialog = GuideDialog(title, parent=self._parent())
        filters = self.ask_guide(dialog)
        dialog.deleteLater()
        if filters is None:
            return
        name = safe_filename("Wegweiser der Angebote")
        if excel:
            path = self.ask_file(
                self.tr("Excel-Datei speichern"), name + ".xlsx", self.tr(XLSX_FILTER)
            )
            if path is not None and path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
        else:
            path = self._ask_pdf(name)
        replace = self.confirm_target(path)
        if path is None or replace is None:
            return
        module = _exports("offers_guide")
        write = module.write_guide_xlsx if excel else module.write_guide_pdf
        self.run(_document, write, path, replace=replace, **filters)

    # Checks --------------------------------------------------------------------------------
    def current_stamp(self) -> Stamp | None:
        """The project stamp, or None after showing why it is needed (with the way there)."""
        try:
            return stamp.required_stamp()
        except AktifError as error:
            actions = []
            if callable(getattr(self.window, "show_page", None)):
                actions.append((self.tr("Einstellungen öffnen"), self._open_settings))
            box = self._refuse(error.message, actions)
            roles = [(b, box.buttonRole(b)) for b in box.buttons()]
            self.settings_button = next(
                (b for b, role in roles if role == QMessageBox.ButtonRole.ActionRole), None
            )
            return None

    def _open_settings(self) -> None:
        self.window.show_page(PageId.SETTINGS)

    def _refuse(
        self, text: str, actions: Sequence[tuple[str, Callable[[], object]]] = ()
    ) -> QMessageBox:
        title = self.tr("Dokument nicht möglich")
        return self._show(QMessageBox.Icon.Information, title, text, actions)


def controller_for(widget: Any) -> CaseworkDocumentController:
    """The controller of the window ``widget`` belongs to (made on first use)."""
    window = widget.window() if isinstance(widget, QWidget) else widget
    controller = getattr(window, ATTRIBUTE, None)
    if not isinstance(controller, CaseworkDocumentController):
        controller = CaseworkDocumentController(window)
        setattr(window, ATTRIBUTE, controller)
    return controller


def save_cover_sheet(parent: QWidget, application_id: int) -> None:
    """Ask where to save the Begleitblatt of ``application_id`` and write it (for the case
    view): stamp check, file dialog, replace question, background job, notice or error."""
    controller_for(parent).cover_sheet(application_id)


def save_stamp_labels_for_case(parent: QWidget, case_code: str) -> None:
    """The stamp-label dialog with ``case_code`` filled in, then the labels written (for the
    case view)."""
    controller_for(parent).stamp_labels(case_code)
