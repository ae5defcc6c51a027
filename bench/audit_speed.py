"""Time the audit of 100,000 generated posts beside better-profanity's contains_profanity: as an
archive's posts are checked (check_texts, on every CPU this process may use), and one post at a
time in one process (check_text).

Run: .venv/bin/python bench/audit_speed.py [count] [--full-baseline]

better-profanity needs about 50 ms per post here (it builds every leetspeak variant of each
word), so 100,000 posts would take well over an hour. By default the baseline is timed on
every 100th of the same posts and scaled to the whole set; --full-baseline times all of them.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path
from typing import Any

# Run from a checkout without installing: the repository root holds the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from better_profanity import profanity  # noqa: E402

from followthrough.audit import check_text  # noqa: E402
from followthrough.audit.batch import check_texts, usable_cpus  # noqa: E402

WORDS = (
    "the a team meeting coffee project launch today great thanks love new week office client "
    "report data design code review Lisbon Marta conference talk sprint shipped learned happy "
    "weekend run book dinner friends photo skyline classic assessment bar exam shot"
).split()
SPICE = ["so drunk", "holy shit", "my boss is an idiot", "call 415-555-0142", "not public yet",
         "I'll kill you", "jane@example.com", "weed", "no homo", "1428 Elm Street"]


def generate(count: int, seed: int = 6) -> list[str]:
    """Posts of 8-40 words; about one in ten carries something risky."""
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        words = rng.choices(WORDS, k=rng.randint(8, 40))
        if rng.random() < 0.1:
            words.insert(rng.randrange(len(words)), rng.choice(SPICE))
        posts.append(" ".join(words).capitalize() + ".")
    return posts


def timed(function, items: list[Any]) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for item in items:
        function(item)
    return time.perf_counter() - start


def measure(posts: list[str], sample: list[str]) -> tuple[float, float, float]:
    """Seconds for check_texts over `posts` (every CPU), for check_text one post at a time, and
    for better-profanity, timed on `sample` (some of the same posts) and scaled to all of them."""
    check_text("warm up the lexicon and automaton")
    profanity.load_censor_words()
    batch = timed(check_texts, [posts])  # one call with every post
    one_by_one = timed(check_text, posts)
    baseline = timed(profanity.contains_profanity, sample) * len(posts) / len(sample)
    return batch, one_by_one, baseline


def main() -> None:
    numbers = [arg for arg in sys.argv[1:] if arg.isdigit()]
    count = int(numbers[0]) if numbers else 100_000
    step = 1 if "--full-baseline" in sys.argv else 100
    posts = generate(count)
    sample = posts[::step]
    batch, ours, baseline = measure(posts, sample)
    how = "measured" if step == 1 else f"measured on {len(sample)} of them, scaled"
    print(f"{count} posts, {sum(map(len, posts)) / 1e6:.1f} M characters")
    print(f"followthrough check_texts ({usable_cpus()} CPUs): {batch:8.2f} s (measured)")
    print(f"followthrough check_text, one by one: {ours:8.2f} s (measured)")
    print(f"better-profanity contains_profanity:  {baseline:8.2f} s ({how})")
    for name, seconds in (("check_texts", batch), ("check_text", ours)):
        print(f"{name}: ratio to baseline {seconds / baseline:6.3f}"
              f" -> {'faster' if seconds < baseline else 'SLOWER'} than baseline;"
              f" target under 5 s: {'met' if seconds < 5 else 'MISSED'}")


if __name__ == "__main__":
    main()
