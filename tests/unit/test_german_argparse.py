"""Bad command lines are refused in German (argparse's own messages are English)."""

from __future__ import annotations

import importlib

import pytest

from aktif_desktop.cli import COMMAND_MODULES
from aktif_desktop.cli.german_argparse import GermanArgumentParser, german_message


def parser() -> GermanArgumentParser:
    """The real command line, built on the German parser (as ``cli.build_parser`` would)."""
    root = GermanArgumentParser(prog="aktif-desktop")
    subparsers = root.add_subparsers(dest="command", metavar="BEFEHL")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return root


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["person-report", "--contact", "abc"], "--contact: „abc“ ist keine ganze Zahl."),
        (["person-report"], "Es fehlt eine Angabe: --contact."),
        (["retention"], "Es fehlt eine Angabe: AKTION."),
        (["retention", "run", "--mode", "shred"], "„shred“ ist keine gültige Auswahl."),
        (
            ["person-report", "--contact", "1", "--json", "--xlsx", "a.xlsx"],
            "nicht zusammen mit --json möglich",
        ),
        (["list", "contacts", "--bogus"], "Unbekannte Angabe: --bogus."),
        (["retention", "list", "--months"], "--months: hier fehlt der Wert."),
    ],
)
def test_bad_command_lines_are_refused_in_german(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        parser().parse_args(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert expected in err
    assert err.startswith("Aufruf: ")
    assert "error" not in err and "usage" not in err


def test_help_is_german(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["retention", "--help"])
    out = capsys.readouterr().out
    assert "Aufruf: " in out and "Optionen" in out and "diese Hilfe zeigen und beenden" in out
    assert "show this help" not in out


def test_unknown_messages_pass_through() -> None:
    assert german_message("something new") == "something new"
