"""Menu "Export": Excel lists, signature list, certificates, phone directory, calendar files,
and the Lotsen documents (stamp labels, offers guide; ``ui.casework_document_actions``).

``install(window)`` adds the menu. Each entry asks for its options and a file or folder, then
runs the core export (``aktif_desktop.exports``) off the UI thread through ``ui.worker.Job``
with a progress dialog whose "Abbrechen" stops it cleanly (the core writes to a temporary file
and renames it only when complete). Afterwards a notice in the window (nothing modal) offers
"Öffnen" and "Ordner öffnen"; a failure shows its German sentence. The file dialogs start in
Documents and then in the folder used last for the kind of file (``ui.widgets.file_dialogs``).

The window must provide ``menu(title)``, ``current_event_id()`` and ``show_status(text)``.
Asking for the file, the replace question, the job and the notice are ``ui.export_runner``'s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from aktif_desktop.errors import AktifError
from aktif_desktop.exports.common import safe_filename
from aktif_desktop.services import events
from ui.casework_document_actions import controller_for
from ui.export_dialogs import ExportChoice, ExportOptionsDialog, this_year
from ui.export_runner import ICS_FILTER, XLSX_FILTER, ExportRunner, _exports
from ui.export_runner import open_file as open_file
from ui.export_runner import open_folder as open_folder
from ui.export_runner import show_saved as show_saved


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportActions", text)


class ExportController(ExportRunner):
    """Runs the export entries of the Export menu for one main window (see ``ExportRunner``
    for the attributes)."""

    # Seams for the dialogs (tests replace these) ------------------------------------------
    def ask_options(self, dialog: ExportOptionsDialog) -> ExportChoice | None:
        """Show the options dialog modally; None when cancelled."""
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # Menu entries --------------------------------------------------------------------------
    def export_list(self, kind: str) -> None:
        """Excel list ``kind`` (partners, contacts, plan, participants)."""
        spec = _exports("lists").LISTS[kind]
        event = None
        if kind == "participants":
            event = self._current_event()
            if event is None:
                return
        consent = {
            "contacts": _tr(
                "Auch Personen ohne Einwilligung zur Weitergabe aufnehmen (nur intern)"
            ),
            "participants": _tr(
                "Auch bei Personen ohne Einwilligung alle Angaben aufnehmen (nur intern)"
            ),
        }.get(kind, "")
        dialog = ExportOptionsDialog(
            _tr("%1 exportieren").replace("%1", spec.title),
            kind=kind,
            columns=[(column.code, column.header) for column in spec.columns],
            default_columns=spec.default_codes,
            consent_text=consent,
            year=this_year() if kind == "plan" else None,
            parent=self._parent(),
        )
        choice = self.ask_options(dialog)
        if choice is None:
            return
        suggested = {
            "plan": f"Jahresplan {choice.year}",
            "participants": f"Teilnahmeliste {event.title if event else ''}",
        }.get(kind, spec.title)
        path = self.ask_file(
            _tr("Excel-Datei speichern"), safe_filename(suggested) + ".xlsx", _tr(XLSX_FILTER)
        )
        if path is None:
            return
        path = path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
        replace = self.confirm_target(path)
        if replace is None:
            return
        self.run(
            _exports("lists").export_list,
            kind,
            path,
            event_id=event.id if event else None,
            year=choice.year,
            columns=choice.columns,
            include_without_consent=choice.include_without_consent,
            replace=replace,
        )

    def export_signature_list(self) -> None:
        event = self._current_event()
        if event is None:
            return
        dialog = ExportOptionsDialog(
            _tr("Unterschriftenliste"),
            blank_rows=_exports("signature_list").DEFAULT_BLANK_ROWS,
            note=_tr(
                "Angemeldete Personen nach Nachnamen sortiert; Personen ohne Einwilligung zur "
                "Nennung auf Listen erscheinen nur mit ihrem Namen."
            ),
            parent=self._parent(),
        )
        choice = self.ask_options(dialog)
        if choice is None:
            return
        suggested = f"Unterschriftenliste {event.title} {event.start:%Y-%m-%d}"
        path = self._ask_pdf(suggested)
        replace = self.confirm_target(path)
        if path is not None and replace is not None:
            self.run(
                _exports("signature_list").write_signature_list,
                event.id,
                path,
                blank_rows=choice.blank_rows,
                replace=replace,
            )

    def export_certificates(self, one_file: bool) -> None:
        event = self._current_event()
        if event is None:
            return
        write = _exports("certificates").write_certificates
        if one_file:
            path = self._ask_pdf(f"Teilnahmebescheinigungen {event.title}")
            replace = self.confirm_target(path)
            if path is not None and replace is not None:
                self.run(write, event.id, pdf_file=path, replace=replace, register=True)
        else:
            folder = self.ask_folder(_tr("Ordner für die Teilnahmebescheinigungen wählen"))
            replace = self.confirm_target(folder, folder=True)
            if folder is not None and replace is not None:
                self.run(write, event.id, folder=folder, replace=replace, register=True)

    def export_directory(self) -> None:
        dialog = ExportOptionsDialog(
            _tr("Telefonverzeichnis"),
            consent_text=_tr(
                "Auch Personen ohne Einwilligung zur Weitergabe aufnehmen (nur intern)"
            ),
            note=_tr(
                "Das Verzeichnis wird an Partner weitergegeben. Es enthält deshalb nur "
                "Ansprechpersonen, die der Weitergabe zugestimmt haben."
            ),
            parent=self._parent(),
        )
        choice = self.ask_options(dialog)
        if choice is None:
            return
        path = self._ask_pdf("Goldene Telefonnummern")
        replace = self.confirm_target(path)
        if path is not None and replace is not None:
            self.run(
                _exports("directory").write_directory,
                path,
                include_without_consent=choice.include_without_consent,
                replace=replace,
            )

    def export_calendar(self, whole_year: bool) -> None:
        kwargs: dict[str, Any]
        if whole_year:
            dialog = ExportOptionsDialog(
                _tr("Jahresplan als Kalender"), year=this_year(), parent=self._parent()
            )
            choice = self.ask_options(dialog)
            if choice is None:
                return
            suggested, kwargs = f"Veranstaltungen {choice.year}", {"year": choice.year}
        else:
            event = self._current_event()
            if event is None:
                return
            suggested, kwargs = f"{event.title} {event.start:%Y-%m-%d}", {"event_id": event.id}
        path = self.ask_file(
            _tr("Kalenderdatei speichern"), safe_filename(suggested) + ".ics", _tr(ICS_FILTER)
        )
        if path is not None:
            path = path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")
            replace = self.confirm_target(path)
            if replace is not None:
                self.run(_exports("ics").write_ics, path, replace=replace, **kwargs)

    # Helpers -------------------------------------------------------------------------------
    def _current_event(self) -> events.EventRow | None:
        event_id = self.window.current_event_id()
        if event_id is None:
            text = _tr("Bitte wählen Sie zuerst eine Veranstaltung aus.")
            self.window.show_status(text)
            self._show(QMessageBox.Icon.Information, _tr("Export"), text)
            return None
        try:
            return events.get_event(event_id)
        except AktifError as error:
            self._show(QMessageBox.Icon.Warning, _tr("Export"), error.message)
            return None


def install(window: Any) -> None:
    """Add the "Export" menu to ``window``; the controller is kept as ``window.export_actions``."""
    controller = ExportController(window)
    window.export_actions = controller
    documents = controller_for(window)
    menu = window.menu(_tr("Export"))
    entries: list[tuple[str, Callable[[], None]] | None] = [
        (_tr("Partnerliste (Excel) …"), lambda: controller.export_list("partners")),
        (_tr("Ansprechpersonen (Excel) …"), lambda: controller.export_list("contacts")),
        (_tr("Jahresplan (Excel) …"), lambda: controller.export_list("plan")),
        (
            _tr("Teilnahmeliste der Veranstaltung (Excel) …"),
            lambda: controller.export_list("participants"),
        ),
        (_tr("Familien (Excel) …"), lambda: controller.export_list("cases")),
        (_tr("Verweise (Excel) …"), lambda: controller.export_list("referrals")),
        (_tr("Anträge (Excel) …"), lambda: controller.export_list("applications")),
        (_tr("Wiedervorlagen (Excel) …"), lambda: controller.export_list("followups")),
        None,
        (_tr("Unterschriftenliste (PDF) …"), controller.export_signature_list),
        (
            _tr("Teilnahmebescheinigungen – je Person eine PDF-Datei …"),
            lambda: controller.export_certificates(one_file=False),
        ),
        (
            _tr("Teilnahmebescheinigungen – alle in einer PDF-Datei …"),
            lambda: controller.export_certificates(one_file=True),
        ),
        (
            _tr("Telefonverzeichnis „Goldene Telefonnummern“ (PDF) …"),
            controller.export_directory,
        ),
        None,
        (
            _tr("Veranstaltung als Kalendereintrag (ICS) …"),
            lambda: controller.export_calendar(False),
        ),
        (_tr("Jahresplan als Kalender (ICS) …"), lambda: controller.export_calendar(True)),
        None,
        (_tr("Stempeletiketten (PDF) …"), documents.stamp_labels),
        (_tr("Wegweiser der Angebote (PDF) …"), lambda: documents.guide(excel=False)),
        (_tr("Wegweiser der Angebote (Excel) …"), lambda: documents.guide(excel=True)),
    ]
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        text, handler = entry
        action = menu.addAction(text)
        action.triggered.connect(lambda _checked=False, h=handler: h())
