"""`send email`: through a real SMTP server; sent completes the step, failed completes nothing."""

from __future__ import annotations

import email
from email import policy

import pytest

pytestmark = pytest.mark.django_db


def thank_you_step(person):  # type: ignore[no-untyped-def]
    return person.steps.get(kind="thank-you-email")


def test_a_sent_thank_you_is_logged_and_completes_the_step(run, jane, smtp_server):
    result = run("send", "email", "Jane Doe", "--yes")
    assert result.exit_code == 0, result.output
    assert "Sent “Great to meet you at Chamber mixer” to jane@example.com" in result.output
    (raw,) = smtp_server.messages
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["To"] == "jane@example.com"
    assert message["From"] == "Alex Example <alex@example.com>"
    assert "I can help with that: intro to Priya." in message.get_content()
    assert thank_you_step(jane).state == "done"
    assert jane.interactions.get().kind == "email"


def test_the_draft_can_be_edited_first(run, jane, smtp_server, monkeypatch):
    monkeypatch.setattr("followthrough.cli.send.interactive", lambda: True)
    monkeypatch.setattr("click.edit", lambda text, **kw: "Subject: Lovely chat\n\nHi Jane!\n")
    run("send", "email", "Jane Doe")
    message = email.message_from_bytes(smtp_server.messages[0], policy=policy.default)
    assert message["Subject"] == "Lovely chat"
    assert message.get_content().strip() == "Hi Jane!"


def test_a_refused_message_says_why_and_completes_nothing(run, jane, refusing_smtp_server):
    result = run("send", "email", "Jane Doe", "--yes")
    assert result.exit_code == 1
    assert "the mail server refused the message (550 5.1.1 mailbox unavailable)" in result.output
    assert thank_you_step(jane).state == "open"
    assert not jane.interactions.exists()


def test_a_server_that_is_down_says_so_and_completes_nothing(run, jane, smtp_server_down):
    result = run("send", "email", "Jane Doe", "--yes")
    assert result.exit_code == 1
    assert f"could not send through 127.0.0.1:{smtp_server_down}" in result.output
    assert thank_you_step(jane).state == "open"


def test_eml_writes_the_message_and_leaves_the_step_open(run, jane, tmp_path):
    path = tmp_path / "thanks.eml"
    result = run("send", "email", "Jane Doe", "--eml", str(path), "--yes")
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["Subject"] == "Great to meet you at Chamber mixer"
    assert 'followthrough log "Jane Doe" --kind email' in result.output
    assert thank_you_step(jane).state == "open"


def test_mailto_prints_a_link(run, jane):
    result = run("send", "email", "Jane Doe", "--mailto", "--yes")
    assert result.output.startswith(
        "mailto:jane@example.com?subject=Great%20to%20meet%20you%20at%20Chamber%20mixer&body=Hi")


def test_someone_without_an_email_address_needs_to(run, smtp_server):
    run("met", "Bo Ek", "--at", "x", "--why", "y", "--give", "z")
    result = run("send", "email", "Bo Ek", "--yes")
    assert "Bo Ek has no e-mail address: add --to ADDRESS" in result.output
    assert run("send", "email", "Bo Ek", "--yes", "--to", "bo@example.com").exit_code == 0


def test_without_a_terminal_it_sends_nothing_unless_told_yes(run, jane, smtp_server):
    result = run("send", "email", "Jane Doe")
    assert result.exit_code == 1 and "add --yes to send it as drafted" in result.output
    assert smtp_server.messages == [] and thank_you_step(jane).state == "open"


def test_a_line_break_saved_before_it_was_refused_is_one_line_not_a_traceback(run, jane, tmp_path):
    """Text stored by an older release may hold what the text rule now refuses."""
    from followthrough.models import Meeting

    Meeting.objects.update(where="Bar\r\nBcc: everyone@example.com")
    result = run("send", "email", "Jane Doe", "--eml", str(tmp_path / "thanks.eml"))
    assert result.exit_code == 1
    assert "the email's subject or an address would hold a line break" in result.output
    assert not (tmp_path / "thanks.eml").exists()
