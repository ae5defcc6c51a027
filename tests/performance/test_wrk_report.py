"""The benchmark reads wrk's report right: throughput, p99, and every kind of error."""

from __future__ import annotations

from bench.results import Row
from bench.servers import parse_wrk

REPORT = """Running 10s test @ http://127.0.0.1:8000/
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     7.21ms    2.10ms  41.00ms   81.00%
  Latency Distribution
     50%    6.90ms
     75%    8.10ms
     90%    9.60ms
     99%   14.52ms
  22041 requests in 10.01s, 61.2MB read
  Socket errors: connect 0, read 2, write 0, timeout 3
  Non-2xx or 3xx responses: 4
Requests/sec:   2202.37
Transfer/sec:      6.11MB
"""


def test_it_reads_throughput_p99_and_counts_socket_errors_and_bad_answers_as_errors() -> None:
    load = parse_wrk(REPORT)
    assert load.requests_per_second == 2202.37
    assert load.p99_ms == 14.52
    assert load.requests == 22041
    assert load.errors == 9
    assert load.timeouts == 3
    assert load.describe() == "2,202 req/s, p99 15 ms, 9 errors (3 timed out after 2 s)"


def test_a_p99_in_seconds_is_read_as_milliseconds() -> None:
    assert parse_wrk(REPORT.replace("14.52ms", "1.93s")).p99_ms == 1930.0


def test_a_ratio_row_is_met_only_when_the_ratio_meets_the_target() -> None:
    fast = Row.ratio_row("cli", 0.6, 0.5, "s", "≤ 1.5", lambda r: r <= 1.5)
    slow = Row.ratio_row("cli", 0.9, 0.5, "s", "≤ 1.5", lambda r: r <= 1.5)
    assert (fast.met, round(fast.ratio or 0, 2)) == (True, 1.2)
    assert (slow.met, round(slow.ratio or 0, 2)) == (False, 1.8)
