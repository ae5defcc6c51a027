"""End to end in a real browser: what a person does after an event, and on the days after."""

from __future__ import annotations

import pytest

from followthrough.bootstrap import local_owner
from followthrough.models import Person, Step

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out


def capture(journey, name: str = "Jane Doe", days_ago: int = 0) -> None:  # type: ignore[no-untyped-def]
    page = journey.page
    journey.go("/met/")
    page.fill("#id_name", name)
    if days_ago:
        from datetime import timedelta

        from django.utils import timezone

        from followthrough.preferences import preferences_for

        when = timezone.now().astimezone(preferences_for().zone) - timedelta(days=days_ago)
        page.fill("#id_at", when.strftime("%Y-%m-%dT%H:%M"))
    page.fill("#id_where", "Chamber of Commerce mixer")
    page.fill("#id_why", "She is building a data team; I know two candidates")
    page.fill("#id_need", "senior data engineers")
    page.fill("#id_give", "intro to Priya and Tom")
    page.click("text=Email, company, title, LinkedIn, phone")
    page.fill("#id_email", "jane@example.com")
    page.fill("#id_linkedin", "https://www.linkedin.com/in/janedoe")
    page.click("button:has-text('Save and plan the follow-up')")
    page.wait_for_selector("text=The plan for")


def test_capture_on_a_phone_shows_the_plan_and_drafts(journey):
    journey.page.set_viewport_size({"width": 360, "height": 740})
    journey.go("/met/")
    journey.check("capture-phone")
    width = journey.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"the form scrolls sideways on a phone ({width}px)"
    capture(journey)
    assert journey.page.locator("pre.draft-body").count() == 3
    assert journey.page.locator("button.copy-button:visible").count() == 3
    journey.check("plan-phone")
    assert Person.objects.get(full_name="Jane Doe").owner == local_owner()


def test_a_photo_of_their_card_fills_the_form_beside_the_photo(journey, tmp_path):
    from bench.card_set import card_specs, photograph, render_card

    spec = card_specs("test", 4)[3]  # a dark card
    photo = tmp_path / "IMG_2042.jpg"
    photo.write_bytes(photograph(render_card(spec), seed=5))
    page = journey.page
    journey.go("/met/")
    page.set_input_files("#id_card", str(photo))  # read at once: no second tap
    page.wait_for_selector("img[alt='The photo of their card']", timeout=60_000)
    assert page.input_value("#id_email") == spec.email
    page.fill("#id_where", "Lisbon meetup")
    for width, scheme in ((1280, "light"), (1280, "dark"), (390, "light"), (390, "dark")):
        page.set_viewport_size({"width": width, "height": 900})
        page.emulate_media(color_scheme=scheme)
        journey.check(f"capture-card-{width}-{scheme}")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.click("button:has-text('Save the card, and plan the follow-up')")
    page.wait_for_selector("text=The plan for")
    person = Person.objects.get(owner=local_owner())
    assert person.card_photos.count() == 1
    assert Step.objects.get(person=person, kind="save-card").state == "done"
    journey.go(f"/people/{person.pk}/")
    page.wait_for_selector("img.card-thumb")
    journey.check("person-with-card-photo")


def test_completing_a_step_from_today_updates_it_in_place(journey):
    capture(journey)
    journey.go("/")
    journey.check("today")
    first = journey.page.locator("li.step").first
    step_id = int(first.get_attribute("id").removeprefix("step-"))
    first.locator("button:has-text('Done')").click()
    journey.page.wait_for_selector(f"#step-{step_id}.step-closed")
    assert "Done:" in journey.page.inner_text(f"#step-{step_id}")
    assert Step.objects.get(pk=step_id).state == "done"
    journey.check("today-after-done")


def test_logging_face_to_face_makes_a_relationship(journey):
    capture(journey, days_ago=5)  # meeting face to face the same day would be the same meeting
    person = Person.objects.get(full_name="Jane Doe")
    journey.go(f"/people/{person.pk}/")
    journey.check("person")
    journey.page.select_option("#id_kind", "face-to-face")
    journey.page.fill("#id_note", "lunch, talked about the team")
    journey.page.click("button:has-text('Log it')")
    journey.page.wait_for_selector(".status-badge.status-relationship")
    journey.check("person-relationship")
    journey.go(f"/people/{person.pk}/prep/")
    journey.check("prep")


def test_the_habits_page_draws_accessible_charts(journey):
    capture(journey)
    journey.go("/habits/")
    charts = journey.page.locator("svg.chart[role=img]:visible")
    assert charts.count() == 4
    assert journey.page.locator("svg.chart:visible title").count() == 4
    journey.check("habits")
    journey.page.emulate_media(color_scheme="dark")
    journey.go("/")
    journey.check("today-dark")
    journey.go("/habits/")
    journey.check("habits-dark")


def test_people_and_tokens_pages_pass_the_checks(journey):
    capture(journey)
    journey.go("/people/")
    journey.check("people")
    journey.go("/settings/tokens/")
    journey.page.fill("#id_name", "my script")
    journey.page.click("button:has-text('Create token')")
    journey.page.wait_for_selector("#new-token")
    journey.check("tokens")


