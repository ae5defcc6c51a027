import pytest

from followthrough.domain.kinds import InteractionKind
from followthrough.domain.playbook import (
    DEFAULT_PLAYBOOK,
    DEFAULT_PLAYBOOK_TOML,
    PlaybookError,
    parse_playbook,
)


def test_the_default_playbook_has_four_48_hour_steps_a_call_and_a_face_to_face():
    assert [(s.kind, str(s.after)) for s in DEFAULT_PLAYBOOK.steps] == [
        ("linkedin", "48h"), ("thank-you-email", "48h"), ("save-card", "48h"),
        ("schedule-call", "48h"), ("call", "30d"), ("face-to-face", "90d"),
    ]
    assert DEFAULT_PLAYBOOK.cadence_step.kind == "face-to-face"
    assert DEFAULT_PLAYBOOK.default_cadence_days == 90
    assert InteractionKind.LINKEDIN not in DEFAULT_PLAYBOOK.cadence_step.completed_by


def test_the_built_in_playbook_is_the_toml_that_playbook_edit_writes():
    assert parse_playbook(DEFAULT_PLAYBOOK_TOML) == DEFAULT_PLAYBOOK


def test_a_custom_playbook_is_read_from_toml():
    playbook = parse_playbook(
        '[[step]]\nkind = "coffee"\ntitle = "Coffee"\nafter = "14d"\n'
        'completed_by = ["face-to-face"]\ncadence = true\n'
    )
    assert playbook.default_cadence_days == 14


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("not toml [", "not valid TOML"),
        ("", "at least one [[step]]"),
        ('[[step]]\nkind = "x"\ntitle = "X"\nafter = "soon"\n', "step 1 (x): field 'after'"),
        ('[[step]]\nkind = "Bad Kind"\ntitle = "X"\nafter = "1d"\n', "step 1: field 'kind'"),
        ('[[step]]\nkind = "x"\ntitle = ""\nafter = "1d"\n', "field 'title'"),
        ('[[step]]\nkind = "x"\ntitle = "X"\nafter = "1d"\ncompleted_by = ["fax"]\n',
         "field 'completed_by'"),
        ('[[step]]\nkind = "x"\ntitle = "X"\nafter = "1d"\n[[step]]\nkind = "x"\ntitle = "Y"\n'
         'after = "2d"\n', "appears more than once"),
    ],
)
def test_a_broken_playbook_says_which_step_and_field(toml, message):
    with pytest.raises(PlaybookError, match=message.replace("[", r"\[").replace("(", r"\(")
                       .replace(")", r"\)")):
        parse_playbook(toml, source="playbook.toml")


def test_each_step_names_its_draft_and_which_meetings_start_it():
    by_kind = {s.kind: s for s in DEFAULT_PLAYBOOK.steps}
    assert {k: s.draft for k, s in by_kind.items()} == {
        "linkedin": "linkedin", "thank-you-email": "email", "save-card": "",
        "schedule-call": "call", "call": "call", "face-to-face": ""}
    assert [s.kind for s in DEFAULT_PLAYBOOK.started_by(first_meeting=False)] == [
        "thank-you-email"]
    assert DEFAULT_PLAYBOOK.started_by(first_meeting=True) == DEFAULT_PLAYBOOK.steps


def test_a_custom_step_may_name_a_draft_and_start_on_every_meeting():
    playbook = parse_playbook('[[step]]\nkind = "coffee"\ntitle = "Coffee"\nafter = "7d"\n'
                              'draft = "email"\nstarts = "every-meeting"\n')
    assert (playbook.steps[0].draft, playbook.steps[0].starts) == ("email", "every-meeting")
    plain = parse_playbook('[[step]]\nkind = "coffee"\ntitle = "Coffee"\nafter = "7d"\n')
    assert (plain.steps[0].draft, plain.steps[0].starts) == ("", "first-meeting")


def test_a_playbook_written_before_drafts_were_named_keeps_the_built_in_ones():
    old = parse_playbook('[[step]]\nkind = "linkedin"\ntitle = "Connect"\nafter = "24h"\n'
                         '[[step]]\nkind = "thank-you-email"\ntitle = "Thank"\nafter = "24h"\n')
    assert [(s.draft, s.starts) for s in old.steps] == [
        ("linkedin", "first-meeting"), ("email", "every-meeting")]


@pytest.mark.parametrize(("field", "message"), [
    ('draft = "fax"', "field 'draft' takes linkedin, email, call"),
    ('starts = "sometimes"', "field 'starts' takes first-meeting or every-meeting"),
])
def test_a_wrong_draft_or_start_says_which_step_and_field(field, message):
    with pytest.raises(PlaybookError, match=message):
        parse_playbook(f'[[step]]\nkind = "x"\ntitle = "X"\nafter = "1d"\n{field}\n',
                       source="playbook.toml")
