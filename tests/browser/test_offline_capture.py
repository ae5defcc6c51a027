"""At an event, offline: the capture is kept on the phone, shown as waiting to sync, and sent
when the network returns; the person exists once, even when the capture is sent twice."""

from __future__ import annotations

import pytest
from django.db import connection

from followthrough.bootstrap import local_owner
from followthrough.models import Meeting, Person

pytestmark = pytest.mark.slow  # starts a browser, a server or processes (docs/testing.md)


WAIT_FOR_WORKER = """async () => {
  await navigator.serviceWorker.ready;
  return !!navigator.serviceWorker.controller;
}"""
# Send every kept capture twice, as two tabs or a tab and the service worker might: at the same
# moment on PostgreSQL; one after the other on the tests' in-memory SQLite, whose shared cache
# refuses a second writer at once ("table is locked") where a database file would wait for it.
SEND_TWICE = """async (atOnce) => {
  const send = e => fetch(e.syncUrl, {method: "POST", credentials: "same-origin",
    headers: {"X-CSRFToken": e.fields.csrfmiddlewaretoken},
    body: new URLSearchParams(Object.entries(e.fields).filter(([k]) => k !== "csrfmiddlewaretoken"))
  }).then(r => r.status);
  return navigator.locks.request("followthrough-outbox", async () => {  // the worker waits
    const statuses = [];
    for (const e of await Outbox.all()) {
      if (atOnce) { statuses.push(...await Promise.all([send(e), send(e)])); }
      else { statuses.push(await send(e), await send(e)); }
    }
    return statuses;
  });
}"""


# Every kept capture settled: the tests read the database only then (the in-memory SQLite of
# the tests refuses a writer while another thread reads).
SETTLED = "async () => (await Outbox.all()).every(e => !['waiting', 'sending'].includes(e.state))"


def go_offline_with_a_phone(journey):  # type: ignore[no-untyped-def]
    """The app opened once with the network (the worker installs, Today is kept), then lost."""
    page = journey.page
    page.set_viewport_size({"width": 390, "height": 844})
    journey.go("/met/")
    page.wait_for_function(WAIT_FOR_WORKER)
    journey.go("/")  # now through the worker: kept for offline
    page.context.set_offline(True)


def capture_offline(journey, name: str, where: str = "Basement meetup") -> None:  # type: ignore[no-untyped-def]
    page = journey.page
    page.goto(journey.base_url + "/met/")  # from the worker's cache
    page.fill("#id_name", name)
    page.fill("#id_where", where)
    page.click("button:has-text('Save and plan the follow-up')")
    page.wait_for_selector(f"#outbox-list li:has-text('{name}')")


def test_a_capture_made_offline_is_sent_once_when_the_network_returns(journey):
    page = journey.page
    go_offline_with_a_phone(journey)
    capture_offline(journey, "Olga Offline")
    assert "waiting to sync" in page.inner_text("#outbox")
    assert page.is_visible("#offline-banner")
    journey.check("offline-capture-kept")
    page.goto(journey.base_url + "/")  # Today, as it was last seen
    assert page.title().startswith("Today")
    # The outbox is drawn from IndexedDB after the page loads: wait for it, then count.
    entries = page.locator("#outbox-list li:has-text('Olga Offline')")
    entries.first.wait_for()
    assert entries.count() == 1
    page.goto(journey.base_url + "/people/")  # not kept: the offline page says what works
    assert page.title().startswith("Offline")
    assert not Person.objects.filter(full_name="Olga Offline").exists()
    page.context.set_offline(False)  # the open page sends it: on `online`
    page.wait_for_function(SETTLED)
    page.goto(journey.base_url + "/met/")
    page.wait_for_selector("#outbox-list li:has-text('sent')")
    page.wait_for_function(SETTLED)
    journey.check("offline-capture-sent")
    person = Person.objects.get(full_name="Olga Offline", owner=local_owner())
    assert person.meetings.get().where == "Basement meetup"
    page.reload()
    page.wait_for_selector("#outbox-list li:has-text('Olga Offline')")
    assert page.locator("#outbox-list li").all_inner_texts() == ["Olga Offline sent See the plan"]
    journey.forgive_offline_errors()


def test_a_capture_sent_twice_at_once_makes_one_person(journey):
    page = journey.page
    go_offline_with_a_phone(journey)
    capture_offline(journey, "Dora Double")
    page.context.set_offline(False)
    statuses = page.evaluate(SEND_TWICE, connection.vendor == "postgresql")
    assert statuses == [200, 200]
    page.wait_for_function(SETTLED)  # the page's own send follows (or the worker's)
    page.reload()
    page.wait_for_selector("#outbox-list li:has-text('sent')")
    assert Person.objects.filter(full_name="Dora Double").count() == 1
    assert Meeting.objects.filter(person__full_name="Dora Double").count() == 1
    journey.forgive_offline_errors()


def test_a_name_clash_found_on_sync_is_asked_as_the_form_asks(journey):
    from django.utils import timezone

    from followthrough.preferences import preferences_for
    from followthrough.services.meetings import NewMeeting, record_meeting

    owner, now = local_owner(), timezone.now()
    record_meeting(owner=owner, prefs=preferences_for(owner), now=now,
                   meeting=NewMeeting(name="Jane Doe", at=now, company="Acme"))
    page = journey.page
    go_offline_with_a_phone(journey)
    capture_offline(journey, "Jane Doe", where="Rooftop bar")
    page.context.set_offline(False)
    page.wait_for_function(SETTLED)
    page.reload()
    page.wait_for_selector("#outbox-list li:has-text('needs your answer')")
    assert page.is_visible("text=Add to Jane Doe, Acme")
    journey.check("offline-capture-ask")
    page.check("text=Add to Jane Doe, Acme")
    page.click("#outbox button:has-text('Send')")
    page.wait_for_selector("#outbox-list li:has-text('sent')")
    page.wait_for_function(SETTLED)
    jane = Person.objects.get(full_name="Jane Doe")
    assert sorted(jane.meetings.values_list("where", flat=True)) == ["", "Rooftop bar"]
    journey.forgive_offline_errors()
