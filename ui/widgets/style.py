"""Shared look: the few colours and style sheets several screens use."""

# Secondary text: hints, counts, empty states.
MUTED = "color: #5b6875;"


def grouped(value: int) -> str:
    """A count as Germans write it: 20.000, not 20000."""
    return f"{value:,}".replace(",", ".")
