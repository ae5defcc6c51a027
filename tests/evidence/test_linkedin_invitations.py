"""LinkedIn's Invitations.csv and Connections.csv complete the LinkedIn step by themselves."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from tests.evidence.helpers import interactions_of, steps_of
from tests.helpers import BERLIN


def test_an_outgoing_invitation_completes_the_linkedin_step_at_its_sent_at(run, cast, fixtures):
    result = run("import", str(fixtures / "linkedin-export" / "Invitations.csv"))

    assert steps_of(cast.jane)["linkedin"] == ("done", datetime(2026, 3, 3, 9, 12, tzinfo=BERLIN))
    assert "✓ Jane Doe: Send a LinkedIn connection request" in result.output
    assert ("linkedin", False, "LinkedIn request sent: Invitation: Jane, great to meet you at "
            "the Berlin data meetup yesterday: I would love to hear how the pipeline rewrite "
            "goes.") in interactions_of(cast.jane)


def test_an_invitation_sent_after_the_deadline_is_done_late_and_says_it_had_no_note(
        run, cast, fixtures):
    result = run("import", str(fixtures / "linkedin-export" / "Invitations.csv"), "--json")

    bob = [c for c in json.loads(result.output)["evidence"]["steps_completed"]
           if c["person"]["name"] == "Bob Roe"]
    assert [(c["step"]["title"][:30], c["at"], c["late"], c["with_note"]) for c in bob] == [
        ("Send a LinkedIn connection req", "2026-03-04T08:30:00+01:00", True, False)]


def test_an_incoming_invitation_is_logged_as_theirs_and_completes_nothing(run, cast, fixtures):
    from followthrough.models import Step

    run("import", str(fixtures / "linkedin-export" / "Invitations.csv"))

    assert interactions_of(cast.carol) == [
        ("linkedin", True, "LinkedIn request received: Invitation: Hi Alex, we spoke at the "
         "panel.")]
    assert not Step.objects.filter(person=cast.carol).exists()


def test_a_hidden_profile_row_and_an_unreadable_date_are_skipped_with_reasons(run, cast, fixtures):
    result = run("import", str(fixtures / "linkedin-export" / "Invitations.csv"), "--json")

    assert json.loads(result.output)["evidence"]["skipped"] == [
        "Invitations.csv, line 5: no date (LinkedIn leaves hidden profiles without one): "
        "'LinkedIn Member'",
        "Invitations.csv, line 6: cannot read the date 'sometime in March' in Sent At",
    ]


def test_an_accepted_connection_completes_the_step_when_no_invitation_did(run, cast, fixtures):
    run("import", str(fixtures / "linkedin-export" / "Connections.csv"))

    # Connected On is a day: the request was accepted by its end.
    assert steps_of(cast.bob)["linkedin"] == ("done", datetime(2026, 3, 4, 19, 0, tzinfo=BERLIN))
    assert steps_of(cast.jane)["linkedin"] == ("done", datetime(2026, 3, 3, 23, 59,
                                                                tzinfo=BERLIN))


def test_a_connection_logs_nothing_once_the_invitation_did_the_step(run, cast, fixtures):
    run("import", str(fixtures / "linkedin-export"))

    assert [i for i in interactions_of(cast.jane) if "Connected" in i[2]] == []
    assert steps_of(cast.jane)["linkedin"] == ("done", datetime(2026, 3, 3, 9, 12, tzinfo=BERLIN))


def test_a_people_free_connection_logs_nothing(run, owner, clock, fixtures):
    from followthrough.models import Interaction

    run("import", str(fixtures / "linkedin-export" / "Connections.csv"))

    assert not Interaction.objects.filter(owner=owner).exists()


@pytest.mark.parametrize("someone_awaits", [False, True])
def test_connections_with_nothing_to_complete_cost_no_query_each(
        run, owner, clock, tmp_path, someone_awaits):
    """A LinkedIn export of thousands of connections, none of them with a request step open:
    with no one's LinkedIn step open anywhere, the file is contacts only and is not read again
    as evidence; with someone's open, the evidence pass asks once who awaits one, not once per
    row (it took 2 minutes for 30,000)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if someone_awaits:
        run("met", "Zed Other", "--at", "Mixer")

    def import_connections(count: int) -> int:
        path = tmp_path / f"Connections-{count}.csv"
        path.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                        + "".join(f"Ann{i},Lee{i},https://www.linkedin.com/in/ann-lee-{count}-{i},"
                                  f",Acme,Engineer,21 Oct 2025\n" for i in range(count)))
        run("import", str(path))  # the people first; the second import updates no one
        with CaptureQueriesContext(connection) as queries:
            evidence = json.loads(run("import", str(path), "--json").output)["evidence"]
        if someone_awaits:
            assert evidence["already_imported"] == count
        else:
            assert evidence is None
        return len(queries)

    assert import_connections(200) == import_connections(20)
