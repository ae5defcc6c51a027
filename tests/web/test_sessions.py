"""A session is read from the database on every request (followthrough/web/sessions.py), so
signing out, expiry, a new password or a deactivated account end it everywhere at once."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user
from django.test import Client
from django.utils import timezone

from followthrough.web.sessions import UserBackend


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
