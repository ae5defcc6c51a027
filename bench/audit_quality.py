"""Precision and recall of `followthrough audit`, per category, beside better-profanity.

Run: .venv/bin/python bench/audit_quality.py
         [tuning|heldout|archive|archive-tuning [WRITER ...]|next [WRITER ...]] [--misses] [--rules-only]

- tuning (default): bench/audit_eval.jsonl and bench/audit_tuning/*.jsonl, the posts the
  lexicons, patterns and the statistical layer were made and trained on. --misses lists
  every disagreement, to work from.
- heldout: bench/audit_heldout/*.jsonl, written by people who never saw the rules. Only the
  aggregate figures are printed, never the posts: reading its misses would spoil it.
- archive: the held-out archive files (bench/audit_heldout/archives) read by `audit archive`.
- archive-tuning: the tuning set's archive files (bench/audit_tuning_archives/*/, or those
  named), each folder read by `audit archive` as the held-out one is. The model is never
  trained on them; --misses lists every disagreement.
- next: each writer waiting in bench/audit_next/ (or those named: next CR CS), as totals only:
  right and wrong findings, missed ones, look-alikes flagged. Those posts wait unread for the
  next round to choose on, so no post is printed here either.
--rules-only leaves out the statistical layer, to see what it adds.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run from a checkout without installing: the repository root holds the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from followthrough.audit import CATEGORIES, check_text  # noqa: E402
from followthrough.audit.evaluation import (  # noqa: E402
    Scores,
    Tally,
    load_archive_labels,
    load_posts,
    score,
    score_archive,
)

BENCH = Path(__file__).resolve().parent
TUNING = (BENCH / "audit_eval.jsonl", BENCH / "audit_tuning")
HELDOUT = BENCH / "audit_heldout"
WAITING = BENCH / "audit_next"
ARCHIVE = HELDOUT / "archives"
TUNING_ARCHIVES = BENCH / "audit_tuning_archives"
SCORED = [key for key in CATEGORIES if key != "deny_list"]


def ours(text: str) -> set[str]:
    statistical = "--rules-only" not in sys.argv
    return {finding.category for finding in check_text(text, statistical=statistical)}


def baseline_checker():  # type: ignore[no-untyped-def]
    from better_profanity import profanity

    profanity.load_censor_words()

    def baseline(text: str) -> set[str]:
        # A plain keyword list cannot say which category: a hit counts as "risky" in every one.
        return set(SCORED) if profanity.contains_profanity(text) else set()

    return baseline


def heldout_scores() -> Scores:
    return score(load_posts(HELDOUT), ours, SCORED)


def archive_scores(first: Path, *more: Path) -> tuple[Scores, int]:
    """Scores over the labelled items of archive folders, and how many items the audit read."""
    from followthrough.audit import audit_archive

    found: dict[str, set[str]] = {}
    labelled = []
    read = 0
    for folder in (first, *more):
        report = audit_archive(folder)
        found |= {risky.item.text.strip(): {f.category for f in risky.findings}
                  for risky in report.risky}
        labelled += load_archive_labels(folder / "labels.jsonl")
        read += report.total_scanned
    return score_archive(found, labelled, SCORED), read


def row(name: str, tally: Tally, base: Tally | None = None) -> str:
    line = f"{name:<16} P {tally.precision:5.2f}  R {tally.recall:5.2f}"
    line += f"  (tp {tally.true_positive:3} fp {tally.false_positive:3} fn {tally.false_negative:3})"
    if base is not None:
        line += f"   baseline P {base.precision:5.2f}  R {base.recall:5.2f}"
    return line


def report(title: str, mine: Scores, theirs: Scores | None) -> None:
    print(title)
    print("\nPer category (baseline P counts every flagged post as that category):")
    for key in SCORED:
        print(row(key, mine.by_category[key], theirs.by_category[key] if theirs else None))
    print("\nOverall")
    print(row("category micro", mine.micro))
    print(row("risky post", mine.by_post, theirs.by_post if theirs else None))
    print(f"innocent posts flagged: {mine.innocent_flagged} of {mine.innocent}; "
          f"innocent look-alikes flagged: {mine.look_alikes_flagged} of {mine.look_alikes}")


def waiting(writers: list[str]) -> None:
    paths = [WAITING / f"{name}.jsonl" for name in writers] or sorted(WAITING.glob("*.jsonl"))
    each = [score(load_posts(path), ours, SCORED) for path in paths]
    for path, mine in zip(paths, each, strict=True):
        print(f"{path.stem:<6} right {mine.micro.true_positive:5}  wrong {mine.micro.false_positive:4}"
              f"  missed {mine.micro.false_negative:4}"
              f"  look-alikes flagged {mine.look_alikes_flagged:4} of {mine.look_alikes}")
    total = Tally(sum(s.micro.true_positive for s in each), sum(s.micro.false_positive for s in each),
                  sum(s.micro.false_negative for s in each))
    print(row("all", total) + f"  look-alikes flagged {sum(s.look_alikes_flagged for s in each)}"
          f" of {sum(s.look_alikes for s in each)}")


def main() -> None:
    words = [a for a in sys.argv[1:] if not a.startswith("-")]
    which = words[0] if words else "tuning"
    if "--misses" in sys.argv and which not in ("tuning", "archive-tuning"):
        raise SystemExit("--misses is for the tuning set only: the held-out set stays unread, "
                         "and so do the writers waiting in bench/audit_next")
    if which == "next":
        waiting(words[1:])
        return
    if which == "archive":
        mine, read = archive_scores(ARCHIVE)
        report(f"held-out archive files ({read} items read) from {ARCHIVE}", mine, None)
        return
    if which == "archive-tuning":
        folders = [TUNING_ARCHIVES / name for name in words[1:]] or sorted(
            path for path in TUNING_ARCHIVES.iterdir() if path.is_dir())
        mine, read = archive_scores(*folders)
        report(f"tuning archive files ({read} items read) from "
               f"{', '.join(folder.name for folder in folders)}", mine, None)
        print_misses(mine)
        return
    posts = load_posts(HELDOUT) if which == "heldout" else load_posts(*TUNING)
    mine = score(posts, ours, SCORED)
    theirs = score(posts, baseline_checker(), SCORED)
    risky = sum(1 for post in posts if post.labels)
    report(f"{which}: {len(posts)} posts ({risky} risky, {len(posts) - risky} innocent)",
           mine, theirs)
    print_misses(mine)


def print_misses(mine: Scores) -> None:
    if "--misses" in sys.argv:
        print("\nDisagreements (text | labelled | found):")
        for text, labels, found in mine.misses:
            print(f"  {text} | {sorted(labels)} | {sorted(found)}")


if __name__ == "__main__":
    main()
