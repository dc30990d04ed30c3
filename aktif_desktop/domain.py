"""The domain vocabulary: kinds, roles, statuses and the participation status flow.

Codes are stable English identifiers stored in the database; labels are the German words the
user sees. Nothing here touches the database.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a German label for the user."""

    @property
    def label(self) -> str:
        # Keyed by type and code: members of different enums share codes ("other",
        # "in_progress") and, being strings, would collide as plain dict keys.
        return _LABELS[(type(self), self.value)]

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """Accept a code or a German label (case-insensitive); raise ValueError otherwise."""
        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.label.casefold()):
                return member
        # Labels of earlier versions, still found in files people send back.
        old = _OLD_LABELS.get((cls, wanted))
        if old is not None:
            return cls(old)
        raise ValueError(text)

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """Return ``(code, label)`` pairs in declaration order, for combo boxes."""
        return [(member.value, member.label) for member in cls]


class OrganisationKind(LabelledEnum):
    YOUTH_OFFICE = "youth_office"
    JOBCENTER = "jobcenter"
    EMPLOYMENT_AGENCY = "employment_agency"
    FAMILY_BENEFITS_OFFICE = "family_benefits_office"
    SOCIAL_WELFARE_OFFICE = "social_welfare_office"
    HOUSING_BENEFIT_OFFICE = "housing_benefit_office"
    WELFARE_ASSOCIATION = "welfare_association"
    EDUCATION_PROVIDER = "education_provider"
    COUNSELLING_CENTRE = "counselling_centre"
    SCHOOL_DAYCARE = "school_daycare"
    MUNICIPALITY = "municipality"
    COMPANY = "company"
    RESEARCH = "research"
    EQUALITY_OFFICER = "equality_officer"
    OTHER = "other"


class OrganisationRole(LabelledEnum):
    NETWORK_PARTNER = "network_partner"
    COOPERATION_PARTNER = "cooperation_partner"
    SUBPROJECT_PARTNER = "subproject_partner"
    OTHER = "other"


class EventKind(LabelledEnum):
    NETWORK_MEETING = "network_meeting"
    WORKSHOP = "workshop"
    CONSULTATION_DAY = "consultation_day"
    REGIONAL_MEETING = "regional_meeting"
    FAMILY_CONFERENCE = "family_conference"
    STRUCTURE_CONFERENCE = "structure_conference"
    TRANSFER_WORKSHOP = "transfer_workshop"
    ONLINE_EXCHANGE = "online_exchange"


class EventStatus(LabelledEnum):
    PLANNED = "planned"
    INVITED = "invited"
    HELD = "held"
    CANCELLED = "cancelled"


class ParticipationStatus(LabelledEnum):
    INVITED = "invited"
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    ATTENDED = "attended"
    EXCUSED = "excused"
    NO_SHOW = "no_show"


class AgreementStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class SupplyGapStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


