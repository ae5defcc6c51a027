"""Helpers the tests of tests/core import (conftest.py holds only fixtures)."""

from __future__ import annotations

JANE = [
    "met", "Jane Doe", "--at", "Chamber of Commerce mixer",
    "--why", "she is building a data team; I know two candidates",
    "--email", "jane@example.com", "--company", "Acme", "--title", "VP Engineering",
    "--linkedin", "https://www.linkedin.com/in/janedoe", "--need", "senior data engineers",
    "--give", "intro to Priya and Tom",
]


def step_id(payload: dict, kind: str) -> str:
    return str(next(s["id"] for s in payload["steps"] if s["kind"] == kind))
