from __future__ import annotations

from pathlib import Path

import pytest

from tests.imports.helpers import snapshot

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def before(run, owner, fixtures):  # type: ignore[no-untyped-def]
    """What the owner has after one import: later failures must leave exactly this."""
    run("import", str(fixtures / "apple-3.0.vcf"))
    return snapshot(owner)




