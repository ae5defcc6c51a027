"""`followthrough audit` over 100,000 posts beside better-profanity, using the audit engineer's bench."""

from __future__ import annotations

from bench.results import Row


def run(count: int = 100_000) -> Row:
    from better_profanity import profanity

    from bench.audit_speed import generate, timed
    from followthrough.audit import check_text

    posts = generate(count)
    check_text("warm up the lexicon and automaton")
    profanity.load_censor_words()
    ours = timed(check_text, posts)
    baseline = timed(profanity.contains_profanity, posts)
    return Row.ratio_row(f"audit of {count:,} posts", ours, baseline, "s",
                         "< 1 × better-profanity, and < 5 s",
                         lambda ratio: ratio < 1 and ours < 5)
