"""An overdue step sends one email, in plain text and HTML, with a way back and a way out."""

from __future__ import annotations

import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone

from followthrough.reminders.deliveries import deliver_one
from followthrough.reminders.models import Delivery
from tests.reminders.helpers import overdue_notes


def drain(worker: str = "w1") -> int:
    sent = 0
    while deliver_one(timezone.now(), worker):
        sent += 1
    return sent


def test_an_overdue_step_sends_one_email_with_text_and_html(clock, met, owner):
    overdue_notes(met, clock)
    assert drain() == 4
    assert drain() == 0
    assert len(mail.outbox) == 4
    message = next(m for m in mail.outbox if "LinkedIn" in m.subject)
    assert message.subject.startswith("Overdue: Send a LinkedIn connection request")
    assert message.to == ["owner@example.com"]
    assert "Jane Doe" in message.body and "1 hour late" in message.body
    html, mime = message.alternatives[0]
    assert mime == "text/html" and "<a href=\"https://ft.example.org/people/" in html


def test_the_email_links_back_to_the_step_and_offers_one_click_unsubscribe(
        clock, met, owner, client):
    overdue_notes(met, clock)
    drain()
    step_id = Delivery.objects.first().event.step_id  # type: ignore[union-attr]
    message = next(m for m in mail.outbox if f"#step-{step_id}" in m.body)
    link = re.search(r"https://ft\.example\.org(/\S*)#step-(\d+)", message.body)
    assert link is not None and link.group(2) == str(step_id)
    client.force_login(owner)
    page = client.get(link.group(1))  # the page the link opens shows that step
    assert page.status_code == 200 and f'id="step-{step_id}"' in page.content.decode()
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<https://ft.example.org/reminders/unsubscribe/")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "Stop these emails: https://ft.example.org/reminders/unsubscribe/" in message.body


def test_a_step_done_before_the_email_went_out_sends_nothing(clock, met, owner, prefs):
    from followthrough.services.steps import complete_step

    overdue_notes(met, clock)
    for delivery in Delivery.objects.all():
        complete_step(owner=owner, step_id=delivery.event.step_id, now=timezone.now(), prefs=prefs)
    drain()
    assert mail.outbox == []
    assert set(Delivery.objects.values_list("state", flat=True)) == {"skipped"}


def test_a_lapsed_person_gets_one_note(clock, met):
    from followthrough.reminders.sweep import sweep

    met("Jane Doe", ago=timedelta(days=89, hours=23))
    sweep(timezone.now())
    clock.shift(timedelta(hours=2))
    sweep(timezone.now())
    drain()
    lapsed = [m for m in mail.outbox if m.subject.startswith("Lapsed")]
    assert [m.subject for m in lapsed] == ["Lapsed: meet Jane Doe face to face"]


def test_the_same_delivery_keeps_its_message_id(clock, met):
    from followthrough.reminders.notices import message_id

    overdue_notes(met, clock)
    delivery = Delivery.objects.first()
    assert message_id(delivery) == message_id(Delivery.objects.get(id=delivery.id))
    drain()
    assert {m.extra_headers["Message-ID"] for m in mail.outbox} == {
        message_id(d) for d in Delivery.objects.all()
    }
