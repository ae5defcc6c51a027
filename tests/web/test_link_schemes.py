"""Only web pages, email addresses and phone numbers become links: a contact file's
`URL:javascript:...`, `data:` URL or a LinkedIn field pointing anywhere but LinkedIn is shown as
text on every page, and kept as text when imported (domain/links.py decides, everywhere)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from followthrough.models import ContactPoint, Person
from tests.web.helpers import html

CARD = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mallory Links\r\nURL:javascript:alert(document.cookie)\r\n"
        "URL:data:text/html,<script>alert(1)</script>\r\nURL:https://mallory.example/\r\n"
        "X-SOCIALPROFILE;TYPE=linkedin:https://evil.example/in/mallory\r\n"
        "X-SOCIALPROFILE;TYPE=linkedin:javascript:alert(2)\r\nEND:VCARD\r\n")
HREF = re.compile(r'href="([^"]*)"')


@pytest.fixture
def mallory(run, owner, tmp_path) -> Person:  # type: ignore[no-untyped-def]
    (tmp_path / "mallory.vcf").write_text(CARD)
    assert run("import", str(tmp_path / "mallory.vcf")).exit_code == 0
    return Person.objects.get(owner=owner, full_name="Mallory Links")


def test_an_import_keeps_what_is_no_link_as_text(mallory):
    kinds = dict(mallory.contact_points.values_list("value", "kind"))
    assert kinds == {
        "javascript:alert(document.cookie)": "other",
        "data:text/html,<script>alert(1)</script>": "other",
        "https://mallory.example/": "url",
        "https://evil.example/in/mallory": "other",  # says LinkedIn, is not: not a link
        "javascript:alert(2)": "other",
    }


def test_the_person_page_links_only_web_mail_and_phone_addresses(web, owner, meet):
    person = meet(owner, "Mallory Links", email="m@example.com").person
    for kind, value in [("url", "javascript:alert(1)"), ("url", "JaVaScRiPt:alert(1)"),
                        ("url", "java\tscript:alert(1)"), ("linkedin", "javascript:alert(2)"),
                        ("url", "data:text/html,x"), ("url", "https://mallory.example/")]:
        ContactPoint.objects.create(owner=owner, person=person, kind=kind, value=value)
    page = html(web.get(f"/people/{person.pk}/"))
    links = HREF.findall(page)
    assert "https://mallory.example/" in links
    assert not [link for link in links if not link.startswith(("/", "https:", "mailto:", "#"))], links
    assert "javascript:alert(2)" in page and "data:text/html,x" in page  # shown, as text


def test_the_today_page_and_the_plan_link_no_unsafe_linkedin_address(web, owner, meet):
    recorded = meet(owner, "Mallory Links", ago=timedelta(days=3))
    ContactPoint.objects.create(owner=owner, person=recorded.person, kind="linkedin",
                                value="javascript:alert(3)")
    for url in ("/", f"/meetings/{recorded.meeting.pk}/plan/"):
        assert "javascript:" not in html(web.get(url)), url


def test_the_calendar_export_names_no_unsafe_address(run, owner, tmp_path, clock):
    run("met", "Mallory Links")
    person = Person.objects.get(owner=owner)
    ContactPoint.objects.create(owner=owner, person=person, kind="linkedin",
                                value="javascript:alert(4)")
    calendar = run("export", "--format", "ics").stdout_bytes.decode()
    assert "javascript:" not in calendar and "URL:" not in calendar
