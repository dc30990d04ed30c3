"""A second program for the two-program tests: opens the database and writes cases and
referrals as fast as it can, printing each new case code (run by test_casework_two_programs)."""

from __future__ import annotations

import sys
from pathlib import Path

from aktif_desktop.services import cases, referrals
from aktif_desktop.storage.db import close_database, open_database


def main(path: Path, count: int, partner_id: int) -> None:
    open_database(path)
    try:
        for _ in range(count):
            case = cases.create_case(cases.CaseData(household_size=3, children=1))
            referrals.create_referral(
                referrals.ReferralData(
                    family_case_id=case.id, organisation_id=partner_id, concern="Schulden"
                )
            )
            print(case.code, flush=True)
    finally:
        close_database()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
