"""The calendar feed: a secret URL serving open steps, cheap to poll, silent to strangers."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from followthrough.reminders.feed import feed_urls, rotate_feed_token
from followthrough.reminders.models import FeedToken


def path_of(url: str) -> str:
    return url.removeprefix("https://ft.example.org")


def test_the_feed_serves_the_owners_open_steps_as_icalendar(client: Client, clock, met, owner):
    met("Jane Doe", ago=timedelta(hours=2))
    url, webcal = feed_urls(owner)
    assert webcal.startswith("webcal://ft.example.org/calendar/") and url.endswith(".ics")
    response = client.get(path_of(url))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = [c for c in Calendar.from_ical(response.content).walk("VEVENT")]
    titles = sorted(str(e["SUMMARY"]) for e in events)
    assert len(titles) == 6
    assert all(str(e["UID"]).startswith("step-") for e in events)
    assert "Call them: Jane Doe" in titles


def test_a_repeated_request_gets_304_without_building_the_feed(
    client: Client, clock, met, owner, monkeypatch
):
    from followthrough.reminders import feed

    met("Jane Doe", ago=timedelta(hours=2))
    url = path_of(feed_urls(owner)[0])
    first = client.get(url)
    etag = first["ETag"]

    def must_not_build(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the feed was rebuilt for an unchanged ETag")

    monkeypatch.setattr(feed, "feed_body", must_not_build)
    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again["ETag"] == etag


def test_the_etag_changes_when_a_step_is_done(client: Client, clock, met, owner, prefs):
    from followthrough.services.steps import complete_step

    recorded = met("Jane Doe", ago=timedelta(hours=2))
    url = path_of(feed_urls(owner)[0])
    etag = client.get(url)["ETag"]
    clock.shift(timedelta(minutes=1))
    complete_step(owner=owner, step_id=recorded.steps[0].id, now=timezone.now(), prefs=prefs)
    response = client.get(url, headers={"If-None-Match": etag})
    assert response.status_code == 200 and response["ETag"] != etag
    assert len(list(Calendar.from_ical(response.content).walk("VEVENT"))) == 5


def test_a_wrong_token_is_a_plain_404(client: Client, owner, outsider, met, clock):
    met("Jane Doe", ago=timedelta(hours=2))
    good = path_of(feed_urls(owner)[0])
    outsiders = path_of(feed_urls(outsider)[0])
    wrong = good[:-8] + ("0" if good[-8] != "0" else "1") + good[-7:]
    for url in [wrong, "/calendar/short.ics", "/calendar/" + "a" * 5000 + ".ics",
                "/calendar/%00%27;DROP.ics"]:
        response = client.get(url)
        assert response.status_code == 404
        assert b"Jane" not in response.content
    assert b"Jane" not in client.get(outsiders).content  # the outsider's feed has only theirs


def test_rotating_the_token_retires_the_old_url(client: Client, owner, clock):
    old = path_of(feed_urls(owner)[0])
    assert client.get(old).status_code == 200
    rotate_feed_token(owner)
    assert client.get(old).status_code == 404
    assert client.get(path_of(feed_urls(owner)[0])).status_code == 200


def test_only_a_hash_of_the_token_is_stored(owner):
    url = feed_urls(owner)[0]
    token = url.rsplit("/", 1)[1].removesuffix(".ics")
    row = FeedToken.objects.get(owner=owner)
    assert token not in (row.token_hash, row.nonce)


def test_the_cli_prints_and_rotates_the_feed_url(run, db):
    first = run("sync", "feed").output
    assert "webcal://ft.example.org/calendar/" in first
    rotated = run("sync", "feed", "--rotate").output
    assert "old one no longer works" in rotated
    assert first.split()[-1] != rotated.split()[-1]
    assert run("sync", "feed").output.split()[-1] == rotated.split()[-1]
