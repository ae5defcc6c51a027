"""`followthrough doctor` says what is wrong and how to fix it, and fails when reminders cannot go."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from followthrough.reminders.doctor import FAIL, OK, WARN, run_checks, smtp_check
from tests.reminders.smtp import closed_port


def by_name(checks):  # type: ignore[no-untyped-def]
    return {c.name: c for c in checks}


def test_a_fresh_install_warns_about_the_worker_and_the_address(db, monkeypatch):
    monkeypatch.delenv("EMAIL_HOST", raising=False)
    checks = by_name(run_checks(timezone.now()))
    assert checks["database"].status == OK and checks["migrations"].status == OK
    assert checks["worker"].status == WARN and "never run" in checks["worker"].message
    assert checks["reminder address"].status == WARN
    assert "followthrough reminders --email" in checks["reminder address"].fix


def test_a_silent_worker_fails(db, clock):
    from followthrough.reminders.health import beat

    beat(timezone.now() - timedelta(hours=2), "w1")
    assert by_name(run_checks(timezone.now()))["worker"].status == FAIL


def test_an_unreachable_mail_server_fails_quickly(db, settings, monkeypatch):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    monkeypatch.setenv("EMAIL_HOST", "127.0.0.1")
    with closed_port() as port:
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        check = smtp_check(timeout=1)
    assert check.status == FAIL and "refused" in check.message.lower()
    assert "EMAIL_HOST" in check.fix


def test_a_working_mail_server_is_ok(smtp, monkeypatch):
    monkeypatch.setenv("EMAIL_HOST", "127.0.0.1")
    assert smtp_check(timeout=2).status == OK


def test_a_broken_config_file_fails_with_its_path(db, config_email):
    (config_email / "config.toml").write_text("[time\nzone = 3")
    (check,) = [c for c in run_checks(timezone.now()) if c.name == "config.toml"]
    assert check.status == FAIL and "not valid TOML" in check.message


def test_the_command_exits_1_on_failure_and_prints_the_fix(db, clock, monkeypatch):
    from click.testing import CliRunner

    from followthrough.cli import cli
    from followthrough.reminders.health import beat

    beat(timezone.now() - timedelta(days=3), "w1")
    result = CliRunner().invoke(cli, ["doctor"])
    assert result.exit_code == 1, result.output
    assert "FAIL worker" in result.output and "followthrough worker" in result.output
