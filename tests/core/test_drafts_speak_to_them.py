"""The drafts `met` and `draft` print are addressed to the person, so they speak to them."""

import json
from dataclasses import replace

from click.testing import CliRunner

from tests.core.helpers import JANE


def test_met_prints_a_note_that_speaks_to_them(run):
    result = run(*JANE)
    assert result.exit_code == 0, result.output
    assert "you are building a data team; I know two candidates" in result.output
    assert "she is building" not in result.output.split("30-day call note")[0]


def test_draft_linkedin_and_email_speak_to_them_the_call_note_stays_yours(run, jane):
    note = run("draft", "linkedin", "Jane").output
    assert note.startswith("Hi Jane, great to meet you at Chamber of Commerce mixer. I'd like "
                           "to connect: you are building a data team; I know two candidates.")
    assert note.rstrip().endswith("Alex Example")
    email = run("draft", "email", "Jane").output
    assert "I'd like to stay in touch: you are building a data team" in email
    assert "Why: she is building a data team" in run("draft", "call", "Jane").output


def test_a_why_that_cannot_be_said_to_them_is_kept_and_the_cli_warns(run):
    run("met", "Sam Lee", "--at", "PyCon", "--why", "she introduced me to him")
    result = run("draft", "linkedin", "Sam")
    assert "I'd like to connect: she introduced me to him." in result.output
    assert "Warning:" in result.output and "more than one other person" in result.output


def test_a_later_meeting_without_a_why_uses_the_earlier_one_instead_of_warning(run, jane, clock):
    clock.shift(86400 * 10)
    result = run("met", "Jane Doe", "--email", "jane@example.com", "--at", "Data meetup",
                 "--json")
    linkedin = next(d for d in json.loads(result.output)["drafts"] if d["kind"] == "linkedin")
    assert "great to meet you at Data meetup" in linkedin["body"]
    assert "you are building a data team" in linkedin["body"]
    assert not any("no *why*" in w for w in linkedin["warnings"])


def test_without_your_name_met_says_so_in_one_warning_line(cli_app, clock):
    from followthrough.cli import cli

    unsigned = replace(cli_app, prefs=replace(cli_app.prefs, my_name=""))
    result = CliRunner(env={"COLUMNS": "200"}).invoke(cli, JANE, obj=unsigned)
    assert result.exit_code == 0, result.output
    assert result.output.count("your name is not set") == 1
    assert "under [me] in config.toml" in result.output
    draft = CliRunner().invoke(cli, ["draft", "email", "Jane"], obj=unsigned)
    assert "your name is not set" in draft.output


def test_the_why_help_asks_for_words_that_suit_the_note(run):
    assert "as you would say it to them" in run("met", "--help").output
