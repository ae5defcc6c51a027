"""The worker reports what reached the mail server; without EMAIL_HOST nothing is attempted and
every place that shows reminder settings says that no email can be sent."""

from __future__ import annotations

import pytest

from followthrough.reminders.models import Delivery
from tests.reminders.helpers import overdue_notes
from tests.reminders.smtp import closed_port


@pytest.fixture(autouse=True)
def notes_only(owner):  # type: ignore[no-untyped-def]
    from followthrough.reminders.services import update_reminder_settings

    update_reminder_settings(owner=owner, digest_enabled=False)


@pytest.fixture
def no_mail_server(settings):  # type: ignore[no-untyped-def]
    """A fresh install: Django's SMTP backend and no EMAIL_HOST."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = ""
    return settings


def test_a_refused_connection_is_reported_as_failed_not_sent(clock, met, smtp, settings, worker,
                                                            capsys):
    from followthrough.cli.worker import _report

    overdue_notes(met, clock)
    with closed_port() as port:
        settings.EMAIL_PORT = port
        result = worker.run_pass()
    assert (result.sent, result.failed) == (0, 4)
    _report(result, as_json=False)
    out = capsys.readouterr().out
    assert "Reminders: 0 sent, 4 failed: the mail server refused the connection" in out
    assert "sent 4" not in out


def test_what_the_server_took_is_counted_as_sent(clock, met, smtp, worker, capsys):
    from followthrough.cli.worker import _report

    overdue_notes(met, clock)
    result = worker.run_pass()
    _report(result, as_json=True)
    assert '"sent": 4' in capsys.readouterr().out and len(smtp.messages) == 4


def test_without_email_host_nothing_is_attempted_and_the_worker_says_why(
        clock, met, no_mail_server, worker, capsys):
    from followthrough.cli.worker import _report

    overdue_notes(met, clock)
    result = worker.run_pass()
    assert (result.sent, result.failed) == (0, 0)
    pending = Delivery.objects.all()
    assert pending.count() == 4
    assert {(d.state, d.attempts, d.claimed_at) for d in pending} == {("pending", 0, None)}
    _report(result, as_json=False)
    assert "no email can be sent until EMAIL_HOST is set" in capsys.readouterr().out


def test_today_the_reminders_command_and_doctor_say_so(run, owner, no_mail_server, clock):
    from followthrough.reminders.doctor import smtp_check

    assert "no email can be sent until EMAIL_HOST is set" in run("today").output
    assert "No email can be sent until EMAIL_HOST is set" in run("reminders").output
    assert '"cannot_send": "no email can be sent until EMAIL_HOST is set' in run(
        "reminders", "--json").output
    check = smtp_check(timeout=1)
    assert check.status == "WARN" and "no email can be sent until EMAIL_HOST" in check.message


def test_the_web_today_and_reminders_pages_and_the_api_say_so(client, owner, no_mail_server,
                                                              clock):
    from django.utils import timezone

    from followthrough.services.setup import skip_set_up
    from followthrough.services.tokens import new_api_token

    skip_set_up(owner=owner, now=timezone.now())  # a returning user: Today, not the first run
    client.force_login(owner)
    for url in ("/", "/settings/reminders/"):
        page = client.get(url).content.decode()
        assert "No email can be sent until EMAIL_HOST is set" in page, url
    _, secret = new_api_token(owner=owner, name="t")
    body = client.get("/api/reminders", HTTP_AUTHORIZATION=f"Bearer {secret}").json()
    assert body["cannot_send"].startswith("no email can be sent until EMAIL_HOST is set")


def test_with_a_mail_server_no_such_warning(run, owner, smtp, clock):
    assert "EMAIL_HOST" not in run("today").output
    assert "EMAIL_HOST" not in run("reminders").output


def test_send_email_without_a_mail_server_says_so_and_logs_nothing(run, owner, no_mail_server,
                                                                  clock):
    from followthrough.models import Interaction

    run("met", "Jane Doe", "--email", "jane@example.com", "--at", "Mixer")
    result = run("send", "email", "Jane", "--yes")
    assert result.exit_code == 1
    assert "no email can be sent until EMAIL_HOST is set" in result.output
    assert not Interaction.objects.exists()
