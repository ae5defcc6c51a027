"""Text from outside (imported names, notes, a CardDAV server) never drives the terminal: every
command prints it without C0/C1 control characters, so an escape sequence in a name cannot
recolour or clear the screen or write the clipboard (OSC 52). Rows written before imports
refused such names, or by a sync, are made here directly."""

from __future__ import annotations

import json

import pytest
from django.utils import timezone

from followthrough.models import ContactPoint, Meeting, Person

CLEAR_SCREEN = "\x1b[2J\x1b[H"
CLIPBOARD = "\x1b]52;c;ZWNobyBwd25lZA==\x07"
C1_CSI = "\x9b31m"
HOSTILE_NAME = f"Mallory{CLEAR_SCREEN}{CLIPBOARD} Evil{C1_CSI}"
CONTROL = [chr(c) for c in [*range(0, 9), *range(11, 32), *range(0x7f, 0xa0)]]


@pytest.fixture
def mallory(owner, clock):  # type: ignore[no-untyped-def]
    now = timezone.now()
    person = Person.objects.create(owner=owner, full_name=HOSTILE_NAME,
                                   organisation=f"Acme{CLEAR_SCREEN}", notes=f"line{CLIPBOARD}")
    ContactPoint.objects.create(owner=owner, person=person, kind="email",
                                value="mallory@example.com", key="mallory@example.com")
    Meeting.objects.create(owner=owner, person=person, at=now, where=f"Bar{C1_CSI}",
                           why=f"why{CLEAR_SCREEN}")
    return person


def assert_plain(text: str) -> None:
    assert not [c for c in text if c in CONTROL], repr(text)


@pytest.mark.parametrize("command", [
    ("people",), ("show", "Mallory"), ("draft", "email", "Mallory"), ("today",),
    ("people", "--search", f"Mallory{CLEAR_SCREEN}"), ("show", f"nobody{CLIPBOARD}"),
])
def test_commands_print_no_control_characters_from_the_data(run, mallory, command):
    result = run(*command)
    assert_plain(result.output)
    if command == ("people",):
        assert "Mallory[2J[H]52;c;ZWNobyBwd25lZA== Evil31m" in result.output


def test_json_output_escapes_control_characters_as_json_does(run, mallory):
    output = run("people", "--json").output
    assert_plain(output.replace("\n", ""))
    assert json.loads(output)[0]["name"] == HOSTILE_NAME


def test_a_question_about_them_shows_no_control_characters(run, mallory):
    result = run("delete", "Mallory", input="n\n")
    assert "Delete Mallory" in result.output
    assert_plain(result.output.replace("\n", ""))
