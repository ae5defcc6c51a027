"""A deleted person's open steps leave the agenda, the counts and the feeds, and come back exactly."""

from __future__ import annotations

import json
from datetime import timedelta

from django.utils import timezone

from followthrough.models import Step
from followthrough.reminders.feed import feed_version
from followthrough.selectors.calendar import calendar_items_for
from tests.core.helpers import step_id


def jane_steps(jane: dict) -> list[tuple]:
    return list(Step.objects.filter(person_id=jane["person"]["id"]).order_by("id")
                .values_list("id", "state", "due_at", "closed_at", "skip_reason"))


def test_deleting_then_undeleting_a_person_keeps_their_steps_and_the_agenda_exact(run, jane):
    run("done", step_id(jane, "linkedin"))
    run("skip", step_id(jane, "save-card"), "--reason", "no card")
    steps, agenda = jane_steps(jane), run("today", "--json").output
    run("delete", "Jane", "--yes")
    assert "open" not in [state for _, state, *_ in jane_steps(jane)]
    run("undelete", "Jane")
    assert jane_steps(jane) == steps
    assert run("today", "--json").output == agenda


def test_a_deleted_persons_steps_are_in_no_agenda_count_calendar_or_feed(run, jane, owner, prefs):
    run("met", "Bob Smith", "--at", "PyCon")
    bob_steps = Step.objects.filter(person__full_name="Bob Smith")
    this_week = set(bob_steps.filter(due_at__lt=timezone.now() + timedelta(days=7))
                    .values_list("id", flat=True))
    etag_before, _ = feed_version(owner, timezone.now())
    run("delete", "Jane", "--yes")
    payload = json.loads(run("today", "--json").output)
    listed = {s["id"] for key in ("overdue", "today", "this_week") for s in payload[key]}
    assert listed == this_week and payload["totals"]["this_week"] == len(this_week)
    items = calendar_items_for(owner, now=timezone.now(), prefs=prefs)
    assert [item.title.rsplit(": ", 1)[1] for item in items] == ["Bob Smith"] * bob_steps.count()
    assert feed_version(owner, timezone.now())[0] != etag_before


def test_a_step_of_a_deleted_person_cannot_be_done(run, jane):
    run("delete", "Jane", "--yes")
    result = run("done", step_id(jane, "linkedin"))
    assert result.exit_code != 0
    assert "open" not in [state for _, state, *_ in jane_steps(jane)]
