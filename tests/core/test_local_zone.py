"""The computer's zone, read directly in the common case, is the zone tzlocal names."""

from __future__ import annotations

import pytest
import tzlocal

from followthrough.preferences import _local_zone_name


def test_the_local_zone_is_the_one_tzlocal_finds():
    assert _local_zone_name() == tzlocal.get_localzone_name()


def test_with_a_tz_variable_tzlocal_answers(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TZ", "America/Chicago")
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: "America/Chicago")
    assert _local_zone_name() == "America/Chicago"
