"""Precision and recall of a checker over a labelled set of posts.

The sets (bench/audit_eval.jsonl, bench/audit_tuning/, bench/audit_heldout/) are JSON lines:
`{"text": ..., "labels": [...], "voice": ..., "kind": ...}`; empty labels mean innocent.

Two views are scored:
- per category: a post counts for category C when it is labelled C; our checker is right
  when it reports C. Summed over categories this is the "micro" figure.
- per post: is the post risky at all? That is the only question a plain keyword list such
  as better-profanity can answer, so it is where the baseline is compared.
Innocent posts that raise anything are counted too, apart for the "look-alike" kinds.
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
    kind: str = ""
    voice: str = ""

    @property
    def is_look_alike(self) -> bool:
        return not self.labels and "look-alike" in self.kind


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
    innocent: int = 0
    innocent_flagged: int = 0
    look_alikes: int = 0
    look_alikes_flagged: int = 0
    # Left out of the repr: a failed assertion on a held-out score would print the posts.
    misses: list[tuple[str, set[str], set[str]]] = field(default_factory=list, repr=False)


def parse_posts(lines: Iterable[str], where: str = "") -> list[LabelledPost]:
    posts = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            posts.append(LabelledPost(row["text"], frozenset(row["labels"]),
                                      str(row.get("kind", "")), str(row.get("voice", ""))))
        except (ValueError, KeyError, TypeError) as error:
            raise ValueError(f"{where} line {number}: {error}") from None
    return posts


def load_posts(*paths: Path) -> list[LabelledPost]:
    """Every post in the given .jsonl files, or in the .jsonl files of the given folders."""
    posts: list[LabelledPost] = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            posts += parse_posts(file.read_text(encoding="utf-8").splitlines(), str(file))
    return posts


def score(
    posts: Iterable[LabelledPost], categorise: Callable[[str], set[str]], categories: Iterable[str]
) -> Scores:
    """`categorise(text)` returns the categories a checker reports for one post."""
    scores = Scores(by_category={key: Tally() for key in categories})
    for post in posts:
        add(scores, post, categorise(post.text))
    return scores


def add(scores: Scores, post: LabelledPost, predicted: set[str]) -> None:
    predicted = predicted & set(scores.by_category)
    for key, tally in scores.by_category.items():
        tally.add(key in predicted, key in post.labels)
        scores.micro.add(key in predicted, key in post.labels)
    scores.by_post.add(bool(predicted), bool(post.labels))
    if not post.labels:
        scores.innocent += 1
        scores.innocent_flagged += bool(predicted)
        scores.look_alikes += post.is_look_alike
        scores.look_alikes_flagged += post.is_look_alike and bool(predicted)
    if predicted != post.labels:
        scores.misses.append((post.text, set(post.labels), predicted))


def load_archive_labels(path: Path) -> list[tuple[str, LabelledPost]]:
    """labels.jsonl beside a labelled archive: `{"file", "text", "labels"}` per item, and
    `"kind"` where the writer said which innocent items are look-alikes."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            post = LabelledPost(row["text"], frozenset(row["labels"]), str(row.get("kind", "")))
            rows.append((row["file"], post))
    return rows


def score_archive(
    found: dict[str, set[str]], labelled: Iterable[tuple[str, LabelledPost]],
    categories: Iterable[str],
) -> Scores:
    """`found` maps each risky item's text (stripped) to the categories reported for it."""
    scores = Scores(by_category={key: Tally() for key in categories})
    for _file, post in labelled:
        add(scores, post, found.get(post.text.strip(), set()))
    return scores
