"""The key two contact points must share to be the same person's (imports and meetings merge on it)."""

from __future__ import annotations


def match_key(kind: str, value: str) -> str:
    """The normalised form two records must share to be the same person."""
    return value.strip().lower().rstrip("/")
