"""Addresses the reminders point at: the step on the web, and signed one-click email actions."""

from __future__ import annotations

import os

from django.core import signing
from django.urls import reverse

DEFAULT_BASE_URL = "http://127.0.0.1:8000"
_SALT = "followthrough.reminders.email-action"
ACTIONS = ("unsubscribe", "snooze")


def base_url(reached: str | None = None) -> str:
    """FOLLOWTHROUGH_BASE_URL when set; else the site a page was `reached` at, else the default."""
    return (os.environ.get("FOLLOWTHROUGH_BASE_URL") or reached or DEFAULT_BASE_URL).rstrip("/")


def person_url(person_id: int, step_id: int | None = None) -> str:
    """The person's page; with a step, scrolled to it (its list item's id)."""
    anchor = f"#step-{step_id}" if step_id else ""
    return f"{base_url()}{reverse('web:person', kwargs={'person_id': person_id})}{anchor}"


def today_url() -> str:
    return f"{base_url()}{reverse('web:today')}"


def review_url(week: str) -> str:
    return f"{base_url()}{reverse('web:review')}?week={week}"


def reminders_url() -> str:
    return f"{base_url()}{reverse('web:reminders')}"


def action_token(owner_id: int, action: str) -> str:
    """A signed token for one owner and one action; it needs no login, so it grants no more."""
    return signing.dumps({"o": owner_id, "a": action}, salt=_SALT, compress=True)


def read_action_token(token: str, action: str) -> int | None:
    """The owner id the token was made for, or None for anything forged, altered or misused."""
    try:
        payload = signing.loads(token, salt=_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or payload.get("a") != action:
        return None
    owner_id = payload.get("o")
    return owner_id if isinstance(owner_id, int) else None


def action_url(owner_id: int, action: str) -> str:
    path = reverse(f"reminders:{action}", kwargs={"token": action_token(owner_id, action)})
    return f"{base_url()}{path}"
