"""Mail from an mbox: what you sent completes the thank-you step; what they sent is theirs."""

from __future__ import annotations

import json
from datetime import datetime

from tests.evidence.helpers import interactions_of, steps_of
from tests.helpers import BERLIN


def test_mail_you_sent_completes_the_thank_you_step_for_to_and_for_an_uppercase_cc(
        run, cast, fixtures):
    run("import", str(fixtures / "takeout.mbox"))

    sent_at = datetime(2026, 3, 3, 17, 2, 10, tzinfo=BERLIN)
    assert steps_of(cast.bob)["thank-you-email"] == ("done", sent_at)  # To
    assert steps_of(cast.jane)["thank-you-email"] == ("done", sent_at)  # Cc, in capitals
    assert ("email", False, "Mail sent: Great to meet you both") in interactions_of(cast.jane)


def test_mail_they_sent_is_logged_as_incoming_and_completes_nothing(run, cast, fixtures,
                                                                    tmp_path):
    only_theirs = tmp_path / "inbox.mbox"
    messages = (fixtures / "takeout.mbox").read_text().split("\nFrom ")
    only_theirs.write_text("From " + messages[1])

    run("import", str(only_theirs))

    assert interactions_of(cast.jane) == [
        ("email", True, "Mail received: Re: Great to meet you both — slides")]
    assert steps_of(cast.jane)["thank-you-email"] == ("open", None)


def test_mail_sent_before_the_meeting_completes_nothing(run, cast, fixtures):
    run("import", str(fixtures / "takeout.mbox"), "--json")

    assert ("email", False, "Mail sent: Conference question") in interactions_of(cast.jane)
    assert steps_of(cast.jane)["thank-you-email"][1] == datetime(2026, 3, 3, 17, 2, 10,
                                                                 tzinfo=BERLIN)


def test_a_date_header_that_cannot_be_read_skips_that_mail_and_the_rest_imports(
        run, cast, fixtures):
    result = run("import", str(fixtures / "takeout.mbox"), "--json")

    evidence = json.loads(result.output)["evidence"]
    assert evidence["skipped"] == [
        "takeout.mbox, message 3: cannot read the Date header 'sometime on Wednesday'"]
    assert evidence["read"] == 5
    assert evidence["unmatched"] == 1  # the newsletter


def test_a_thunderbird_sent_folder_is_all_your_own_mail(run, cast, fixtures):
    run("import", str(fixtures / "Sent"))

    assert interactions_of(cast.carol) == [("email", False, "Mail sent: Panel follow-up")]
