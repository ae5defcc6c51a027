"""LinkedIn's messages.csv: your messages are logged as yours, theirs as theirs."""

from __future__ import annotations

import json
import shutil
from datetime import datetime

from tests.evidence.helpers import interactions_of, steps_of
from tests.helpers import BERLIN


def test_who_you_are_is_inferred_from_the_invitations_of_the_same_export(run, cast, fixtures):
    result = run("import", str(fixtures / "linkedin-export"), "--json")

    evidence = json.loads(result.output)["evidence"]
    assert evidence["you_are"] == ("alex@example.com, owner@example.com, "
                                   "https://www.linkedin.com/in/alex-example "
                                   "(inferred from linkedin-export/Invitations.csv)")
    assert ("linkedin", True, "LinkedIn message received: LinkedIn message: Thank you! Let us "
            "talk next month.") in interactions_of(cast.jane)


def test_who_you_are_is_the_one_person_in_every_conversation(run, cast, fixtures, tmp_path):
    only = tmp_path / "messages.csv"
    shutil.copy(fixtures / "linkedin-export" / "messages.csv", only)

    result = run("import", str(only), "--json")

    evidence = json.loads(result.output)["evidence"]
    assert "https://www.linkedin.com/in/alex-example (inferred from messages.csv)" in \
        evidence["you_are"]
    sent = [i for i in interactions_of(cast.jane) if not i[1]]
    assert sent == [("linkedin", False, "LinkedIn message sent: LinkedIn message: Thanks again "
                     "for yesterday, here is the talk I mentioned.")]
    assert steps_of(cast.jane)["linkedin"] == ("done", datetime(2026, 3, 3, 11, 5, 11,
                                                                tzinfo=BERLIN))


def test_me_from_config_wins_over_the_export(run, cast, fixtures, cli_app, tmp_path):
    from dataclasses import replace

    cli_app.prefs = replace(cli_app.prefs, my_linkedin="linkedin.com/in/jane-doe")
    only = tmp_path / "messages.csv"
    shutil.copy(fixtures / "linkedin-export" / "messages.csv", only)

    result = run("import", str(only), "--json")

    assert "[me] in config.toml" in json.loads(result.output)["evidence"]["you_are"]


def test_a_message_date_that_cannot_be_read_is_skipped(run, cast, fixtures):
    result = run("import", str(fixtures / "linkedin-export"), "--json")

    assert ("linkedin-export/messages.csv, line 5: cannot read the date 'yesterday' in DATE"
            in json.loads(result.output)["evidence"]["skipped"])


def test_doctor_says_who_you_are_once_invitations_showed_it(run, owner, cast, fixtures,
                                                            monkeypatch):
    from django.utils import timezone

    from followthrough.reminders.doctor import run_checks

    monkeypatch.setenv("FOLLOWTHROUGH_USER", owner.username)
    run("import", str(fixtures / "linkedin-export" / "Invitations.csv"))

    check = {c.name: c for c in run_checks(timezone.now())}["who you are"]

    assert check.status == "OK"
    assert check.message == ("owner@example.com, https://www.linkedin.com/in/alex-example "
                             "(inferred from Invitations.csv (2026-03-04))")
