from datetime import datetime

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from followthrough.domain.drafts import (
    DRAFT_KINDS,
    DRAFT_TITLES,
    NO_NAME,
    DraftContext,
    call_note,
    linkedin_note,
    thank_you_email,
    write_draft,
)
from followthrough.domain.text import shorten, shorten_at_clause

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


def test_a_long_reason_is_cut_where_a_clause_ends_never_inside_one():
    why = ("she runs engineering at a logistics company with offices on three continents; she "
           "is hiring for a data platform team and two senior engineers and a lead")
    draft = linkedin_note(DraftContext(person_name="Jane Doe", where="PyCon", why=why,
                                       my_name="Alex Example"))
    assert draft.body == ("Hi Jane, great to meet you at PyCon. I'd like to connect: you run "
                          "engineering at a logistics company with offices on three continents. "
                          "Alex Example")
    assert "continents and" not in draft.body and "…" not in draft.body
    assert any("cut at a clause" in w for w in draft.warnings)


def test_a_reason_without_a_clause_that_fits_is_left_out_with_a_warning_not_cut():
    why = "we talked about " + "distributed systems and data platforms " * 10
    draft = linkedin_note(DraftContext(person_name="Jane Doe", where="PyCon", why=why,
                                       my_name="Alex"))
    assert draft.body == "Hi Jane, great to meet you at PyCon. I'd like to stay in touch. Alex"
    assert any("does not fit" in w for w in draft.warnings)


def test_the_note_speaks_to_them():
    assert linkedin_note(JANE).body == (
        "Hi Jane, great to meet you at Chamber of Commerce mixer. I'd like to connect: you are "
        "building a data team; I know two candidates. Alex")


def test_a_why_that_cannot_be_said_to_them_safely_is_kept_with_a_warning():
    ctx = DraftContext(**{**JANE.__dict__, "why": "she introduced me to him"})
    draft = linkedin_note(ctx)
    assert "I'd like to connect: she introduced me to him." in draft.body
    assert any("more than one other person" in w for w in draft.warnings)


def test_the_email_speaks_to_them_too():
    ctx = DraftContext(**{**JANE.__dict__, "need": "engineers for her team",
                          "gives": ("send her the hiring guide",)})
    body = thank_you_email(ctx).body
    assert "I'd like to stay in touch: you are building a data team; I know two candidates." in body
    assert "You mentioned you are looking for engineers for your team." in body
    assert "I can help with that: send you the hiring guide." in body
    assert " she " not in body and " her " not in body


def test_the_call_note_is_yours_so_its_why_stays_as_you_wrote_it():
    assert "Why: she is building a data team" in call_note(JANE).body


@pytest.mark.parametrize("write", [linkedin_note, thank_you_email, call_note])
def test_every_draft_says_when_your_name_is_not_set(write):
    unsigned = write(DraftContext(**{**JANE.__dict__, "my_name": ""}))
    assert NO_NAME in unsigned.warnings
    assert NO_NAME not in write(JANE).warnings


def test_a_draft_is_chosen_by_its_name_and_an_unknown_name_is_an_error():
    assert write_draft("linkedin", JANE) == linkedin_note(JANE)
    assert write_draft("email", JANE) == thank_you_email(JANE)
    assert set(DRAFT_TITLES) == set(DRAFT_KINDS) == {"linkedin", "email", "call"}
    with pytest.raises(ValueError, match="no draft called 'fax'"):
        write_draft("fax", JANE)


def test_premium_accounts_get_300_characters():
    ctx = DraftContext(person_name="Jane Doe", where="PyCon", why="a long reason, " * 20)
    assert len(linkedin_note(ctx).body) <= 200
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


CLAUSE_TEXT = st.lists(
    st.tuples(st.text(alphabet="abcdefg xyz", min_size=1, max_size=40),
              st.sampled_from([". ", "; ", ", ", " — ", ": ", " and ", " ", "! "])),
    max_size=12,
).map(lambda parts: "".join(a + b for a, b in parts))


@given(st.one_of(CLAUSE_TEXT, st.text(max_size=400)), st.integers(min_value=0, max_value=300))
@example(text="a . a. ", limit=2)  # a stop after a space: cut there, " . a." was left
def test_shortening_at_a_clause_keeps_a_whole_start_that_fits(text, limit):
    out = shorten_at_clause(text, limit)
    whole = " ".join(text.split())
    assert len(out) <= limit
    assert whole.startswith(out)
    if out and out != whole:
        # what follows the kept start is where a sentence or clause ends, never a word
        rest = whole[len(out):]
        assert rest[0] in ".!?;:,—–- "
        assert rest.lstrip(".!?;:,—–- ") == "" or rest[0] != " " or rest[1] in "—–-"


@given(st.one_of(CLAUSE_TEXT, st.text(max_size=300)), st.sampled_from([200, 300]),
       st.text(alphabet="abcdefghij ", min_size=1, max_size=30).filter(str.strip))
def test_the_note_fits_and_keeps_the_signature_and_never_ends_a_reason_inside_a_clause(
        why, limit, me):
    note = linkedin_note(DraftContext(person_name="Jane Doe", where="PyCon", why=why,
                                      my_name=me), limit).body
    assert len(note) <= limit
    assert note.endswith(" " + " ".join(me.split()).strip()) or note.endswith(me.strip())
    assert "…" not in note or "…" in why  # cut at a clause, never with an added ellipsis
    if "connect: " in note:
        reason = note.split("connect: ", 1)[1].rsplit(".", 1)[0]
        spoken = " ".join(why.split())
        assert not reason.endswith((" and", " or", " but")) or spoken.endswith(reason[-4:])