_LABEL_LIST: tuple[tuple[LabelledEnum, str], ...] = (
    (OrganisationKind.YOUTH_OFFICE, "Jugendamt"),
    (OrganisationKind.JOBCENTER, "Jobcenter"),
    (OrganisationKind.EMPLOYMENT_AGENCY, "Agentur für Arbeit"),
    (OrganisationKind.FAMILY_BENEFITS_OFFICE, "Familienkasse"),
    (OrganisationKind.SOCIAL_WELFARE_OFFICE, "Sozialamt"),
    (OrganisationKind.HOUSING_BENEFIT_OFFICE, "Wohngeldstelle"),
    (OrganisationKind.WELFARE_ASSOCIATION, "Träger der freien Wohlfahrtspflege"),
    (OrganisationKind.EDUCATION_PROVIDER, "Bildungsträger"),
    (OrganisationKind.COUNSELLING_CENTRE, "Beratungsstelle"),
    (OrganisationKind.SCHOOL_DAYCARE, "Schule / Kita"),
    (OrganisationKind.MUNICIPALITY, "Kommune / Verwaltung"),
    (OrganisationKind.COMPANY, "Unternehmen"),
    (OrganisationKind.RESEARCH, "Forschungseinrichtung"),
    (OrganisationKind.EQUALITY_OFFICER, "Gleichstellungsbeauftragte"),
    (OrganisationKind.OTHER, "Sonstige"),
    (OrganisationRole.NETWORK_PARTNER, "Verbundpartner"),
    (OrganisationRole.COOPERATION_PARTNER, "Kooperationspartner"),
    (OrganisationRole.SUBPROJECT_PARTNER, "Teilvorhabenpartner"),
    (OrganisationRole.OTHER, "Sonstige"),
    (EventKind.NETWORK_MEETING, "Netzwerktreffen"),
    (EventKind.WORKSHOP, "Workshop"),
    (EventKind.CONSULTATION_DAY, "Beratungstag"),
    (EventKind.REGIONAL_MEETING, "Regionaltreffen"),
    (EventKind.FAMILY_CONFERENCE, "Familienkonferenz"),
    (EventKind.STRUCTURE_CONFERENCE, "Strukturkonferenz"),
    (EventKind.TRANSFER_WORKSHOP, "Transferworkshop"),
    (EventKind.ONLINE_EXCHANGE, "Austausch / online"),
    (EventStatus.PLANNED, "geplant"),
    (EventStatus.INVITED, "eingeladen"),
    (EventStatus.HELD, "durchgeführt"),
    (EventStatus.CANCELLED, "abgesagt"),
    (ParticipationStatus.INVITED, "eingeladen"),
    (ParticipationStatus.REGISTERED, "angemeldet"),
    (ParticipationStatus.WAITLISTED, "Warteliste"),
    (ParticipationStatus.ATTENDED, "teilgenommen"),
    (ParticipationStatus.EXCUSED, "entschuldigt"),
    (ParticipationStatus.NO_SHOW, "nicht erschienen"),
    (AgreementStatus.OPEN, "offen"),
    (AgreementStatus.IN_PROGRESS, "in Bearbeitung"),
    (AgreementStatus.DONE, "erledigt"),
    (SupplyGapStatus.OPEN, "offen"),
    (SupplyGapStatus.IN_PROGRESS, "in Bearbeitung"),
    (SupplyGapStatus.CLOSED, "geschlossen"),
)
# One word for one thing: "Sonstige" for every "other", "in Bearbeitung" for every
# "in_progress" (before: "sonstige" and "in Arbeit" beside them).
_OLD_LABELS: dict[tuple[type, str], str] = {(AgreementStatus, "in arbeit"): "in_progress"}
_LABELS: dict[tuple[type, str], str] = {
    (type(member), member.value): label for member, label in _LABEL_LIST
}


def register_labels(pairs: tuple[tuple[LabelledEnum, str], ...]) -> None:
    """Add the German labels of enums declared in another vocabulary module."""
    _LABELS.update({(type(member), member.value): label for member, label in pairs})


# The fixed list of legal circles (Rechtskreise): code -> label, in display order.
LEGAL_AREAS: dict[str, str] = {
    "SGB2": "SGB II",
    "SGB3": "SGB III",
    "SGB7": "SGB VII",
    "SGB8": "SGB VIII",
    "SGB9": "SGB IX",
    "SGB12": "SGB XII",
    "BKGG": "BKGG (Kinderzuschlag)",
    "WOGG": "WoGG (Wohngeld)",
    "BUT": "BuT",
    "OTHER": "Sonstige",
}

_P = ParticipationStatus
# Which status may follow which. Corrections after a typing mistake on the paper list
# (teilgenommen <-> nicht erschienen) are allowed; an invitation never jumps to "no show".
ALLOWED_TRANSITIONS: dict[ParticipationStatus, frozenset[ParticipationStatus]] = {
    _P.INVITED: frozenset({_P.REGISTERED, _P.WAITLISTED, _P.ATTENDED, _P.EXCUSED}),
    _P.REGISTERED: frozenset({_P.INVITED, _P.ATTENDED, _P.EXCUSED, _P.NO_SHOW}),
    _P.WAITLISTED: frozenset({_P.REGISTERED, _P.ATTENDED, _P.EXCUSED}),
    _P.ATTENDED: frozenset({_P.REGISTERED, _P.EXCUSED, _P.NO_SHOW}),
    _P.EXCUSED: frozenset({_P.REGISTERED, _P.WAITLISTED, _P.ATTENDED}),
    _P.NO_SHOW: frozenset({_P.REGISTERED, _P.ATTENDED, _P.EXCUSED}),
}

# Statuses that take a seat of the event's capacity.
SEAT_TAKING: frozenset[ParticipationStatus] = frozenset({_P.REGISTERED, _P.ATTENDED})


def transition_allowed(old: ParticipationStatus, new: ParticipationStatus) -> bool:
    """Return True when a participation may move from ``old`` to ``new``."""
    return old == new or new in ALLOWED_TRANSITIONS[old]
