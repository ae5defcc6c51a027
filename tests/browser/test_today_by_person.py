"""Today by person in a browser: on a wide screen the people are a list beside the selected
person's card; on a phone every card follows the next, and nothing scrolls sideways."""

from __future__ import annotations

import pytest

from followthrough.models import Person
from tests.browser.test_journeys import capture

pytestmark = pytest.mark.slow


def test_the_list_beside_the_selected_person_and_every_card_on_a_phone(journey):
    capture(journey, "Jane Doe", days_ago=3)  # her steps are overdue: she comes first
    journey.go("/met/")
    journey.page.fill("#id_name", "Bob Smith")
    journey.page.fill("#id_where", "Lisbon meetup")
    journey.page.click("button:has-text('Save and plan the follow-up')")
    journey.page.wait_for_selector("text=The plan for")
    jane, bob = (Person.objects.get(full_name=name) for name in ("Jane Doe", "Bob Smith"))
    page = journey.page
    page.set_viewport_size({"width": 1280, "height": 900})
    journey.go("/")
    assert page.is_visible(f"#for-{jane.pk}") and not page.is_visible(f"#for-{bob.pk}")
    assert page.get_attribute(f".today-list a[data-for='{jane.pk}']", "aria-current") == "true"
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        journey.check(f"today-by-person-1280-{scheme}")
    page.click(f".today-list a[data-for='{bob.pk}']")
    page.wait_for_selector(f"#for-{bob.pk}", state="visible")
    assert not page.is_visible(f"#for-{jane.pk}")
    assert page.get_attribute(f".today-list a[data-for='{bob.pk}']", "aria-current") == "true"
    page.click(f"#for-{bob.pk} summary:has-text('LinkedIn note')")  # the draft, one tap away
    assert "Hi Bob" in page.inner_text(f"#for-{bob.pk} .step-draft[open]")

    page.set_viewport_size({"width": 390, "height": 844})
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        journey.check(f"today-by-person-390-{scheme}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.is_visible(f"#for-{jane.pk}") and page.is_visible(f"#for-{bob.pk}")
    assert not page.is_visible(".today-list")
