"""The certificate number register: one number per attended participation, kept forever.

Reprinting a certificate returns the stored number and issue date, so the document is the same.
Numbers are drawn one program at a time (:func:`~aktif_desktop.services.concurrency.
serialise_writes`): two managers printing certificates at once never get the same number,
and one participation never gets two.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, TypeVar

from peewee import fn

from aktif_desktop import clock, messages
from aktif_desktop.domain import ParticipationStatus
from aktif_desktop.errors import ValidationError
from aktif_desktop.files import safe_write
from aktif_desktop.services.common import get_or_fail, transactional
from aktif_desktop.services.concurrency import serialise_writes
from aktif_desktop.services.events import EventRow, get_event
from aktif_desktop.services.participations import ParticipantRow, list_participants
from aktif_desktop.storage.models import Certificate, Contact, Participation, database

PREFIX = "TB"
ANONYMOUS_NAME = "(anonymisiert)"  # services.retention.ANONYMOUS_NAME (no import cycle)


@dataclass(slots=True, kw_only=True)
class CertificateInfo:
    """Everything printed on one attendance certificate."""

    number: str
    issued_on: dt.date
    participant: ParticipantRow
    event: EventRow


def _next_number(year: int) -> str:
    stem = f"{PREFIX}-{year}-"
    last = (
        Certificate.select(fn.MAX(Certificate.number))
        .where(Certificate.number.startswith(stem))
        .scalar()
    )
    sequence = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{stem}{sequence:05d}"


def _issue(participation: Participation, today: dt.date) -> Certificate:
    existing = Certificate.get_or_none(Certificate.participation == participation.id)
    if existing is not None:
        return existing
    return Certificate.create(
        participation=participation.id, number=_next_number(today.year), issued_on=today
    )


def _attended_and_issued(
    event_id: int,
) -> tuple[list[ParticipantRow], dict[int, Certificate]]:
    """Who attended (not anonymised) and the numbers already issued at the event."""
    attended = [
        row
        for row in list_participants(event_id)
        if row.status == ParticipationStatus.ATTENDED and not _is_anonymous(row)
    ]
    # The numbers already issued, in one query: a reprint of 1,000 certificates otherwise made
    # 2,000 single look-ups (benchmarks/ops_certificates.py).
    issued = {
        certificate.participation_id: certificate
        for certificate in Certificate.select()
        .join(Participation, on=(Certificate.participation == Participation.id))
        .where(Participation.event == event_id)
    }
    return attended, issued


@transactional
def issue_for_event(event_id: int, today: dt.date | None = None) -> list[CertificateInfo]:
    """Return certificates for everyone who attended, issuing numbers where none exist yet."""
    today = today or clock.today()
    event = get_event(event_id)
    _refuse_external(event)
    attended, issued = _attended_and_issued(event_id)
    # Numbers are to be drawn: wait for the other programs, then read both again (who
    # attended and who has a number may have changed meanwhile). A reprint waits for nobody.
    to_draw = any(row.id not in issued for row in attended)
    if to_draw and serialise_writes():
        attended, issued = _attended_and_issued(event_id)
    result = []
    for row in attended:
        certificate = issued.get(row.id) or _issue(Participation.get_by_id(row.id), today)
        row.certificate_number = certificate.number
        result.append(
            CertificateInfo(
                number=certificate.number,
                issued_on=certificate.issued_on,
                participant=row,
                event=event,
            )
        )
    return result


@transactional
def issue_for_participation(participation_id: int, today: dt.date | None = None) -> CertificateInfo:
    """Return the certificate of one attended participation, issuing its number once."""
    serialise_writes()
    record = get_or_fail(Participation, participation_id, "Die Teilnahme")
    _refuse_external(get_event(record.event_id))
    if record.status != ParticipationStatus.ATTENDED:
        row = list_participants(record.event_id, ids=[participation_id])[0]
        raise ValidationError(messages.CERTIFICATE_NOT_ATTENDED.format(name=row.full_name))
    row = list_participants(record.event_id, ids=[participation_id])[0]
    if _is_anonymous(row):
        raise ValidationError(messages.CERTIFICATE_ANONYMISED)
    certificate = _issue(record, today or clock.today())
    row = list_participants(record.event_id, ids=[participation_id])[0]
    return CertificateInfo(
        number=certificate.number,
        issued_on=certificate.issued_on,
        participant=row,
        event=get_event(record.event_id),
    )


def _refuse_external(event: EventRow) -> None:
    """Others' events get no certificate from us: their organiser issues them."""
    if event.external:
        raise ValidationError(
            messages.EXTERNAL_NO_CERTIFICATES.format(
                title=event.title, organiser=event.external_organiser
            )
        )


def _is_anonymous(row: ParticipantRow) -> bool:
    """An anonymised person (placeholder of a retention run): she gets no certificate."""
    if row.last_name == ANONYMOUS_NAME and not row.first_name:
        return True
    return not Contact.select().where(Contact.id == row.contact_id).exists()


class _Written(Protocol):
    files: list[Path]


T = TypeVar("T", bound=_Written)


def issue_and_write(
    write: Callable[..., T],
    *args: Any,
    replace: bool = False,
    create_folder: bool = False,
    **kwargs: Any,
) -> T:
    """Issue the numbers and write the certificate files as one step.

    Numbers are drawn in the same transaction as the files are put in place: a write that
    fails (full disk, refused target, cancel) leaves the register as it was, so no number is
    drawn for nobody. ``replace``: existing files may be replaced (asked or ``--force``);
    ``create_folder``: a missing folder of the chosen file is created (GUI save dialog).
    """
    result: T | None = None
    try:
        scope = safe_write.writing(replace=replace, create_folder=create_folder)
        with database.atomic(), scope:
            result = write(*args, **kwargs)
    except BaseException:
        if result is not None:  # the files are in place but the register could not be saved
            for path in result.files:
                with contextlib.suppress(OSError):
                    path.unlink()
        raise
    return result
