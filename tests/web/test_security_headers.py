"""What every response promises the browser: a strict CSP that forbids framing, no referrer to
other sites, no MIME sniffing; CSRF on every form and on the API's cookie sign-in; in server mode
HTTPS only (HSTS, Secure cookies). docs/security.md lists these."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from textwrap import dedent

import pytest
from django.test import Client

from followthrough.models import Meeting

SERVER_PROBE = dedent("""
    import json, django
    django.setup()
    from django.conf import settings
    from django.test import Client
    response = Client().get("/accounts/login/", secure=True, HTTP_HOST="followthrough.example.com")
    plain = Client().get("/accounts/login/", HTTP_HOST="followthrough.example.com")
    csrf = response.cookies["csrftoken"]
    print(json.dumps({
        "headers": dict(response.headers), "plain_status": plain.status_code,
        "plain_location": plain.get("Location"),
        "csrf_cookie": [csrf["secure"], csrf["samesite"]],
        "session_cookie": [settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY,
                           settings.SESSION_COOKIE_SAMESITE],
    }))
""")


def test_every_page_forbids_framing_sniffing_and_referrers(web):
    for url in ["/", "/people/", "/met/", "/accounts/login/", "/api/docs"]:
        response = web.get(url)
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"], url
        assert "script-src 'self'" in response["Content-Security-Policy"], url
        assert response["X-Frame-Options"] == "DENY", url
        assert response["Referrer-Policy"] == "same-origin", url
        assert response["X-Content-Type-Options"] == "nosniff", url


def test_a_form_posted_without_its_csrf_token_is_refused(owner, clock):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    response = browser.post("/met/", {"name": "Jane Doe", "at": "2026-03-04T18:30"})
    assert response.status_code == 403
    assert not Meeting.objects.filter(owner=owner).exists()


def test_the_api_signed_in_by_cookie_needs_the_csrf_token_too(owner, clock):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    assert browser.get("/api/people").status_code == 200  # reading is fine
    response = browser.post("/api/meetings", {"name": "Jane Doe"}, content_type="application/json")
    assert response.status_code == 403
    assert not Meeting.objects.filter(owner=owner).exists()


@pytest.mark.slow  # starts a process (docs/testing.md)
def test_server_mode_is_https_only_with_secure_cookies(tmp_path):
    env = {**os.environ, "FOLLOWTHROUGH_MODE": "server", "SECRET_KEY": "k" * 20 + "x7Yq!" * 10,
           "ALLOWED_HOSTS": "followthrough.example.com", "DJANGO_SETTINGS_MODULE":
           "followthrough.settings", "FOLLOWTHROUGH_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run([sys.executable, "-c", SERVER_PROBE], env=env, capture_output=True,
                            text=True, check=True)
    seen = json.loads(result.stdout)
    assert seen["headers"]["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert seen["plain_status"] == 301
    assert seen["plain_location"] == "https://followthrough.example.com/accounts/login/"
    assert seen["csrf_cookie"] == [True, "Lax"]
    assert seen["session_cookie"] == [True, True, "Lax"]
