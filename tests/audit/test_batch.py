"""Many texts at once (an archive's posts): the same findings, in the same order, whether the
texts are checked here or by several processes side by side."""

from __future__ import annotations

import pytest

from followthrough.audit import batch, check_text
from followthrough.audit.batch import check_texts

POSTS = [
    "Great launch today, thanks team!",
    "so drunk at the office party lol",
    "My boss is a clueless idiot and payroll is late again",
    "text me on 07700 900461 after 6",
    "Smashed avocado on the brunch menu",
    "Leaked roadmap attached, don't tell anyone",
    "What a shit week.",
    "Our shop is open till 8pm, call us on 020 7946 0958",
]


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "PARALLEL_FROM", 10)


def test_several_processes_find_what_one_finds_in_the_same_order(small_batches: None) -> None:
    texts = [f"{post} ({n})" for n in range(6) for post in POSTS]
    assert check_texts(texts, workers=2) == [check_text(text) for text in texts]
    assert check_texts(texts, workers=1) == [check_text(text) for text in texts]


def test_the_user_s_lists_reach_every_process(small_batches: None) -> None:
    texts = [f"{post} Acme Corp" for post in POSTS] * 3
    checked = check_texts(texts, allow=["idiot"], deny=["acme corp"], workers=2)
    assert all("deny_list" in {f.category for f in findings} for findings in checked)
    assert not any("idiot" in f.words for findings in checked for f in findings)


def test_a_short_batch_is_checked_here() -> None:
    assert check_texts(POSTS, workers=4) == [check_text(text) for text in POSTS]
