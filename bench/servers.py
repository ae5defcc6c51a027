"""Serving an app under gunicorn on a free port, and loading it with wrk."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WRK_THREADS = 2
WRK_CONNECTIONS = 16
WRK_MISSING = "wrk is not installed: `sudo apt-get install wrk` (Debian/Ubuntu) or `brew install wrk`"


class Unavailable(RuntimeError):
    """A tool a row needs is missing; the row is printed with this reason instead of a figure."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def gunicorn(app: str, env: dict[str, str], workers: int = 2) -> Iterator[str]:
    """`app` served like `followthrough serve` does (N workers x 4 threads); yields its base URL.

    Each worker takes at most its share of wrk's connections. Otherwise one worker now and then
    accepted all 16 before the other woke, and served them at a quarter of the pair's
    throughput: the empty view measured 2,300 req/s in one 2-second run of four, 9,000 in the
    others, and the ratio with it.
    """
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", app, "--bind", f"127.0.0.1:{port}",
               "--workers", str(workers), "--threads", "4", "--log-level", "warning",
               "--worker-connections", str(-(-WRK_CONNECTIONS // workers))]
    server = subprocess.Popen(command, env={**env, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, server)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)


def _wait_until_up(base: str, server: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {server.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            urllib.request.urlopen(base + "/", timeout=2)  # noqa: S310 - our own local server
            return
        except urllib.error.HTTPError:
            return  # it answers (a redirect to sign in is an answer)
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer on {base} within {timeout:.0f} s")


@dataclass(frozen=True)
class Load:
    requests_per_second: float
    p99_ms: float
    requests: int
    errors: int
    timeouts: int = 0

    def describe(self) -> str:
        errors = f"{self.errors} errors"
        if self.timeouts:
            errors += f" ({self.timeouts} timed out after 2 s)"
        return f"{self.requests_per_second:,.0f} req/s, p99 {self.p99_ms:.0f} ms, {errors}"


def wrk(url: str, *, seconds: int, connections: int = WRK_CONNECTIONS, cookie: str = "",
        script: Path | None = None) -> Load:
    """Load `url`; with `script`, a wrk Lua script chooses each request's path instead."""
    if shutil.which("wrk") is None:
        raise Unavailable(WRK_MISSING)
    # wrk's own default timeout, spelled out: a request slower than 2 s counts as an error.
    command = ["wrk", "--latency", "-t", str(WRK_THREADS), "-c", str(connections), "-d", f"{seconds}s",
               "--timeout", "2s", url]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    if script is not None:
        command += ["-s", str(script)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return parse_wrk(output)


def rotating_paths_script(paths: list[str], folder: Path, *, part: int = 0, parts: int = 1) -> Path:
    """A wrk script asking for each path in turn, so no two nearby requests are the same.

    wrk runs the script once per thread, so each thread starts on a share of its own; `part` of
    `parts` picks the share of the list this run's threads use (a run in slices uses a new
    share for each slice), so no path is asked twice.
    """
    quoted = ",\n".join(f'  "{path}"' for path in paths)
    script = folder / f"paths-{part}.lua"
    share = len(paths) // (parts * WRK_THREADS)
    script.write_text(
        f"local paths = {{\n{quoted}\n}}\n"
        "local threads = 0\n"
        "function setup(thread)\n"
        "  thread:set('id', threads)\n"
        "  threads = threads + 1\n"
        "end\n"
        "function init(args)\n"
        f"  i = ({part} * {WRK_THREADS} + id) * {share}\n"
        "end\n"
        "request = function()\n"
        "  i = i + 1\n"
        "  return wrk.format(nil, paths[(i % #paths) + 1])\n"
        "end\n")
    return script


def parse_wrk(output: str) -> Load:
    """The figures of wrk's --latency report; non-2xx/3xx answers and socket errors count as errors."""
    rps = float(_find(r"Requests/sec:\s+([\d.]+)", output))
    p99 = _milliseconds(_find(r"99%\s+([\d.]+\w+)", output))
    requests = int(_find(r"(\d+) requests in", output))
    errors = int(_find(r"Non-2xx or 3xx responses:\s+(\d+)", output, "0"))
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
                              output)
    timeouts = 0
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
        timeouts = int(socket_errors.group(4))
    return Load(rps, p99, requests, errors, timeouts)


def _find(pattern: str, text: str, default: str | None = None) -> str:
    match = re.search(pattern, text)
    if match:
        return match.group(1)
    if default is None:
        raise RuntimeError(f"unexpected wrk output (no {pattern!r}):\n{text}")
    return default


def _milliseconds(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(\w+)", value).groups()  # type: ignore[union-attr]
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}[unit]
