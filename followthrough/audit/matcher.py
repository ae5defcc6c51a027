"""Find every lexicon term in a text in one linear pass (Aho-Corasick), on word boundaries.

Word boundaries are what keep "classic", "assessment" and "Scunthorpe" clean: a term only
counts when the characters on either side of it are not letters or digits.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import ahocorasick

from followthrough.audit.lexicon import Lexicon, load_lexicon
from followthrough.audit.normalise import Normaliser

# Same-length replacements, so offsets in the folded text are offsets in the original.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u02bc": "'"})


@dataclass(frozen=True)
class Ref:
    """Where a term comes from: an entry, or one side (0 or 1) of a pair."""

    kind: str  # "entry" or "pair"
    index: int
    side: int = 0


class Hit(NamedTuple):
    """A term at folded[start:end]. A named tuple: the matcher makes one for each term it
    finds, and a tuple is made several times faster than a frozen dataclass."""

    start: int
    end: int
    ref: Ref


def fold(text: str) -> str:
    """Lower-case with typographic quotes made plain, keeping every offset."""
    if text.isascii():  # no typographic quotes, and no letter that grows (a flag: no scan)
        return text.lower()
    lowered = text.translate(_FOLD).lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (e.g. "İ") grow when lower-cased; keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_FOLD))


def _is_word_char(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalnum()


class Matcher:
    def __init__(self, lexicon: Lexicon) -> None:
        terms: dict[str, list[Ref]] = {}
        for index, entry in enumerate(lexicon.entries):
            for term in entry.terms:
                terms.setdefault(term, []).append(Ref("entry", index))
        for index, pair in enumerate(lexicon.pairs):
            for side, words in enumerate((pair.first, pair.second)):
                for term in words:
                    terms.setdefault(term, []).append(Ref("pair", index, side))
        self.automaton = ahocorasick.Automaton()
        for term, refs in terms.items():
            # "fuck*" is a prefix; "f***" is a literal spelling.
            prefix = len(term) > 1 and term.endswith("*") and term[-2].isalnum()
            key = term[:-1] if prefix else term
            _, was_prefix, before = self.automaton.get(key, (0, False, ()))
            # The value carries the key's length: the automaton reports only where it ends.
            self.automaton.add_word(key, (len(key), prefix or was_prefix, before + tuple(refs)))
        self.automaton.make_automaton()

    def hits(self, folded: str) -> list[Hit]:
        found: list[Hit] = []
        length = len(folded)
        for last, (key_length, prefix, refs) in self.automaton.iter(folded):
            start = last + 1 - key_length
            end = last + 1
            # Most matches are inside a longer word ("ass" in "classic"): the word-boundary test
            # is written out here, as it runs for every one of them.
            if start > 0 and folded[start - 1].isalnum() and folded[start].isalnum():
                continue
            if end < length and folded[end].isalnum() and folded[last].isalnum():
                if not prefix:
                    continue
                while _is_word_char(folded, end):
                    end += 1
            for ref in refs:
                found.append(Hit(start, end, ref))
        return found


@lru_cache(maxsize=1)
def default_matcher() -> Matcher:
    return Matcher(load_lexicon())


# What a masked word ("f***", "r*tarded") may stand for, most likely first.
MASKED_CATEGORIES = ("profanity", "discrimination", "provocative", "alcohol_drugs")
_SUFFIXES = ("", "s", "ed", "er", "ers", "ing", "in", "y")


def single_words(lexicon: Lexicon, categories: tuple[str, ...] | None = None) -> list[str]:
    """Every one-word term of the lexicon (prefix terms with their common endings)."""
    words: list[str] = []
    entries = sorted(lexicon.entries, key=lambda e: MASKED_CATEGORIES.index(e.category)
                     if e.category in MASKED_CATEGORIES else len(MASKED_CATEGORIES))
    for entry in entries:
        if categories is not None and entry.category not in categories:
            continue
        for term in entry.terms:
            if term.endswith("*") and term[:-1].isalpha():
                words += [term[:-1] + suffix for suffix in _SUFFIXES]
            elif term.isalpha():
                words.append(term)
    for pair in lexicon.pairs:
        if categories is None or pair.category in categories:
            words += [t for t in pair.first + pair.second if t.isalpha()]
    return words


@lru_cache(maxsize=1)
def default_normaliser() -> Normaliser:
    from followthrough.audit.statistical import default_model

    lexicon = load_lexicon()
    known = single_words(lexicon) + list(default_model().words())
    return Normaliser(known, single_words(lexicon, MASKED_CATEGORIES))
