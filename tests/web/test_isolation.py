"""Every route that takes an id gives 404 to an outsider and a sign-in (or 401) to the anonymous.

The routes are found by walking the URL resolver, so a new route is covered without editing this
file. The teammate's rows all get the same id, so whichever model a converter names, the id
belongs to the teammate.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from followthrough.models import (
    ApiToken,
    EvidenceItem,
    Interaction,
    Meeting,
    Offer,
    Person,
    Step,
)
from followthrough.services.tokens import new_api_token

SHARED_ID = 424242
METHODS = ("get", "post", "patch", "delete")
# Bodies every write endpoint accepts, so that validation passes and ownership is what decides.
ANY_BODY = {"reason": "x", "text": "x", "name": "x", "kind": "call", "note": "x",
            "until": "2030-01-01T00:00:00Z", "person_id": SHARED_ID, "days": "1",
            "at": "2026-03-04T10:00", "full_name": "x"}


def routes(patterns: list[URLPattern | URLResolver] | None = None,
           prefix: str = "") -> Iterator[tuple[str, dict[str, object]]]:
    """(route text, converters) for every pattern, nested includes flattened."""
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, route)
        else:
            yield route, pattern.pattern.converters


def routes_with_ids() -> list[str]:
    return sorted({route for route, converters in routes() if converters})


def fill(route: str) -> str:
    import re

    return "/" + re.sub(r"<(?:\w+:)?\w+>", str(SHARED_ID), route).lstrip("^").rstrip("$")


@pytest.fixture
def teammate_rows(teammate, clock):  # type: ignore[no-untyped-def]
    now = timezone.now()
    person = Person.objects.create(id=SHARED_ID, owner=teammate, full_name="Tess Teammate")
    meeting = Meeting.objects.create(id=SHARED_ID, owner=teammate, person=person, at=now)
    Step.objects.create(id=SHARED_ID, owner=teammate, person=person, meeting=meeting,
                        kind="call", title="Call them", due_at=now + timedelta(days=1))
    Interaction.objects.create(id=SHARED_ID, owner=teammate, person=person, kind="call", at=now)
    Offer.objects.create(id=SHARED_ID, owner=teammate, person=person, text="an intro")
    EvidenceItem.objects.create(id=SHARED_ID, owner=teammate, person=person, key="mail:x",
                                source="mail", kind="email", direction="in", at=now,
                                state="suggested", created_at=now)
    token, _ = new_api_token(owner=teammate, name="teammate's")
    ApiToken.objects.filter(pk=token.pk).update(id=SHARED_ID)
    return person


def request(client: Client, method: str, url: str, **extra: object):  # type: ignore[no-untyped-def]
    if url.startswith("/api/"):
        return getattr(client, method)(url, ANY_BODY, content_type="application/json", **extra)
    return getattr(client, method)(url, ANY_BODY if method == "post" else None, **extra)


def test_the_walk_finds_the_routes_that_matter() -> None:
    found = routes_with_ids()
    for expected in ("people/<int:person_id>/", "steps/<int:step_id>/done",
                     "api/people/{person_id}", "meetings/<int:meeting_id>/plan/"):
        assert any(expected.replace("{person_id}", "") in r or expected in r for r in found), found


@pytest.mark.parametrize("route", routes_with_ids())
def test_an_outsider_gets_404_for_the_teammates_ids(route, client, outsider, teammate_rows):  # type: ignore[no-untyped-def]
    client.force_login(outsider)
    url = fill(route)
    statuses = {method: request(client, method, url).status_code for method in METHODS}
    assert set(statuses.values()) <= {404, 405}, (url, statuses)
    assert 404 in statuses.values(), (url, statuses)
    # And the teammate's rows are untouched.
    assert Step.objects.get(id=SHARED_ID).state == "open"
    assert Person.objects.get(id=SHARED_ID).deleted_at is None
    assert Offer.objects.get(id=SHARED_ID).delivered_at is None
    assert ApiToken.objects.filter(id=SHARED_ID).exists()


@pytest.mark.parametrize("route", routes_with_ids())
def test_an_outsider_with_an_api_token_gets_404_too(route, client, outsider, teammate_rows):  # type: ignore[no-untyped-def]
    _, secret = new_api_token(owner=outsider, name="mine")
    url = fill(route)
    statuses = {method: request(client, method, url, HTTP_AUTHORIZATION=f"Bearer {secret}")
                .status_code for method in METHODS}
    allowed = {404, 405} if url.startswith("/api/") else {302, 404, 405}
    assert set(statuses.values()) <= allowed, (url, statuses)


@pytest.mark.parametrize("route", routes_with_ids())
def test_the_anonymous_are_sent_to_sign_in(route, client, teammate_rows):  # type: ignore[no-untyped-def]
    url = fill(route)
    for method in METHODS:
        response = request(client, method, url)
        if response.status_code == 302:
            assert response["Location"].startswith("/accounts/login/"), (url, method)
        else:
            assert response.status_code in {401, 404, 405}, (url, method, response.status_code)


def test_lists_show_nothing_of_the_teammate(client, outsider, teammate_rows):  # type: ignore[no-untyped-def]
    client.force_login(outsider)
    for url in ("/", "/people/", "/people/?q=Tess", "/habits/", "/settings/tokens/",
                "/settings/reminders/"):
        assert "Tess Teammate" not in client.get(url).content.decode(), url
    for url in ("/api/people", "/api/meetings", "/api/steps", "/api/interactions", "/api/offers"):
        assert client.get(url).json() == {"items": [], "count": 0}, url


def test_writes_naming_the_teammates_person_in_the_body_get_404(client, outsider, teammate_rows):  # type: ignore[no-untyped-def]
    client.force_login(outsider)
    for url, body in (("/api/interactions", {"person_id": SHARED_ID, "kind": "call"}),
                      ("/api/offers", {"person_id": SHARED_ID, "text": "x"}),
                      ("/api/meetings", {"name": "x", "person_id": SHARED_ID})):
        assert client.post(url, body, content_type="application/json").status_code == 404, url
    response = client.post("/met/", {"name": "Tess Teammate", "at": "2026-03-04T10:00",
                                     "choice": str(SHARED_ID)})
    assert response.status_code == 400
    assert not Meeting.objects.filter(owner=outsider).exists()
