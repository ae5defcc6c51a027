"""The *why* you wrote about someone, said to them: the LinkedIn note and the email speak to them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followthrough.domain.second_person import base_form, to_second_person


@pytest.mark.parametrize(("about", "to_them"), [
    # she / he / they + is, are, has, was
    ("she is building a data team; I know two candidates",
     "you are building a data team; I know two candidates"),
    ("he is hiring", "you are hiring"),
    ("they are moving to Berlin", "you are moving to Berlin"),
    ("she has a startup", "you have a startup"),
    ("he was at Google", "you were at Google"),
    ("they were looking for a CTO", "you were looking for a CTO"),
    ("She is new in town", "You are new in town"),
    ("SHE IS HIRING", "YOU ARE HIRING"),
    # negatives and contractions
    ("she isn't sure yet", "you aren't sure yet"),
    ("he doesn't know anyone here", "you don't know anyone here"),
    ("she wasn't at the talk", "you weren't at the talk"),
    ("she's based in Berlin", "you're based in Berlin"),
    ("she’s based in Berlin", "you're based in Berlin"),
    ("he's been hiring for months", "you've been hiring for months"),
    ("she's worked at three startups", "you've worked at three startups"),
    ("they're opening an office", "you're opening an office"),
    ("she'll be in London", "you'll be in London"),
    ("he'd like an intro", "you'd like an intro"),
    # other verbs lose their -s, past tenses and modals stay
    ("she runs a meetup", "you run a meetup"),
    ("she also runs a meetup", "you also run a meetup"),
    ("he teaches Python", "you teach Python"),
    ("she tries everything", "you try everything"),
    ("he goes to PyCon", "you go to PyCon"),
    ("she does ML", "you do ML"),
    ("she focuses on hiring", "you focus on hiring"),
    ("she needs a designer", "you need a designer"),
    ("she joined Acme last year", "you joined Acme last year"),
    ("she can help with intros", "you can help with intros"),
    ("she and her co-founder are hiring", "you and your co-founder are hiring"),
    # her / his / their: the possessive
    ("her team needs two engineers", "your team needs two engineers"),
    ("his startup is hiring", "your startup is hiring"),
    ("their new office opens in May", "your new office opens in May"),
    ("I liked her talk", "I liked your talk"),
    # her / him / them: the object
    ("I can introduce her to Priya", "I can introduce you to Priya"),
    ("I promised him an intro", "I promised you an intro"),
    ("I know two candidates for them", "I know two candidates for you"),
    ("we talked about her", "we talked about you"),
    ("I told her.", "I told you."),
    ("she asked me to call her back", "you asked me to call you back"),
    # hers / his alone, and the reflexive
    ("the idea was his.", "the idea was yours."),
    ("the best demo was hers", "the best demo was yours"),
    ("he built it himself", "you built it yourself"),
    # their name
    ("Jane is building a data team", "You are building a data team"),
    ("Jane Doe runs the data team", "You run the data team"),
    ("I liked Jane's talk", "I liked your talk"),
    ("I can introduce Jane to Priya", "I can introduce you to Priya"),
    # nothing to change
    ("great talk on data mesh; I know two candidates",
     "great talk on data mesh; I know two candidates"),
    ("", ""),
])
def test_a_why_about_them_is_said_to_them(about, to_them):
    rewrite = to_second_person(about, "Jane Doe")
    assert rewrite.text == to_them
    assert rewrite.warning == ""
    assert rewrite.changed is (about != to_them)


@pytest.mark.parametrize(("about", "because"), [
    ("she introduced me to him", "more than one other person"),
    ("he and his wife run a bakery; she bakes", "more than one other person"),
    ("she met them at PyCon", "more than one other person"),
    ("I am taller than she", "cannot tell what 'she'"),
    ("Jane, the CTO, is hiring", "cannot tell what 'Jane'"),
    ("she's organised two meetups", "'is' or 'has'"),
])
def test_where_the_rewrite_is_unsafe_the_text_stays_and_a_warning_says_why(about, because):
    rewrite = to_second_person(about, "Jane Doe")
    assert rewrite.text == about
    assert because in rewrite.warning
    assert rewrite.changed is False


@pytest.mark.parametrize(("verb", "base"), [
    ("is", "are"), ("has", "have"), ("was", "were"), ("builds", "build"), ("tries", "try"),
    ("watches", "watch"), ("fixes", "fix"), ("misses", "miss"), ("goes", "go"),
    ("uses", "use"), ("says", "say"), ("joined", "joined"), ("can", "can"), ("boss", "boss"),
])
def test_a_verb_after_you_loses_its_third_person_s(verb, base):
    assert base_form(verb) == base


def test_a_short_or_pronoun_like_first_name_is_not_taken_for_a_name():
    assert to_second_person("I told Al about it", "Al Smith").text == "I told you about it"
    assert to_second_person("J is hiring", "J Smith").text == "J is hiring"


@given(st.text(max_size=200), st.text(max_size=30))
def test_the_rewrite_never_fails_and_is_either_changed_or_warned_or_the_same(text, name):
    rewrite = to_second_person(text, name)
    if rewrite.warning:
        assert rewrite.text == text and not rewrite.changed
    if not rewrite.changed:
        assert rewrite.text == text
