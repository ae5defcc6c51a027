"""Precision and recall of a checker over a labelled set of posts (bench/audit_eval.jsonl).

Two views are scored:
- per category: a post counts for category C when it is labelled C; our checker is right
  when it reports C. Summed over categories this is the "micro" figure.
- per post: is the post risky at all? That is the only question a plain keyword list such
  as better-profanity can answer, so it is where the baseline is compared.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class LabelledPost:
    text: str
    labels: frozenset[str]


@dataclass
class Tally:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    def add(self, predicted: bool, actual: bool) -> None:
        self.true_positive += predicted and actual
        self.false_positive += predicted and not actual
        self.false_negative += actual and not predicted

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        relevant = self.true_positive + self.false_negative
        return self.true_positive / relevant if relevant else 1.0


@dataclass
class Scores:
    by_category: dict[str, Tally] = field(default_factory=dict)
    micro: Tally = field(default_factory=Tally)
    by_post: Tally = field(default_factory=Tally)
    misses: list[tuple[str, set[str], set[str]]] = field(default_factory=list)


def load_posts(path: Path) -> list[LabelledPost]:
    posts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            posts.append(LabelledPost(row["text"], frozenset(row["labels"])))
    return posts


def score(
    posts: Iterable[LabelledPost], categorise: Callable[[str], set[str]], categories: Iterable[str]
) -> Scores:
    """`categorise(text)` returns the categories a checker reports for one post."""
    scores = Scores(by_category={key: Tally() for key in categories})
    for post in posts:
        predicted = categorise(post.text)
        for key, tally in scores.by_category.items():
            tally.add(key in predicted, key in post.labels)
            scores.micro.add(key in predicted, key in post.labels)
        scores.by_post.add(bool(predicted), bool(post.labels))
        if predicted != post.labels:
            scores.misses.append((post.text, set(post.labels), predicted))
    return scores
