"""The evaluation set must keep meeting the issue's targets; a regression fails here."""

from __future__ import annotations

from pathlib import Path

from followthrough.audit import CATEGORIES, check_text
from followthrough.audit.evaluation import load_posts, score

EVAL_SET = Path(__file__).parents[2] / "bench" / "audit_eval.jsonl"
SCORED = [key for key in CATEGORIES if key != "deny_list"]


def test_the_evaluation_set_is_large_and_covers_every_category() -> None:
    posts = load_posts(EVAL_SET)
    assert len(posts) >= 400
    for key in SCORED:
        assert sum(key in post.labels for post in posts) >= 20, key
    assert sum(not post.labels for post in posts) >= 150


def test_it_meets_the_precision_and_recall_targets() -> None:
    scores = score(load_posts(EVAL_SET), lambda t: {f.category for f in check_text(t)}, SCORED)
    assert scores.micro.precision >= 0.9
    assert scores.micro.recall >= 0.85
    assert scores.by_post.precision >= 0.9
    assert scores.by_post.recall >= 0.85
