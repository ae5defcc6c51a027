"""Hand-offs that work in the tools people use: an .eml Outlook and Thunderbird open as an unsent
draft, and `send linkedin` says "Opened" only when a browser really opened."""

from __future__ import annotations

import email
from dataclasses import replace
from email import policy

import pytest
from click.testing import CliRunner

pytestmark = pytest.mark.django_db


def test_eml_is_an_unsent_draft_from_your_address(run, jane, tmp_path):
    path = tmp_path / "thanks.eml"
    result = run("send", "email", "Jane Doe", "--eml", str(path), "--yes")
    assert "a draft to edit and send" in result.output
    raw = path.read_bytes()
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["From"] == "Alex Example <alex@example.com>"
    assert message["To"] == "jane@example.com"
    assert message["Subject"] == "Great to meet you at Chamber mixer"
    assert "Message-ID" not in message and "Date" not in message
    assert b"localhost" not in raw.lower()
    assert "I can help with that: intro to Priya." in message.get_content()
    assert b"\r\n" in raw  # the line ends mail programs expect


def test_without_your_email_the_draft_has_no_from_and_you_are_told(cli_app, jane, tmp_path,
                                                                    clock):
    from followthrough.cli import cli

    app = replace(cli_app, prefs=replace(cli_app.prefs, my_email=""))
    path = tmp_path / "thanks.eml"
    result = CliRunner().invoke(cli, ["send", "email", "Jane Doe", "--eml", str(path), "--yes"],
                                obj=app)
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert "From" not in message and b"localhost" not in path.read_bytes().lower()
    assert "your email is not set" in result.output


def test_linkedin_says_opened_only_when_a_browser_opened(run, monkeypatch):
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: False)
    monkeypatch.setattr("followthrough.cli.send.CLIPBOARDS", ())
    run("met", "Jane Doe", "--at", "Chamber mixer", "--why", "she is hiring",
        "--linkedin", "https://www.linkedin.com/in/janedoe")
    result = run("send", "linkedin", "Jane Doe")
    assert "Opened" not in result.output
    assert "No browser could be opened here: open this address yourself:" in result.output
    assert "https://www.linkedin.com/in/janedoe" in result.output
    assert "Hi Jane, great to meet you at Chamber mixer." in result.output


def test_linkedin_prints_the_note_even_with_a_clipboard_when_no_browser_opened(
        run, monkeypatch, tmp_path):
    import webbrowser

    def no_browser(url, *a, **k):  # type: ignore[no-untyped-def]
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr("webbrowser.open", no_browser)
    tool = tmp_path / "bin" / "pbcopy"
    tool.parent.mkdir()
    tool.write_text("#!/bin/sh\nexec /bin/cat > /dev/null\n")
    tool.chmod(0o755)
    monkeypatch.setenv("PATH", str(tool.parent))
    run("met", "Jane Doe", "--at", "mixer", "--why", "hiring")
    result = run("send", "linkedin", "Jane Doe")
    assert result.exit_code == 0, result.output
    assert "Opened" not in result.output and "clipboard" not in result.output
    assert "Hi Jane, great to meet you at mixer." in result.output


def test_linkedin_says_opened_when_it_did(run, monkeypatch):
    monkeypatch.setattr("webbrowser.open", lambda url, *a, **k: True)
    monkeypatch.setattr("followthrough.cli.send.CLIPBOARDS", ())
    run("met", "Jane Doe", "--at", "mixer")
    assert "Opened https://www.linkedin.com/search/results/people/" in run(
        "send", "linkedin", "Jane Doe").output
