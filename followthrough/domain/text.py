"""Small text rules shared by drafts, displays and every check of what people type or import."""

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
                if m.start() <= limit and not _abbreviation(text, m.start())
                and not _after_a_space(text, m.start())]
        kept = [text[:cut].rstrip(TRAILING) for cut in cuts]
        kept = [k for k in kept if k and len(k) <= limit]
        if kept:
            return max(kept, key=len)
    return ""


def _after_a_space(text: str, at: int) -> bool:
    """A stop or comma typed after a space ("a . b") ends no clause: cut there, the text left
    would start with a space and a stray mark."""
    return text[at] in ".!?;:," and at > 0 and text[at - 1] == " "


def _abbreviation(text: str, at: int) -> bool:
    if text[at] != ".":
        return False
    word = text[:at].rsplit(" ", 1)[-1].lower()
    return len(word) == 1 or word in ABBREVIATIONS


# What typed or imported text may not hold. A lone UTF-16 surrogate cannot be stored or sent
# (it is no character at all); NUL ends strings in C and PostgreSQL refuses it; the other C0 and
# C1 control characters drive terminals (colours, clearing the screen, writing the clipboard).
# Multi-line text (notes) keeps tab and line breaks; one-line text (names, titles: what goes
# into an email's header or a table cell) keeps none of them.
_REFUSED_IN_NOTES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_REFUSED_IN_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def text_problem(value: str, *, one_line: bool) -> str | None:
    """Why `value` is not acceptable text, or None. One rule for every door and every import."""
    found = (_REFUSED_IN_ONE_LINE if one_line else _REFUSED_IN_NOTES).search(value)
    if found is None:
        return None
    char = found.group()
    if "\ud800" <= char <= "\udfff":
        return f"is not valid text: it holds half of a UTF-16 pair (U+{ord(char):04X})"
    if char == "\x00":
        return "contains a NUL character"
    if one_line and char in LINE_BREAKS:
        return "must be one line (it contains a line break)"
    return f"contains a control character (U+{ord(char):04X})"


# Everything printed to a terminal that came from outside loses its control characters but
# tab and newline: an imported name must not move the cursor, recolour the screen or write
# the clipboard (OSC 52). A lone surrogate (no character; it cannot be encoded) shows as U+FFFD.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` without the C0 and C1 control characters a terminal would act on."""
    return _SURROGATE.sub("\ufffd", _UNPRINTABLE.sub("", text))
