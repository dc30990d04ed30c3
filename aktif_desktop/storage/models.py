"""peewee models for the whole domain, bound once to the database proxy.

Enum fields hold the stable codes of :mod:`aktif_desktop.domain`; the schema itself is
created and changed only by :mod:`aktif_desktop.storage.migrations`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from aktif_desktop import clock

database = DatabaseProxy()


def now() -> dt.datetime:
    """Return the local time without microseconds (what the user reads), from the one clock."""
    return clock.now()


class BaseModel(Model):
    """Common base: the proxy binding and the created/updated timestamps."""

    id = AutoField()
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)

    class Meta:
        database = database
        legacy_table_names = False

    def save(self, *args: Any, **kwargs: Any) -> int:
        self.updated_at = now()
        return int(super().save(*args, **kwargs))


class VersionedModel(BaseModel):
    """An editable record: ``version`` grows with every save (migration 4), so that a save
    based on an older state can be refused instead of silently overwriting another's change."""

    version = IntegerField(default=1)


class LegalArea(BaseModel):
    code = CharField(unique=True)
    label = CharField()
    sort_order = IntegerField(default=0)


class Organisation(VersionedModel):
    name = CharField()
    name_key = CharField(unique=True)  # folded name; keeps "Caritas" and "CARITAS " apart
    kind = CharField()
    role = CharField()
    street = CharField(default="")
    postcode = CharField(default="")
    city = CharField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    website = CharField(default="")
    notes = TextField(default="")
    active = BooleanField(default=True)


class OrganisationLegalArea(BaseModel):
    organisation = ForeignKeyField(Organisation, on_delete="CASCADE", backref="legal_area_links")
    organisation_id: int
    legal_area = ForeignKeyField(LegalArea, on_delete="RESTRICT")

    class Meta:
        indexes = ((("organisation", "legal_area"), True),)


class Contact(VersionedModel):
    organisation = ForeignKeyField(
        Organisation, null=True, on_delete="RESTRICT", backref="contacts"
    )
    organisation_id: int | None
    salutation = CharField(default="")
    title = CharField(default="")
    first_name = CharField(default="")
    last_name = CharField()
    function = CharField(default="")
    phone = CharField(default="")
    mobile = CharField(default="")
    email = CharField(default="", index=True)
    topics = TextField(default="")
    notes = TextField(default="")
    active = BooleanField(default=True)
    consent_share = BooleanField(default=False)
    consent_share_date = DateField(null=True)
    # Added by migration 2.
    consent_lists = BooleanField(default=False)  # a pre-ticked box is not consent (issue 12)
    consent_lists_date = DateField(null=True)
    verified_at = DateField(null=True)
    # Added by migration 3: what the consent covers and who recorded it (DSGVO).
    consent_scope = TextField(default="")
    consent_recorded_by = CharField(default="")
    # Added by migration 7: optional, a code of esf.Gender ("" = not recorded).
    gender = CharField(default="")


class Service(VersionedModel):
    organisation = ForeignKeyField(Organisation, on_delete="RESTRICT", backref="services")
    organisation_id: int
    name = CharField()
    description = TextField(default="")
    target_group = CharField(default="")
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    contact_id: int | None
    concerns = CharField(default="")  # migration 6: comma-separated codes of casework.Concern


class ServiceLegalArea(BaseModel):
    service = ForeignKeyField(Service, on_delete="CASCADE", backref="legal_area_links")
    legal_area = ForeignKeyField(LegalArea, on_delete="RESTRICT")

    class Meta:
        indexes = ((("service", "legal_area"), True),)


class Event(VersionedModel):
    kind = CharField()
    title = CharField()
    start = DateTimeField(index=True)
    end = DateTimeField()
    place = CharField(default="")
    online_link = CharField(default="")
    organiser = ForeignKeyField(Organisation, null=True, on_delete="RESTRICT", backref="events")
    organiser_id: int | None
    capacity = IntegerField(null=True)
    hours = FloatField(null=True)
    agenda = TextField(default="")
    status = CharField()
    minutes = TextField(default="")
    # Added by migration 6: an exchange run by others that the Verbund's staff attended.
    external_organiser = CharField(default="")
    staff = CharField(default="")


