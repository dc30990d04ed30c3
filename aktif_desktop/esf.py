"""The ESF Plus vocabulary: the optional gender of a contact and what the app does not collect.

Regulation (EU) 2021/1057, Annex I, splits participant counts by gender. A contact's gender is
optional (the empty code means "not recorded"); no other personal indicator data are asked for
(data minimisation), and the report lists the Annex I indicators it therefore cannot give.
Nothing here touches the database.
"""

from __future__ import annotations

from aktif_desktop.domain import LabelledEnum, register_labels


class Gender(LabelledEnum):
    """A contact's gender as she stated it; ``NOT_RECORDED`` ("") when nobody asked."""

    NOT_RECORDED = ""
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    NONE_GIVEN = "none_given"


register_labels(
    (
        (Gender.NOT_RECORDED, "nicht erfasst"),
        (Gender.FEMALE, "weiblich"),
        (Gender.MALE, "männlich"),
        (Gender.DIVERSE, "divers"),
        (Gender.NONE_GIVEN, "keine Angabe"),
    )
)

# The columns of a split by gender, in the order the report prints them ("nicht erfasst" last).
GENDER_COLUMNS: tuple[Gender, ...] = (
    Gender.FEMALE,
    Gender.MALE,
    Gender.DIVERSE,
    Gender.NONE_GIVEN,
    Gender.NOT_RECORDED,
)

# Annex I common indicators the app does not collect on purpose (data minimisation): the report
# names them so the programme officer knows they come from elsewhere or not at all.
NOT_COVERED: tuple[str, ...] = (
    "Alter der Teilnehmenden (unter 18, 18–29, 55 Jahre und älter)",
    "Erwerbsstatus (arbeitslos, langzeitarbeitslos, nicht erwerbstätig, erwerbstätig)",
    "Bildungsstand (ISCED 0–2, 3–4, 5–8)",
    "Teilnehmende mit Behinderungen",
    "Drittstaatsangehörige, Teilnehmende ausländischer Herkunft, Minderheiten",
    "Obdachlose oder von Ausgrenzung auf dem Wohnungsmarkt Betroffene",
    "Teilnehmende aus ländlichen Gebieten",
    "Ergebnisindikatoren nach der Teilnahme (Arbeitsuche, Bildung, Qualifikation, Beschäftigung)",
)
