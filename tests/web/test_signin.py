"""Local mode's one-time sign-in link: long, random, hashed, once, and not forever."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from followthrough.models import SignInLink
from followthrough.services.tokens import digest, new_sign_in_link


def test_the_link_signs_the_local_owner_in_once(client, db):
    token = new_sign_in_link()
    assert len(token) >= 40
    assert SignInLink.objects.get().token_hash == digest(token)  # the token itself is not stored
    response = client.get(f"/signin/{token}")
    assert response["Location"] == "/"
    assert client.get("/")["Location"] == "/setup/"  # a fresh start: the set-up first
    assert client.get("/setup/").status_code == 200
    client.logout()
    again = client.get(f"/signin/{token}")
    assert again.status_code == 404 and "not valid" in again.content.decode()
    assert client.get("/").status_code == 302


def test_a_wrong_or_stale_link_signs_no_one_in(client, db, clock):
    token = new_sign_in_link()
    assert client.get(f"/signin/{token[:-1]}x").status_code == 404
    assert client.get("/signin/short").status_code == 404
    clock.move_to(timezone.now() + timedelta(hours=13))
    assert client.get(f"/signin/{token}").status_code == 404
    assert client.get("/").status_code == 302


def test_the_link_only_answers_get(client, db):
    token = new_sign_in_link()
    assert client.post(f"/signin/{token}").status_code == 404
    assert client.get(f"/signin/{token}").status_code == 302
