"""Cheap questions asked of every post before any pattern runs.

A regular expression tests `\\d` or a character set at each position in turn. For an ASCII
text (a flag of the string: no scan), deleting the wanted bytes from its encoding and
comparing lengths is one C loop, and three times faster on a post of a few hundred characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ASCII_DIGITS = b"0123456789"
_any_digit = re.compile(r"\d").search


def has_any_of(ascii_text: str, chars: bytes) -> bool:
    """Whether `ascii_text` (ASCII, which the caller has checked) holds any of `chars`."""
    raw = ascii_text.encode("ascii")
    return len(raw.translate(None, chars)) != len(raw)


def has_digit(text: str) -> bool:
    """Whether `text` has a digit in any script, as r"\\d" would find one."""
    if text.isascii():  # then r"\d" is [0-9]
        return has_any_of(text, _ASCII_DIGITS)
    return _any_digit(text) is not None


def search_folded(
    pattern: re.Pattern[str], lower_pattern: re.Pattern[str], text: str, lowered: str | None = None
) -> bool:
    """`pattern` (IGNORECASE, written in lower case) searched in `text`. An ASCII text is searched
    lower-cased with `lower_pattern`, the same pattern without IGNORECASE: three times faster,
    and the same answer, as no ASCII letter matches a non-ASCII one. `lowered`: the text
    lower-cased, if the caller has it (read only when the text is ASCII, where fold() is lower())."""
    if text.isascii():
        return lower_pattern.search(text.lower() if lowered is None else lowered) is not None
    return pattern.search(text) is not None


def without_ignorecase(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The lower-case twin of an IGNORECASE pattern, for search_folded."""
    if pattern.pattern != pattern.pattern.lower():  # (a capital, or \W or \S, would not survive lower())
        raise ValueError(f"not written in lower case: {pattern.pattern}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def digit_total(text: str) -> int:
    """How many characters r"\\d" matches in `text` (a match's digits can be no more)."""
    if text.isascii():
        raw = text.encode("ascii")
        return len(raw) - len(raw.translate(None, _ASCII_DIGITS))
    return sum(c.isdecimal() for c in text)  # r"\d" is Unicode's decimal digits, as isdecimal()


_two_capitals = re.compile(r"[A-Z]{2}").search


def has_two_capitals(text: str) -> bool:
    """Whether two ASCII capitals stand together, as in every code spelt with [A-Z]{2}."""
    return _two_capitals(text) is not None


def may_contain(text: str, lowered: str, words: tuple[str, ...]) -> bool:
    """Whether an IGNORECASE pattern that needs one of `words` (lower case) can match `text`.
    Only an ASCII text is answered by looking the words up in `lowered` (the text lower-cased):
    in any other, a letter such as "ſ" or "K" matches "s" or "k" while lowering to itself."""
    return not text.isascii() or any(word in lowered for word in words)


def finditer_folded(
    pattern: re.Pattern[str], lower_pattern: re.Pattern[str], text: str, lowered: str
) -> Iterator[re.Match[str]]:
    """search_folded's finditer, for the matches' spans: in an ASCII text they are found in
    `lowered`, so their group() is lower-cased, but they start and end at the same places."""
    if text.isascii():
        return lower_pattern.finditer(lowered)
    return pattern.finditer(text)
