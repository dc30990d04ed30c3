"""The Verbund's settings: name, logo, signatory, certificate text, funding line."""

from __future__ import annotations

from dataclasses import dataclass, fields

from aktif_desktop.services import validation as check
from aktif_desktop.services.common import transactional
from aktif_desktop.storage.models import Setting

DEFAULT_CERTIFICATE_TEXT = "hat an der oben genannten Veranstaltung des Verbundes teilgenommen."
DEFAULT_FUNDING_LINE = (
    "Das Programm „Akti(F) Plus – Aktiv für Familien und ihre Kinder“ wird durch das "
    "Bundesministerium für Arbeit und Soziales (BMAS) und die Europäische Union über den "
    "Europäischen Sozialfonds Plus (ESF Plus) gefördert."
)


@dataclass(slots=True, kw_only=True)
class Settings:
    """Everything the documents need to know about the Verbund."""

    verbund_name: str = ""
    logo_path: str = ""
    signatory_name: str = ""
    signatory_function: str = ""
    place_of_issue: str = ""
    certificate_text: str = DEFAULT_CERTIFICATE_TEXT
    funding_line: str = DEFAULT_FUNDING_LINE


def load_settings() -> Settings:
    """Return the stored settings, defaults for what was never set."""
    stored = {row.key: row.value for row in Setting.select()}
    result = Settings()
    for item in fields(Settings):
        if item.name in stored:
            setattr(result, item.name, stored[item.name])
    return result


@transactional
def save_settings(settings: Settings) -> Settings:
    """Validate and store all settings at once."""
    valid = Settings(
        verbund_name=check.text(settings.verbund_name, "Name des Verbundes", required=True),
        logo_path=check.text(settings.logo_path, "Logo", limit=1000),
        signatory_name=check.text(settings.signatory_name, "Unterzeichnende Person"),
        signatory_function=check.text(settings.signatory_function, "Funktion"),
        place_of_issue=check.text(settings.place_of_issue, "Ausstellungsort"),
        certificate_text=check.text(settings.certificate_text, "Bescheinigungstext", limit=2000),
        funding_line=check.text(settings.funding_line, "Förderhinweis", limit=2000),
    )
    rows = [{"key": item.name, "value": getattr(valid, item.name)} for item in fields(Settings)]
    Setting.insert_many(rows).on_conflict(
        conflict_target=[Setting.key], preserve=[Setting.value]
    ).execute()
    return valid


def is_configured() -> bool:
    """True once a Verbund name was saved (the first-start page is then skipped)."""
    return bool(load_settings().verbund_name)
