"""Name suggestions: the memory-flat pass finds exactly the pairs the plain all-blocks pass finds."""

from __future__ import annotations

import random
from collections import defaultdict

from rapidfuzz import fuzz

from followthrough.domain.search_words import fold
from followthrough.services.merging import NAME_MATCH_SCORE, likely_duplicates

FIRST = ["Jane", "Jana", "Jan", "José", "Jose", "Ann", "Anne", "Bob", "Robert", "Søren", "Li", "X"]
LAST = ["Doe", "Dow", "Smith", "Smyth", "Müller", "Muller", "Lee", "Ng", "Okafor", "O'Neil", ""]


def plain_pass(new, known):  # type: ignore[no-untyped-def]
    """The earlier implementation: a block for every word, holding every name."""
    incoming = [(ref, fold(name)) for ref, name in new]
    wanted = {word for _, folded in incoming for word in folded.split()}
    blocks: dict[str, list[tuple[object, str]]] = defaultdict(list)
    for ref, name in known:
        folded = fold(name)
        for word in set(folded.split()) & wanted:
            blocks[word].append((ref, folded))
    pairs = []
    for ref, folded in incoming:
        words = [w for w in set(folded.split()) if len(w) > 1] or folded.split()
        if not words:
            continue
        candidates = min((blocks.get(w, []) for w in words), key=len)
        best = max(((other, int(fuzz.token_sort_ratio(folded, text))) for other, text in candidates
                    if other != ref), key=lambda pair: pair[1], default=None)
        if best and best[1] >= NAME_MATCH_SCORE:
            pairs.append((ref, best[0], best[1]))
        for word in set(folded.split()):
            blocks[word].append((ref, folded))
    return pairs


def names(rng: random.Random, count: int, start: int) -> list[tuple[object, str]]:
    return [(start + i, f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(['', '', 'Jr', str(i)])}")
            for i in range(count)]


def test_the_pairs_are_the_ones_every_block_would_give():
    rng = random.Random(7)
    for _ in range(20):
        known = names(rng, rng.randint(0, 300), 0)
        new = names(rng, rng.randint(1, 300), 10_000)
        expected = plain_pass(new, known)
        assert likely_duplicates(new, known) == expected
    assert expected  # the data does produce suggestions


def test_unique_names_are_compared_with_no_one():
    new = [(i, f"Ann{i} Lee{i}") for i in range(2_000)]
    assert likely_duplicates(new, []) == []
