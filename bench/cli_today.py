"""`followthrough today` on the personal data set, against bare `django.setup()`.

The two commands alternate, so both see the same load from whatever else the machine runs;
each keeps its best wall time. CPU time (user + system) is shown beside it: it moves far less
than wall time on a busy machine.

Both start from compiled bytecode, as an installed program does: pip compiled Django's when it
installed it, and the bench compiles ours first (with PYTHONDONTWRITEBYTECODE set, as on some
CI machines, every run would otherwise compile our modules again, ~10 ms).
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.results import Row

REPEAT = 9


@dataclass
class Best:
    wall: float = float("inf")
    cpu: float = float("inf")

    def run(self, args: list[str], env: dict[str, str]) -> None:
        start = time.perf_counter()
        child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode:
            raise RuntimeError(f"{' '.join(args)} exited with {child.returncode}")
        self.wall = min(self.wall, wall)
        self.cpu = min(self.cpu, usage.ru_utime + usage.ru_stime)


def run(env: dict[str, str]) -> list[Row]:
    today_args = [sys.executable, "-m", "followthrough", "today"]
    bare_args = [sys.executable, "-c", "import django; django.setup()"]
    bare_env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.minimal_settings",
                "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "followthrough", quiet=1)
    today, bare = Best(), Best()
    Best().run(today_args, env)  # warm the file cache and the database
    for _ in range(REPEAT):
        today.run(today_args, env)
        bare.run(bare_args, bare_env)
    ratio = today.wall / bare.wall
    return [Row("`followthrough today` wall time, personal",
                f"{today.wall:.3f} s (CPU {today.cpu:.3f} s, {today.cpu / bare.cpu:.2f}×)",
                f"{bare.wall:.3f} s (CPU {bare.cpu:.3f} s)", ratio,
                "≤ 1.5 × django.setup()", ratio <= 1.5)]
