from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followthrough.domain.drafts import (
    DraftContext,
    call_note,
    linkedin_note,
    thank_you_email,
)
from followthrough.domain.text import shorten

JANE = DraftContext(
    person_name="Jane Doe",
    where="Chamber of Commerce mixer",
    why="she is building a data team; I know two candidates",
    need="senior data engineers",
    gives=("intro to Priya and Tom",),
    met_on=datetime(2026, 11, 24, 18, 0),
    my_name="Alex",
    emails=("jane@example.com",),
)


def test_the_linkedin_note_says_where_and_why():
    note = linkedin_note(JANE).body
    assert "Chamber of Commerce mixer" in note
    assert "building a data team" in note
    assert note.startswith("Hi Jane,")
    assert len(note) <= 200


def test_a_long_reason_is_trimmed_at_a_word_and_marked():
    long_why = "we talked about " + "distributed systems and data platforms " * 10
    note = linkedin_note(DraftContext(person_name="Jane Doe", where="PyCon", why=long_why)).body
    assert len(note) <= 200
    assert "PyCon" in note
    assert "…" in note
    cut = note.split("…")[0]
    assert long_why.startswith(cut.split("connect: ")[1])  # a whole prefix of words
    assert cut.split()[-1] in long_why.split()


def test_premium_accounts_get_300_characters():
    ctx = DraftContext(person_name="Jane Doe", where="PyCon", why="word " * 100)
    assert 200 < len(linkedin_note(ctx, limit=300).body) <= 300


@pytest.mark.parametrize("missing", ["where", "why"])
def test_the_note_warns_when_where_or_why_is_missing(missing):
    ctx = DraftContext(**{**JANE.__dict__, missing: ""})
    draft = linkedin_note(ctx)
    assert any(missing in w for w in draft.warnings)


def test_the_email_thanks_them_and_passes_along_what_they_need():
    draft = thank_you_email(JANE)
    assert draft.subject == "Great to meet you at Chamber of Commerce mixer"
    assert "Thank you" in draft.body
    assert "senior data engineers" in draft.body
    assert "intro to Priya and Tom" in draft.body
    assert draft.body.rstrip().endswith("Alex")


def test_the_call_note_carries_what_you_can_give():
    draft = call_note(JANE)
    assert "What you can give: intro to Priya and Tom" in draft.body
    assert "jane@example.com" in draft.body
    assert draft.warnings == ()


def test_the_call_note_warns_while_there_is_nothing_to_give():
    draft = call_note(DraftContext(person_name="Jane Doe", where="PyCon"))
    assert "nothing noted yet" in draft.body
    assert draft.warnings


@given(st.text(min_size=0, max_size=600), st.integers(min_value=0, max_value=400))
def test_shorten_never_exceeds_the_limit_nor_cuts_a_word(text, limit):
    out = shorten(text, limit)
    assert len(out) <= limit
    words = text.split()
    for word in out.rstrip("…").split():
        assert word in words or any(w.startswith(word) for w in words)
    if out.endswith("…"):
        kept = out[:-1].split()
        assert kept == words[: len(kept)] or kept[-1].rstrip(" ,;:.-—") in words[len(kept) - 1]


@given(st.text(max_size=300), st.text(max_size=300), st.text(max_size=100))
def test_the_linkedin_note_always_fits(where, why, name):
    note = linkedin_note(DraftContext(person_name=name, where=where, why=why)).body
    assert len(note) <= 200
