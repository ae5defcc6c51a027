"""The weekly review on paper: the Review page and `followthrough review --html` each print on one
A4 and one Letter page in Chromium (its print-to-PDF, the pages counted), and the page passes
the accessibility checks at 1,280 and 390 px, light and dark."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from followthrough.bootstrap import local_owner
from followthrough.models import Step
from followthrough.preferences import preferences_for
from followthrough.services.interactions import log_interaction
from followthrough.services.meetings import NewMeeting, record_meeting
from followthrough.services.steps import complete_step

pytestmark = pytest.mark.slow  # starts a browser, a server or processes (docs/testing.md)


FORMATS = ("A4", "Letter")


def pages(pdf: bytes) -> int:
    """The page objects of a PDF from Chromium (Skia writes them uncompressed)."""
    count = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))
    [declared] = {int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf)} or {
        count}
    assert count == declared, (count, declared)
    return count


def a_typical_week(people: int = 3) -> None:
    """PEOPLE met three days ago (their first steps slipped), two calls coming, one person about
    to lapse and one lapsed, a relationship begun, offers open: about a busy week's worth."""
    owner, now = local_owner(), timezone.now()
    prefs = preferences_for(owner)

    def meet(name: str, ago: timedelta, give: str = "") -> object:
        return record_meeting(owner=owner, prefs=prefs, now=now, new_person=True, meeting=NewMeeting(
            name=name, at=now - ago, where="Mixer", why="hiring", give=give)).person

    for n in range(people):
        name = (f"Slipped Person {n}" if people < 10
                else f"Dr. Maximiliane Ottilie {n} von Hohenzollern-Sigmaringen")
        meet(name, timedelta(days=3), give=f"an intro to team {n}, and " + "the long story " * n)
    meet("Caller One", timedelta(days=27), give="the Q3 report")
    meet("Caller Two", timedelta(days=25))
    meet("Soon Lapsing", timedelta(days=80))
    meet("Just Lapsed", timedelta(days=91))
    kim = meet("Kim Again", timedelta(days=20))
    log_interaction(owner=owner, person=kim, kind="face-to-face", at=now - timedelta(days=1),
                    now=now, prefs=prefs)
    # The older meetings' steps were kept up with: done, not slipped.
    for step in Step.objects.filter(owner=owner, state="open", cadence=False,
                                    due_at__lt=now - timedelta(days=7)):
        complete_step(owner=owner, step_id=step.pk, now=now, prefs=prefs)


def printed_pages(page, paper: str) -> int:  # type: ignore[no-untyped-def]
    return pages(page.pdf(format=paper, print_background=False))


def test_the_review_page_prints_on_one_page_and_passes_the_checks(journey):
    a_typical_week()
    journey.go("/review/")
    assert journey.page.locator("svg.spark[role=img]").count() == 4
    journey.check("review")
    for paper in FORMATS:
        assert printed_pages(journey.page, paper) == 1, paper
    journey.page.emulate_media(color_scheme="dark")
    journey.check("review-dark")
    journey.page.set_viewport_size({"width": 390, "height": 844})
    journey.check("review-phone-dark")
    journey.page.emulate_media(color_scheme="light")
    journey.check("review-phone")
    width = journey.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the review scrolls sideways on a phone ({width}px)"
    journey.page.set_viewport_size({"width": 1280, "height": 900})
    journey.check("review-1280")


@pytest.mark.parametrize("people", [3, 40])  # a typical week, and a very heavy one
def test_the_html_file_is_self_contained_and_prints_on_one_page(
        browser, transactional_db, tmp_path: Path, people: int):
    from followthrough.selectors.review import review_for
    from followthrough.selectors.review_sheet import standalone_html

    a_typical_week(people)
    prefs = preferences_for(local_owner())
    looked = review_for(local_owner(), now=timezone.now(), zone=prefs.zone,
                        playbook=prefs.playbook)
    assert len(looked.slipped) == 4 * people
    target = tmp_path / "review.html"
    target.write_text(standalone_html(looked, zone=prefs.zone), encoding="utf-8")
    page = browser.new_page()
    asked: list[str] = []
    problems: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
    page.goto(target.as_uri())
    assert page.locator("svg.spark").count() == 4
    for paper in FORMATS:
        assert printed_pages(page, paper) == 1, paper
    page.close()
    assert asked == [target.as_uri()]  # nothing fetched from anywhere
    assert problems == []  # nothing the page's CSP had to block
