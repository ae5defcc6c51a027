import pytest

from followthrough.models import Interaction, Meeting, Person, Step


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["met", "  "], "name: must not be empty"),
        (["met", "Jane", "--when", "tomorrow 9am"], "is in the future"),
        (["met", "Jane", "--when", "when pigs fly"], "cannot read 'when pigs fly' as a time"),
        (["met", "Jane", "--email", "not-an-email"], "email: 'not-an-email' is not a valid email"),
        (["met", "Jane", "--phone", "12"], "phone: '12' is not a valid phone number"),
        (["met", "Jane", "--linkedin", "https://example.com/jane"], "is not a LinkedIn profile"),
        (["met", "Jane", "--why", "x" * 10_000], "why: is 10,000 characters long; the limit is"),
        (["met", "Jane\x00"], "NUL"),
    ],
)
def test_bad_input_to_met_gets_one_clear_line_and_writes_nothing(run, args, message):
    result = run(*args)
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output
    assert Person.objects.count() == Meeting.objects.count() == Step.objects.count() == 0


def test_a_10000_character_note_is_refused(run, jane):
    result = run("log", "Jane", "--kind", "call", "--note", "n" * 10_000)
    assert result.exit_code == 1
    assert "note: is 10,000 characters long; the limit is 5,000" in result.output
    assert Interaction.objects.count() == 0
    assert Step.objects.filter(state="done").count() == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "Nobody"], "no one matches 'Nobody'"),
        (["done", "999"], "there is no step 999"),
        (["skip", "999", "--reason", "x"], "there is no step 999"),
        (["log", "Nobody", "--kind", "call"], "no one matches"),
        (["offer", "Nobody", "intro"], "no one matches"),
        (["draft", "email", "Nobody"], "no one matches"),
        (["cadence", "Jane", "soon"], "'soon' is not a number of days or 'off'"),
        (["cadence", "Jane", "0"], "cadence: must be between 1 and 3650"),
    ],
)
def test_unknown_people_and_steps_are_named_clearly(run, jane, args, message):
    result = run(*args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_step_already_done_says_so(run, jane):
    step = str(jane["steps"][0]["id"])
    assert run("done", step).exit_code == 0
    result = run("done", step)
    assert result.exit_code == 1
    assert f"step {step} (Send a LinkedIn connection request" in result.output
    assert "was already done on 2026-03-04" in result.output


def test_an_ambiguous_name_lists_the_candidates_and_changes_nothing(run, jane):
    run("met", "Jane Roe", "--at", "Gym")
    result = run("log", "Jane", "--kind", "call")
    assert result.exit_code == 1
    assert "'Jane' matches 2 people" in result.output
    assert "Jane Doe" in result.output and "Jane Roe" in result.output
    assert Interaction.objects.count() == 0


def test_skip_needs_a_reason(run, jane):
    result = run("skip", str(jane["steps"][0]["id"]), "--reason", " ")
    assert result.exit_code == 1
    assert "reason: must not be empty" in result.output


@pytest.mark.parametrize(("args", "message"), [
    (["met", "Jane\r\nBcc: everyone@example.com"], "name: must be one line"),
    (["met", "Jane", "--company", "Acme\nInc"], "company: must be one line"),
    (["met", "Jane", "--at", "Bar\rfoo"], "where: must be one line"),
    (["met", "Jane\x1b[2J"], "name: contains a control character (U+001B)"),
])
def test_line_breaks_and_control_characters_in_one_line_fields_are_refused(run, args, message):
    result = run(*args)
    assert result.exit_code == 1 and message in result.output
    assert Person.objects.count() == 0


def test_notes_keep_their_line_breaks(run, jane):
    assert run("log", "Jane", "--kind", "call", "--note", "one\ntwo").exit_code == 0
    assert Interaction.objects.get().note == "one\ntwo"

