"""One row of the benchmark table: a figure, its same-run baseline, the ratio and the target."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    name: str
    measured: str
    baseline: str
    ratio: float | None
    target: str
    met: bool

    @classmethod
    def ratio_row(cls, name: str, value: float, base: float, unit: str, target: str,
                  ok: Callable[[float], bool]) -> Row:
        ratio = value / base if base else None
        return cls(name, f"{value:.3f} {unit}", f"{base:.3f} {unit}", ratio, target,
                   ratio is not None and ok(ratio))


def median_seconds(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def best_seconds(run: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of `repeat` runs: other work on the machine only ever adds time."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def command_seconds(args: list[str], env: dict[str, str], repeat: int = 9) -> float:
    def once() -> None:
        subprocess.run(args, env=env, check=True, capture_output=True)

    once()  # warm the file cache
    return best_seconds(once, repeat)
