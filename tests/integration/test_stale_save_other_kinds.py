"""Issue 12 item 3 for the other editable records: an offer, an agreement or a supply gap saved
over a change another program made meanwhile is refused in German (who, when), and nothing of
the stale save is written; a save that follows the fresh version goes through."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from aktif_desktop.errors import StaleRecordError
from aktif_desktop.services import conferences, events, offers, organisations
from aktif_desktop.services.conferences import AgreementData, SupplyGapData
from aktif_desktop.services.events import EventData
from aktif_desktop.services.offers import ServiceData
from aktif_desktop.services.organisations import OrganisationData

CHILD = """
import dataclasses, sys
from aktif_desktop.services import conferences, offers
from aktif_desktop.services.audit import register_session_user
from aktif_desktop.storage.db import open_database
open_database(sys.argv[1])
register_session_user("kollegin")
kind, record_id = sys.argv[2], int(sys.argv[3])
if kind == "offer":
    row = offers.list_services(ids=[record_id])[0]
    data = offers.ServiceData(organisation_id=row.organisation_id, name=row.name,
        description="vom Kollegen", target_group=row.target_group, contact_id=row.contact_id,
        legal_areas=row.legal_areas)
    offers.update_service(record_id, data, row.version)
elif kind == "agreement":
    row = conferences.list_agreements(ids=[record_id])[0]
    data = conferences.AgreementData(who=row.who, what=row.what, due=row.due, status="done",
        note="erledigt laut Kollegin")
    conferences.update_agreement(record_id, data, row.version)
else:
    row = conferences.list_supply_gaps(ids=[record_id])[0]
    data = conferences.SupplyGapData(title=row.title, description="vom Kollegen",
        status=row.status, legal_areas=row.legal_areas)
    conferences.update_supply_gap(record_id, data, row.version)
"""


def _records() -> dict[str, Any]:
    org = organisations.create_organisation(OrganisationData(name="Familienkasse"))
    offer = offers.create_service(ServiceData(organisation_id=org.id, name="KiZ-Beratung"))
    start = dt.datetime(2026, 5, 4, 9)
    event = events.create_event(
        EventData(kind="structure_conference", title="Strukturkonferenz", start=start, end=start)
    )
    agreement = conferences.create_agreement(
        event.id, AgreementData(who="Jugendamt", what="Infoblatt", status="open")
    )
    gap = conferences.create_supply_gap(
        event.id, SupplyGapData(title="Keine Kita-Plätze", status="open")
    )
    return {"offer": offer, "agreement": agreement, "supply_gap": gap}


def _save(kind: str, row: Any, version: int) -> Any:
    if kind == "offer":
        data = ServiceData(
            organisation_id=row.organisation_id,
            name=row.name,
            target_group="Alleinerziehende",
        )
        return offers.update_service(row.id, data, version)
    if kind == "agreement":
        data = AgreementData(who=row.who, what="Infoblatt in leichter Sprache", status="open")
        return conferences.update_agreement(row.id, data, version)
    gap = SupplyGapData(title="Keine Kita-Plätze am Nachmittag", status="open")
    return conferences.update_supply_gap(row.id, gap, version)


@pytest.mark.parametrize("kind", ["offer", "agreement", "supply_gap"])
def test_a_stale_save_is_refused_and_writes_nothing(db: Path, kind: str) -> None:
    loaded = _records()[kind]
    subprocess.run([sys.executable, "-c", CHILD, str(db), kind, str(loaded.id)], check=True)
    with pytest.raises(StaleRecordError) as refused:
        _save(kind, loaded, loaded.version)
    assert "wurde inzwischen" in refused.value.message
    assert "von kollegin" in refused.value.message
    fresh = refused.value.current_version
    saved = _save(kind, loaded, fresh)  # the user reloaded: her save builds on the new state
    assert saved.version == fresh + 1


def test_an_own_save_after_a_save_needs_no_reload(db: Path) -> None:
    row = _records()["agreement"]
    first = _save("agreement", row, row.version)
    second = _save("agreement", first, first.version)
    assert second.version == row.version + 2
    assert second.what == "Infoblatt in leichter Sprache"
