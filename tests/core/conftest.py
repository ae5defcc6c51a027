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


