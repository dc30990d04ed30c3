"""An ``argparse.ArgumentParser`` that refuses bad command lines in German.

argparse's own messages ("error: argument --contact: invalid int value: 'abc'", "usage:",
"show this help message and exit") are English and Python ships no German catalogue for
them. This parser translates them without touching argparse globally (pytest and other
programs in the same process keep theirs). Subparsers inherit the class.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

TYPE_NAMES = {"int": "keine ganze Zahl", "float": "keine Zahl", "Path": "kein gültiger Pfad"}
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^argument (?P<arg>\S+): (?P<rest>.*)$", re.S), "{arg}: {rest}"),
    (
        re.compile(r"^invalid (?P<type>\w+) value: '(?P<value>.*)'$", re.S),
        "„{value}“ ist {type_name}. Bitte korrigieren Sie die Angabe.",
    ),
    (
        re.compile(r"^invalid choice: '(?P<value>.*)' \(choose from (?P<choices>.*)\)$", re.S),
        "„{value}“ ist keine gültige Auswahl. Möglich sind: {choices}.",
    ),
    (
        re.compile(r"^the following arguments are required: (?P<names>.*)$", re.S),
        "Es fehlt eine Angabe: {names}. Hilfe mit --help.",
    ),
    (
        re.compile(r"^one of the arguments (?P<names>.*) is required$", re.S),
        "Eine dieser Angaben ist nötig: {names}.",
    ),
    (
        re.compile(r"^unrecognized arguments: (?P<names>.*)$", re.S),
        "Unbekannte Angabe: {names}. Hilfe mit --help.",
    ),
    (
        re.compile(r"^not allowed with argument (?P<other>.*)$", re.S),
        "nicht zusammen mit {other} möglich; bitte nur eine der beiden Angaben machen.",
    ),
    (re.compile(r"^expected one argument$"), "hier fehlt der Wert."),
    (re.compile(r"^expected at least one argument$"), "hier fehlt mindestens ein Wert."),
    (
        re.compile(r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.*)$", re.S),
        "{option} ist nicht eindeutig (möglich: {matches}).",
    ),
]


def german_message(message: str) -> str:
    """Translate one argparse error message (unknown ones pass through unchanged)."""
    for pattern, template in _PATTERNS:
        match = pattern.match(message)
        if match is None:
            continue
        values = match.groupdict()
        if "rest" in values:
            values["rest"] = german_message(values["rest"])
        if "choices" in values:
            values["choices"] = values["choices"].replace("'", "")
        if "type" in values:
            values["type_name"] = TYPE_NAMES.get(values["type"], "kein gültiger Wert")
        return template.format(**values)
    return message


class GermanHelpFormatter(argparse.HelpFormatter):
    """Writes "Aufruf:" instead of "usage:"."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix if prefix is not None else "Aufruf: ")


class GermanArgumentParser(argparse.ArgumentParser):
    """``ArgumentParser`` with German section titles, help option and error messages."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        add_help = kwargs.pop("add_help", True)
        kwargs.setdefault("formatter_class", GermanHelpFormatter)
        kwargs["add_help"] = False  # our own -h with a German help text follows
        super().__init__(*args, **kwargs)
        self._positionals.title = "Argumente"
        self._optionals.title = "Optionen"
        if add_help:
            self.add_argument("-h", "--help", action="help", help="diese Hilfe zeigen und beenden")

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: Fehler: {german_message(message)}\n")
