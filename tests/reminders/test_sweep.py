"""The sweep records each passed deadline as one event, and owes one note for it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from followthrough.reminders.models import Delivery, Event, WorkerHeartbeat
from followthrough.reminders.sweep import SweepResult, sweep
from followthrough.services.people_edit import delete_person


def test_it_records_a_step_turning_overdue_once(clock, met, db):
    met("Jane Doe", ago=timedelta(hours=47))
    sweep(timezone.now())
    clock.shift(timedelta(hours=2))
    sweep(timezone.now())
    sweep(timezone.now())
    overdue = Event.objects.filter(kind=Event.Kind.STEP_OVERDUE)
    assert overdue.count() == 4  # the four 48-hour steps of the default playbook
    assert Delivery.objects.filter(kind=Delivery.Kind.NOTE).count() == 4


def test_a_step_done_before_its_deadline_is_never_overdue(clock, met, owner, prefs):
    from followthrough.services.steps import complete_step

    recorded = met("Jane Doe", ago=timedelta(hours=47))
    for step in recorded.steps[:4]:
        complete_step(owner=owner, step_id=step.id, now=timezone.now(), prefs=prefs)
    clock.shift(timedelta(hours=2))
    sweep(timezone.now())
    assert not Event.objects.filter(kind=Event.Kind.STEP_OVERDUE).exists()


def test_a_snoozed_step_that_turns_overdue_again_is_a_new_event(clock, met, owner):
    from followthrough.services.steps import snooze_step

    step = met("Jane Doe", ago=timedelta(hours=47)).steps[0]
    clock.shift(timedelta(hours=2))
    sweep(timezone.now())
    snooze_step(owner=owner, step_id=step.id, until=timezone.now() + timedelta(hours=1),
                now=timezone.now())
    clock.shift(timedelta(hours=2))
    sweep(timezone.now())
    assert Event.objects.filter(step=step, kind=Event.Kind.STEP_OVERDUE).count() == 2


def test_it_records_a_person_lapsing_and_then_lapsed(clock, met):
    met("Jane Doe", ago=timedelta(days=75))  # face to face due in 15 days
    sweep(timezone.now())
    clock.shift(timedelta(days=2))
    sweep(timezone.now())
    assert Event.objects.filter(kind=Event.Kind.LAPSING).count() == 1
    clock.shift(timedelta(days=14))
    sweep(timezone.now())
    sweep(timezone.now())
    lapsed = Event.objects.get(kind=Event.Kind.LAPSED)
    assert lapsed.person.full_name == "Jane Doe" and lapsed.step is None
    assert Delivery.objects.filter(event=lapsed).count() == 1


def test_owners_who_turned_immediate_notes_off_get_events_but_no_notes(clock, met, owner):
    from followthrough.reminders.services import update_reminder_settings

    update_reminder_settings(owner=owner, immediate_overdue=False)
    met("Jane Doe", ago=timedelta(hours=47))
    sweep(timezone.now())
    clock.shift(timedelta(hours=2))
    sweep(timezone.now())
    assert Event.objects.filter(kind=Event.Kind.STEP_OVERDUE).count() == 4
    assert not Delivery.objects.exists()


def test_the_first_sweep_does_not_replay_old_history(clock, met):
    met("Jane Doe", ago=timedelta(days=20))  # 48-hour steps 18 days late
    sweep(timezone.now())
    assert not Event.objects.filter(kind=Event.Kind.STEP_OVERDUE).exists()


def test_a_deleted_person_raises_no_events(clock, met, owner):
    recorded = met("Jane Doe", ago=timedelta(hours=47))
    sweep(timezone.now())
    delete_person(owner=owner, person=recorded.person, now=timezone.now())
    clock.shift(timedelta(hours=2))
    sweep(timezone.now())
    assert not Event.objects.filter(kind=Event.Kind.STEP_OVERDUE).exists()


def test_the_sweep_costs_a_few_queries_per_batch_and_none_per_row(
    clock, met, django_assert_max_num_queries, db
):
    for n in range(40):
        met(f"Person {n}", ago=timedelta(hours=47))
    sweep(timezone.now())
    clock.shift(timedelta(hours=2))
    # 160 overdue steps in batches of 50: a bounded number of queries per batch, none per row.
    with django_assert_max_num_queries(4 * 10 + 10):  # 4 batches, 10 each, a few fixed
        result = sweep(timezone.now(), batch=50)
    assert result.events == 160
    assert Event.objects.filter(kind=Event.Kind.STEP_OVERDUE).count() == 160


def test_a_step_committed_just_after_the_sweep_passed_its_due_time_is_still_recorded(clock, met):
    sweep(timezone.now())
    # Another transaction commits a step whose due time the last sweep has already passed.
    met("Late Commit", ago=timedelta(hours=48, minutes=5))
    clock.shift(timedelta(seconds=30))
    sweep(timezone.now())
    assert Event.objects.filter(kind=Event.Kind.STEP_OVERDUE).count() == 4


def test_a_sweep_over_the_overlap_counts_only_new_events(clock, met):
    met("Jane Doe", ago=timedelta(hours=47))
    sweep(timezone.now())
    clock.shift(timedelta(hours=2))
    assert sweep(timezone.now()).events == 4
    clock.shift(timedelta(minutes=1))
    assert sweep(timezone.now()) == SweepResult(events=0, deliveries=0)



def _owners_with_a_person_due(count: int, due: datetime | None) -> None:
    """COUNT owners, each with one person whose face-to-face deadline is DUE."""
    from django.contrib.auth.models import User

    from followthrough.models import Person

    User.objects.bulk_create(User(username=f"team-{n}") for n in range(count))
    Person.objects.bulk_create(
        Person(owner=o, full_name=f"Person of {o.username}", face_to_face_due=due)
        for o in User.objects.filter(username__startswith="team-")
    )


def _queries_of_one_sweep(owners: int, due: datetime | None) -> tuple[int, int]:
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from followthrough.models import Person

    Event.objects.all().delete()
    Person.objects.all().delete()
    User.objects.filter(username__startswith="team-").delete()
    WorkerHeartbeat.objects.all().delete()
    sweep(timezone.now() - timedelta(minutes=1))
    _owners_with_a_person_due(owners, due)
    with CaptureQueriesContext(connection) as captured:
        result = sweep(timezone.now())
    return len(captured.captured_queries), result.events


@pytest.mark.parametrize("due_in", [None, timedelta(seconds=-30)], ids=["nothing due", "one due each"])
def test_a_sweep_costs_as_many_queries_for_100_owners_as_for_10(clock, db, due_in):
    due = timezone.now() + due_in if due_in is not None else None
    ten, hundred = _queries_of_one_sweep(10, due), _queries_of_one_sweep(100, due)
    assert (ten[1], hundred[1]) == ((0, 0) if due is None else (10, 100))
    assert ten[0] == hundred[0]


def test_the_sweep_reads_people_of_all_owners_on_the_face_to_face_index(people_with_deadlines):
    from followthrough.domain.kinds import Status
    from followthrough.reminders.sweep import Window, people_turning_in
    from tests.performance.test_hot_queries_use_indexes import uses_index

    now = timezone.now()
    window = people_turning_in(Window(now - timedelta(minutes=16), now), Status.LAPSED)
    assert uses_index(window.order_by("face_to_face_due", "id")[:1000], "person_f2f_due",
                      ("person_f2f_due",))
