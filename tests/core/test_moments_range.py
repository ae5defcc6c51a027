"""One range of moments on every door: the command line, the pages and the API all refuse a
meeting in the year 1 (the command line took it, and `show`, drafts and the calendar export
then overflowed when the zone changed), and all take 1900 to 2200."""

from __future__ import annotations

import pytest

from followthrough.models import Interaction, Meeting


@pytest.mark.parametrize("when", ["0001-01-01 00:00", "1899-12-31 12:00", "9999-12-31 23:59"])
def test_the_command_line_refuses_a_moment_out_of_range(run, jane, when):
    met = run("met", "Old Timer", "--when", when)
    assert met.exit_code == 1 and "must be between the years 1900 and 2200" in met.output
    logged = run("log", "Jane", "--kind", "call", "--when", when)
    assert logged.exit_code == 1 and "must be between the years 1900 and 2200" in logged.output
    assert Meeting.objects.count() == 1 and not Interaction.objects.exists()


def test_the_command_line_takes_the_first_year_of_the_range(run, owner):
    assert run("met", "Early Bird", "--when", "1900-06-01 10:00").exit_code == 0
    assert "Early Bird" in run("show", "Early Bird").output
    assert run("export", "--format", "ics").exit_code == 0

