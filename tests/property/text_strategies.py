"""Hypothesis strategies for the text users paste: every Unicode character plus the nasty ones."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import strategies as st

# What real pasted data carries: vertical tabs from Word tables, NUL and escape bytes, lone
# surrogates from broken UTF-16, combining marks (decomposed umlauts), spreadsheet formula
# starters, non-characters, emoji and CJK the PDF font lacks, bidi overrides, line breaks.
NASTY = [
    "\x0b",
    "\x00",
    "\x1b",
    "\x7f",
    "\x85",
    "\ud800",
    "\udfff",
    "\ufffe",
    "\uffff",
    "\u0308",
    "\u00ad",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\r",
    "\n",
    "\t",
    " ",
    "=",
    "+",
    "-",
    "@",
    "'",
    '"',
    ";",
    ",",
    "<",
    ">",
    "&",
    "%",
    "{",
    "}",
    "ä",
    "ß",
    "Ä",
    "😀",
    "🦄",
    "中",
    "ﷺ",
    "ǅ",
]
FORMULAS = [
    '=HYPERLINK("http://x";"klick")',
    '=HYPERLINK("http://x")',
    "+1",
    "-2",
    "@SUM(1)",
    "=1+1",
    "\t=1",
    "\r=1",
    "=cmd|' /C calc'!A0",
]

chars = st.one_of(st.characters(codec=None), st.sampled_from(NASTY))
nasty_text = st.one_of(
    st.text(chars, max_size=40),
    st.sampled_from(FORMULAS),
    st.builds(lambda a, b: a + b, st.sampled_from(FORMULAS), st.text(chars, max_size=10)),
)
# A name that survives cleaning (so the record is accepted) but is still full of surprises.
nasty_name = st.builds(
    lambda core, rest: core + rest, st.sampled_from(["Müller", "=A1", "李", "Ø"]), nasty_text
)

FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def assert_storable(value: str, *, user_text: bool = True) -> None:
    """The text is free of characters no xlsx/XML file or UTF-8 store accepts, and text the
    user reads is NFC (internal comparison keys are folded to NFKD on purpose)."""
    assert not FORBIDDEN.search(value), repr(value)
    if user_text:
        assert unicodedata.is_normalized("NFC", value), repr(value)
