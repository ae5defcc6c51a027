"""The API fuzzed from its own OpenAPI schema against a live server: no 500s, and every
response matches the schema, also when its texts hold lone surrogates, NUL, terminal escapes or
line breaks (api_fuzz_hooks.py). CI runs a bounded number of examples (FOLLOWTHROUGH_FUZZ_EXAMPLES
raises it for the long run; docs/testing.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out

# Business rules (a LinkedIn URL must be a profile) cannot all live in the schema, so the checks
# are: no server error, and every response as documented.
CHECKS = ",".join([
    "not_a_server_error", "status_code_conformance", "content_type_conformance",
    "response_schema_conformance", "response_headers_conformance",
])
EXAMPLES = int(os.environ.get("FOLLOWTHROUGH_FUZZ_EXAMPLES", "15"))
HOOKS = Path(__file__).with_name("api_fuzz_hooks.py")


@pytest.fixture
def api_token(transactional_db):  # type: ignore[no-untyped-def]
    """The fuzzed owner's token; their rows' ids go to the hooks, so that requests reach them."""
    from django.contrib.auth.models import User
    from django.utils import timezone

    from followthrough.domain.kinds import InteractionKind
    from followthrough.domain.playbook import DEFAULT_PLAYBOOK
    from followthrough.models import Offer
    from followthrough.preferences import Preferences
    from followthrough.services.interactions import log_interaction
    from followthrough.services.meetings import NewMeeting, record_meeting
    from followthrough.services.tokens import new_api_token
    from tests.helpers import BERLIN

    owner = User.objects.create_user("fuzzed")
    prefs = Preferences("Alex", "", BERLIN, "DE", False, DEFAULT_PLAYBOOK)
    now = timezone.now()
    recorded = record_meeting(owner=owner, prefs=prefs, now=now,
                              meeting=NewMeeting(name="Jane Doe", at=now, give="intro"))
    interaction, _ = log_interaction(owner=owner, person=recorded.person, kind=InteractionKind.CALL,
                                     at=now, now=now, prefs=prefs)
    os.environ["FOLLOWTHROUGH_FUZZ_IDS"] = json.dumps({
        "person_id": recorded.person.pk, "meeting_id": recorded.meeting.pk,
        "step_id": recorded.steps[-1].pk, "interaction_id": interaction.pk,
        "offer_id": Offer.objects.get(owner=owner).pk})
    yield new_api_token(owner=owner, name="fuzz")[1]
    del os.environ["FOLLOWTHROUGH_FUZZ_IDS"]


def test_the_api_never_fails_and_always_matches_its_schema(live_server, api_token, tmp_path,
                                                           settings):
    # The fuzzer sends far more than a script would; the rate limit has its own test (test_limits).
    settings.API_REQUESTS_PER_MINUTE = 1_000_000
    result = subprocess.run(
        [str(Path(sys.executable).with_name("schemathesis")), "run",
         f"{live_server.url}/api/openapi.json",
         "--header", f"Authorization: Bearer {api_token}",
         "--max-examples", str(EXAMPLES), "--seed", "1", "--checks", CHECKS,
         "--report-dir", str(tmp_path), "--no-color"],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "SCHEMATHESIS_HOOKS": str(HOOKS)},
    )
    assert result.returncode == 0, result.stdout[-6000:]
