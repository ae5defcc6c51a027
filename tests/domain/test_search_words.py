"""Search words: what a user types, folded as the databases fold the names it looks for."""

from __future__ import annotations

from followthrough.domain.search_words import QUERY_WORDS_MAX, WORD_MAX, query_words


def test_a_query_is_folded_into_plain_lower_case_words():
    assert query_words("  JOSÉ  mül ") == ["jose", "mul"]
    assert query_words("Søren Ærø Łukasz-Œ") == ["soren", "aero", "lukasz", "oe"]
    assert query_words("ACME GmbH & Co.") == ["acme", "gmbh", "co"]
    assert query_words("jane jane") == ["jane"]
    assert query_words("--") == []


def test_very_long_words_and_queries_are_cut():
    assert query_words("x" * 300) == ["x" * WORD_MAX]
    assert len(query_words(" ".join(f"w{i}" for i in range(50)))) == QUERY_WORDS_MAX
