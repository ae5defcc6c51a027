"""The Review page and GET /api/review: the owner's week only, names escaped, bad weeks refused."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from django.test import Client

from followthrough.services.tokens import new_api_token
from tests.helpers import BERLIN
from tests.web.helpers import html

SECTIONS = {"slipped", "this_week", "lapsing", "offers_open", "relationships", "habits"}


def test_the_review_page_is_in_the_navigation_and_shows_the_weeks_sections(web, owner, meet):
    assert re.search(r'<a href="/review/" class="[^"]*">.*?<span>Review</span></a>', html(web.get("/")))
    meet(owner, "Jane Doe", ago=timedelta(days=3), give="intro to Priya")
    page = html(web.get("/review/"))
    assert re.search(r'<a href="/review/" class="[^"]*" aria-current="page">.*?<span>Review</span>', page)
    assert "Week 10, 2026 · 2–8 March 2026 (so far)" in page
    for words in ("What slipped", "Due in the next 7 days", "Lapsing and lapsed",
                  "Offers still open", "Relationships gained and lost",
                  "Habits: steps done on time", "intro to Priya", "1 day late"):
        assert words in page, words
    assert page.count('<svg class="spark"') == 4  # all steps and the three habits
    assert 'href="?week=2026-W09"' in page and "Week 11" not in page  # no week to come


def test_a_quiet_week_is_one_friendly_line(web):
    page = html(web.get("/review/"))
    assert "A quiet week: nothing slipped" in page and "What slipped" not in page


def test_a_past_week_is_shown_as_it_stood_with_a_way_back(web, owner, meet, clock):
    meet(owner, "Jane Doe", ago=timedelta(hours=1))
    clock.move_to(datetime(2026, 3, 16, 9, 0, tzinfo=BERLIN))
    page = html(web.get("/review/?week=2026-W10"))
    assert "Week 10, 2026 · 2–8 March 2026" in page and "(so far)" not in page
    assert 'href="?week=2026-W11">Week 11 →' in page and "This week" in page
    assert "2 days late" in page  # due Friday evening, still open at the week's end


def test_a_week_that_is_no_week_is_said_plainly_and_this_week_shown(web):
    for asked, says in (("2026-W99", "2026 has weeks 1 to 53, not 99"),
                        ("<script>alert(1)</script>", "&#x27;&lt;script&gt;alert(1)&lt;/script"),
                        ("2027-W01", "2027-W01 has not started yet")):
        response = web.get("/review/", {"week": asked})
        assert response.status_code == 400
        page = html(response)
        assert "That week cannot be reviewed" in page and says in page, asked
        assert "<script>alert" not in page
        assert "Week 10, 2026" in page


def test_names_and_offers_with_markup_are_text(web, owner, meet):
    meet(owner, '<img src=x onerror="alert(1)">Eve', ago=timedelta(days=3),
         give="<b>a book</b>")
    page = html(web.get("/review/"))
    assert "<img src=x" not in page and "<b>a book" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Eve" in page
    assert "&lt;b&gt;a book&lt;/b&gt;" in page


def test_the_page_shows_only_the_signed_in_owners_week(web, owner, teammate, meet):
    meet(teammate, "Tess Teammate", ago=timedelta(days=3), give="their secret")
    meet(owner, "Olive Owner", ago=timedelta(days=3))
    page = html(web.get("/review/"))
    assert "Olive Owner" in page
    assert "Tess" not in page and "their secret" not in page


def test_the_page_asks_a_stranger_to_sign_in(client: Client, clock):
    response = client.get("/review/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_api_gives_exactly_the_six_sections_of_the_callers_week(api, owner, teammate, meet):
    meet(owner, "Jane Doe", ago=timedelta(days=3), give="intro to Priya")
    meet(teammate, "Tess Teammate", ago=timedelta(days=3), give="their secret")
    response = api("get", "/api/review")
    assert response.status_code == 200
    body = response.json()
    assert set(body) == SECTIONS
    assert {s["person"]["name"] for s in body["slipped"]} == {"Jane Doe"}
    assert [o["text"] for o in body["offers_open"]] == ["intro to Priya"]
    _, theirs = new_api_token(owner=teammate, name="theirs")
    their_body = api("get", "/api/review", token=theirs).json()
    assert {o["text"] for o in their_body["offers_open"]} == {"their secret"}
    last_week = api("get", "/api/review?week=2026-W09").json()
    assert last_week["slipped"] == [] and last_week["habits"][0]["weeks"][-1]["week"] == (
        "2026-W09")


def test_the_api_refuses_a_bad_week_with_the_field_named(api, client, clock):
    for asked, status in (("2026-W99", 400), ("soon", 400), ("2027-W01", 400),
                          ("x" * 100, 422)):
        response = api("get", f"/api/review?week={asked}")
        assert response.status_code == status, asked
        if status == 400:
            assert response.json()["field"] == "week"
    assert client.get("/api/review").status_code == 401
