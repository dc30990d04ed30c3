"""Shared look: the few colours and style sheets several screens use."""

# Secondary text: hints, counts, empty states.
MUTED = "color: #5b6875;"
