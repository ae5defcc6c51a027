from __future__ import annotations

import json

import pytest

JANE = [
    "met", "Jane Doe", "--at", "Chamber of Commerce mixer",
    "--why", "she is building a data team; I know two candidates",
    "--email", "jane@example.com", "--company", "Acme", "--title", "VP Engineering",
    "--linkedin", "https://www.linkedin.com/in/janedoe", "--need", "senior data engineers",
    "--give", "intro to Priya and Tom",
]


@pytest.fixture
def jane(run):
    """Jane, met at the controlled clock's now; returns the `met --json` payload."""
    result = run(*JANE, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def step_id(payload: dict, kind: str) -> str:
    return str(next(s["id"] for s in payload["steps"] if s["kind"] == kind))


@pytest.fixture
def api_for_owner(client, owner):
    """Calls the JSON API as the owner: api_for_owner("post", "/api/steps/1/reopen")."""
    from followthrough.services.tokens import new_api_token

    _, secret = new_api_token(owner=owner, name="script")

    def call(method: str, url: str, body: object = None):
        return getattr(client, method)(url, body, content_type="application/json",
                                       HTTP_AUTHORIZATION=f"Bearer {secret}")

    return call
