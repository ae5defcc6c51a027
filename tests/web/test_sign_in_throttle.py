"""Server mode: five failed sign-ins lock an account, or an address, for fifteen minutes; the count
is kept in the database, so every process sees it; a success or the passing time clears it."""

from __future__ import annotations

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


def test_failures_older_than_the_window_are_deleted(client, server_mode, owner, clock):
    fail(client, 3, "someone@example.com")
    clock.shift(timedelta(minutes=16))
    fail(client, 1)
    assert set(SignInFailure.objects.values_list("key", flat=True)) == {
        "account:owner", "address:127.0.0.1"}
