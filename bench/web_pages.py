"""The Today and People pages under gunicorn + wrk, against the signed-in baseline: an empty view
behind the same settings and middleware, signed in (bench/signed_in_site.py), served the same way."""

from __future__ import annotations

import random
import statistics
import tempfile
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from bench.datasets import FIRST, LAST
from bench.results import Row
from bench.servers import Load, gunicorn, rotating_paths_script, wrk

# Against the signed-in baseline (issue 17): the ceiling of any signed-in page.
TODAY_TARGET = 1 / 2
PEOPLE_TARGET = 1 / 2  # the same search again: the page cache answers
SEARCH_TARGET = 1 / 3  # every search different: the search itself
P99_LIMIT_MS = 50.0


def session_cookie() -> str:
    """A signed-in browser's cookies: a session for the local owner, written the way Django's
    login() writes one, and the CSRF cookie."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.middleware.csrf import _get_new_csrf_string
    from django.utils.module_loading import import_string

    from followthrough.bootstrap import local_owner

    owner = local_owner()
    session = import_string(settings.SESSION_ENGINE + ".SessionStore")()
    session[SESSION_KEY] = str(owner.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = owner.get_session_auth_hash()
    session.create()
    # A browser that has shown one page sends its CSRF cookie back; without it every request
    # would make a new CSRF secret and a Set-Cookie, which no browser causes.
    csrf = _get_new_csrf_string()
    return (f"{settings.SESSION_COOKIE_NAME}={session.session_key}; "
            f"{settings.CSRF_COOKIE_NAME}={csrf}")


def check_page(url: str, cookie: str, expected: str) -> None:
    """A page that redirects to sign-in would be fast and wrong: insist on 200 and its content."""
    request = urllib.request.Request(url, headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - local server
        body = response.read().decode()
        if response.status != 200 or expected not in body or "/accounts/login/" in response.url:
            raise RuntimeError(f"{url} did not show the signed-in page ({response.status})")


def run(env: dict[str, str], seconds: int, label: str = "") -> list[Row]:
    """Each row alternates slices of the empty view and the page (both servers up), so both
    see the same machine: on a shared host the empty view alone swung 2,400-9,700 req/s within
    minutes. The ratio is the median of the slices' ratios."""
    cookie = session_cookie()
    with gunicorn("bench.signed_in_wsgi:application", env) as empty, \
            gunicorn("followthrough.wsgi:application", env) as app:
        check_page(empty + "/", cookie, "")  # signed in: 200, not a redirect to sign in
        check_page(app + "/", cookie, "person-late")  # Today, with its overdue people
        check_page(app + "/people/?q=Jan", cookie, "Jane")
        wrk(empty + "/", seconds=2, cookie=cookie)  # warm up both servers' workers
        wrk(app + "/", seconds=2, cookie=cookie)
        today = alternate(empty, app + "/", seconds, cookie)
        people = alternate(empty, app + "/people/?q=Jan", seconds, cookie)
        with tempfile.TemporaryDirectory() as folder:
            searches = varied_searches()
            scripts = [rotating_paths_script(searches, Path(folder), part=n, parts=SLICES)
                       for n in range(SLICES)]
            varied = alternate(empty, app + "/", seconds, cookie, scripts)
    return [
        load_row(f"Today page{label}", today, TODAY_TARGET, P99_LIMIT_MS),
        load_row(f"People page, the same name prefix search repeated (cached){label}", people,
                 PEOPLE_TARGET),
        load_row(f"People page, {VARIED_SEARCHES:,} different searches (no cache hits){label}",
                 varied, SEARCH_TARGET),
    ]


SLICES = 5


@dataclass(frozen=True)
class Alternated:
    page: Load
    baseline: Load
    ratio: float  # the median of the slices' page / baseline throughputs


def alternate(empty: str, url: str, seconds: int, cookie: str,
              scripts: list[Path] | None = None) -> Alternated:
    """SLICES slices of the signed-in baseline, each followed by one of the page, `seconds` in
    all each."""
    length = max(1, round(seconds / SLICES))
    bases, pages = [], []
    for n in range(SLICES):
        bases.append(wrk(empty + "/", seconds=length, cookie=cookie))
        pages.append(wrk(url, seconds=length, cookie=cookie,
                         script=scripts[n] if scripts else None))
    ratios = [p.requests_per_second / b.requests_per_second for p, b in zip(pages, bases, strict=True)]
    return Alternated(_together(pages), _together(bases), statistics.median(ratios))


def _together(loads: list[Load]) -> Load:
    """Slices as one run: mean throughput, the worst slice's p99, every error."""
    return Load(statistics.mean(x.requests_per_second for x in loads), max(x.p99_ms for x in loads),
                sum(x.requests for x in loads), sum(x.errors for x in loads),
                sum(x.timeouts for x in loads))


VARIED_SEARCHES = 40_000


def varied_searches() -> list[str]:
    """Searches as people type them, a name prefix and a number ("Smi 4821"), each one different.

    The page cache would answer a repeated search from memory; these measure the search itself.
    """
    rng = random.Random(7)
    names = FIRST + LAST
    searches = {f"{rng.choice(names)[:rng.randint(2, 4)]} {rng.randrange(30_000)}"
                for _ in range(VARIED_SEARCHES * 2)}
    chosen = sorted(searches)[:VARIED_SEARCHES]
    rng.shuffle(chosen)
    return ["/people/?" + urllib.parse.urlencode({"q": search}) for search in chosen]


def load_row(name: str, measured: Alternated, target: float, p99_limit: float | None = None) -> Row:
    load = measured.page
    met = (measured.ratio >= target and load.errors == 0
           and (p99_limit is None or load.p99_ms < p99_limit))
    wanted = f"≥ 1/{round(1 / target)} of the signed-in baseline, 0 errors"
    if p99_limit is not None:
        wanted += f", p99 < {p99_limit:.0f} ms"
    return Row(name, load.describe(),
               f"{measured.baseline.requests_per_second:,.0f} req/s, {SLICES} alternating slices",
               measured.ratio, wanted, met)


def soak(env: dict[str, str], seconds: int, label: str = "") -> Row:
    """The team deployment's smoke test: two web processes, sustained load, not one error."""
    cookie = session_cookie()
    with gunicorn("followthrough.wsgi:application", env, workers=2) as base:
        check_page(base + "/", cookie, "person-late")
        load = wrk(base + "/", seconds=seconds, cookie=cookie)
    return Row(f"{seconds} s wrk, Today page, 2 web processes{label}",
               f"{load.requests:,} requests, {load.describe()}", "—", None, "0 errors",
               load.errors == 0 and load.requests > 0)
