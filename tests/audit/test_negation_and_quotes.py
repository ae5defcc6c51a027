from __future__ import annotations

from followthrough.audit import check_text


def test_it_ignores_negated_drinking() -> None:
    assert check_text("Never been drunk in my life.") == []
    # The rules read negation. The model reads words: since round 9's lower bad-mouthing
    # threshold it rates this post 69% likely ("hate my", "job"). Dropping a model finding whose
    # signals are all negated lost 11 right findings on the tuning set and cleared no wrong one.
    assert check_text("I don't hate my job, I need a holiday.", statistical=False) == []


def test_negation_stops_at_the_end_of_a_clause() -> None:
    [finding] = check_text("Not tonight. Tonight I get drunk.")
    assert finding.words == ["drunk"]


def test_it_ignores_a_word_quoted_as_a_word() -> None:
    assert check_text('The word "wasted" is overused in reviews.') == []


def test_negation_does_not_excuse_profanity() -> None:
    assert [f.category for f in check_text("No fucking way.")] == ["profanity"]


def test_a_deed_reported_as_news_law_or_teaching_is_not_a_confession() -> None:
    assert check_text("Police caught the gang importing cocaine through the port. Good work.") == []
    assert check_text("Seminar today on binge drinking among teenagers, and what schools can do.") == []
    assert check_text("Historians still argue about it: five were hanged and then beheaded.") == []


def test_the_writer_in_the_sentence_makes_it_a_confession_whatever_the_frame() -> None:
    [finding] = check_text("Saw the news about the raid. I buy my cocaine from that lot.")
    assert finding.category == "alcohol_drugs"
    found = check_text("The court fined me because I was drunk behind the wheel.")
    assert {f.category for f in found} == {"alcohol_drugs", "violence"}


def test_a_pair_of_words_inside_quotation_marks_is_someone_elses_words() -> None:
    assert check_text('"No DSS" adverts are unlawful discrimination. Change it today.') == []
    assert check_text('My gran remembers the "no blacks, no dogs, no irish" signs.') == []
    [finding] = check_text("Renting room in Peterborough. No Romanians, no gypsies pls", statistical=False)
    assert finding.category == "discrimination"
