"""The one rule for text people type or import, and what a terminal may be shown."""

from __future__ import annotations

import pytest

from followthrough.domain.text import printable, text_problem


@pytest.mark.parametrize("value, problem", [
    ("Jane\nDoe", "must be one line (it contains a line break)"),
    ("Jane\rDoe", "must be one line (it contains a line break)"),
    ("Jane\u2028Doe", "must be one line (it contains a line break)"),
    ("Jane\tDoe", "contains a control character (U+0009)"),
    ("Jane\x00", "contains a NUL character"),
    ("Lone \ud800", "is not valid text: it holds half of a UTF-16 pair (U+D800)"),
    ("\x1b[2J", "contains a control character (U+001B)"),
    ("\x9b31m", "contains a control character (U+009B)"),
])
def test_a_one_line_field_refuses_line_breaks_and_control_characters(value, problem):
    assert text_problem(value, one_line=True) == problem


def test_notes_keep_tabs_and_line_breaks_but_nothing_else_that_is_not_text():
    assert text_problem("one\ttwo\r\nthree\n", one_line=False) is None
    assert text_problem("a\x1b]52;c;aGk=\x07", one_line=False) == "contains a control character (U+001B)"
    assert text_problem("a\x0bb", one_line=False) == "contains a control character (U+000B)"
    assert text_problem("Lone \udfff", one_line=False).startswith("is not valid text")


def test_ordinary_text_in_any_script_is_fine():
    for value in ["Jane O'Brien", "Zoë Ünal", "山田 太郎", "محمد", "🙂 emoji", "=1+1"]:
        assert text_problem(value, one_line=True) is None


def test_a_terminal_is_shown_no_control_characters():
    assert printable("Jane\x1b[2J\x1b]52;c;aGk=\x07 Doe\x9b31m") == "Jane[2J]52;c;aGk= Doe31m"
    assert printable("line one\n\tline two\rover") == "line one\n\tline twoover"
    assert printable("Lone \ud800") == "Lone \ufffd"
