"""The one-click links in each email: unsubscribe and snooze, signed, and nothing else."""

from __future__ import annotations

from django.test import Client

from followthrough.reminders import links
from followthrough.reminders.models import ReminderSettings


def test_unsubscribe_asks_on_get_and_acts_on_post(owner, client: Client):
    url = links.action_url(owner.id, "unsubscribe").removeprefix("https://ft.example.org")
    page = client.get(url)
    assert page.status_code == 200 and b"Stop all Followthrough reminder emails?" in page.content
    assert not ReminderSettings.objects.filter(owner=owner, digest_enabled=False).exists()
    done = client.post(url)  # what a mail client's one-click POST does, with no CSRF token
    assert done.status_code == 200 and b"no more reminder emails" in done.content
    wish = ReminderSettings.objects.get(owner=owner)
    assert not wish.digest_enabled and not wish.immediate_overdue


def test_snooze_pauses_the_digest_for_a_week(owner, client: Client, clock):
    url = links.action_url(owner.id, "snooze").removeprefix("https://ft.example.org")
    assert client.post(url).status_code == 200
    assert ReminderSettings.objects.get(owner=owner).snoozed_until is not None


def test_a_forged_or_misused_token_is_not_found(owner, outsider, client: Client):
    snooze_token = links.action_token(owner.id, "snooze")
    for token in ["nonsense", snooze_token + "x", snooze_token, "a" * 5000]:
        assert client.post(f"/reminders/unsubscribe/{token}/").status_code == 404
    assert not ReminderSettings.objects.filter(digest_enabled=False).exists()


def test_a_link_for_a_deleted_account_is_not_found(owner, client: Client):
    url = links.action_url(owner.id, "unsubscribe").removeprefix("https://ft.example.org")
    owner.delete()
    assert client.post(url).status_code == 404


def test_reminders_already_owed_are_not_sent_after_unsubscribing(clock, met, owner):
    from django.core import mail
    from django.utils import timezone

    from followthrough.reminders.deliveries import deliver_one
    from followthrough.reminders.services import unsubscribe
    from tests.reminders.helpers import overdue_notes

    overdue_notes(met, clock)
    unsubscribe(owner_id=owner.id)
    while deliver_one(timezone.now(), "w1"):
        pass
    assert mail.outbox == []
