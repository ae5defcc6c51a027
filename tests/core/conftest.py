from __future__ import annotations

import json

import pytest

from tests.core.helpers import JANE


@pytest.fixture
def jane(run):
    """Jane, met at the controlled clock's now; returns the `met --json` payload."""
    result = run(*JANE, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.fixture
def api_for_owner(client, owner):
    """Calls the JSON API as the owner: api_for_owner("post", "/api/steps/1/reopen")."""
    from followthrough.services.tokens import new_api_token

    _, secret = new_api_token(owner=owner, name="script")

    def call(method: str, url: str, body: object = None):
        return getattr(client, method)(url, body, content_type="application/json",
                                       HTTP_AUTHORIZATION=f"Bearer {secret}")

    return call
