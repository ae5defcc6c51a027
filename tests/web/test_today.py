"""Today: the agenda's steps, done, skipped or snoozed in place (htmx) or by a plain form post."""

from __future__ import annotations

import re
from datetime import timedelta

from django.utils import timezone

from followthrough.models import Person, Step
from tests.web.helpers import html


def test_it_lists_the_new_meetings_steps_with_drafts_and_links(web, meet, owner):
    meet(owner, "Jane Doe", where="Chamber mixer", why="she is hiring", email="jane@example.com",
         linkedin="https://www.linkedin.com/in/janedoe", give="intro to Priya")
    page = html(web.get("/"))
    assert "<title>Today · Followthrough</title>" in page
    assert "Send a LinkedIn connection request" in page
    assert "Hi Jane, great to meet you at Chamber mixer." in page
    assert 'href="https://www.linkedin.com/in/janedoe"' in page
    assert "mailto:jane@example.com?subject=Great%20to%20meet%20you%20at%20Chamber%20mixer" in page
    assert "intro to Priya" in page  # the give note on the schedule-call step


def test_an_empty_day_says_what_to_do_next(web):
    assert "Nothing due." in html(web.get("/"))


def test_done_by_htmx_returns_the_steps_new_line(web, meet, owner):
    step = meet(owner).steps[0]
    response = web.post(f"/steps/{step.pk}/done", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert f'id="step-{step.pk}"' in html(response) and "Done:" in html(response)
    assert Step.objects.get(pk=step.pk).state == "done"


def test_done_without_javascript_redirects_back_with_a_message(web, meet, owner):
    step = meet(owner).steps[0]
    response = web.post(f"/steps/{step.pk}/done", {"next": "/"}, follow=True)
    assert "Done: " in html(response)
    assert Step.objects.get(pk=step.pk).state == "done"


def test_done_twice_says_it_was_already_done(web, meet, owner):
    step = meet(owner).steps[0]
    web.post(f"/steps/{step.pk}/done")
    response = web.post(f"/steps/{step.pk}/done", HTTP_HX_REQUEST="true")
    assert "was already done" in html(response)


def test_skip_needs_a_reason_and_keeps_it(web, meet, owner):
    step = meet(owner).steps[0]
    response = web.post(f"/steps/{step.pk}/skip", {"reason": "   "}, HTTP_HX_REQUEST="true")
    assert "Say why you skip it" in html(response)
    assert Step.objects.get(pk=step.pk).state == "open"
    web.post(f"/steps/{step.pk}/skip", {"reason": "not on LinkedIn"}, HTTP_HX_REQUEST="true")
    skipped = Step.objects.get(pk=step.pk)
    assert (skipped.state, skipped.skip_reason) == ("skipped", "not on LinkedIn")


def test_snooze_moves_the_due_time_by_the_chosen_days(web, meet, owner):
    step = meet(owner).steps[0]
    before = step.due_at
    response = web.post(f"/steps/{step.pk}/snooze", {"days": "3"}, HTTP_HX_REQUEST="true")
    assert "Snoozed:" in html(response)
    assert Step.objects.get(pk=step.pk).due_at == before + timedelta(days=3)


def test_snooze_rejects_a_made_up_duration(web, meet, owner):
    step = meet(owner).steps[0]
    response = web.post(f"/steps/{step.pk}/snooze", {"days": "9999"}, HTTP_HX_REQUEST="true")
    assert "Choose how long" in html(response)
    assert Step.objects.get(pk=step.pk).due_at == step.due_at


def test_step_actions_refuse_get(web, meet, owner):
    step = meet(owner).steps[0]
    assert web.get(f"/steps/{step.pk}/done").status_code == 405


def test_forms_carry_a_csrf_token(client, owner, meet, clock):
    from django.test import Client

    meet(owner)
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(owner)
    page = html(strict.get("/"))
    assert page.count('name="csrfmiddlewaretoken"') >= 3
    step = Step.objects.filter(owner=owner).first()
    assert strict.post(f"/steps/{step.pk}/done").status_code == 403


def page_queries(web, path: str = "/") -> int:  # type: ignore[no-untyped-def]
    from tests.statements import statements_run

    with statements_run() as statements:
        assert web.get(path).status_code == 200
    return len(statements)


def test_the_page_takes_as_many_queries_for_60_open_steps_as_for_4(web, meet, owner):
    def met(names: range) -> None:
        for n in names:
            meet(owner, f"Person {n:02d}", ago=timedelta(days=n % 3), give=f"intro {n}",
                 email=f"p{n}@example.com")

    # Met 0, 1 and 2 days ago both times, so the same sections have steps (an empty section
    # costs no page query).
    met(range(3))
    few = Step.objects.filter(state="open", due_at__lt=timezone.now() + timedelta(days=7)).count()
    small, small_all = page_queries(web), page_queries(web, "/?show=overdue")
    met(range(3, 15))
    many = Step.objects.filter(state="open", due_at__lt=timezone.now() + timedelta(days=7)).count()
    assert (few, many) == (12, 60)
    assert (page_queries(web), page_queries(web, "/?show=overdue")) == (small, small_all)


def test_the_page_says_when_reminders_cannot_arrive_and_stops_once_they_can(web, owner, clock):
    from followthrough.reminders.health import beat

    page = html(web.get("/"))
    assert "Reminders are off: the reminder worker has never run" in page
    assert 'href="/settings/reminders/">Reminder settings</a>' in page
    beat(timezone.now(), "w1")  # the worker runs; the owner's account has an address
    clock.shift(timedelta(minutes=1))  # a page is kept for its minute
    assert "reminder-health" not in html(web.get("/"))
    owner.email = ""
    owner.save()
    clock.shift(timedelta(minutes=1))
    assert "Reminder emails have nowhere to go" in html(web.get("/"))


def test_a_failing_channels_error_is_shown_as_text_and_its_commands_as_code(web, owner, clock):
    from followthrough.reminders.health import beat
    from followthrough.reminders.models import ChannelHealth

    beat(timezone.now(), "w1")
    ChannelHealth.objects.create(owner=owner, channel="email", failing_since=timezone.now(),
                                 last_error='550 <script>alert(1)</script> "`rm -rf`"')
    clock.shift(timedelta(minutes=1))  # the page the browser saw first is kept for its minute
    page = html(web.get("/"))
    assert "550 &lt;script&gt;alert(1)&lt;/script&gt; &quot;<code>rm -rf</code>&quot;" in page
    assert "<code>followthrough doctor</code> checks the settings" in page
    assert "<script>alert" not in page


def test_one_card_per_person_with_their_steps_most_urgent_first(web, meet, owner, clock):
    """Jane, met three days ago, has overdue steps: her card comes first, and her steps run
    from the most overdue; Bob, met now, follows with his; a summary counts them all."""
    meet(owner, "Bob Smith")
    jane = meet(owner, "Jane Doe", ago=timedelta(days=3))
    page = html(web.get("/"))
    assert page.count('<section class="person-steps') == 2
    assert page.index('id="for-') == page.index(f'id="for-{jane.person.pk}"')
    cards = page.split('<section class="person-steps')[1:]
    jane_card = next(card for card in cards if "Jane Doe" in card)
    assert "Bob Smith" not in jane_card
    shown = [int(found) for found in re.findall(r'<li class="step[^"]*" id="step-(\d+)"', jane_card)]
    due = {step.pk: step.due_at for step in Step.objects.filter(pk__in=shown)}
    assert shown == sorted(shown, key=lambda pk: (due[pk], pk)) and len(shown) >= 4
    overdue = Step.objects.filter(owner=owner, state="open", due_at__lt=timezone.now()).count()
    assert overdue and f"<strong>{overdue}</strong> overdue" in page
    # The wide screen's list names each person once, the most urgent first, linking their card.
    listed = re.findall(r'<a href="#for-(\d+)" data-for', page)
    assert listed == [str(jane.person.pk), str(Person.objects.get(full_name="Bob Smith").pk)]


def test_a_person_s_drafts_are_one_tap_away(web, meet, owner):
    meet(owner, "Jane Doe", where="Chamber mixer", email="jane@example.com")
    page = html(web.get("/"))
    card = page.split('<section class="person-steps')[1]
    assert card.count('<details class="step-draft">') >= 2  # the LinkedIn note and the email
    assert "<summary>LinkedIn note" in card and "<summary>Thank-you email" in card