class EventLegalArea(BaseModel):
    event = ForeignKeyField(Event, on_delete="CASCADE", backref="legal_area_links")
    legal_area = ForeignKeyField(LegalArea, on_delete="RESTRICT")

    class Meta:
        indexes = ((("event", "legal_area"), True),)


class Participation(VersionedModel):
    event = ForeignKeyField(Event, on_delete="RESTRICT", backref="participations")
    contact = ForeignKeyField(Contact, on_delete="RESTRICT", backref="participations")
    event_id: int
    contact_id: int
    status = CharField()
    status_changed_at = DateTimeField(default=now)
    invited_at = DateTimeField(null=True)
    registered_at = DateTimeField(null=True)
    waitlisted_at = DateTimeField(null=True)
    attended_at = DateTimeField(null=True)
    note = TextField(default="")

    class Meta:
        indexes = ((("event", "contact"), True),)


class Certificate(VersionedModel):
    participation = ForeignKeyField(
        Participation, unique=True, on_delete="RESTRICT", backref="certificates"
    )
    participation_id: int
    number = CharField(unique=True)
    issued_on = DateField()


class Agreement(VersionedModel):
    event = ForeignKeyField(Event, on_delete="RESTRICT", backref="agreements")
    who = CharField()
    what = TextField()
    due = DateField(null=True)
    status = CharField()
    note = TextField(default="")


class SupplyGap(VersionedModel):
    event = ForeignKeyField(Event, on_delete="RESTRICT", backref="supply_gaps")
    title = CharField()
    description = TextField(default="")
    status = CharField()


class SupplyGapLegalArea(BaseModel):
    supply_gap = ForeignKeyField(SupplyGap, on_delete="CASCADE", backref="legal_area_links")
    legal_area = ForeignKeyField(LegalArea, on_delete="RESTRICT")

    class Meta:
        indexes = ((("supply_gap", "legal_area"), True),)


class FamilyCase(VersionedModel):
    """A family accompanied by the Lotsen (migration 6), known by its code only: the table has
    no column for a name, and the form reminds not to write one into the note."""

    code = CharField(unique=True)
    household_size = IntegerField(null=True)
    children = IntegerField(null=True)
    child_age_bands = CharField(default="")  # comma-separated codes of casework.AgeBand
    single_parent = BooleanField(default=False)
    legal_areas = CharField(default="")  # comma-separated codes of domain.LEGAL_AREAS
    note = TextField(default="")
    release_on = DateField(null=True)  # Schweigepflichtentbindung signed
    release_until = DateField(null=True)
    opened_on = DateField()


class FamilyCaseRelease(BaseModel):
    """A partner the family released from confidentiality towards the project."""

    family_case = ForeignKeyField(FamilyCase, on_delete="CASCADE", backref="releases")
    organisation = ForeignKeyField(Organisation, on_delete="RESTRICT")

    class Meta:
        indexes = ((("family_case", "organisation"), True),)


class Referral(VersionedModel):
    """A family referred to a partner (Verweis, Lotsenfunktion)."""

    family_case = ForeignKeyField(FamilyCase, on_delete="CASCADE", backref="referrals")
    family_case_id: int
    referred_on = DateField(index=True)
    referred_by = CharField(default="")  # the Verbund's staff member
    organisation = ForeignKeyField(Organisation, on_delete="RESTRICT", backref="referrals")
    organisation_id: int
    contact = ForeignKeyField(Contact, null=True, on_delete="SET NULL")
    contact_id: int | None
    concern = CharField()
    warm_handover = BooleanField(default=False)
    status = CharField()
    status_changed_on = DateField()
    result = CharField(default="")
    feedback_on = DateField(null=True)
    note = TextField(default="")


