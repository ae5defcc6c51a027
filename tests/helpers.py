"""Helpers the tests import (conftest.py holds only fixtures)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


# A Wednesday evening, well away from any DST change; tests that need an edge travel there.
START = datetime(2026, 3, 4, 19, 0, tzinfo=BERLIN)
