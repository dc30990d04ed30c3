"""The report's block "ESF Plus": participants split by gender as Regulation (EU) 2021/1057,
Annex I splits them, where the gender was recorded ("nicht erfasst" is its own column).

No other personal indicator data are collected (data minimisation); the report lists the
Annex I indicators it does not cover (:data:`aktif_desktop.esf.NOT_COVERED`).
"""

from __future__ import annotations

from aktif_desktop.esf import GENDER_COLUMNS, Gender
from aktif_desktop.services.report_common import Period, figure, rows, table
from aktif_desktop.services.report_model import Block, ChartKind
from aktif_desktop.services.report_participation import ATTENDED

KNOWN = {gender.value for gender in Gender}


def _code_suffix(gender: Gender) -> str:
    return gender.value or "not_recorded"


def esf_block(period: Period) -> Block:
    attendances: dict[str, int] = dict.fromkeys(KNOWN, 0)
    persons: dict[str, int] = dict.fromkeys(KNOWN, 0)
    for gender, number, people in rows(
        f"SELECT a.gender, count(*), count(DISTINCT a.contact_id) FROM ({ATTENDED}) a GROUP BY 1",
        (period.time_from, period.time_until),
    ):
        key = gender if gender in KNOWN else Gender.NOT_RECORDED.value  # a code of a later version
        attendances[key] += int(number)
        persons[key] += int(people)
    held = "eigenen, im Zeitraum durchgeführten Veranstaltungen"
    block = Block(code="esf", title="ESF Plus: Teilnehmende nach Geschlecht")
    for gender in GENDER_COLUMNS:
        block.figures.append(
            figure(
                f"esf_persons_{_code_suffix(gender)}",
                f"Erreichte Personen: {gender.label}",
                persons[gender.value],
                f"Verschiedene Personen mit Teilnahme an {held}, Geschlecht „{gender.label}“ "
                "(freiwillige Angabe bei der Ansprechperson).",
            )
        )
    block.tables = [
        table(
            "esf_by_gender",
            "Teilnehmende nach Geschlecht",
            ("Kennzahl", *(gender.label for gender in GENDER_COLUMNS)),
            [
                ("Erreichte Personen", *(persons[g.value] for g in GENDER_COLUMNS)),
                ("Teilnahmen", *(attendances[g.value] for g in GENDER_COLUMNS)),
            ],
            f"Personen und Teilnahmen an {held} nach dem Geschlecht, das bei der "
            "Ansprechperson eingetragen ist; „nicht erfasst“: ohne Angabe im Datensatz.",
            ChartKind.STACKED_BAR,
        )
    ]
    recorded = sum(persons.values()) - persons[Gender.NOT_RECORDED.value]
    if sum(persons.values()) and not recorded:
        block.note = (
            "Für keine erreichte Person ist ein Geschlecht erfasst. Es kann freiwillig bei der "
            "Ansprechperson eingetragen werden (Feld „Geschlecht (freiwillig)“)."
        )
    return block
