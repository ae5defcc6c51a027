"""Small text rules shared by drafts and displays."""

from __future__ import annotations

ELLIPSIS = "…"


def shorten(text: str, limit: int) -> str:
    """Cut `text` to at most `limit` characters at a word boundary, marking the cut with '…'."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ""
    cut = text[: limit - len(ELLIPSIS) + 1]
    space = cut.rfind(" ")
    if space <= 0:
        return ""
    return cut[:space].rstrip(" ,;:.-—") + ELLIPSIS


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else full_name
