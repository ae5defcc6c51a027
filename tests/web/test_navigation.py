"""Finding your way: a tab bar of four places, Settings holding the seldom-used pages, a way back
from the API docs, and words spelled as their owners spell them."""

from __future__ import annotations

import re

from tests.web.helpers import html


def test_the_tab_bar_holds_the_four_places_in_order(web):
    page = html(web.get("/"))
    tabs = re.search(r'<nav class="tab-bar" aria-label="Tabs">(.*?)</nav>', page, re.S)
    assert tabs
    assert re.findall(r"<span>([^<]+)</span>", tabs.group(1)) == [
        "Today", "I just met…", "People", "Habits"]


def test_settings_holds_import_export_reminders_tokens_and_sign_out(web):
    page = html(web.get("/settings/"))
    for path, title in (("/import/", "Import contacts"), ("/export/", "Export"),
                        ("/settings/reminders/", "Reminders"), ("/settings/tokens/", "API tokens")):
        assert re.search(rf'<a href="{path}">.*?<strong>{title}</strong>', page), title
    assert 'action="/accounts/logout/"' in page
    assert "site-footer" not in page  # the footer's links all live here now


def test_settings_needs_a_sign_in(client, db):
    response = client.get("/settings/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_api_docs_lead_back_to_the_app(web):
    page = html(web.get("/api/docs"))
    assert '<a href="/">← Back to Followthrough</a>' in page


def test_linkedin_keeps_its_capitals_in_labels_and_buttons(web, owner, meet):
    person = meet(owner, linkedin="https://www.linkedin.com/in/janedoe", why="hiring").person
    page = html(web.get(f"/people/{person.pk}/"))
    assert "<dt>LinkedIn</dt>" in page and "Linkedin" not in page
    assert "Copy LinkedIn note</button>" in page
    assert "Copy thank-you email</button>" in page
    assert "Copy 30-day call note</button>" in page
