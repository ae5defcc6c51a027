"""Django's database sessions and ModelBackend: the session row is read on every request, so
signing out, expiry, a new password, a deactivated or deleted account end it everywhere at once."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import get_user
from django.db import connection
from django.test import Client
from django.utils import timezone

from tests.statements import statements_run
from tests.web.helpers import served


def same_browser(client: Client) -> Client:
    """A second tab (or a second web process) presenting the same session cookie."""
    tab = Client()
    tab.cookies = client.cookies
    return tab


def is_signed_in(client: Client) -> bool:
    response = client.get("/")
    return response.status_code == 200 and "<title>Today" in response.content.decode()


def test_a_signed_in_browser_sees_its_today_page_and_is_the_owner(client, owner):
    client.force_login(owner)
    assert is_signed_in(client)
    assert get_user(client.get("/").wsgi_request) == owner


def test_signing_out_in_one_tab_signs_out_the_other(client, owner):
    client.force_login(owner)
    other_tab = same_browser(client)
    assert is_signed_in(other_tab)
    client.post("/accounts/logout/")
    assert not is_signed_in(other_tab)


def test_a_session_past_its_age_signs_no_one_in(client, owner, clock):
    client.force_login(owner)
    assert is_signed_in(client)
    clock.move_to(timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE + 60))
    assert not is_signed_in(client)


def test_a_new_password_signs_out_the_other_browsers(client, owner):
    client.force_login(owner)
    owner.set_password("a completely new passphrase")
    owner.save()
    assert not is_signed_in(client)


def test_a_deactivated_account_is_signed_out(client, owner):
    client.force_login(owner)
    owner.is_active = False
    owner.save()
    assert not is_signed_in(client)


def test_a_deleted_account_is_signed_out(client, owner):
    client.force_login(owner)
    assert is_signed_in(client)
    owner.delete()
    assert not is_signed_in(client)


def test_a_signed_in_page_reads_the_session_and_the_user_once_each(client, owner):
    client.force_login(owner)
    client.get("/")
    with statements_run() as statements:
        assert is_signed_in(client)
    assert len([sql for sql in statements if "django_session" in sql]) == 1
    assert len([sql for sql in statements if "auth_user" in sql]) == 1


def test_a_write_by_another_process_shows_on_the_next_page(
        client, owner, meet):
    client.force_login(owner)
    assert "Jane Doe" not in client.get("/").content.decode()
    meet(owner, "Jane Doe")  # another process (the CLI, the worker) records a meeting
    assert "Jane Doe" in client.get("/").content.decode()


def kill_the_connection() -> None:
    """What a restarted server, or one closing an idle connection, does to a kept connection."""
    import psycopg2

    pid = connection.connection.get_backend_pid()
    other = psycopg2.connect(**connection.get_connection_params())
    try:
        other.autocommit = True
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
            for _ in range(100):  # until it is gone
                cursor.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = %s", [pid])
                if cursor.fetchone()[0] == 0:
                    break
                time.sleep(0.05)
    finally:
        other.close()


@pytest.mark.django_db(transaction=True)
def test_a_page_is_served_although_the_kept_database_connection_died(owner):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's run: SQLite has no server to lose (Django's check is a no-op "
                    "there), and its in-memory test database dies with its connection")
    browser = Client()
    browser.force_login(owner)
    assert served(browser, "/")[0] == "200 OK"
    kill_the_connection()
    status, page = served(browser, "/")
    assert status == "200 OK" and "<title>Today" in page  # still signed in, no error page
