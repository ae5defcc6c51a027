"""Helpers the tests of tests/audit import (conftest.py holds only fixtures)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

FIXTURES = Path(__file__).with_name("fixtures")

BuildArchive = Callable[..., Path]


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()
