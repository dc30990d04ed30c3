"""The German names of operations, as shown in "Rückgängig: <Name>" and the audit trail.

Each factory returns a callable of the decorated service function's arguments; it runs
inside the operation's transaction before the function (a deleted record still has its
name). Only models are read here, so every service module can use it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from peewee import Model

from aktif_desktop import messages
from aktif_desktop.storage.models import Contact, Event, Organisation, Participation

LabelFunc = Callable[..., str]

# The kinds of records as they follow "von" (dative plural for counts).
IMPORT_KINDS = {
    "organisations": ("Partner", "Partnern"),
    "contacts": ("Ansprechperson", "Ansprechpersonen"),
    "participants": ("Teilnehmenden", "Teilnehmenden"),
}


def name_of(item: Any) -> str:
    """A record's or a form's display name: person, partner, event, agreement."""
    if item is None:
        return ""
    if hasattr(item, "last_name"):
        parts = (getattr(item, "first_name", ""), item.last_name)
        return " ".join(part for part in parts if part)
    for attribute in ("name", "title", "what"):
        value = getattr(item, attribute, None)
        if value:
            return str(value)
    return ""


def _record(model: type[Model], record_id: Any) -> Any:
    if not isinstance(record_id, int):
        return None
    return model.get_or_none(model.id == record_id)  # type: ignore[attr-defined]


def creating(kind: str) -> LabelFunc:
    """ "Anlegen von Ansprechperson Anna Müller" (the name from the form's data)."""

    def label(*args: Any, **kwargs: Any) -> str:
        data = kwargs.get("data", args[-1] if args else None)
        return messages.LABEL_CREATE.format(kind=kind, name=name_of(data)).strip()

    return label


def _by_id(template: str, kind: str, model: type[Model]) -> LabelFunc:
    def label(record_id: Any = None, *_args: Any, **_kwargs: Any) -> str:
        return template.format(kind=kind, name=name_of(_record(model, record_id))).strip()

    return label


def saving(kind: str, model: type[Model]) -> LabelFunc:
    """ "Speichern von Partner Caritas" (the name stored before the save)."""
    return _by_id(messages.LABEL_SAVE, kind, model)


def deleting(kind: str, model: type[Model]) -> LabelFunc:
    """ "Löschen von Partner Caritas"."""
    return _by_id(messages.LABEL_DELETE, kind, model)


def merging(model: type[Model], kind: str = "") -> LabelFunc:
    """ "Zusammenführen von Jörg Schäfer" (the record that is kept)."""

    def label(keep_id: Any = None, *_args: Any, **_kwargs: Any) -> str:
        name = name_of(_record(model, keep_id))
        return messages.LABEL_MERGE.format(name=f"{kind} {name}".strip())

    return label


def activating(organisation_id: Any = None, active: Any = True, *_: Any, **__: Any) -> str:
    """ "Deaktivieren von Partner Caritas"."""
    template = messages.LABEL_ACTIVE if active else messages.LABEL_INACTIVE
    return template.format(name=name_of(_record(Organisation, organisation_id)))


def verifying(contact_id: Any = None, *_: Any, **__: Any) -> str:
    """ "Nummer geprüft: Anna Müller"."""
    return messages.LABEL_VERIFIED.format(name=name_of(_record(Contact, contact_id)))


def for_event(template: str) -> LabelFunc:
    """A label naming the event of the first argument: "Anwesenheit für Netzwerktreffen"."""

    def label(event_id: Any = None, *_args: Any, **_kwargs: Any) -> str:
        return template.format(title=name_of(_record(Event, event_id)))

    return label


def for_participation(template: str) -> LabelFunc:
    """A label naming the event of a participation (first argument)."""

    def label(participation_id: Any = None, *_args: Any, **_kwargs: Any) -> str:
        participation = _record(Participation, participation_id)
        event = _record(Event, participation.event_id) if participation else None
        return template.format(title=name_of(event))

    return label


def imported(result: Any) -> str:
    """ "Import von 40 Ansprechpersonen" (rows created or updated), from the import result."""
    counts = result.summary()
    count = int(counts.get("created", 0)) + int(counts.get("updated", 0))
    singular, plural = IMPORT_KINDS.get(result.kind, (result.kind, result.kind))
    return messages.LABEL_IMPORT.format(count=count, what=singular if count == 1 else plural)
