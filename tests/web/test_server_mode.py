"""Server mode: accounts made by an administrator, login with Argon2, throttling, password reset,
and `check --deploy` clean."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.cache import cache

from followthrough.services.accounts import create_account, set_password_path

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out


@pytest.fixture
def server_mode(settings, db):  # type: ignore[no-untyped-def]
    settings.SERVER_MODE = True
    settings.PASSWORD_HASHERS = settings.PRODUCTION_PASSWORD_HASHERS
    cache.clear()
    return settings


def test_check_deploy_is_clean_in_server_mode(tmp_path):
    env = {**os.environ, "FOLLOWTHROUGH_MODE": "server", "SECRET_KEY": "k" * 20 + "x7Yq!" * 10,
           "ALLOWED_HOSTS": "followthrough.example.com", "DJANGO_SETTINGS_MODULE":
           "followthrough.settings", "FOLLOWTHROUGH_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # the browser tests set it for Playwright
    result = subprocess.run([sys.executable, "-m", "django", "check", "--deploy", "--fail-level",
                             "WARNING"], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_an_admin_creates_an_account_that_sets_its_password_then_signs_in(client, server_mode):
    user = create_account("Jane@Example.com")
    assert not user.has_usable_password()
    form_page = client.get(set_password_path(user), follow=True)
    assert "Set a new password" in form_page.content.decode()
    response = client.post(form_page.redirect_chain[-1][0], {
        "new_password1": "correct horse battery staple", "new_password2":
        "correct horse battery staple"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.password.startswith("argon2")
    signed_in = client.post("/accounts/login/", {"username": "jane@example.com",
                                                 "password": "correct horse battery staple"})
    assert signed_in["Location"] == "/"


def test_a_second_account_for_the_same_email_is_refused(server_mode, db):
    from followthrough.errors import Conflict

    create_account("jane@example.com")
    with pytest.raises(Conflict):
        create_account("JANE@example.com")


def test_logins_are_throttled_after_five_failures(client, server_mode, owner):
    for _ in range(5):
        response = client.post("/accounts/login/", {"username": "owner", "password": "wrong"})
        assert response.status_code == 200
    blocked = client.post("/accounts/login/", {"username": "owner",
                                               "password": "x-long-password-1"})
    assert blocked.status_code == 429 and "Too many failed sign-ins" in blocked.content.decode()


def test_password_reset_sends_an_email_with_a_link(client, server_mode, owner):
    response = client.post("/accounts/password-reset/", {"email": "owner@example.com"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and "/accounts/reset/" in mail.outbox[0].body


def test_local_mode_has_no_passwords(client, db):
    assert client.get("/accounts/password-reset/").status_code == 404
    assert "sign-in link" in client.get("/accounts/login/").content.decode()
    assert client.post("/accounts/login/", {"username": "x", "password": "y"}).status_code == 403


def test_the_serve_command_creates_users_only_in_server_mode(db):
    from click.testing import CliRunner

    from followthrough.cli import cli

    result = CliRunner().invoke(cli, ["serve", "--create-user", "jane@example.com"])
    assert result.exit_code == 1 and "is for server mode" in result.output
    assert not User.objects.filter(username="jane@example.com").exists()
