"""`followthrough sync` against a real Radicale server: steps out, ticks back, cards both ways."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

import caldav
import pytest
from django.utils import timezone
from icalendar import Calendar

from followthrough.models import Person, Step
from followthrough.reminders.dav import DavConfig, SyncError, sync_all
from followthrough.reminders.dav.server import plain_errors
from tests.reminders.radicale_server import radicale

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out


@pytest.fixture(scope="module")
def dav_url(tmp_path_factory) -> Iterator[str]:  # type: ignore[no-untyped-def]
    with radicale(tmp_path_factory.mktemp("radicale")) as url:
        yield url


@pytest.fixture
def config(dav_url: str, request) -> DavConfig:  # type: ignore[no-untyped-def]
    # Each test is its own Radicale user, so each starts with an empty calendar and address book.
    return DavConfig(dav_url, f"user{abs(hash(request.node.name)) % 10**8}", "secret")


def remote_calendar(config: DavConfig):  # type: ignore[no-untyped-def]
    client = caldav.DAVClient(url=config.url, username=config.username, password=config.password)
    calendar = next(c for c in client.principal().calendars() if "followthrough" in str(c.url))
    return client, calendar


def components(config: DavConfig, name: str) -> list:  # type: ignore[type-arg]
    _, calendar = remote_calendar(config)
    found = []
    for obj in [*calendar.events(), *calendar.todos(include_completed=True)]:
        found += [c for c in Calendar.from_ical(obj.data).walk() if c.name == name]
    return found


def sync(owner, prefs, config):  # type: ignore[no-untyped-def]
    return sync_all(owner=owner, now=timezone.now(), prefs=prefs, config=config)


def test_open_steps_become_tasks_and_events_with_alarms(clock, met, owner, prefs, config):
    met("Jane Doe", ago=timedelta(hours=2))
    report = sync(owner, prefs, config)
    assert report.steps_pushed == 6
    todos, events = components(config, "VTODO"), components(config, "VEVENT")
    assert len(todos) == 6 and len(events) == 6
    assert all(e.walk("VALARM") for e in events)
    assert {str(t["STATUS"]) for t in todos} == {"NEEDS-ACTION"}
    again = sync(owner, prefs, config)
    assert (again.steps_pushed, again.people_pushed) == (0, 0)  # nothing changed: nothing sent


def test_a_task_ticked_off_in_a_task_app_marks_the_step_done(clock, met, owner, prefs, config):
    recorded = met("Jane Doe", ago=timedelta(hours=2))
    sync(owner, prefs, config)
    _, calendar = remote_calendar(config)
    step = recorded.steps[0]
    todo = next(o for o in calendar.todos()
                if f"todo-step-{step.id}-" in str(o.icalendar_component.get("UID")))
    todo.icalendar_component["STATUS"] = "COMPLETED"
    todo.save()
    report = sync(owner, prefs, config)
    assert report.steps_completed == 1
    assert Step.objects.get(id=step.id).state == "done"
    assert len(components(config, "VTODO")) == 5  # the done step's task and event are gone
    assert report.steps_removed == 1


def test_a_step_done_in_followthrough_leaves_the_calendar(clock, met, owner, prefs, config):
    from followthrough.services.steps import complete_step

    recorded = met("Jane Doe", ago=timedelta(hours=2))
    sync(owner, prefs, config)
    complete_step(owner=owner, step_id=recorded.steps[1].id, now=timezone.now(), prefs=prefs)
    assert sync(owner, prefs, config).steps_removed == 1
    assert len(components(config, "VEVENT")) == 5


def test_a_card_edited_in_the_address_book_updates_the_person_without_a_twin(
    clock, met, owner, prefs, config
):
    recorded = met("Jane Doe", ago=timedelta(hours=2))
    assert sync(owner, prefs, config).people_pushed == 1
    client, _ = remote_calendar(config)
    principal = str(client.principal().url).rstrip("/")
    card_url = f"{principal}/followthrough-contacts/{recorded.person.uid.rsplit(':', 1)[-1]}.vcf"
    card = client.request(card_url).raw
    card = card.decode() if isinstance(card, bytes) else card
    edited = card.replace("END:VCARD", "ORG:Acme GmbH\r\nTITLE:CTO\r\nEMAIL:jane@acme.example\r\n"
                          "END:VCARD")
    assert client.put(card_url, edited, {"Content-Type": "text/vcard"}).status in (201, 204)
    report = sync(owner, prefs, config)
    assert report.people_updated == 1
    person = Person.objects.get(id=recorded.person.id)
    assert (person.organisation, person.title) == ("Acme GmbH", "CTO")
    assert Person.objects.filter(owner=owner).count() == 1
    assert "jane@acme.example" in {p.value for p in person.contact_points.all()}
    assert sync(owner, prefs, config).people_updated == 0  # applied once


def test_a_person_changed_in_followthrough_is_written_again(clock, met, owner, prefs, config):
    from followthrough.services.people_edit import PersonEdit, edit_person

    recorded = met("Jane Doe", ago=timedelta(hours=2))
    sync(owner, prefs, config)
    edit_person(owner=owner, person=recorded.person, now=timezone.now(), prefs=prefs,
                edit=PersonEdit(full_name="Jane Doe-Smith", organisation="Initech"))
    assert sync(owner, prefs, config).people_pushed == 1


def _answering(status: int) -> type[BaseHTTPRequestHandler]:
    class Answering(BaseHTTPRequestHandler):
        def do_PROPFIND(self) -> None:  # noqa: N802
            self.send_response(status)
            self.send_header("WWW-Authenticate", 'Basic realm="dav"')
            self.end_headers()

        do_GET = do_OPTIONS = do_REPORT = do_PUT = do_PROPFIND  # noqa: N815

        def log_message(self, *args: object) -> None:
            pass

    return Answering


@pytest.mark.parametrize(("status", "reason"), [
    (500, "connecting failed"),
    (401, "the server refused the login \\(check CALDAV_USERNAME and CALDAV_PASSWORD\\)"),
])
def test_a_server_answering_errors_gives_one_clear_line_and_changes_nothing(
    clock, met, owner, prefs, status, reason
):
    met("Jane Doe", ago=timedelta(hours=2))
    server = HTTPServer(("127.0.0.1", 0), _answering(status))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises(SyncError, match=f"CalDAV server: .*{reason}"):
            sync(owner, prefs, DavConfig(f"http://127.0.0.1:{server.server_port}/", "a", "b"))
    finally:
        server.shutdown()
    assert Step.objects.filter(state="open").count() == 6


@pytest.mark.parametrize("port", [40123, 40312, 14013])
def test_a_port_that_looks_like_a_status_is_still_an_unreachable_server(port):
    # A refused connection names the port; 127.0.0.1:40123 once read as a 401 and blamed the login.
    refused = ConnectionError(f"HTTPConnectionPool(host='127.0.0.1', port={port}): Max retries "
                              f"exceeded with url: / (Caused by NewConnectionError: "
                              f"Failed to establish a new connection: [Errno 111] Connection refused)")
    with pytest.raises(SyncError, match="could not reach the server"), plain_errors("connecting"):
        raise refused


def test_the_command_says_what_to_set_when_caldav_is_not_configured(run, monkeypatch):
    monkeypatch.delenv("CALDAV_URL", raising=False)
    from click.testing import CliRunner

    from followthrough.cli import cli

    result = CliRunner().invoke(cli, ["sync"])
    assert result.exit_code == 1
    assert "CALDAV_URL is not set" in result.output


def test_the_command_syncs_and_reports(run, met, config, monkeypatch):
    met("Jane Doe", ago=timedelta(hours=2))
    monkeypatch.setenv("CALDAV_URL", config.url)
    monkeypatch.setenv("CALDAV_USERNAME", config.username + "cli")
    monkeypatch.setenv("CALDAV_PASSWORD", "x")
    result = run("sync")
    assert result.exit_code == 0, result.output
    assert "Calendar: 6 steps written" in result.output
    assert "Address book: 1 people written" in result.output


def test_an_unreachable_server_is_a_clear_error(db, owner, prefs):
    from tests.reminders.smtp import closed_port

    with closed_port() as port, pytest.raises(SyncError, match="could not reach the server"):
        sync(owner, prefs, DavConfig(f"http://127.0.0.1:{port}/", "", ""))