def test_importing_a_vcard_upload_shows_the_report(journey, tmp_path):
    card = tmp_path / "marta.vcf"
    card.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marta Lindqvist\r\nN:Lindqvist;Marta;;;\r\n"
                     b"EMAIL;TYPE=INTERNET:marta@example.com\r\nEND:VCARD\r\n")
    journey.go("/import/")
    journey.check("import")
    journey.page.set_input_files("#id_file", str(card))
    journey.page.click("button:has-text('Import')")
    journey.page.wait_for_selector("text=1 created")
    journey.check("import-report")
    assert Person.objects.filter(full_name="Marta Lindqvist", owner=local_owner()).exists()
    journey.go("/check/")
    journey.page.fill("#id_text", "Great to meet everyone at the mixer")
    journey.page.click("button:has-text('Check')")
    journey.page.wait_for_selector("#findings-title")
    journey.check("check")
    journey.go("/export/")
    journey.check("export")


def test_evidence_from_mail_reports_and_a_suggestion_is_confirmed_in_light_and_dark(journey):
    from django.utils import timezone

    from followthrough.models import Interaction
    from followthrough.preferences import preferences_for
    from followthrough.services.meetings import NewMeeting, record_meeting
    from tests.evidence.helpers import FIXTURES

    owner = local_owner()
    for name, email in (("Jane Doe", "jane.doe@example.com"), ("Dan Brown", "dan@brown.example")):
        record_meeting(owner=owner, meeting=NewMeeting(name=name, at=timezone.now(), email=email),
                       prefs=preferences_for(owner), now=timezone.now())
    journey.go("/import/")
    journey.page.set_input_files("#id_file", str(FIXTURES / "takeout.mbox"))
    journey.page.click("button:has-text('Import')")
    journey.page.wait_for_selector("#suggestions-title")
    journey.check("import-evidence")
    journey.page.emulate_media(color_scheme="dark")
    journey.page.set_viewport_size({"width": 390, "height": 900})
    journey.check("import-evidence-dark-phone")
    journey.page.click("button:has-text('It is them')")
    journey.page.wait_for_selector("text=Confirmed: logged 1 with Dan Brown")
    assert Interaction.objects.filter(person__full_name="Dan Brown", incoming=True).exists()


def test_reminder_settings_save_and_the_calendar_address_can_be_copied(journey):
    from followthrough.reminders.models import ReminderSettings

    journey.go("/settings/reminders/")
    journey.check("reminders")
    page = journey.page
    page.fill("#id_email", "me@example.org")
    page.select_option("#id_digest_hour", "7")
    page.uncheck("#id_immediate_overdue")
    page.click("button:has-text('Save')")
    page.wait_for_selector("text=Reminder settings saved.")
    saved = ReminderSettings.objects.get(owner=local_owner())
    assert (saved.email, saved.digest_hour, saved.immediate_overdue) == ("me@example.org", 7, False)
    assert page.locator("button.copy-button:visible").count() == 1
    assert page.inner_text("#feed-url").startswith("webcal://")
    journey.check("reminders-saved")


def test_the_capture_form_previews_the_note_as_you_type(journey):
    page = journey.page
    journey.go("/met/")
    page.fill("#id_name", "Jane Doe")
    page.fill("#id_where", "Chamber of Commerce mixer")
    page.fill("#id_why", "she is building a data team; I know two candidates")
    page.wait_for_selector("#note-preview-body:has-text('you are building')")
    preview = page.inner_text("#note-preview-body")
    assert preview.startswith("Hi Jane, great to meet you at Chamber of Commerce mixer. I'd like "
                              "to connect: you are building a data team; I know two candidates.")
    journey.check("capture-preview")
    page.set_viewport_size({"width": 390, "height": 844})
    journey.check("capture-preview-phone")


def test_a_done_step_is_reopened_from_the_person_page(journey):
    capture(journey)
    person = Person.objects.get(full_name="Jane Doe")
    step = person.steps.get(kind="save-card")
    journey.go("/")
    journey.page.locator(f"#step-{step.pk} button:has-text('Done')").click()
    journey.page.wait_for_selector(f"#step-{step.pk}.step-closed")
    journey.go(f"/people/{person.pk}/")
    journey.check("person-with-reopen")
    journey.page.click("button:has-text('Reopen')")
    journey.page.wait_for_selector("text=Open again: Save their whole business card")
    step.refresh_from_db()
    assert step.state == "open"
    journey.check("person-reopened")


def test_show_all_pages_through_a_long_part_of_today(journey):
    """60 overdue steps: Today shows 20 and a link; "Show all" pages them 50 at a time, at
    phone and desktop widths, light and dark."""
    from datetime import timedelta

    from django.utils import timezone

    from followthrough.domain.playbook import DEFAULT_PLAYBOOK
    from followthrough.preferences import Preferences
    from followthrough.services.meetings import NewMeeting, record_meeting
    from tests.helpers import BERLIN

    prefs = Preferences(my_name="Alex", my_email="alex@example.com", zone=BERLIN,
                        phone_region="DE", linkedin_premium=False, playbook=DEFAULT_PLAYBOOK)
    now = timezone.now()
    for n in range(15):
        record_meeting(owner=local_owner(), prefs=prefs, now=now,
                       meeting=NewMeeting(name=f"Person {n:02d}", at=now - timedelta(days=5),
                                          give="an intro", email=f"p{n}@example.com"))
    page = journey.page
    journey.go("/")
    page.click("text=Show all 60")
    page.wait_for_selector("text=Page 1 of 2")
    for width, scheme in ((1280, "light"), (390, "dark"), (390, "light"), (1280, "dark")):
        page.set_viewport_size({"width": width, "height": 900})
        page.emulate_media(color_scheme=scheme)
        journey.check(f"today-show-all-{width}-{scheme}")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.click("text=Next →")
    page.wait_for_selector("text=51–60 of 60")
    assert Step.objects.filter(state="open", due_at__lt=now).count() == 60
