"""Undo: a mis-tap on Done or Skip is not final. Today offers an Undo for a few seconds, which
brings the step's card back as it was; a step closed longer ago reopens from the person page."""

from __future__ import annotations

import pytest

from followthrough.models import Person, Step
from tests.browser.test_journeys import capture

pytestmark = pytest.mark.slow


def _first_step(journey) -> tuple[object, int]:  # type: ignore[no-untyped-def]
    card = journey.page.locator("li.step").first
    return card, int(card.get_attribute("id").removeprefix("step-"))


def test_undo_after_done_and_skip_brings_the_step_back(journey):
    capture(journey)
    page = journey.page
    journey.go("/")
    card, step_id = _first_step(journey)
    title = Step.objects.get(pk=step_id).title
    card.locator("button:has-text('Done')").click()
    page.wait_for_selector(f"#step-{step_id}.step-closed")
    assert Step.objects.get(pk=step_id).state == "done"
    for width, scheme in ((1280, "light"), (1280, "dark"), (390, "light"), (390, "dark")):
        page.set_viewport_size({"width": width, "height": 900})
        page.emulate_media(color_scheme=scheme)
        journey.check(f"today-undo-{width}-{scheme}")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.click(f"#step-{step_id} button:has-text('Undo')")
    page.wait_for_selector(f"#step-{step_id}:not(.step-closed) button:has-text('Done')")
    assert Step.objects.get(pk=step_id).state == "open"
    assert title in page.inner_text(f"#step-{step_id}")

    # Skip, then Undo: the reason goes with it.
    page.click(f"#step-{step_id} summary:has-text('Skip or snooze')")
    page.fill(f"#reason-{step_id}", "not on LinkedIn")
    page.click(f"#step-{step_id} button:has-text('Skip')")
    page.wait_for_selector(f"#step-{step_id}.step-closed")
    assert Step.objects.get(pk=step_id).state == "skipped"
    page.click(f"#step-{step_id} button:has-text('Undo')")
    page.wait_for_selector(f"#step-{step_id}:not(.step-closed) button:has-text('Done')")
    step = Step.objects.get(pk=step_id)
    assert (step.state, step.skip_reason) == ("open", "")
    # The card came back working: Done on it closes the step again.
    page.click(f"#step-{step_id} button:has-text('Done')")
    page.wait_for_selector(f"#step-{step_id}.step-closed")
    assert Step.objects.get(pk=step_id).state == "done"


def test_the_undo_goes_after_a_few_seconds_and_the_person_page_reopens(journey):
    capture(journey)
    page = journey.page
    page.clock.install()
    journey.go("/")
    card, step_id = _first_step(journey)
    card.locator("button:has-text('Done')").click()
    page.wait_for_selector(f"#step-{step_id} button:has-text('Undo')")
    page.clock.fast_forward("00:03")
    assert page.locator(f"#step-{step_id} button:has-text('Undo')").count() == 1
    page.clock.fast_forward("00:10")
    page.wait_for_selector(f"#step-{step_id} button:has-text('Undo')", state="detached")
    assert "Done:" in page.inner_text(f"#step-{step_id}")  # what happened still shows

    person = Person.objects.get(full_name="Jane Doe")
    journey.go(f"/people/{person.pk}/")
    with page.expect_navigation():
        page.click("button:has-text('Reopen')")
    assert Step.objects.get(pk=step_id).state == "open"
    assert Step.objects.get(pk=step_id).title in page.inner_text(".open-steps")
    journey.check("person-after-reopen")
