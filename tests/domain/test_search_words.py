"""Search words: folded the same way whether stored or typed."""

from __future__ import annotations

from followthrough.domain.search_words import QUERY_WORDS_MAX, WORD_MAX, query_words, words_of


def test_names_are_folded_into_plain_lower_case_words():
    assert words_of(["José Müller-Lüdenscheidt", "ACME GmbH & Co."]) == {
        "jose", "muller", "ludenscheidt", "acme", "gmbh", "co"}
    assert words_of(["Søren Ærø", "Łukasz", ""]) == {"soren", "aero", "lukasz"}


def test_a_query_is_folded_like_the_names_it_looks_for():
    assert query_words("  JOSÉ  mül ") == ["jose", "mul"]
    assert query_words("jane jane") == ["jane"]
    assert query_words("--") == []


def test_very_long_words_and_queries_are_cut():
    assert words_of(["x" * 300]) == {"x" * WORD_MAX}
    assert len(query_words(" ".join(f"w{i}" for i in range(50)))) == QUERY_WORDS_MAX
