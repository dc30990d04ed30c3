"""The detail form of one event: every field, inline German validation, unsaved-change check."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from aktif_desktop import clock
from aktif_desktop.domain import EventKind, EventStatus
from aktif_desktop.errors import AktifError
from aktif_desktop.services import events, organisations
from aktif_desktop.services.events import EventData, EventRow
from aktif_desktop.services.organisations import OrganisationRow
from ui.events.common import (
    DATE_TIME_FORMAT,
    from_qdatetime,
    german_locale,
    to_qdatetime,
)
from ui.widgets.legal_areas import LegalAreaSelector
from ui.widgets.stale_dialog import save_or_resolve

# The services name the refused field by its German label; map it to our field key.
FIELD_KEYS = {
    "Art": "kind",
    "Titel": "title",
    "Beginn": "start",
    "Ende": "end",
    "Ort": "place",
    "Online-Link": "online_link",
    "Kapazität": "capacity",
    "Dauer in Stunden": "hours",
    "Tagesordnung / Themen": "agenda",
    "Status": "status",
    "Protokoll": "minutes",
    "Rechtskreise": "legal_areas",
    "Veranstalter (extern)": "external_organiser",
    "Teilgenommen haben": "staff",
}
ERROR_STYLE = "color:#b02a37;"


def default_data(day: dt.date | None = None) -> EventData:
    """A new event: next weekday morning 09:00–12:00, unless a day is given."""
    day = day or clock.today() + dt.timedelta(days=1)
    start = dt.datetime.combine(day, dt.time(9, 0))
    return EventData(
        kind=EventKind.NETWORK_MEETING.value,
        title="",
        start=start,
        end=start + dt.timedelta(hours=3),
    )


# The form's fields as the stale-save dialog names them.
EVENT_FIELD_LABELS = {
    "kind": "Art",
    "title": "Titel",
    "start": "Beginn",
    "end": "Ende",
    "place": "Ort",
    "online_link": "Online-Link",
    "organiser_id": "Veranstalter",
    "capacity": "Plätze",
    "hours": "Stunden",
    "agenda": "Tagesordnung",
    "status": "Status",
    "minutes": "Protokoll",
    "legal_areas": "Rechtskreise",
    "external_organiser": "Veranstalter (extern)",
    "staff": "Teilgenommen haben",
}


class EventForm(QWidget):
    """Edit one event (or a new one) and save it through the events service.

    Signals:
        saved(int): the event was stored; its id.
    Attributes:
        event_id: the event shown, None for a new one.
        errors: field key -> the label showing that field's message.
    """

    saved = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.event_id: int | None = None
        self._shown_start: dt.datetime | None = None
        self._organisations: list[OrganisationRow] | None = None
        self._loaded: EventData = default_data()
        self.loaded_row: EventRow | None = None
        self._build()
        self.load(None)

    # building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.general_error = QLabel(self)
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        self.kind = QComboBox(self)
        for code, label in EventKind.choices():
            self.kind.addItem(label, code)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("z. B. Netzwerktreffen Verbund 03/2027"))
        self.start = self._date_time_edit()
        self.end = self._date_time_edit()
        self.start.dateTimeChanged.connect(self._keep_duration)
        self.place = QLineEdit(self)
        self.place.setPlaceholderText(self.tr("Raum, Straße, Ort"))
        self.online_link = QLineEdit(self)
        self.online_link.setPlaceholderText("https://…")
        self.organiser = QComboBox(self)
        self.organiser.setEditable(True)
        self.organiser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Typing any part of a partner's name offers it (not only the beginning).
        completer = QCompleter(self.organiser.model(), self.organiser)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.organiser.setCompleter(completer)
        self.legal_areas = LegalAreaSelector(self, columns=2)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 100_000)
        self.capacity.setSpecialValueText(self.tr("unbegrenzt"))
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0, 1000)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setLocale(german_locale())
        self.hours.setSpecialValueText(self.tr("keine Angabe"))
        self.status = QComboBox(self)
        for code, label in EventStatus.choices():
            self.status.addItem(label, code)
        self.agenda = QPlainTextEdit(self)
        self.agenda.setPlaceholderText(
            self.tr("Tagesordnung, Themen, Referentinnen und Referenten")
        )
        self.agenda.setMinimumHeight(70)
        self.minutes = QPlainTextEdit(self)
        self.minutes.setPlaceholderText(self.tr("Ergebnisse und Protokoll nach der Veranstaltung"))
        self.minutes.setMinimumHeight(70)
        self._build_external()
        self._lay_out()

    def _build_external(self) -> None:
        # An exchange run by others that the Verbund's staff attended: who organised it and
        # who went, instead of seats and a participant list.
        self.external = QCheckBox(
            self.tr("Veranstaltung eines anderen Trägers (externe Aktivität)"), self
        )
        self.external.toggled.connect(self._external_toggled)
        self.external_note = QLabel(
            self.tr(
                "Für Veranstaltungen anderer Träger werden keine Plätze, Teilnehmenden, "
                "Anwesenheiten oder Bescheinigungen erfasst."
            ),
            self,
        )
        self.external_note.setWordWrap(True)
        self.external_note.setStyleSheet("color:#555;")
        self.external_organiser = QLineEdit(self)
        self.external_organiser.setPlaceholderText(
            self.tr("z. B. BMAS, Servicestelle Akti(F), Vernetzungsstelle")
        )
        self.staff = QLineEdit(self)
        self.staff.setPlaceholderText(self.tr("Mitarbeitende, z. B. A. Schmidt, B. Yilmaz"))
        self.staff.setToolTip(
            self.tr("Wer vom Verbund dabei war; mehrere Namen mit Komma getrennt")
        )

    def _date_time_edit(self) -> QDateTimeEdit:
        edit = QDateTimeEdit(self)
        edit.setDisplayFormat(DATE_TIME_FORMAT)
        edit.setCalendarPopup(True)
        edit.setLocale(german_locale())
        edit.calendarWidget().setLocale(german_locale())
        edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        return edit

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.form_layout = form
        self._boxes: dict[str, QVBoxLayout] = {}
        external_box = QVBoxLayout()
        external_box.setSpacing(2)
        external_box.addWidget(self.external)
        external_box.addWidget(self.external_note)
        form.addRow(external_box)
        rows = [
            ("external_organiser", self.tr("Veranstalter"), self.external_organiser),
            ("staff", self.tr("Teilgenommen haben"), self.staff),
            ("kind", self.tr("Art"), self.kind),
            ("title", self.tr("Titel"), self.title),
            ("start", self.tr("Beginn"), self.start),
            ("end", self.tr("Ende"), self.end),
            ("place", self.tr("Ort"), self.place),
            ("online_link", self.tr("Online-Link"), self.online_link),
            ("organiser", self.tr("Veranstalter"), self.organiser),
            ("legal_areas", self.tr("Rechtskreise"), self.legal_areas),
            ("capacity", self.tr("Kapazität"), self.capacity),
            ("hours", self.tr("Dauer in Stunden"), self.hours),
            ("status", self.tr("Status"), self.status),
            ("agenda", self.tr("Tagesordnung / Themen"), self.agenda),
            ("minutes", self.tr("Protokoll"), self.minutes),
        ]
        for key, label, widget in rows:
            error = QLabel(self)
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.errors[key] = error
            self._boxes[key] = box
        organiser_label = form.labelForField(self._boxes["organiser"])
        assert isinstance(organiser_label, QLabel)  # addRow with a text makes a QLabel
        self.organiser_label: QLabel = organiser_label
        inner = QWidget(self)
        inner.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        self.save_button = QPushButton(self.tr("Speichern"), self)
        self.save_button.setToolTip(self.tr("Änderungen speichern (Strg+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Änderungen verwerfen"), self)
        self.revert_button.clicked.connect(self.revert)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.general_error)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    # loading ---------------------------------------------------------------------------
    def set_organisations(self, rows: list[OrganisationRow]) -> None:
        """Use ``rows`` for the organiser list (the page reads them once per reload)."""
        self._organisations = rows

    def _fill_organisers(self, selected: int | None) -> None:
        if self._organisations is None:
            self._organisations = organisations.list_organisations()
        self.organiser.blockSignals(True)
        self.organiser.clear()
        self.organiser.addItem(self.tr("– kein Partner –"), None)
        for row in self._organisations:
            if row.active or row.id == selected:
                self.organiser.addItem(row.name, row.id)
        self.organiser.setCurrentIndex(max(0, self.organiser.findData(selected)))
        self.organiser.blockSignals(False)

    def load(self, row: EventRow | None, *, new_day: dt.date | None = None) -> None:
        """Show ``row`` (or an empty new event, on ``new_day`` if given)."""
        self.event_id = row.id if row else None
        self.loaded_row = row  # its version guards the save against another program's change
        data = row.data() if row else default_data(new_day)
        self._fill_organisers(data.organiser_id)
        self._show(data)
        self._loaded = self.collect()
        self.clear_errors()
        if row is None:
            self.heading.setText(self.tr("<b>Neue Veranstaltung</b>"))
        else:
            extern = self.tr(" (Veranstaltung eines anderen Trägers)") if row.external else ""
            self.heading.setText(f"<b>{row.title}</b> – {row.kind_label}{extern}")

    def _show(self, data: EventData) -> None:
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.title.setText(data.title)
        self.start.blockSignals(True)
        self.start.setDateTime(to_qdatetime(data.start))
        self.start.blockSignals(False)
        self._shown_start = data.start
        self.end.setDateTime(to_qdatetime(data.end))
        self.place.setText(data.place)
        self.online_link.setText(data.online_link)
        self.legal_areas.set_codes(data.legal_areas)
        self.capacity.setValue(data.capacity or 0)
        self.hours.setValue(data.hours or 0)
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.agenda.setPlainText(data.agenda)
        self.minutes.setPlainText(data.minutes)
        self.external_organiser.setText(data.external_organiser)
        self.staff.setText(data.staff)
        self.external.setChecked(data.external)
        self._external_toggled(data.external)

    def _external_toggled(self, external: bool) -> None:
        """Show the organiser and staff fields of others' events; hide the seats."""
        for key in ("external_organiser", "staff"):
            self.form_layout.setRowVisible(self._boxes[key], external)
        self.external_note.setVisible(external)
        self.form_layout.setRowVisible(self._boxes["capacity"], not external)
        label = self.tr("Partner (optional)") if external else self.tr("Veranstalter")
        self.organiser_label.setText(label)
        self.organiser.setToolTip(
            self.tr("Ein Partner des Verbunds, falls er die Veranstaltung ausrichtet")
            if external
            else ""
        )

    def _keep_duration(self) -> None:
        # Moving the start moves the end with it, the way calendar programs do.
        old = self._shown_start
        new = from_qdatetime(self.start.dateTime())
        if old is not None:
            self.end.setDateTime(to_qdatetime(from_qdatetime(self.end.dateTime()) + (new - old)))
        self._shown_start = new

    # reading and saving ----------------------------------------------------------------
    def _organiser_id(self) -> int | None:
        text = self.organiser.currentText().strip()
        index = self.organiser.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.organiser.itemData(index) if index >= 0 else None

    def collect(self) -> EventData:
        """Return what the form shows as event data (unchecked: the service checks).

        Unticking "anderer Träger" drops organiser and staff (and ticking it the seats); the
        typed text stays in the hidden fields, so ticking again brings it back.
        """
        external = self.external.isChecked()
        return EventData(
            kind=self.kind.currentData(),
            title=self.title.text().strip(),
            start=from_qdatetime(self.start.dateTime()),
            end=from_qdatetime(self.end.dateTime()),
            place=self.place.text().strip(),
            online_link=self.online_link.text().strip(),
            organiser_id=self._organiser_id(),
            capacity=None if external else self.capacity.value() or None,
            hours=self.hours.value() or None,
            agenda=self.agenda.toPlainText().strip(),
            status=self.status.currentData(),
            minutes=self.minutes.toPlainText().strip(),
            legal_areas=self.legal_areas.codes(),
            external_organiser=self.external_organiser.text().strip() if external else "",
            staff=self.staff.text().strip() if external else "",
        )

    def is_dirty(self) -> bool:
        return self.collect() != self._loaded

    def clear_errors(self) -> None:
        self.general_error.hide()
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_error(self, error: AktifError) -> None:
        """Show the service's German message next to its field (or above the form)."""
        self.clear_errors()
        key = FIELD_KEYS.get(error.field or "")
        label = self.errors.get(key) if key else None
        if label is None:
            label = self.general_error
        label.setText(error.message)
        label.show()

    def error_text(self, key: str) -> str:
        """Return the message shown at field ``key`` ("" when none)."""
        label = self.errors[key]
        return label.text() if not label.isHidden() else ""

    def _refuse_unnamed_organiser(self, data: EventData) -> bool:
        """The box is ticked but nobody named: the event would silently become our own."""
        if not self.external.isChecked() or data.external_organiser:
            return False
        self.clear_errors()
        self.errors["external_organiser"].setText(
            self.tr(
                "Bitte tragen Sie ein, wer die Veranstaltung ausrichtet (z. B. BMAS), oder "
                "nehmen Sie das Häkchen bei „Veranstaltung eines anderen Trägers“ heraus."
            )
        )
        self.errors["external_organiser"].show()
        self.external_organiser.setFocus()
        return True

    def save(self) -> bool:
        """Store the form; on a refused value show the message and return False."""
        data = self.collect()
        if self._refuse_unnamed_organiser(data):
            return False
        typed = self.organiser.currentText().strip()
        if data.organiser_id is None and typed and self.organiser.findText(typed) != 0:
            # Free text that names no partner would silently drop the organiser.
            self.clear_errors()
            self.errors["organiser"].setText(
                self.tr(
                    "„{name}“ ist kein bekannter Partner. Bitte wählen Sie einen Partner aus "
                    "der Liste oder „– kein Partner –“."
                ).format(name=typed)
            )
            self.errors["organiser"].show()
            return False
        try:
            if self.event_id is None:
                row = events.create_event(data)
            else:
                event_id = self.event_id
                saved = save_or_resolve(
                    self,
                    data,
                    self.loaded_row,
                    EVENT_FIELD_LABELS,
                    lambda data, version: events.update_event(event_id, data, version),
                )
                if saved is None:  # the user chose the stored state
                    self.load(events.get_event(event_id))
                    return False
                row = saved
        except AktifError as error:
            self.show_error(error)
            return False
        self.load(row)
        self.saved.emit(row.id)
        return True

    def revert(self) -> None:
        self._show(self._loaded)
        self.clear_errors()
