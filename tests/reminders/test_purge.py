"""The worker empties the trash once a day: a deleted person can be restored for 30 days."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from followthrough.models import ContactPoint, Interaction, Meeting, Offer, Person, Step
from followthrough.reminders.models import Event


def deleted(met, who, prefs, name: str = "Jane Doe") -> Person:  # type: ignore[no-untyped-def]
    """Meet NAME (with an email, an offer, a logged call), then delete them."""
    from followthrough.services.interactions import log_interaction
    from followthrough.services.people_edit import delete_person

    person = met(name, ago=timedelta(days=1), who=who).person
    ContactPoint.objects.create(owner=who, person=person, kind="email", value="j@example.com",
                                key="j@example.com")
    log_interaction(owner=who, person=person, kind="call", at=timezone.now(), now=timezone.now(),
                    prefs=prefs)
    return delete_person(owner=who, person=person, now=timezone.now())


def test_29_days_after_deletion_the_person_can_still_be_restored(clock, met, owner, worker, prefs):
    from followthrough.services.trash import undelete_person

    jane = deleted(met, owner, prefs)
    clock.shift(timedelta(days=29))
    worker.run_pass()
    back = undelete_person(owner=owner, person=Person.objects.get(pk=jane.pk), now=timezone.now())
    assert back.deleted_at is None
    assert Step.objects.filter(person=back, state="open").exists()
    assert Interaction.objects.filter(person=back).count() == 1


def test_31_days_after_deletion_the_person_is_gone_with_all_that_was_theirs(
    clock, met, owner, teammate, worker, prefs
):
    jane = deleted(met, owner, prefs)
    kept = met("Bob Keep", ago=timedelta(days=1)).person
    theirs = deleted(met, teammate, prefs, "Tim Teammate's Contact")
    clock.shift(timedelta(days=31))
    result = worker.run_pass()
    assert result.chores == ["purged 2 people deleted more than 30 days ago"]
    for person in (jane, theirs):
        assert not Person.objects.filter(pk=person.pk).exists()
        for model in (Step, Meeting, ContactPoint, Interaction, Offer, Event):
            assert not model.objects.filter(person_id=person.pk).exists(), model.__name__
    assert Person.objects.get(pk=kept.pk).deleted_at is None
    assert Step.objects.filter(person=kept).count() == 6


def test_the_trash_is_emptied_once_a_day_however_many_workers_pass(clock, met, owner, monkeypatch):
    from followthrough.reminders.worker import Worker
    from followthrough.services import trash

    calls: list[object] = []
    monkeypatch.setattr(trash, "purge_deleted", lambda now: calls.append(now) or 0)
    workers = [Worker(name=f"w{n}", clock=timezone.now, sleep=lambda s: None) for n in range(3)]
    for _ in range(2):
        for worker in workers:
            worker.run_pass()
    assert len(calls) == 1
    clock.shift(timedelta(days=1))
    for worker in workers:
        worker.run_pass()
    assert len(calls) == 2


def test_a_chore_whose_worker_died_is_taken_over_after_the_lease(clock, db):
    from followthrough.reminders.chores import LEASE, PURGE, claim, finish

    due = timezone.now() - timedelta(hours=1)
    assert claim(PURGE, due, timezone.now(), "killed-worker")  # ...and never finishes
    clock.shift(LEASE - timedelta(minutes=1))
    assert not claim(PURGE, due, timezone.now(), "second-worker")
    clock.shift(timedelta(minutes=2))
    assert claim(PURGE, due, timezone.now(), "second-worker")
    finish(PURGE, due, timezone.now(), "second-worker")
    clock.shift(LEASE * 2)
    assert not claim(PURGE, due, timezone.now(), "third-worker")  # done for that slot
