from __future__ import annotations

from followthrough.audit import check_text


def test_it_ignores_negated_drinking() -> None:
    assert check_text("Never been drunk in my life.") == []
    assert check_text("I don't hate my job, I need a holiday.") == []


def test_negation_stops_at_the_end_of_a_clause() -> None:
    [finding] = check_text("Not tonight. Tonight I get drunk.")
    assert finding.words == ["drunk"]


def test_it_ignores_a_word_quoted_as_a_word() -> None:
    assert check_text('The word "wasted" is overused in reviews.') == []


def test_negation_does_not_excuse_profanity() -> None:
    assert [f.category for f in check_text("No fucking way.")] == ["profanity"]
