"""The Lotsen services on a real database file: cases, referral and application flows with
their refusals, follow-ups from every source, undo, and the name-free design."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from aktif_desktop import clock
from aktif_desktop.casework import REFERRAL_TRANSITIONS, ApplicationStatus, ReferralStatus
from aktif_desktop.errors import TransitionError, ValidationError
from aktif_desktop.services import (
    applications,
    cases,
    contacts,
    followups,
    operations,
    organisations,
    referrals,
)
from aktif_desktop.storage.models import database
from tests.raw_db import query, raw_connect

TODAY = dt.date(2026, 3, 10)


@pytest.fixture
def world(db: Path) -> dict[str, int]:
    with clock.frozen(TODAY):
        caritas = organisations.create_organisation(
            organisations.OrganisationData(name="Caritas Beratung", legal_areas=("SGB8",))
        )
        kasse = organisations.create_organisation(
            organisations.OrganisationData(
                name="Familienkasse Nord", street="Hauptstr. 1", postcode="20095", city="Hamburg"
            )
        )
        anna = contacts.create_contact(
            contacts.ContactData(last_name="Berger", first_name="Anna", organisation_id=caritas.id)
        )
        other = contacts.create_contact(
            contacts.ContactData(last_name="Kurz", first_name="Otto", organisation_id=kasse.id)
        )
        case = cases.create_case(cases.CaseData(household_size=4, children=2))
    return {
        "caritas": caritas.id,
        "kasse": kasse.id,
        "anna": anna.id,
        "otto": other.id,
        "case": case.id,
    }


def _referral(world: dict[str, int], **changes: object) -> referrals.ReferralData:
    data = referrals.ReferralData(
        family_case_id=world["case"],
        organisation_id=world["caritas"],
        concern="Schulden",
        referred_on=TODAY,
        referred_by="Frau Lotsin",
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def test_case_codes_count_up_per_year_and_start_again(world: dict[str, int]) -> None:
    with clock.frozen(TODAY):
        second = cases.create_case(cases.CaseData())
    with clock.frozen(dt.date(2027, 1, 2)):
        next_year = cases.create_case(cases.CaseData())
    assert cases.get_case(world["case"]).code == "F-2026-0001"
    assert second.code == "F-2026-0002"
    assert next_year.code == "F-2027-0001"
    assert cases.find_case(" f-2026-0002 ").id == second.id


def test_case_refuses_impossible_figures_and_release_without_date(world: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="Zahl der Kinder"):
        cases.create_case(cases.CaseData(household_size=2, children=3))
    with pytest.raises(ValidationError, match="kein Datum"):
        cases.create_case(cases.CaseData(release_partner_ids=(world["caritas"],)))
    with pytest.raises(ValidationError, match="endet vor"):
        cases.create_case(
            cases.CaseData(release_on=TODAY, release_until=TODAY - dt.timedelta(days=1))
        )
    with pytest.raises(Exception, match="Familie mit dem Code"):
        cases.find_case("F-1999-0001")


def test_release_until_is_a_follow_up_that_moves_with_the_date(world: dict[str, int]) -> None:
    with clock.frozen(TODAY):
        case = cases.get_case(world["case"])
        data = cases.CaseData(
            release_on=TODAY,
            release_until=TODAY + dt.timedelta(days=30),
            release_partner_ids=(world["caritas"], world["kasse"]),
        )
        cases.update_case(case.id, data, case.version)
        due = [row.due_on for row in followups.list_follow_ups(case_id=case.id)]
        assert due == [TODAY + dt.timedelta(days=30)]
        data.release_until = TODAY + dt.timedelta(days=60)
        cases.update_case(case.id, data)
        due = [row.due_on for row in followups.list_follow_ups(case_id=case.id)]
        assert due == [TODAY + dt.timedelta(days=60)]
        assert cases.get_case(case.id).release_partner_names == (
            "Caritas Beratung",
            "Familienkasse Nord",
        )


def test_referral_flow_walks_and_refuses_with_the_allowed_steps(world: dict[str, int]) -> None:
    with clock.frozen(TODAY):
        row = referrals.create_referral(_referral(world, contact_id=world["anna"]))
        assert row.status == "planned"
        assert row.legal_areas == ("SGB8",)  # from the target partner's tags
        with pytest.raises(TransitionError) as refused:
            referrals.set_referral_status(row.id, "angenommen")
        assert "„vermittelt“, „abgeschlossen“" in str(refused.value)
        for step in ("vermittelt", "angenommen", "abgeschlossen"):
            row = referrals.set_referral_status(row.id, step)
        assert row.status == ReferralStatus.CLOSED
        row = referrals.set_referral_status(row.id, "angenommen", result="erfolgreich")
        assert (row.status, row.result_label) == ("accepted", "erfolgreich")


@pytest.mark.parametrize("old", list(ReferralStatus))
def test_every_referral_step_outside_the_flow_is_refused(
    world: dict[str, int], old: ReferralStatus
) -> None:
    with clock.frozen(TODAY):
        row = referrals.create_referral(_referral(world, status=old.value))
        for new in ReferralStatus:
            if new == old or new in REFERRAL_TRANSITIONS[old]:
                continue
            with pytest.raises(TransitionError, match="Erlaubt sind von hier"):
                referrals.set_referral_status(row.id, new.value)
        assert referrals.get_referral(row.id).status == old


def test_referral_refuses_foreign_contact_early_result_and_future_date(
    world: dict[str, int],
) -> None:
    with clock.frozen(TODAY):
        with pytest.raises(ValidationError, match="gehört nicht zum Partner"):
            referrals.create_referral(_referral(world, contact_id=world["otto"]))
        with pytest.raises(ValidationError, match="Ergebnis"):
            referrals.create_referral(_referral(world, result="erfolgreich"))
        with pytest.raises(ValidationError, match="in der Zukunft"):
            referrals.create_referral(_referral(world, referred_on=TODAY + dt.timedelta(days=1)))
        with pytest.raises(ValidationError, match="Anliegen"):
            referrals.create_referral(_referral(world, concern="Urlaub"))
    assert referrals.list_referrals() == []


def test_referral_follow_up_is_created_moved_done_and_removed(world: dict[str, int]) -> None:
    with clock.frozen(TODAY):
        row = referrals.create_referral(_referral(world, follow_up_on=TODAY))
        (open_one,) = followups.list_follow_ups(due_only=True)
        assert open_one.due_label == "heute fällig"
        assert "Caritas Beratung" in open_one.what
        data = _referral(world, follow_up_on=TODAY + dt.timedelta(days=7))
        row = referrals.update_referral(row.id, data, row.version)
        assert followups.list_follow_ups(due_only=True) == []
        assert row.follow_up_on == TODAY + dt.timedelta(days=7)
    with clock.frozen(TODAY + dt.timedelta(days=9)):
        assert followups.counts().overdue == 1
        followups.mark_done(row.follow_up_id or 0)
        assert followups.counts().overdue == 0
        assert referrals.get_referral(row.id).follow_up_on is None


def test_application_flow_with_query_follow_up_and_processing_days(world: dict[str, int]) -> None:
    with clock.frozen(TODAY):
        row = applications.create_application(
            applications.ApplicationData(
                family_case_id=world["case"],
                benefit="Kinderzuschlag",
                authority_id=world["kasse"],
                submitted_on=TODAY - dt.timedelta(days=20),
            )
        )
        assert (row.status, row.stamped, row.waiting_days) == ("submitted", True, 20)
        with pytest.raises(ValidationError, match="bis wann"):
            applications.set_status(row.id, "Rückfrage")
        with pytest.raises(ValidationError, match="Frist"):
            applications.set_status(row.id, "Nachforderung", asked="Kontoauszüge")
        row = applications.set_status(
            row.id, "Nachforderung", asked="Kontoauszüge Mai", due=TODAY + dt.timedelta(days=14)
        )
        assert row.request_what == "Kontoauszüge Mai"
        assert [f.kind_label for f in followups.list_follow_ups()] == ["Nachforderung"]
        row = applications.set_status(row.id, "bewilligt")
        assert followups.list_follow_ups() == []
        assert row.processing_days == 20
        with pytest.raises(TransitionError, match="„teilweise bewilligt“, „abgelehnt“"):
            applications.set_status(row.id, ApplicationStatus.SUBMITTED.value)


def test_withdrawn_application_is_final(world: dict[str, int]) -> None:
    with clock.frozen(TODAY):
        row = applications.create_application(
            applications.ApplicationData(
                family_case_id=world["case"],
                benefit="Bildung und Teilhabe",
                education_parts=("Mittagessen", "lunch", "Lernförderung"),
                authority_id=world["kasse"],
            )
        )
        assert row.education_parts == ("tutoring", "lunch")
        assert row.benefit_label == "Bildung und Teilhabe (Lernförderung, Mittagessen)"
        applications.set_status(row.id, "zurückgezogen")
        for status in ApplicationStatus:
            if status != ApplicationStatus.WITHDRAWN:
                with pytest.raises(TransitionError, match="keiner"):
                    applications.set_status(row.id, status.value)


def test_application_refuses_parts_outside_but_and_decision_before_submission(
    world: dict[str, int],
) -> None:
    with clock.frozen(TODAY):
        base = applications.ApplicationData(
            family_case_id=world["case"],
            benefit="Wohngeld",
            authority_id=world["kasse"],
            education_parts=("Mittagessen",),
        )
        with pytest.raises(ValidationError, match="nur bei einem Antrag"):
            applications.create_application(base)
        base.education_parts = ()
        row = applications.create_application(base)
        with pytest.raises(ValidationError, match="vor dem Tag der Antragstellung"):
            applications.set_status(row.id, "abgelehnt", on=TODAY - dt.timedelta(days=1))


def test_deleting_a_case_takes_everything_it_holds_and_undo_brings_it_back(
    world: dict[str, int], db: Path
) -> None:
    with clock.frozen(TODAY):
        referrals.create_referral(_referral(world, follow_up_on=TODAY))
        applications.create_application(
            applications.ApplicationData(
                family_case_id=world["case"], benefit="Wohngeld", authority_id=world["kasse"]
            )
        )
        followups.add_follow_up(world["case"], TODAY, "Termin beim Jobcenter vorbereiten")
        cases.delete_case(world["case"])
        assert operations.undo_label() == "Löschen von Familie F-2026-0001"
        connection = raw_connect(db)
        for table in ("family_case", "referral", "application", "follow_up"):
            assert query(connection, f"SELECT COUNT(*) FROM {table}") == [(0,)]
        operations.undo()
        assert query(connection, "SELECT COUNT(*) FROM follow_up") == [(2,)]
        connection.close()
        row = cases.get_case(world["case"])
        assert (row.referral_count, row.application_count, row.open_follow_ups) == (1, 1, 2)


def test_no_column_of_the_lotsen_tables_can_hold_a_name(db: Path) -> None:
    tables = ("family_case", "family_case_release", "referral", "application", "follow_up")
    for table in tables:
        columns = {column.name for column in database.get_columns(table)}
        assert columns, table
        assert not {c for c in columns if "name" in c}, table
        assert not {c for c in columns if c in {"first", "last", "surname", "birth", "born"}}


def test_case_list_filters(world: dict[str, int]) -> None:
    with clock.frozen(TODAY):
        other = cases.create_case(cases.CaseData())
        referrals.create_referral(_referral(world, follow_up_on=TODAY))
        referrals.create_referral(
            _referral(world, family_case_id=other.id, concern="Wohngeld", status="vermittelt")
        )
        codes = lambda rows: [r.code for r in rows]  # noqa: E731
        assert codes(cases.list_cases(concern="debt")) == ["F-2026-0001"]
        assert codes(cases.list_cases(referral_status="arranged")) == ["F-2026-0002"]
        assert codes(cases.list_cases(open_follow_ups=True)) == ["F-2026-0001"]
        assert codes(cases.list_cases(partner_id=world["kasse"])) == []
        assert codes(cases.list_cases("caritas 0002")) == ["F-2026-0002"]
        assert all(row.open for row in cases.list_cases())


def test_a_stale_referral_save_is_refused_and_nothing_is_written(world: dict[str, int]) -> None:
    from aktif_desktop.errors import StaleRecordError

    with clock.frozen(TODAY):
        row = referrals.create_referral(_referral(world))
        first = _referral(world, note="Termin am Montag")
        referrals.update_referral(row.id, first, row.version)
        second = _referral(world, note="anderer Stand")
        with pytest.raises(StaleRecordError):
            referrals.update_referral(row.id, second, row.version)
        assert referrals.get_referral(row.id).note == "Termin am Montag"


def test_undo_of_a_request_removes_its_follow_up_and_restores_the_status(
    world: dict[str, int],
) -> None:
    with clock.frozen(TODAY):
        row = applications.create_application(
            applications.ApplicationData(
                family_case_id=world["case"], benefit="Wohngeld", authority_id=world["kasse"]
            )
        )
        applications.set_status(row.id, "Rückfrage", asked="Mietvertrag", due=TODAY)
        assert operations.undo_label() == "Status von Antrag für Familie F-2026-0001"
        operations.undo()
        assert applications.get_application(row.id).status == "submitted"
        assert followups.list_follow_ups(include_done=True) == []


def test_hostile_values_are_refused_in_german(world: dict[str, int]) -> None:
    with clock.frozen(TODAY):
        with pytest.raises(ValidationError, match="zu lang"):
            referrals.create_referral(_referral(world, note="x" * 200_000))
        with pytest.raises(ValidationError, match="Haushaltsgröße"):
            cases.create_case(cases.CaseData(household_size=-1))
        with pytest.raises(ValidationError, match="Altersgruppen"):
            cases.create_case(cases.CaseData(child_age_bands=("99 Jahre",)))
        with pytest.raises(Exception, match="nicht gefunden"):
            referrals.create_referral(_referral(world, organisation_id=9999))
        with pytest.raises(ValidationError, match="worum es bei der Wiedervorlage"):
            followups.add_follow_up(world["case"], TODAY, "   ")
        with pytest.raises(Exception, match="nicht gefunden"):
            followups.mark_done(4711)
