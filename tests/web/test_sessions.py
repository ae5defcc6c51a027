"""A session is read from the database on every request (followthrough/web/sessions.py), so
signing out, expiry, a new password, a deactivated or deleted account end it everywhere at once;
after the first request the session, the user and the data version come in one statement."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import get_user
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.utils import timezone

from followthrough.web import sessions
from followthrough.web.sessions import UserBackend
from tests.statements import statements_run
from tests.web.conftest import served


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


def test_the_user_comes_back_whole_with_aware_times_and_true_booleans(owner):
    user = UserBackend().get_user(str(owner.pk))
    assert user == owner and user.username == owner.username
    assert user.is_active is True and user.date_joined == owner.date_joined
    assert user.date_joined.tzinfo is not None


def test_a_user_id_that_is_not_a_number_or_not_there_finds_no_one(owner):
    assert UserBackend().get_user("1 OR 1=1") is None
    assert UserBackend().get_user(owner.pk + 1000) is None


def test_a_deleted_account_is_signed_out(client, owner):
    client.force_login(owner)
    assert is_signed_in(client)
    owner.delete()
    assert not is_signed_in(client)


def test_after_the_first_page_the_session_user_and_version_are_one_statement(client, owner):
    client.force_login(owner)
    client.get("/")  # this process learns whose session it is
    with statements_run() as statements:
        assert is_signed_in(client)
    reads = [sql for sql in statements
             if "django_session" in sql or "auth_user" in sql or "followthrough_dataversion" in sql]
    assert len(reads) == 1


def test_a_session_is_never_taken_for_the_user_this_process_remembered_wrongly(client, owner):
    someone_else = User.objects.create_user("someone-else", "else@example.com")
    client.force_login(owner)
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    sessions._remember(sessions._USER_OF_KEY, key, someone_else.pk)  # as if it had been theirs
    response = client.get("/")
    assert response.status_code == 200
    assert get_user(response.wsgi_request) == owner  # the signed session data decides
    assert get_user(client.get("/").wsgi_request) == owner  # and is remembered from then on


def test_a_session_decoded_before_is_each_request_s_own_copy_and_still_signed(client, owner):
    client.force_login(owner)
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    text = sessions.SessionStore.get_model_class().objects.get(session_key=key).session_data
    first = sessions.SessionStore(key).decode(text)
    first["_auth_user_id"] = "someone else"  # what one request does to its session
    assert sessions.SessionStore(key).decode(text)["_auth_user_id"] == str(owner.pk)
    forged = text[:-3] + ("AAA" if not text.endswith("AAA") else "BBB")
    assert sessions.SessionStore(key).decode(forged) == {}  # a broken signature is nobody's


def test_a_write_shows_on_the_next_page_although_the_version_came_with_the_session(
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
    assert served(browser, "/")[0] == "200 OK"  # this process learns whose session it is
    kill_the_connection()
    status, page = served(browser, "/")
    assert status == "200 OK" and "<title>Today" in page  # still signed in, no error page


@pytest.mark.django_db(transaction=True)
def test_the_session_statement_is_the_health_check_no_select_1_of_its_own(owner, monkeypatch):
    browser = Client()
    browser.force_login(owner)
    assert served(browser, "/")[0] == "200 OK"
    checks = []
    usable = connection.is_usable
    monkeypatch.setattr(connection, "is_usable", lambda: checks.append(1) or usable())
    assert served(browser, "/")[0] == "200 OK"
    assert served(browser, "/people/?q=jan")[0] == "200 OK"
    assert checks == []
