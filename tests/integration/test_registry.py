"""The registry of record kinds: a kind declared only in a test module is audited, in the
person report, moved by merges, blocks or cascades deletes as its foreign keys say, kept by
the deletion run while it needs its person, and listed by ``aktif-desktop list``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from aktif_desktop import registry
from aktif_desktop.cli import main
from aktif_desktop.errors import ReferencedError
from aktif_desktop.services import (
    audit,
    contacts,
    merge,
    offers,
    organisations,
    person_report,
    retention,
)
from aktif_desktop.storage.audit_triggers import audit_triggers_sql
from aktif_desktop.storage.db import is_server
from aktif_desktop.storage.models import database
from aktif_desktop.storage.pg_schema import pg_audit_triggers_sql
from tests.integration.home_visit_kind import HOME_VISITS, HomeVisit
from tests.integration.test_audit import trigger_names

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def home_visits(db: Path) -> Iterator[Path]:
    """The test kind's table and triggers in the database (as its migration step would add
    them) and its declaration in the registry."""
    HomeVisit.create_table()
    make = pg_audit_triggers_sql if is_server() else audit_triggers_sql
    for sql in make(HOME_VISITS.table):
        database.execute_sql(sql)
    registry.register(HOME_VISITS)
    yield db
    registry.unregister(HOME_VISITS.table)


def _person(last: str, organisation_id: int | None = None) -> int:
    data = contacts.ContactData(last_name=last, first_name="Jörg", organisation_id=organisation_id)
    return contacts.create_contact(data).id


def _partner(name: str) -> int:
    return organisations.create_organisation(organisations.OrganisationData(name=name)).id


def _visit(contact_id: int, **values: object) -> int:
    return int(HomeVisit.create(contact=contact_id, visited_on=DAY, **values).id)


def test_every_audited_kind_has_its_triggers(home_visits: Path) -> None:
    triggers = trigger_names()
    audited = [kind.table for kind in registry.kinds() if kind.audited]
    assert "home_visit" in audited and "contact" in audited
    for table in audited:
        for action in ("create", "update", "delete"):
            assert f"audit_{table}_{action}" in triggers, (table, action)


@pytest.mark.sqlite_only  # migration 3 is SQLite's; the server's baseline has its own
def test_the_helper_writes_the_triggers_migration_3_wrote(db: Path) -> None:
    stored = {
        name: sql
        for name, sql in database.execute_sql(
            "SELECT name, sql FROM sqlite_master WHERE type='trigger'"
        )
    }
    for statement in audit_triggers_sql("contact") + audit_triggers_sql("setting", key="key"):
        name = statement.split('"')[1]
        assert stored[name] == statement


def test_a_new_kind_is_audited_under_its_german_name(home_visits: Path) -> None:
    audit.register_session_user("anna.koordination")
    visit = _visit(_person("Schäfer"), note="erster Besuch")
    HomeVisit.update(note="zweiter Besuch").where(HomeVisit.id == visit).execute()
    HomeVisit.delete().where(HomeVisit.id == visit).execute()
    entries = [r for r in audit.list_audit() if r.table_name == "home_visit"][::-1]
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert {e.row_id for e in entries} == {visit}
    assert {e.table_label for e in entries} == {"Hausbesuch"}
    assert {e.user.split(" (")[0] for e in entries} == {"anna.koordination"}


def test_a_new_kind_is_a_section_of_the_person_report(home_visits: Path) -> None:
    person = _person("Schäfer")
    visit = _visit(person, note="Gespräch zur Kita")
    _visit(_person("Özdemir"), note="jemand anderes")
    report = person_report.build_report(person)
    section = report.section("home_visit")
    assert section is not None and section.label == "Hausbesuch"
    assert [row["id"] for row in section.rows] == [visit]
    assert section.rows[0]["note"] == "Gespräch zur Kita"
    assert "visited_on" in section.columns
    assert "home_visit" not in person_report.NOT_PERSONAL


def test_merging_contacts_moves_the_new_kind(home_visits: Path) -> None:
    keep, drop = _person("Schäfer"), _person("Schaefer")
    visits = [_visit(drop), _visit(drop), _visit(keep)]
    merge.merge_contacts(keep, drop)
    assert {v.contact_id for v in HomeVisit.select()} == {keep}
    assert sorted(v.id for v in HomeVisit.select()) == sorted(visits)


def test_merging_organisations_moves_the_new_kind(home_visits: Path) -> None:
    keep, drop = _partner("Caritas Lindenau"), _partner("Caritas Lindenau e. V.")
    visit = _visit(_person("Schäfer"), organisation=drop)
    merge.merge_organisations(keep, drop)
    assert HomeVisit.get_by_id(visit).organisation_id == keep


def test_a_restricting_reference_blocks_the_delete_with_its_german_name(
    home_visits: Path,
) -> None:
    person = _person("Schäfer")
    _visit(person)
    _visit(person)
    with pytest.raises(ReferencedError) as refused:
        contacts.delete_contact(person)
    assert "2 Hausbesuche" in refused.value.message
    assert contacts.get_contact(person).last_name == "Schäfer"


def test_a_cascading_reference_goes_with_the_deleted_record(home_visits: Path) -> None:
    partner = _partner("Jugendamt Lindenau")
    visit = _visit(_person("Schäfer"), organisation=partner)
    assert organisations.organisation_references(partner) == []  # a cascade does not block
    organisations.delete_organisation(partner)
    assert HomeVisit.get_or_none(HomeVisit.id == visit) is None
    deleted = [r for r in audit.list_audit() if r.table_name == "home_visit"]
    assert [r.action for r in deleted] == ["delete", "create"]


def test_a_clearing_reference_is_emptied_and_recorded(home_visits: Path) -> None:
    partner = _partner("Jugendamt Lindenau")
    offer = offers.create_service(offers.ServiceData(organisation_id=partner, name="Beratung"))
    visit = _visit(_person("Schäfer"), service=offer.id)
    offers.delete_service(offer.id)
    assert HomeVisit.get_by_id(visit).service_id is None
    actions = [r.action for r in audit.list_audit() if r.table_name == "home_visit"]
    assert actions == ["update", "create"]


def test_the_deletion_run_keeps_a_person_the_new_kind_still_needs(home_visits: Path) -> None:
    kept, gone = _person("Schäfer"), _person("Özdemir")
    _visit(kept)
    later = dt.date.today() + dt.timedelta(days=3 * 366)
    plan = retention.find_expired(months=24, today=later)
    assert {c.id for c in plan.contacts} >= {kept, gone}
    result = retention.run_retention(plan, confirmed=True, today=later)
    assert result.skipped >= 1
    assert contacts.get_contact(kept).last_name == "Schäfer"
    with pytest.raises(Exception, match="nicht gefunden"):
        contacts.get_contact(gone)


def test_the_new_kind_is_listed_by_the_command_line(
    home_visits: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person = _person("Schäfer")
    first = _visit(person, note="Kita-Platz")
    _visit(person, note="Wohnung")
    assert main(["--db", str(home_visits), "list", "home-visits", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in rows] == [first, first + 1]
    assert rows[0] == {
        "id": first,
        "visited_on": "02.03.2026",
        "contact_id": person,
        "note": "Kita-Platz",
    }
    assert main(["--db", str(home_visits), "list", "home-visits", "--search", "kita"]) == 0
    table = capsys.readouterr().out
    assert "Datum" in table and "Kita-Platz" in table and "Wohnung" not in table


def test_without_its_declaration_the_kind_is_unknown_to_the_command_line(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "home-visits" not in registry.list_views()
    with pytest.raises(SystemExit):
        main(["--db", str(db), "list", "home-visits"])
    assert "home-visits" in capsys.readouterr().err
