"""`followthrough audit` over 100,000 posts beside better-profanity, using the audit engineer's bench.

better-profanity takes ~50 ms a post here (it expands every word's leetspeak variants), so
100,000 posts would take well over an hour: its time is measured on a sample and scaled per post.
"""

from __future__ import annotations

from bench.results import Row

SAMPLE = 500


def run(count: int = 100_000, sample: int = SAMPLE) -> list[Row]:
    """The audit of `count` posts as an archive's are checked (check_texts, on every CPU this
    process may use), and the same one post at a time in one process, beside better-profanity."""
    from bench.audit_speed import generate, measure
    from followthrough.audit.batch import usable_cpus

    posts = generate(count)
    sampled = posts[:: max(1, count // sample)][:sample]
    batch, one_by_one, baseline = measure(posts, sampled)
    theirs = f"{baseline:,.0f} s (better-profanity, {len(sampled)}-post sample scaled)"
    target = "< 1 × better-profanity, and < 5 s"
    return [Row(f"audit of {count:,} posts ({usable_cpus()} CPUs, as an archive)", f"{batch:.2f} s",
                theirs, batch / baseline, target, batch < baseline and batch < 5),
            Row(f"audit of {count:,} posts (one process, post by post)", f"{one_by_one:.2f} s",
                theirs, one_by_one / baseline, target, one_by_one < baseline and one_by_one < 5)]


def quality_rows() -> list[Row]:
    """Held-out precision and recall per category (bench/audit_heldout/), against issue 16's
    targets, and the same for the held-out archive files read through `audit archive`."""
    from bench.audit_quality import (
        ARCHIVE,
        HELDOUT,
        SCORED,
        archive_scores,
        baseline_checker,
        heldout_scores,
    )
    from followthrough.audit.evaluation import load_posts, score

    mine = heldout_scores()
    # better-profanity takes ~50 ms a post: every 4th post is enough for its recall.
    theirs = score(load_posts(HELDOUT)[::4], baseline_checker(), SCORED)
    rows = [
        Row(f"audit held-out: {key}", f"P {tally.precision:.2f} R {tally.recall:.2f}",
            f"better-profanity R {theirs.by_category[key].recall:.2f} (every 4th post)",
            tally.recall / theirs.by_category[key].recall if theirs.by_category[key].recall else None,
            "R ≥ 0.75", tally.recall >= 0.75)
        for key, tally in mine.by_category.items()
    ]
    micro = mine.micro
    rows.append(Row("audit held-out: all categories", f"P {micro.precision:.2f} R {micro.recall:.2f}",
                    f"better-profanity P {theirs.by_post.precision:.2f} R {theirs.by_post.recall:.2f}"
                    " (risky or not)", None, "P ≥ 0.9 and R ≥ 0.85",
                    micro.precision >= 0.9 and micro.recall >= 0.85))
    rows.append(Row("audit held-out: innocent look-alikes flagged",
                    f"{mine.look_alikes_flagged} of {mine.look_alikes}", "—", None, "0",
                    mine.look_alikes_flagged == 0))
    archive, read = archive_scores(ARCHIVE)
    rows.append(Row(f"audit held-out archive files ({read} items, 4 platforms)",
                    f"P {archive.micro.precision:.2f} R {archive.micro.recall:.2f}", "—", None,
                    "P ≥ 0.9 and R ≥ 0.85",
                    archive.micro.precision >= 0.9 and archive.micro.recall >= 0.85))
    return rows
