"""`followthrough audit` over 100,000 posts beside better-profanity, using the audit engineer's bench.

better-profanity takes ~50 ms a post here (it expands every word's leetspeak variants), so
100,000 posts would take well over an hour: its time is measured on a sample and scaled per post.
"""

from __future__ import annotations

from bench.results import Row

SAMPLE = 500


def run(count: int = 100_000, sample: int = SAMPLE) -> Row:
    from better_profanity import profanity

    from bench.audit_speed import generate, timed
    from followthrough.audit import check_text

    posts = generate(count)
    check_text("warm up the lexicon and automaton")
    profanity.load_censor_words()
    ours = timed(check_text, posts)
    sampled = posts[:: max(1, count // sample)][:sample]
    baseline = timed(profanity.contains_profanity, sampled) * count / len(sampled)
    return Row(f"audit of {count:,} posts", f"{ours:.2f} s",
               f"{baseline:,.0f} s (better-profanity, {len(sampled)}-post sample scaled)",
               ours / baseline, "< 1 × better-profanity, and < 5 s",
               ours < baseline and ours < 5)
