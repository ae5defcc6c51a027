"""The design holds on every page: both themes, a wide screen and a phone, axe-core clean, nothing
scrolling sideways, chart type readable, the tab bar under the thumb."""

from __future__ import annotations

from datetime import timedelta

import pytest

from followthrough.bootstrap import local_owner

pytestmark = pytest.mark.slow  # starts a browser, a server or processes (docs/testing.md)


WIDTHS = {"wide": (1280, 900), "phone": (390, 844)}
# Every label on a chart, measured on screen: its font size times the drawing's scale.
CHART_TYPE = """() => [...document.querySelectorAll('svg.chart text')]
  .filter(t => t.getClientRects().length)
  .map(t => [t.textContent, parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a])"""


@pytest.fixture
def pages(transactional_db):  # type: ignore[no-untyped-def]
    """A few people at every stage, and the paths of every page a signed-in owner sees."""
    from django.utils import timezone

    from followthrough.preferences import preferences_for
    from followthrough.services.meetings import NewMeeting, record_meeting

    owner, now = local_owner(), timezone.now()
    recorded = [record_meeting(owner=owner, prefs=preferences_for(owner), now=now, meeting=NewMeeting(
        name=name, at=now - timedelta(days=days), where="Chamber of Commerce mixer",
        why="building a data team; I know two candidates", need="data engineers",
        give="an intro to Priya", email=f"{name.split()[0].lower()}@example.com",
        linkedin=f"https://www.linkedin.com/in/{name.split()[0].lower()}"))
        for name, days in (("Jane Doe", 1), ("Amelia Okonkwo-Richardson", 40),
                           ("Luis García", 80), ("Tom Becker", 100))]
    person, meeting = recorded[0].person.pk, recorded[0].meeting.pk
    return ["/", "/met/", "/people/", f"/people/{person}/", f"/people/{person}/prep/",
            f"/people/{person}/edit/", f"/people/{person}/delete/", f"/meetings/{meeting}/plan/",
            "/habits/", "/review/", "/check/", "/settings/", "/import/", "/export/", "/offline/",
            "/settings/reminders/",
            "/settings/tokens/"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", ["wide", "phone"])
def test_every_page_is_accessible_and_never_scrolls_sideways(journey, pages, width, scheme):
    page = journey.page
    page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[width], strict=True)))
    page.emulate_media(color_scheme=scheme)
    for path in pages:
        journey.go(path)
        name = path.strip("/").replace("/", "-") or "today"
        journey.check(f"design-{name}-{width}-{scheme}")
        scrolled = page.evaluate("document.documentElement.scrollWidth")
        assert scrolled <= WIDTHS[width][0], f"{path} scrolls sideways at {width}: {scrolled}px"


@pytest.mark.parametrize("width", ["wide", "phone"])
def test_no_chart_label_is_under_11_pixels(journey, pages, width):
    journey.page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[width], strict=True)))
    journey.go("/habits/")
    labels = journey.page.evaluate(CHART_TYPE)
    assert len(labels) > 20
    small = [(text, round(size, 1)) for text, size in labels if size < 11]
    assert not small, small


def test_phone_charts_are_rows_of_bars_and_wide_ones_are_columns(journey, pages):
    page = journey.page
    page.set_viewport_size({"width": 1280, "height": 900})
    journey.go("/habits/")
    assert page.locator("svg.chart-wide-only:visible").count() == 4
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.locator("svg.chart-narrow:visible").count() == 4
    assert page.locator("svg.chart-wide-only:visible").count() == 0


def test_the_tab_bar_stays_under_the_thumb_on_a_phone(journey, pages):
    page = journey.page
    page.set_viewport_size({"width": 390, "height": 844})
    journey.go(pages[3])  # the person page: long enough to scroll
    page.mouse.wheel(0, 5000)
    # A function, not a bare expression: Playwright polls a bare expression with eval in the
    # page, which the pages' CSP (script-src 'self') refuses when the first check is false.
    page.wait_for_function("() => window.scrollY > 500")
    tabs = page.locator("nav.tab-bar a")
    assert tabs.count() == 4
    for index in range(4):
        box = tabs.nth(index).bounding_box()
        assert box is not None and box["height"] >= 44 and box["width"] >= 44
        assert 844 - 80 <= box["y"] and box["y"] + box["height"] <= 844, box
    assert page.locator("nav.top-nav").is_hidden()
    tabs.nth(2).click()
    page.wait_for_url("**/people/")
    page.set_viewport_size({"width": 1280, "height": 900})
    assert page.locator("nav.tab-bar").is_hidden() and page.locator("nav.top-nav").is_visible()


def test_the_people_search_labels_sit_over_their_own_fields(journey, pages):
    page = journey.page
    page.set_viewport_size({"width": 1280, "height": 900})
    journey.go("/people/")
    for field in ("q", "status"):
        label = page.locator(f"label[for={field}]").bounding_box()
        control = page.locator(f"#{field}").bounding_box()
        assert label and control
        assert label["y"] + label["height"] <= control["y"] + 1, field
        assert control["x"] - 1 <= label["x"] < control["x"] + control["width"], field
