"""`followthrough today` on the personal data set, against bare `django.setup()`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from bench.results import Row, command_seconds


def run(env: dict[str, str]) -> list[Row]:
    today = command_seconds([sys.executable, "-m", "followthrough", "today"], env)
    bare_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.minimal_settings",
                "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    bare = command_seconds(
        [sys.executable, "-c", "import django; django.setup()"], bare_env
    )
    return [Row.ratio_row("`followthrough today` wall time, personal", today, bare, "s",
                          "≤ 1.5 × django.setup()", lambda r: r <= 1.5)]
