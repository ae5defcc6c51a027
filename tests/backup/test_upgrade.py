"""A database made by the first release (tests/fixtures/release-0.1.0.sqlite3, commit 1291440)
migrates to the current schema on first use, with its data intact."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_fresh_start import embedded_env

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out

FIXTURE = Path(__file__).parent.parent / "fixtures" / "release-0.1.0.sqlite3"


def test_a_first_release_database_upgrades_with_its_data_intact(tmp_path):
    (tmp_path / "data").mkdir()
    shutil.copy(FIXTURE, tmp_path / "data" / "followthrough.sqlite3")

    def show(ref: str) -> dict:
        result = subprocess.run([sys.executable, "-m", "followthrough", "show", ref, "--json"],
                                env=embedded_env(tmp_path), capture_output=True, text=True,
                                timeout=120)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    jane = show("Jane")
    assert jane["organisation"] == "Acme"
    assert {(p["kind"], p["value"]) for p in jane["contact_points"]} == {
        ("email", "jane@example.com"), ("linkedin", "https://www.linkedin.com/in/janedoe"),
        ("phone", "+14155550134")}
    assert jane["meetings"][0]["where"] == "Chamber of Commerce mixer"
    assert jane["interactions"][0]["note"] == "a note, with commas; and ünïcode ✓"
    assert {(s["kind"], s["state"]) for s in jane["steps"]} >= {
        ("call", "done"), ("save-card", "skipped")}
    assert [(o["text"], bool(o["delivered_at"])) for o in jane["offers"]] == [
        ("intro to Priya", False), ("sent guide", True)]
    bob = show("Bob")
    assert bob["cadence_days"] == 60
    assert [i["kind"] for i in bob["interactions"]] == ["face-to-face"]
