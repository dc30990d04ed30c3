"""The vocabulary of the Lotsen work: concerns, benefits, the referral and application flows.

Families are recorded under a code only (``F-2026-0042``); nothing here or in the tables has a
place for a family member's name. Codes are stable English identifiers stored in the
database; labels are the German words the user sees. Nothing here touches the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from aktif_desktop.domain import LabelledEnum, register_labels

_E = TypeVar("_E", bound=LabelledEnum)


class Concern(LabelledEnum):
    """What a family needs help with (Anliegen)."""

    CHILD_SUPPLEMENT = "child_supplement"
    EDUCATION_PACKAGE = "education_package"
    HOUSING_BENEFIT = "housing_benefit"
    BASIC_INCOME = "basic_income"
    CHILDCARE = "childcare"
    DEBT = "debt"
    HEALTH = "health"
    WORK_TRAINING = "work_training"
    HOUSING = "housing"
    PARENTING = "parenting"
    LANGUAGE = "language"
    OTHER = "other"


class AgeBand(LabelledEnum):
    """Age bands of the children of a family (no birth dates are asked for)."""

    UNDER_3 = "under_3"
    FROM_3_TO_5 = "3_to_5"
    FROM_6_TO_9 = "6_to_9"
    FROM_10_TO_13 = "10_to_13"
    FROM_14_TO_17 = "14_to_17"
    ADULT = "18_plus"


class ReferralStatus(LabelledEnum):
    PLANNED = "planned"
    ARRANGED = "arranged"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    NOT_TAKEN_UP = "not_taken_up"
    CLOSED = "closed"


class ReferralResult(LabelledEnum):
    NONE = ""
    SUCCESSFUL = "successful"
    PARTIAL = "partial"
    NO_RESULT = "no_result"


class Benefit(LabelledEnum):
    """The benefit an application the project helped with asks for."""

    CHILD_SUPPLEMENT = "child_supplement"
    EDUCATION_PACKAGE = "education_package"
    HOUSING_BENEFIT = "housing_benefit"
    BASIC_INCOME = "basic_income"
    MAINTENANCE_ADVANCE = "maintenance_advance"
    PARENTAL_ALLOWANCE = "parental_allowance"
    OTHER = "other"


class EducationPart(LabelledEnum):
    """The parts of Bildung und Teilhabe one application may ask for."""

    TUTORING = "tutoring"
    LUNCH = "lunch"
    TRIPS = "trips"
    SCHOOL_SUPPLIES = "school_supplies"
    TRANSPORT = "transport"
    PARTICIPATION = "participation"


class ApplicationStatus(LabelledEnum):
    SUBMITTED = "submitted"
    QUERY = "query"
    MISSING_DOCUMENTS = "missing_documents"
    GRANTED = "granted"
    PARTLY_GRANTED = "partly_granted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class FollowUpKind(LabelledEnum):
    """Where a follow-up (Wiedervorlage) comes from."""

    REFERRAL = "referral"
    QUERY = "query"
    MISSING_DOCUMENTS = "missing_documents"
    RELEASE = "release"
    CASE = "case"


register_labels(
    (
        (Concern.CHILD_SUPPLEMENT, "Kinderzuschlag"),
        (Concern.EDUCATION_PACKAGE, "Bildung und Teilhabe"),
        (Concern.HOUSING_BENEFIT, "Wohngeld"),
        (Concern.BASIC_INCOME, "Bürgergeld / SGB II"),
        (Concern.CHILDCARE, "Kita / Betreuung"),
        (Concern.DEBT, "Schulden"),
        (Concern.HEALTH, "Gesundheit"),
        (Concern.WORK_TRAINING, "Arbeit / Ausbildung"),
        (Concern.HOUSING, "Wohnen"),
        (Concern.PARENTING, "Erziehung / Jugendhilfe"),
        (Concern.LANGUAGE, "Sprache / Integration"),
        (Concern.OTHER, "Sonstige"),
        (AgeBand.UNDER_3, "unter 3 Jahre"),
        (AgeBand.FROM_3_TO_5, "3–5 Jahre"),
        (AgeBand.FROM_6_TO_9, "6–9 Jahre"),
        (AgeBand.FROM_10_TO_13, "10–13 Jahre"),
        (AgeBand.FROM_14_TO_17, "14–17 Jahre"),
        (AgeBand.ADULT, "18 Jahre und älter"),
        (ReferralStatus.PLANNED, "geplant"),
        (ReferralStatus.ARRANGED, "vermittelt"),
        (ReferralStatus.ACCEPTED, "angenommen"),
        (ReferralStatus.DECLINED, "abgelehnt"),
        (ReferralStatus.NOT_TAKEN_UP, "nicht wahrgenommen"),
        (ReferralStatus.CLOSED, "abgeschlossen"),
        (ReferralResult.NONE, "—"),
        (ReferralResult.SUCCESSFUL, "erfolgreich"),
        (ReferralResult.PARTIAL, "teilweise"),
        (ReferralResult.NO_RESULT, "ohne Ergebnis"),
        (Benefit.CHILD_SUPPLEMENT, "Kinderzuschlag"),
        (Benefit.EDUCATION_PACKAGE, "Bildung und Teilhabe"),
        (Benefit.HOUSING_BENEFIT, "Wohngeld"),
        (Benefit.BASIC_INCOME, "Bürgergeld"),
        (Benefit.MAINTENANCE_ADVANCE, "Unterhaltsvorschuss"),
        (Benefit.PARENTAL_ALLOWANCE, "Elterngeld"),
        (Benefit.OTHER, "Sonstige"),
        (EducationPart.TUTORING, "Lernförderung"),
        (EducationPart.LUNCH, "Mittagessen"),
        (EducationPart.TRIPS, "Ausflüge / Klassenfahrten"),
        (EducationPart.SCHOOL_SUPPLIES, "Schulbedarf"),
        (EducationPart.TRANSPORT, "Schülerbeförderung"),
        (EducationPart.PARTICIPATION, "Teilhabe"),
        (ApplicationStatus.SUBMITTED, "eingereicht"),
        (ApplicationStatus.QUERY, "Rückfrage"),
        (ApplicationStatus.MISSING_DOCUMENTS, "Nachforderung"),
        (ApplicationStatus.GRANTED, "bewilligt"),
        (ApplicationStatus.PARTLY_GRANTED, "teilweise bewilligt"),
        (ApplicationStatus.REFUSED, "abgelehnt"),
        (ApplicationStatus.WITHDRAWN, "zurückgezogen"),
        (FollowUpKind.REFERRAL, "Verweis"),
        (FollowUpKind.QUERY, "Rückfrage"),
        (FollowUpKind.MISSING_DOCUMENTS, "Nachforderung"),
        (FollowUpKind.RELEASE, "Schweigepflichtentbindung"),
        (FollowUpKind.CASE, "Familie"),
    )
)

_R = ReferralStatus
# Which referral status may follow which. A declined or not-taken-up referral may still be
# re-arranged (a second appointment); a closed one is done — a new referral is recorded then.
REFERRAL_TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    _R.PLANNED: frozenset({_R.ARRANGED, _R.CLOSED}),
    _R.ARRANGED: frozenset({_R.PLANNED, _R.ACCEPTED, _R.DECLINED, _R.NOT_TAKEN_UP}),
    _R.ACCEPTED: frozenset({_R.ARRANGED, _R.CLOSED}),
    _R.DECLINED: frozenset({_R.ARRANGED, _R.CLOSED}),
    _R.NOT_TAKEN_UP: frozenset({_R.ARRANGED, _R.CLOSED}),
    _R.CLOSED: frozenset({_R.ACCEPTED}),
}
REFERRAL_FINAL: frozenset[ReferralStatus] = frozenset({_R.CLOSED})

_A = ApplicationStatus
# An application waits at the authority (eingereicht) or for the family (Rückfrage,
# Nachforderung) until it is decided or withdrawn. A decision may be corrected once more
# (a Widerspruch leads to a new decision) but never goes back to "eingereicht".
APPLICATION_TRANSITIONS: dict[ApplicationStatus, frozenset[ApplicationStatus]] = {
    _A.SUBMITTED: frozenset(
        {_A.QUERY, _A.MISSING_DOCUMENTS, _A.GRANTED, _A.PARTLY_GRANTED, _A.REFUSED, _A.WITHDRAWN}
    ),
    _A.QUERY: frozenset(
        {_A.SUBMITTED, _A.MISSING_DOCUMENTS, _A.GRANTED, _A.PARTLY_GRANTED, _A.REFUSED}
        | {_A.WITHDRAWN}
    ),
    _A.MISSING_DOCUMENTS: frozenset(
        {_A.SUBMITTED, _A.QUERY, _A.GRANTED, _A.PARTLY_GRANTED, _A.REFUSED, _A.WITHDRAWN}
    ),
    _A.GRANTED: frozenset({_A.PARTLY_GRANTED, _A.REFUSED}),
    _A.PARTLY_GRANTED: frozenset({_A.GRANTED, _A.REFUSED}),
    _A.REFUSED: frozenset({_A.GRANTED, _A.PARTLY_GRANTED}),
    _A.WITHDRAWN: frozenset(),
}
APPLICATION_DECIDED: frozenset[ApplicationStatus] = frozenset(
    {_A.GRANTED, _A.PARTLY_GRANTED, _A.REFUSED}
)
APPLICATION_FINAL: frozenset[ApplicationStatus] = APPLICATION_DECIDED | {_A.WITHDRAWN}
APPLICATION_ASKING: frozenset[ApplicationStatus] = frozenset({_A.QUERY, _A.MISSING_DOCUMENTS})

# Which legal circle a concern or benefit usually falls under (for the guide and the report).
CONCERN_LEGAL_AREAS: dict[Concern, tuple[str, ...]] = {
    Concern.CHILD_SUPPLEMENT: ("BKGG",),
    Concern.EDUCATION_PACKAGE: ("BUT",),
    Concern.HOUSING_BENEFIT: ("WOGG",),
    Concern.BASIC_INCOME: ("SGB2",),
    Concern.CHILDCARE: ("SGB8",),
    Concern.PARENTING: ("SGB8",),
    Concern.WORK_TRAINING: ("SGB2", "SGB3"),
}

CASE_CODE_PREFIX = "F"


def case_code(year: int, number: int) -> str:
    """The pseudonymous code of a family case: ``F-2026-0042``."""
    return f"{CASE_CODE_PREFIX}-{year:04d}-{number:04d}"


def allowed_labels(flow: Mapping[_E, frozenset[_E]], old: _E) -> str:
    """The allowed next steps as German words in quotes, for a refusal."""
    steps = [f"„{status.label}“" for status in type(old) if status in flow[old]]
    return ", ".join(steps) if steps else "keiner"
