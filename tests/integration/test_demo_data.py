"""The demo reads as real: salutations fit the names, stamps fit the events, domains are clean."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from aktif_desktop.demo_names import FEMALE_FIRST_NAMES
from aktif_desktop.storage.models import Contact, Event, Organisation, Participation

DEMO_TODAY = dt.date(2026, 11, 26)  # tests/conftest.py builds the demo for this day


def test_salutation_matches_the_first_name(demo_db: Path) -> None:
    people = list(Contact.select())
    assert people
    for person in people:
        if person.salutation:
            expected = "Frau" if person.first_name in FEMALE_FIRST_NAMES else "Herr"
            assert person.salutation == expected, (person.first_name, person.last_name)
    dvorak = Contact.get(Contact.last_name == "Dvořák", Contact.first_name == "Miloš")
    assert dvorak.salutation in ("", "Herr")


def test_stamps_fit_the_event_dates(demo_db: Path) -> None:
    latest = dt.datetime.combine(DEMO_TODAY, dt.time(23, 59))
    checked = 0
    for record in Participation.select():
        event = Event.get_by_id(record.event_id)
        assert record.invited_at is not None and record.invited_at <= event.start
        assert record.invited_at <= latest
        if record.registered_at is not None:
            assert record.invited_at <= record.registered_at <= min(event.start, latest)
        if record.attended_at is not None:
            assert event.start <= record.attended_at <= event.end
            assert record.attended_at.date() != DEMO_TODAY or event.start.date() == DEMO_TODAY
            checked += 1
    assert checked > 100


def test_no_double_hyphen_in_domains(demo_db: Path) -> None:
    addresses = [c.email for c in Contact.select()] + [o.email for o in Organisation.select()]
    addresses += [o.website for o in Organisation.select()]
    assert addresses
    for address in addresses:
        assert "--" not in address, address


def test_casework_in_believable_numbers_and_states(demo_db: Path) -> None:
    from collections import Counter

    from aktif_desktop import clock
    from aktif_desktop.casework import APPLICATION_DECIDED, ReferralStatus
    from aktif_desktop.services import followups
    from aktif_desktop.services.followups import Due
    from aktif_desktop.storage.models import Application, FamilyCase, FollowUp, Referral

    assert FamilyCase.select().count() == 30
    assert Referral.select().count() == 60
    assert Application.select().count() == 40
    benefits = Counter(a.benefit for a in Application.select())
    top_two = {code for code, _n in benefits.most_common(2)}
    assert top_two == {"child_supplement", "education_package"}, benefits
    assert len({r.status for r in Referral.select()}) >= 5
    assert len({a.status for a in Application.select()}) >= 5
    for application in Application.select():
        assert application.submitted_on <= DEMO_TODAY
        if application.status in APPLICATION_DECIDED:
            assert application.decided_on is not None
            assert application.decided_on >= application.submitted_on
        else:
            assert application.decided_on is None
        if application.education_parts:
            assert application.benefit == "education_package"
    answered = {"accepted", "declined", "not_taken_up", "closed"}
    for referral in Referral.select():
        assert referral.referred_on <= DEMO_TODAY
        assert not referral.result or referral.status in answered
        case = FamilyCase.get_by_id(referral.family_case_id)
        assert case.opened_on <= referral.referred_on
    assert ReferralStatus.CLOSED.value in {r.status for r in Referral.select()}
    with clock.frozen(DEMO_TODAY):
        states = Counter(row.due for row in followups.list_follow_ups())
    assert states[Due.OVERDUE] and states[Due.TODAY] and states[Due.LATER], states
    assert FollowUp.select().count() >= 15


def test_casework_holds_no_names(demo_db: Path) -> None:
    from aktif_desktop.demo_names import FIRST_NAMES, LAST_NAMES
    from aktif_desktop.storage.models import Application, FamilyCase, FollowUp, Referral

    texts = [c.note for c in FamilyCase.select()]
    texts += [r.note for r in Referral.select()] + [a.note for a in Application.select()]
    texts += [f.what for f in FollowUp.select()]
    names = {n for n in (*FIRST_NAMES, *LAST_NAMES) if len(n) > 3}
    for text in texts:
        assert not any(name in text.split() for name in names), text


def test_external_activities_in_the_small_demo(demo_db: Path) -> None:
    from aktif_desktop.storage.models import Event

    external = {e.external_organiser: e.staff for e in Event.select() if e.external_organiser}
    assert set(external) == {"BMAS", "Vernetzungsstelle Akti(F) Plus", "Digitale Netzwerkstunde"}
    assert all(external.values())


def test_every_asking_application_has_its_open_follow_up(demo_db: Path) -> None:
    from aktif_desktop.casework import APPLICATION_ASKING
    from aktif_desktop.storage.models import Application, FollowUp

    asking = [a for a in Application.select() if a.status in APPLICATION_ASKING]
    assert asking
    for application in asking:
        open_ = FollowUp.select().where(
            (FollowUp.application == application.id) & FollowUp.done_on.is_null()
        )
        assert open_.count() == 1, application.id
