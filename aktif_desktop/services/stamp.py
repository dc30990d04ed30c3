"""The project stamp (Projektstempel): the text printed on stamp labels and Begleitblätter.

Stored in the key-value ``setting`` table under ``stamp_*`` keys, so no migration is needed.
It is empty by default; documents that need it refuse in German until a project name is set.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from aktif_desktop import messages
from aktif_desktop.errors import ValidationError
from aktif_desktop.services import validation as check
from aktif_desktop.services.operations import operation
from aktif_desktop.storage.models import Setting

PREFIX = "stamp_"


@dataclass(frozen=True, slots=True, kw_only=True)
class Stamp:
    """The stamp text: who supported the application and whom the authority may call."""

    project: str = ""
    address_1: str = ""
    address_2: str = ""
    phone: str = ""
    email: str = ""
    contact_person: str = ""

    @property
    def is_set(self) -> bool:
        return bool(self.project)

    def lines(self) -> list[str]:
        """The stamp as printed: project, address lines, then phone and e-mail."""
        contact = [f"Tel. {self.phone}" if self.phone else "", self.email]
        rows = [self.project, self.address_1, self.address_2, *contact]
        if self.contact_person:
            rows.append(f"Ansprechperson: {self.contact_person}")
        return [row for row in rows if row]

    def text(self) -> str:
        return "\n".join(self.lines())


def load_stamp() -> Stamp:
    """The stored stamp (empty fields for what was never set)."""
    keys = [PREFIX + item.name for item in fields(Stamp)]
    stored = {row.key: row.value for row in Setting.select().where(Setting.key.in_(keys))}
    return Stamp(**{item.name: stored.get(PREFIX + item.name, "") for item in fields(Stamp)})


def required_stamp() -> Stamp:
    """The stamp for a document; ValidationError (German) while it is not set."""
    stamp = load_stamp()
    if not stamp.is_set:
        raise ValidationError(messages.STAMP_NOT_SET, field="Projektstempel")
    return stamp


def validated(stamp: Stamp) -> Stamp:
    """The stamp cleaned; a stamp with any field needs the project name."""
    result = Stamp(
        project=check.text(stamp.project, "Projektname"),
        address_1=check.text(stamp.address_1, "Anschrift (Zeile 1)"),
        address_2=check.text(stamp.address_2, "Anschrift (Zeile 2)"),
        phone=check.phone(stamp.phone, "Telefon (Stempel)"),
        email=check.email(stamp.email, "E-Mail (Stempel)"),
        contact_person=check.text(stamp.contact_person, "Ansprechperson (Stempel)"),
    )
    if not result.project and any(getattr(result, item.name) for item in fields(Stamp)):
        raise ValidationError(messages.REQUIRED.format(field="Projektname"), field="Projektname")
    return result


@operation(label=messages.STAMP_LABEL)
def save_stamp(stamp: Stamp) -> Stamp:
    """Validate and store the stamp (all fields at once); returns what was stored."""
    valid = validated(stamp)
    for item in fields(Stamp):
        key, value = PREFIX + item.name, getattr(valid, item.name)
        # UPDATE or INSERT (never REPLACE): undo sees a plain change of the row.
        if not Setting.update(value=value).where(Setting.key == key).execute():
            Setting.insert(key=key, value=value).execute()
    return valid
