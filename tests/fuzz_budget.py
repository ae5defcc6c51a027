"""How many examples the property tests try: their usual count, or more for the long fuzz.

`FOLLOWTHROUGH_FUZZ_EXAMPLES=5000 .venv/bin/pytest` raises every hypothesis test to at least
5,000 examples and the API fuzzer to 5,000 per operation (docs/testing.md). Unset, each test
keeps the count it names, and tests that name none get hypothesis' 100.
"""

from __future__ import annotations

import os

from hypothesis import settings

_RAW = os.environ.get("FOLLOWTHROUGH_FUZZ_EXAMPLES", "").strip()
if _RAW and not _RAW.isdigit():
    raise SystemExit(f"FOLLOWTHROUGH_FUZZ_EXAMPLES must be a whole number, not {_RAW!r}")
LONG_RUN = int(_RAW or 0)


def examples(usual: int) -> int:
    """A test's example count: its usual one, or the long run's when that is larger."""
    return max(usual, LONG_RUN)


settings.register_profile("followthrough", max_examples=examples(100))
settings.load_profile("followthrough")
