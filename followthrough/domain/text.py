"""Small text rules shared by drafts and displays."""

from __future__ import annotations

import re

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


# Where a text may be cut so that what is left still reads as whole: the end of a sentence or
# of a clause (. ! ? ; : or a dash), else a comma. Never inside a clause ("...three continents and").
_CLAUSE_END = re.compile(r"[.!?;:](?=\s)|\s[—–-](?=\s)")
_COMMA = re.compile(r",(?=\s)")
TRAILING = " ,;:.-—–"
# A full stop after these ends no sentence ("Dr. Smith", "e.g. Python", "J. Doe").
ABBREVIATIONS = frozenset({"dr", "mr", "mrs", "ms", "prof", "st", "e.g", "i.e", "etc", "vs",
                           "inc", "ltd", "co", "jr", "sr", "no", "approx", "dept"})


def shorten_at_clause(text: str, limit: int) -> str:
    """`text` whole when it fits in `limit` characters, else its longest start that ends a
    sentence or a clause (without the closing punctuation); "" when not even one clause fits."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    for boundary in (_CLAUSE_END, _COMMA):
        cuts = [m.start() for m in boundary.finditer(text)
                if m.start() <= limit and not _abbreviation(text, m.start())]
        kept = [text[:cut].rstrip(TRAILING) for cut in cuts]
        kept = [k for k in kept if k and len(k) <= limit]
        if kept:
            return max(kept, key=len)
    return ""


def _abbreviation(text: str, at: int) -> bool:
    if text[at] != ".":
        return False
    word = text[:at].rsplit(" ", 1)[-1].lower()
    return len(word) == 1 or word in ABBREVIATIONS
