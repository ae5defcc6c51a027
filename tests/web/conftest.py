"""Web fixtures: a signed-in owner's client, and people made through the real services."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.test import Client

from followthrough.models import Person
from followthrough.services.meetings import MeetingRecorded, NewMeeting, record_meeting
from followthrough.services.tokens import new_api_token


@pytest.fixture(autouse=True)
def owner_prefs(monkeypatch: pytest.MonkeyPatch, prefs):  # type: ignore[no-untyped-def]
    """Every page reads the test preferences (Berlin, the default playbook)."""
    monkeypatch.setattr("followthrough.web.access.preferences_for", lambda owner: prefs)
    return prefs


@pytest.fixture(autouse=True)
def returning_users(request: pytest.FixtureRequest) -> None:
    """The named users have used the app before: the first-run set-up is behind them
    (tests/web/test_setup.py meets a new one)."""
    from django.utils import timezone

    from followthrough.services.setup import skip_set_up

    for name in ("owner", "teammate", "outsider"):
        if name in request.fixturenames:
            skip_set_up(owner=request.getfixturevalue(name), now=timezone.now())


@pytest.fixture
def web(client: Client, owner, clock) -> Client:  # type: ignore[no-untyped-def]
    """A signed-in browser that has shown a page, as for every page but its first: it holds the
    CSRF cookie."""
    client.force_login(owner)
    client.get("/")
    return client


@pytest.fixture
def api(client, owner, clock):  # type: ignore[no-untyped-def]
    """Calls the JSON API with a bearer token of the owner's: api("post", "/api/people", {...})."""
    _, secret = new_api_token(owner=owner, name="script")

    def call(method: str, url: str, body: object = None, token: str = secret):  # type: ignore[no-untyped-def]
        return getattr(client, method)(url, body, content_type="application/json",
                                       HTTP_AUTHORIZATION=f"Bearer {token}")

    return call


@pytest.fixture
def meet(prefs):  # type: ignore[no-untyped-def]
    """Record a meeting for a user through the service, `ago` before the controlled now."""
    from django.utils import timezone

    def record(user, name: str = "Jane Doe", ago: timedelta = timedelta(hours=1),  # type: ignore[no-untyped-def]
               **details: str) -> MeetingRecorded:
        now = timezone.now()
        return record_meeting(owner=user, meeting=NewMeeting(name=name, at=now - ago, **details),
                              prefs=prefs, now=now, new_person=True)

    return record




def person_named(owner, name: str) -> Person:  # type: ignore[no-untyped-def]
    return Person.objects.get(owner=owner, full_name=name)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


