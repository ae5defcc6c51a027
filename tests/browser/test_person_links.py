"""The person page with values that are no links (a `javascript:` URL, a LinkedIn field pointing
elsewhere): shown as text beside real links, at desktop and phone widths, light and dark, and
clean under axe. Clicking where a link would have been runs nothing."""

from __future__ import annotations

import pytest

from followthrough.bootstrap import local_owner
from followthrough.models import ContactPoint, Person

pytestmark = pytest.mark.slow  # starts a browser, a server or processes (docs/testing.md)


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (390, "dark")])
def test_values_that_are_no_links_read_as_text_on_the_person_page(journey, width, scheme):
    owner = local_owner()
    person = Person.objects.create(owner=owner, full_name="Mallory Links")
    for kind, value in [("url", "https://mallory.example/"), ("url", "javascript:alert(1)"),
                        ("other", "https://evil.example/in/mallory"),
                        ("email", "mallory@example.com")]:
        ContactPoint.objects.create(owner=owner, person=person, kind=kind, value=value)
    journey.page.set_viewport_size({"width": width, "height": 900})
    journey.page.emulate_media(color_scheme=scheme)
    journey.go(f"/people/{person.pk}/")
    journey.check(f"person-links-{width}-{scheme}")
    hrefs = journey.page.eval_on_selector_all(".facts a", "links => links.map(a => a.href)")
    assert "https://mallory.example/" in hrefs and "mailto:mallory@example.com" in hrefs
    assert not [h for h in hrefs if h.startswith(("javascript:", "https://evil"))]
    text = journey.page.locator(".facts").inner_text()
    assert "javascript:alert(1)" in text and "https://evil.example/in/mallory" in text
    width_used = journey.page.evaluate("document.documentElement.scrollWidth")
    assert width_used <= width, f"the page scrolls sideways ({width_used}px)"
