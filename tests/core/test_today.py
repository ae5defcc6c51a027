import json
from datetime import timedelta


def test_today_lists_overdue_today_and_this_week_most_urgent_first(run, jane, clock):
    run("met", "Bob Smith", "--at", "PyCon", "--why", "Django", "--when", "3 days ago")
    clock.shift(timedelta(hours=20))  # Thursday 15:00 in Berlin
    payload = json.loads(run("today", "--json").output)
    assert [s["person"]["name"] for s in payload["overdue"]] == ["Bob Smith"] * 4
    assert all(s["overdue"] for s in payload["overdue"])
    assert [s["kind"] for s in payload["today"]] == []
    assert {s["kind"] for s in payload["this_week"]} == {
        "linkedin", "thank-you-email", "save-card", "schedule-call"}
    text = run("today").output
    assert text.index("Overdue") < text.index("Next 7 days")
    assert "1 day late" in text and "in 1 day" in text


def test_today_shows_the_give_note_on_the_call_steps_and_warns_without_one(run, jane):
    run("met", "Bob Smith", "--at", "PyCon")
    payload = json.loads(run("today", "--json").output)
    schedule = [s for s in payload["this_week"] if s["kind"] == "schedule-call"]
    assert {s["person"]["name"]: s["give_note"] for s in schedule} == {
        "Jane Doe": "intro to Priya and Tom", "Bob Smith": ""}
    assert "no note of what you can give them" in run("today").output


def test_people_near_their_face_to_face_deadline_are_at_risk(run, jane, clock):
    clock.shift(timedelta(days=80))
    payload = json.loads(run("today", "--json").output)
    assert [p["name"] for p in payload["at_risk"]] == ["Jane Doe"]
    assert "At risk of lapsing" in run("today").output


def test_an_empty_agenda_says_how_to_start(run, owner, clock):
    assert "Nothing due. Met someone?" in run("today").output


def test_steps_due_before_local_midnight_are_due_today(run, jane, clock):
    clock.shift(timedelta(hours=30))  # Friday 01:00 in Berlin; Jane's steps are due at 19:00
    payload = json.loads(run("today", "--json").output)
    assert {s["kind"] for s in payload["today"]} == {
        "linkedin", "thank-you-email", "save-card", "schedule-call"}
    assert "in 18 hours" in run("today").output


def test_a_long_agenda_shows_the_20_most_urgent_and_counts_the_rest(run, owner, prefs, clock):
    from django.utils import timezone

    from followthrough.services.meetings import NewMeeting, record_meeting

    for n in range(30):
        record_meeting(owner=owner, prefs=prefs, now=timezone.now(),
                       meeting=NewMeeting(name=f"Person {n:02d}", at=timezone.now()))
    clock.shift(timedelta(days=3))
    text = run("today").output
    assert "Overdue (120)" in text
    assert "… and 100 more: followthrough today --all" in text
    payload = json.loads(run("today", "--json").output)
    assert (len(payload["overdue"]), payload["totals"]["overdue"]) == (20, 120)
    assert len(json.loads(run("today", "--all", "--json").output)["overdue"]) == 120


def test_the_agenda_costs_the_same_queries_for_3_or_300_people(owner, prefs, clock):
    from django.utils import timezone

    from followthrough.selectors.agenda import agenda_for
    from followthrough.services.meetings import NewMeeting, record_meeting

    def queries_for_agenda() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            agenda_for(owner, now=timezone.now(), zone=prefs.zone, playbook=prefs.playbook)
        return len(captured)

    for n in range(3):
        record_meeting(owner=owner, prefs=prefs, now=timezone.now(),
                       meeting=NewMeeting(name=f"Few {n}", at=timezone.now(), give="intro"))
    few = queries_for_agenda()
    for n in range(300):
        record_meeting(owner=owner, prefs=prefs, now=timezone.now(),
                       meeting=NewMeeting(name=f"Many {n}", at=timezone.now(), give="intro"))
    assert queries_for_agenda() == few <= 12


def test_at_risk_counts_everyone_past_the_page_and_no_one_twice(owner, prefs, clock):
    from django.utils import timezone

    from followthrough.models import Person
    from followthrough.selectors.agenda import agenda_for

    now = timezone.now()
    for n in range(21):
        Person.objects.create(owner=owner, full_name=f"Lapsing {n:02d}",
                              face_to_face_due=now + timedelta(days=1, minutes=n))

    def at_risk(limit: int | None) -> tuple[int, int]:
        agenda = agenda_for(owner, now=now, zone=prefs.zone, playbook=prefs.playbook, limit=limit)
        return len(agenda.at_risk), agenda.at_risk_total

    assert at_risk(20) == (20, 21)
    Person.objects.filter(full_name="Lapsing 20").delete()
    assert at_risk(20) == (20, 20)
    Person.objects.filter(full_name="Lapsing 19").delete()
    assert at_risk(20) == (19, 19)
    assert at_risk(None) == (19, 19)


def test_an_empty_section_costs_no_page_query(owner, prefs, clock):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from followthrough.selectors.agenda import agenda_for
    from followthrough.services.meetings import NewMeeting, record_meeting

    record_meeting(owner=owner, prefs=prefs, now=timezone.now(),
                   meeting=NewMeeting(name="Bob Smith", at=timezone.now(), give="intro"))
    with CaptureQueriesContext(connection) as captured:
        agenda = agenda_for(owner, now=timezone.now(), zone=prefs.zone, playbook=prefs.playbook)
    assert (agenda.overdue.total, agenda.today.total, agenda.this_week.total) == (0, 0, 4)
    # the counts, this week's page, its people's contact points and offers, at risk
    assert len(captured.captured_queries) == 5


def test_today_says_reminder_emails_have_nowhere_to_go_and_writes_nothing(run, owner, clock):
    from followthrough.reminders.models import ReminderSettings
    from followthrough.reminders.services import update_reminder_settings

    owner.email = ""
    owner.save()
    assert "nowhere to go" in run("today").output
    assert not ReminderSettings.objects.filter(owner=owner).exists()
    update_reminder_settings(owner=owner, digest_enabled=False, immediate_overdue=False)
    assert "nowhere to go" not in run("today").output
    update_reminder_settings(owner=owner, digest_enabled=True, email="me@example.org")
    assert "nowhere to go" not in run("today").output


def test_names_and_notes_are_printed_as_typed(run, owner, clock):
    run("met", "Ana :fire: [b]Ng[/b]", "--at", "PyCon", "--give", "intro to [red]Tom[/]")
    text = run("today").output
    assert "Ana :fire: [b]Ng[/b]" in text
    assert "give: intro to [red]Tom[/]" in text
