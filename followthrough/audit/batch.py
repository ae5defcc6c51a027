"""Check many texts at once: an archive's posts, on every CPU when there are enough of them.

Checking is pure (a text in, findings out), so a batch splits into chunks that separate
processes check side by side, and the findings come back in the texts' order. Processes are
forked, so each starts with the lexicons, the automaton and the model already loaded; where
forking is not the safe default (macOS, Windows) the batch is checked in this process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from itertools import chain

from followthrough.audit.check import check_text
from followthrough.audit.findings import Finding

# Below this many texts, starting the processes (about 0.1 s) costs more than it saves: 5,000
# posts take about 0.25 s in one process.
PARALLEL_FROM = 5_000
CHUNKS_PER_WORKER = 4  # so that a worker with easy posts does not wait for one with hard ones


def check_texts(
    texts: Sequence[str], allow: Iterable[str] = (), deny: Iterable[str] = (), region: str = "US",
    workers: int | None = None,
) -> list[list[Finding]]:
    """check_text's findings for each of `texts`, in order. `workers` defaults to the CPUs this
    process may use; 1 checks every text here."""
    allow, deny = tuple(allow), tuple(deny)
    workers = usable_cpus() if workers is None else workers
    if workers < 2 or len(texts) < PARALLEL_FROM or sys.platform != "linux":
        return [check_text(text, allow, deny, region) for text in texts]
    check_text("")  # load everything once, before forking, so no worker loads it again
    size = -(-len(texts) // (workers * CHUNKS_PER_WORKER))
    chunks = [texts[start : start + size] for start in range(0, len(texts), size)]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        checked = pool.map(partial(_check_chunk, allow=allow, deny=deny, region=region), chunks)
        return list(chain.from_iterable(checked))


def usable_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):  # the CPUs this process may run on (a container's share)
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _check_chunk(
    texts: Sequence[str], *, allow: tuple[str, ...], deny: tuple[str, ...], region: str
) -> list[list[Finding]]:
    return [check_text(text, allow, deny, region) for text in texts]