class Application(VersionedModel):
    """An application the project helped with, usually marked with the project stamp."""

    family_case = ForeignKeyField(FamilyCase, on_delete="CASCADE", backref="applications")
    family_case_id: int
    benefit = CharField()
    education_parts = CharField(default="")  # comma-separated codes of casework.EducationPart
    authority = ForeignKeyField(Organisation, on_delete="RESTRICT", backref="applications")
    authority_id: int
    submitted_on = DateField(index=True)
    stamped = BooleanField(default=True)
    status = CharField()
    status_changed_on = DateField()
    decided_on = DateField(null=True)
    note = TextField(default="")


class FollowUp(VersionedModel):
    """A date to look at a case again (Wiedervorlage): a referral's follow-up, what an
    authority asked for by a due date, a release running out, or one set by hand."""

    family_case = ForeignKeyField(FamilyCase, on_delete="CASCADE", backref="follow_ups")
    family_case_id: int
    referral = ForeignKeyField(Referral, null=True, on_delete="CASCADE", backref="follow_ups")
    referral_id: int | None
    application = ForeignKeyField(Application, null=True, on_delete="CASCADE", backref="follow_ups")
    application_id: int | None
    kind = CharField()
    due_on = DateField(index=True)
    what = TextField(default="")
    done_on = DateField(null=True)


class ReportTarget(VersionedModel):
    """A target figure (Soll) the user set for one report period and one figure code."""

    period_start = DateField()
    period_end = DateField()
    code = CharField()
    value = FloatField()

    class Meta:
        indexes = ((("period_start", "period_end", "code"), True),)


class ReportText(VersionedModel):
    """A Sachbericht text (Ausgangslage, Umsetzung, …) of one report period."""

    period_start = DateField()
    period_end = DateField()
    section = CharField()
    text = TextField(default="")

    class Meta:
        indexes = ((("period_start", "period_end", "section"), True),)


class Setting(Model):
    """Key-value settings of the Verbund (name, logo, signatory, certificate text, …)."""

    key = CharField(primary_key=True)
    value = TextField(default="")

    class Meta:
        database = database
        legacy_table_names = False


class AuditLog(Model):
    """Append-only record of every create, update and delete (filled by SQLite triggers) and of
    imports, exports and deletion runs (written by the services). Triggers refuse changes."""

    id = AutoField()
    at = DateTimeField(default=now)
    user = CharField(default="")
    action = CharField()
    table_name = CharField(default="")
    row_id = IntegerField(null=True)
    detail = TextField(default="")

    class Meta:
        database = database
        legacy_table_names = False


class DisclosureLog(Model):
    """Which personal data left the application: kind, columns, rows, file, time, user."""

    id = AutoField()
    at = DateTimeField(default=now)
    user = CharField(default="")
    kind = CharField()
    columns = TextField(default="")
    row_count = IntegerField(default=0)
    file_name = TextField(default="")
    # Added by migration 4: the absolute path written and whether people without consent
    # to sharing were included.
    path = TextField(default="")
    without_consent = BooleanField(default=False)

    class Meta:
        database = database
        legacy_table_names = False


class DatabaseInfo(Model):
    """One row (migration 4): the database's own id, set when it is created, kept by every
    migration and restore; backups record it so that they know their database."""

    id = IntegerField(primary_key=True)
    database_id = CharField()
    created_at = DateTimeField(default=now)

    class Meta:
        database = database
        legacy_table_names = False


class AuditUser(Model):
    """One row: the OS user of the current session, read by the audit triggers."""

    id = IntegerField(primary_key=True)
    name = CharField(default="")

    class Meta:
        database = database
        legacy_table_names = False


ALL_MODELS: tuple[type[Model], ...] = (
    LegalArea,
    Organisation,
    OrganisationLegalArea,
    Contact,
    Service,
    ServiceLegalArea,
    Event,
    EventLegalArea,
    Participation,
    Certificate,
    Agreement,
    SupplyGap,
    SupplyGapLegalArea,
    FamilyCase,
    FamilyCaseRelease,
    Referral,
    Application,
    FollowUp,
    ReportTarget,
    ReportText,
    Setting,
    AuditLog,
    DisclosureLog,
    AuditUser,
    DatabaseInfo,
)
