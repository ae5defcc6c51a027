from __future__ import annotations

import pytest

from followthrough.audit import CATEGORIES, AuditError
from followthrough.audit.lexicon import load_lexicon, parse_lexicon_file


def test_every_category_has_a_lexicon_with_a_source_note() -> None:
    lexicon = load_lexicon()
    assert set(lexicon.categories) == set(CATEGORIES) - {"deny_list"}
    for rules in lexicon.categories.values():
        assert rules.source and rules.why and rules.suggestion


def test_every_entry_explains_itself() -> None:
    lexicon = load_lexicon()
    assert all(entry.why for entry in lexicon.entries)
    assert all(pair.why for pair in lexicon.pairs)


def test_a_broken_lexicon_names_the_file() -> None:
    with pytest.raises(AuditError, match="lexicon broken.toml: unknown category 'nope'"):
        parse_lexicon_file("broken.toml", '[category]\nkey = "nope"\n')


def test_words_near_a_term_must_be_single_words() -> None:
    text = '[category]\nkey = "profanity"\n[[entry]]\nterms = ["puto"]\ninnocent_near = ["rice cake"]\n'
    expected = "near.toml entry 0: innocent_near takes single words, not 'rice cake'"
    with pytest.raises(AuditError, match=expected):
        parse_lexicon_file("near.toml", text)


def test_a_term_belongs_to_one_entry_of_its_category() -> None:
    text = ('[category]\nkey = "provocative"\n[[entry]]\nterms = ["kinky"]\ninnocent_after = ["boots"]\n'
            '[[entry]]\nterms = ["thirst trap", "Kinky"]\n')
    with pytest.raises(AuditError, match="twice.toml entry 1: 'kinky' is already in entry 0"):
        parse_lexicon_file("twice.toml", text)
