"""Server mode: five failed sign-ins lock an account, or an address, for fifteen minutes; the count
is kept in the database, so every process sees it; a success or the passing time clears it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import Client

from followthrough.models import SignInFailure

RIGHT = "x-long-password-1"  # the owner fixture's password


@pytest.fixture
def server_mode(settings, db):  # type: ignore[no-untyped-def]
    settings.SERVER_MODE = True
    return settings


def sign_in(client: Client, password: str, username: str = "owner", **headers: str):  # type: ignore[no-untyped-def]
    return client.post("/accounts/login/", {"username": username, "password": password}, **headers)


def fail(client: Client, times: int, username: str = "owner", **headers: str) -> None:
    for _ in range(times):
        assert sign_in(client, "wrong", username, **headers).status_code == 200


def test_five_failures_lock_the_account_and_say_when_to_retry(client, server_mode, owner, clock):
    fail(client, 5)
    blocked = sign_in(client, RIGHT)
    page = blocked.content.decode()
    assert blocked.status_code == 429
    assert "Too many failed sign-ins" in page and "Try again in 15 minutes" in page
    assert blocked["Retry-After"] == str(15 * 60)


def test_the_lock_holds_from_another_process_and_another_address(client, server_mode, owner, clock):
    fail(client, 5, REMOTE_ADDR="198.51.100.7")
    cache.clear()  # another gunicorn worker has its own memory: only the database is shared
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert sign_in(elsewhere, RIGHT).status_code == 429


def test_five_failures_from_one_address_lock_it_for_every_account(client, server_mode, owner,
                                                                   teammate, clock):
    for name in ["a@example.com", "b@example.com", "c@example.com", "d@example.com", "e@example.com"]:
        fail(client, 1, name)
    assert sign_in(client, "x-long-password-2", "teammate").status_code == 429


def test_the_lock_opens_when_the_oldest_failure_is_fifteen_minutes_old(client, server_mode, owner,
                                                                        clock):
    fail(client, 5)
    clock.shift(timedelta(minutes=14))
    waiting = sign_in(client, RIGHT)
    assert waiting.status_code == 429 and "Try again in 1 minute," in waiting.content.decode()
    clock.shift(timedelta(minutes=1, seconds=1))
    assert sign_in(client, RIGHT)["Location"] == "/"


def test_a_success_clears_the_count(client, server_mode, owner, clock):
    fail(client, 4)
    assert sign_in(client, RIGHT)["Location"] == "/"
    client.logout()
    fail(client, 4)
    assert sign_in(client, RIGHT)["Location"] == "/"
    assert not SignInFailure.objects.exists()


def test_behind_the_proxy_the_address_is_the_last_forwarded_one(client, server_mode, owner, teammate,
                                                                 settings, clock):
    settings.BEHIND_PROXY = True
    for number, name in enumerate(["a@example.com", "b@example.com", "c@example.com",
                                   "d@example.com", "e@example.com"]):
        # the client forges the first entry; the proxy appends the real address last
        fail(client, 1, name, HTTP_X_FORWARDED_FOR=f"10.0.0.{number}, 198.51.100.7")
    assert sign_in(client, "x-long-password-2", "teammate",
                   HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429
    assert sign_in(client, "x-long-password-2", "teammate",
                   HTTP_X_FORWARDED_FOR="203.0.113.9")["Location"] == "/"


def test_without_a_proxy_a_forwarded_address_is_the_clients_to_forge_and_is_ignored(
        client, server_mode, owner, teammate, settings, clock):
    settings.BEHIND_PROXY = False
    for number in range(5):
        fail(client, 1, f"someone-{number}@example.com", HTTP_X_FORWARDED_FOR=f"10.0.0.{number}")
    assert sign_in(client, "x-long-password-2", "teammate",
                   HTTP_X_FORWARDED_FOR="10.0.0.99").status_code == 429


@pytest.mark.slow  # starts a process (docs/testing.md)
def test_server_mode_trusts_no_forwarded_header_unless_told_it_is_behind_a_proxy(tmp_path):
    probe = ("import json, django; django.setup(); from django.conf import settings; "
             "print(json.dumps([settings.BEHIND_PROXY, settings.SECURE_PROXY_SSL_HEADER]))")
    env = {**os.environ, "FOLLOWTHROUGH_MODE": "server", "SECRET_KEY": "k" * 20 + "x7Yq!" * 10,
           "DJANGO_SETTINGS_MODULE": "followthrough.settings", "FOLLOWTHROUGH_DATA_DIR": str(tmp_path)}
    env.pop("FOLLOWTHROUGH_BEHIND_PROXY", None)

    def seen(**extra: str) -> list[object]:
        result = subprocess.run([sys.executable, "-c", probe], env={**env, **extra},
                                capture_output=True, text=True, check=True)
        return list(json.loads(result.stdout))

    assert seen() == [False, None]
    assert seen(FOLLOWTHROUGH_BEHIND_PROXY="true") == [True, ["HTTP_X_FORWARDED_PROTO", "https"]]


def test_failures_older_than_the_window_are_deleted(client, server_mode, owner, clock):
    fail(client, 3, "someone@example.com")
    clock.shift(timedelta(minutes=16))
    fail(client, 1)
    assert set(SignInFailure.objects.values_list("key", flat=True)) == {
        "account:owner", "address:127.0.0.1"}


def test_a_full_width_or_other_case_spelling_counts_against_the_same_account(client, server_mode,
                                                                            owner, clock):
    """Django's form folds full-width letters (NFKC) before it checks the password; so does the count."""
    fail(client, 5, REMOTE_ADDR="198.51.100.7")
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert sign_in(elsewhere, RIGHT, "ｏｗｎｅｒ").status_code == 429  # full-width "owner"
    assert sign_in(elsewhere, "wrong", "OWNER").status_code == 429


def test_guesses_each_spelled_a_little_differently_meet_the_limit(client, server_mode, owner, clock):
    spellings = ["ｏwner", "oｗner", "owｎer", "ownｅr", "owneｒ", "ＯＷＮＥＲ"]
    answers = [sign_in(Client(REMOTE_ADDR=f"203.0.113.{n}"), "wrong", spelling).status_code
               for n, spelling in enumerate(spellings)]
    assert answers == [200] * 5 + [429]

