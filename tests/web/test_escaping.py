"""User text is shown as text: a person named like a script tag stays a name."""

from __future__ import annotations

from tests.web.helpers import html

HOSTILE = "<script>alert(1)</script>"


def test_a_hostile_name_and_notes_render_escaped_on_every_page(web, owner, meet):
    result = meet(owner, HOSTILE, where=HOSTILE, why=HOSTILE, give=HOSTILE,
                  need='"><img src=x onerror=alert(1)>')
    person = result.person
    for url in ("/", "/people/", f"/people/{person.pk}/", f"/people/{person.pk}/prep/",
                f"/people/{person.pk}/edit/", f"/meetings/{result.meeting.pk}/plan/",
                "/people/?q=%3Cscript%3E"):
        page = html(web.get(url))
        assert "<script>alert(1)</script>" not in page, url
        assert "<img src=x" not in page, url
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html(web.get(f"/people/{person.pk}/"))


def test_every_page_sends_a_content_security_policy_without_inline_scripts(web):
    response = web.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "<script>" not in html(response)
