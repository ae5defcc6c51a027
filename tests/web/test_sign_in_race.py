"""Wrong passwords sent at the same moment meet the sign-in limit too: 24 at once for one account,
against real gunicorn processes (several workers, several threads) on a SQLite file and on
PostgreSQL. A password that is checked answers the page again (200), a refused try 429; at most
five passwords may be checked (each attempt is recorded before the count is read)."""

from __future__ import annotations

import http.cookiejar
import secrets
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.test_fresh_start import embedded_env
from tests.reminders.smtp import free_port
from tests.reminders.test_workers_on_postgres import postgres_url, run_sql
from tests.trust.test_concurrent_writers import wait_until_up

pytestmark = pytest.mark.slow  # starts gunicorn processes (docs/testing.md)

GUESSES = 24
CREATE_OWNER = """
from followthrough.bootstrap import ensure_database, setup_django
setup_django()
ensure_database()
from django.contrib.auth.models import User
User.objects.create_user("alice@example.com", "alice@example.com", "x-long-password-1")
"""


@pytest.fixture(params=["sqlite", "postgresql"])
def server_env(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[dict[str, str]]:
    env = {**embedded_env(tmp_path), "FOLLOWTHROUGH_MODE": "server",
           "SECRET_KEY": "race-" + secrets.token_hex(24), "SECURE_SSL_REDIRECT": "false"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    (tmp_path / "data").mkdir()
    if request.param == "sqlite":
        yield env
        return
    server = postgres_url()
    name = f"ft_sign_in_race_{secrets.token_hex(6)}"
    run_sql(server, f"CREATE DATABASE {name}", dbname="postgres")
    try:
        yield {**env, "DATABASE_URL": server.rsplit("/", 1)[0] + "/" + name}
    finally:
        run_sql(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", dbname="postgres")


def wrong_password(base: str, number: int) -> int:
    """GET the form for its CSRF cookie, then POST a wrong password, as a browser would."""
    cookies = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(cookies))
    opener.open(base + "/accounts/login/", timeout=120)
    # The cookie is marked Secure (server mode): a plain-HTTP jar keeps it but will not send it.
    token = next(c.value for c in cookies if c.name == "csrftoken")
    form = urllib.parse.urlencode({"username": "alice@example.com", "password": f"wrong-{number}",
                                   "csrfmiddlewaretoken": token}).encode()
    request = urllib.request.Request(base + "/accounts/login/", data=form,
                                     headers={"Cookie": f"csrftoken={token}"})
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:  # noqa: S310 (loopback)
            return int(answer.status)
    except urllib.error.HTTPError as answer:
        return int(answer.code)


def test_wrong_passwords_sent_together_check_no_more_than_five(server_env):
    subprocess.run([sys.executable, "-c", CREATE_OWNER], env=server_env, check=True, timeout=300)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "followthrough.wsgi:application", "--bind",
         f"127.0.0.1:{port}", "--workers", "4", "--threads", "6", "--timeout", "300"],
        env=server_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base, answers = f"http://127.0.0.1:{port}", []
    try:
        wait_until_up(base, server)
        start = threading.Barrier(GUESSES)

        def guess(number: int) -> None:
            start.wait()
            answers.append(wrong_password(base, number))

        threads = [threading.Thread(target=guess, args=(n,)) for n in range(GUESSES)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait(timeout=60)
    assert len(answers) == GUESSES and set(answers) <= {200, 429}, answers
    assert 1 <= answers.count(200) <= 5, answers
