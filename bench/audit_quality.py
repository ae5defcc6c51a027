"""Precision and recall of `followthrough audit` on bench/audit_eval.jsonl, beside better-profanity.

Run: .venv/bin/python bench/audit_quality.py [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run from a checkout without installing: the repository root holds the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from better_profanity import profanity  # noqa: E402

from followthrough.audit import CATEGORIES, check_text  # noqa: E402
from followthrough.audit.evaluation import Tally, load_posts, score  # noqa: E402

EVAL_SET = Path(__file__).with_name("audit_eval.jsonl")
SCORED = [key for key in CATEGORIES if key != "deny_list"]


def ours(text: str) -> set[str]:
    return {finding.category for finding in check_text(text)}


def baseline(text: str) -> set[str]:
    # A plain keyword list cannot say which category: a hit counts as "risky" in every one.
    return set(SCORED) if profanity.contains_profanity(text) else set()


def row(name: str, tally: Tally, base: Tally | None = None) -> str:
    line = f"{name:<16} P {tally.precision:5.2f}  R {tally.recall:5.2f}"
    line += f"  (tp {tally.true_positive:3} fp {tally.false_positive:3} fn {tally.false_negative:3})"
    if base is not None:
        line += f"   baseline P {base.precision:5.2f}  R {base.recall:5.2f}"
    return line


def main() -> None:
    profanity.load_censor_words()
    posts = load_posts(EVAL_SET)
    mine = score(posts, ours, SCORED)
    theirs = score(posts, baseline, SCORED)
    risky = sum(1 for post in posts if post.labels)
    print(f"{len(posts)} posts ({risky} risky, {len(posts) - risky} innocent) from {EVAL_SET.name}")
    print("\nPer category (baseline P counts every flagged post as that category):")
    for key in SCORED:
        print(row(key, mine.by_category[key], theirs.by_category[key]))
    print("\nOverall")
    print(row("category micro", mine.micro))
    print(row("risky post", mine.by_post, theirs.by_post))
    if "--misses" in sys.argv:
        print("\nDisagreements (text | labelled | found):")
        for text, labels, found in mine.misses:
            print(f"  {text} | {sorted(labels)} | {sorted(found)}")


if __name__ == "__main__":
    main()
