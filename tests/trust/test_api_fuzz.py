"""The API fuzzed from its own OpenAPI schema against a live server: no 500s, and every
response matches the schema. CI runs a bounded number of examples (FOLLOWTHROUGH_FUZZ_EXAMPLES
raises it for the long run; docs/testing.md)."""

from __future__ import annotations

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


@pytest.fixture
def api_token(transactional_db):  # type: ignore[no-untyped-def]
    from django.contrib.auth.models import User
    from django.utils import timezone

    from followthrough.domain.playbook import DEFAULT_PLAYBOOK
    from followthrough.preferences import Preferences
    from followthrough.services.meetings import NewMeeting, record_meeting
    from followthrough.services.tokens import new_api_token
    from tests.helpers import BERLIN

    owner = User.objects.create_user("fuzzed")
    prefs = Preferences("Alex", "", BERLIN, "DE", False, DEFAULT_PLAYBOOK)
    now = timezone.now()
    record_meeting(owner=owner, prefs=prefs, now=now,
                   meeting=NewMeeting(name="Jane Doe", at=now, give="intro"))
    return new_api_token(owner=owner, name="fuzz")[1]


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
        env={**os.environ, "SCHEMATHESIS_HOOKS": ""},
    )
    assert result.returncode == 0, result.stdout[-6000:]
