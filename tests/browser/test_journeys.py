"""End to end in a real browser: what a person does after an event, and on the days after."""

from __future__ import annotations

from followthrough.bootstrap import local_owner
from followthrough.models import Person, Step


def capture(journey, name: str = "Jane Doe") -> None:  # type: ignore[no-untyped-def]
    page = journey.page
    journey.go("/met/")
    page.fill("#id_name", name)
    page.fill("#id_where", "Chamber of Commerce mixer")
    page.fill("#id_why", "She is building a data team; I know two candidates")
    page.fill("#id_need", "senior data engineers")
    page.fill("#id_give", "intro to Priya and Tom")
    page.click("text=Email, company, LinkedIn, phone")
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
    capture(journey)
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
    from tests.evidence.conftest import FIXTURES

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
