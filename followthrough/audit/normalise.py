"""Undo the ways people disguise words before matching: emoji, leetspeak, masks, stretched letters.

- emoji become their names between colons ("🍆" -> " :eggplant: "), from the `emoji` package;
- a word with digits or symbols in it becomes a known word when it reads as one:
  "sh1t", "p0rn", "a$$", "b!tch" (leetspeak), "f***", "sh*t", "f#cking" (masks);
- letters stretched three times or more are cut to one ("fuuuuck", "shiiit");
- letters spelled out one by one are joined when they make a known word ("f u c k", "s.e.x").

"Known word" means a single-word lexicon term or a word the statistical layer knows, so a
product code such as "QX7T2L" or "mp3" is left alone. Every character of the result keeps the
offset of the original character it came from, so findings still point into the text the user
wrote. A text with none of these (the common case) is returned as it is, at the cost of one
regular-expression search.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

import emoji

from followthrough.audit.scans import has_any_of

_EMOJI_RANGES = "\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f000-\U0001faff"
# Cheap questions first: each is one C-speed scan, and most posts answer no to all of them.
_HAS_EMOJI = re.compile(rf"[{_EMOJI_RANGES}]").search
_HAS_EMOJI_OR_SYMBOL = re.compile(rf"[{_EMOJI_RANGES}0-9@$*#!+]").search
_ASCII_SYMBOLS = b"0123456789@$*#!+"  # _HAS_EMOJI_OR_SYMBOL's set, less the emoji
_HAS_DISGUISE = re.compile(r"[a-z][0-9@$*#!+]|[0-9@$*#!][a-z]").search
# Any character three times is a third faster to scan for than a letter three times, and rare
# ("...", "555"): only then is the letter asked for.
_HAS_TRIPLE = re.compile(r"(.)\1\1", re.DOTALL).search
_HAS_STRETCH = re.compile(r"([a-z])\1\1").search
# Each starts with one literal character, which makes the scan several times faster than a set.
# A spelling at the very start of the text ("f u c k ...") is checked apart, on two characters.
_HAS_SPACED = re.compile(r" [a-z][ .][a-z][ .][a-z](?![a-z])").search
_HAS_DOTTED = re.compile(r"\.[a-z]\.[a-z]\.[a-z](?![a-z])").search
_SPELLING_SEPARATORS = (" ", ".")
_EMOJI_SEQUENCE = re.compile(rf"[{_EMOJI_RANGES}][{_EMOJI_RANGES}\ufe0f\u200d\U0001f3fb-\U0001f3ff]*")
_DISGUISED = re.compile(r"(?<![\w@$*#!+])(?=[\w@$*#!+]*[a-z])[a-z0-9@$*#!+]{3,}(?![\w@$*#!+])")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
_SPELLED = re.compile(r"(?<![a-z.])(?:[a-z][ .]){2,}[a-z](?![a-z])")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i", "+": "t"})
_MASKS = frozenset("*#")
_SYMBOLS = frozenset("@$!+")
_SYMBOLS_AS_MASKS = str.maketrans({symbol: "*" for symbol in _SYMBOLS})
_SKIN_TONE = re.compile(r"_(?:medium_)?(?:light|dark|medium)(?:_skin_tone)?|_medium_skin_tone")


@dataclass(frozen=True)
class View:
    """A normalised text and, when it differs from the original, where each character came from."""

    text: str
    origin: tuple[int, ...] | None = None  # origin[i]: index in the original of text[i]
    origin_end: tuple[int, ...] | None = None  # origin_end[i]: end in the original of text[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.origin is None or self.origin_end is None:
            return start, end
        return self.origin[start], self.origin_end[max(start, end - 1)]


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.origin: list[int] = []
        self.origin_end: list[int] = []

    def keep(self, text: str, start: int) -> None:
        self.parts.append(text)
        self.origin.extend(range(start, start + len(text)))
        self.origin_end.extend(range(start + 1, start + len(text) + 1))

    def replace(self, text: str, start: int, end: int) -> None:
        self.parts.append(text)
        self.origin.extend([start] * len(text))
        self.origin_end.extend([end] * len(text))

    def view(self) -> View:
        return View("".join(self.parts), tuple(self.origin), tuple(self.origin_end))


@lru_cache(maxsize=4096)
def emoji_names(sequence: str) -> tuple[tuple[int, int, str], ...]:
    """Each emoji of a run as (start, end, " :name: ") within the run."""
    found = []
    for item in emoji.emoji_list(sequence):
        name = emoji.EMOJI_DATA.get(item["emoji"], {}).get("en", "")
        if name:
            name = _SKIN_TONE.sub("", name.lower().replace("-", "_"))
            found.append((item["match_start"], item["match_end"], f" {name} "))
    return tuple(found)


def _may_have_emoji_or_disguise(folded: str) -> bool:
    if folded.isascii():  # no emoji, and the symbols are found by a faster scan (see scans.py)
        return has_any_of(folded, _ASCII_SYMBOLS) and _HAS_DISGUISE(folded) is not None
    return bool(_HAS_EMOJI_OR_SYMBOL(folded) and (_HAS_EMOJI(folded) or _HAS_DISGUISE(folded)))


class Normaliser:
    """`known_words`: what a disguised word may turn out to be. `maskable`: what a masked word
    ("f***") may stand for, in order of preference (a mask hides letters, so only the words
    people mask are candidates: swear words, slurs, sexual and drug words)."""

    def __init__(self, known_words: Iterable[str], maskable: Iterable[str]) -> None:
        self.known = frozenset(w for w in known_words if w.isalpha())
        by_length: dict[int, list[str]] = {}
        for word in dict.fromkeys(w for w in maskable if w.isalpha()):
            by_length.setdefault(len(word), []).append(word)
        self.by_length = by_length

    def __call__(self, folded: str) -> View:
        if not (
            _may_have_emoji_or_disguise(folded)
            or (_HAS_TRIPLE(folded) and _HAS_STRETCH(folded))
            or _HAS_SPACED(folded)
            or _HAS_DOTTED(folded)
            or folded[1:2] in _SPELLING_SEPARATORS and folded[3:4] in _SPELLING_SEPARATORS
        ):
            return View(folded)
        view = self._emoji(folded)
        for step in (self._disguised, self._stretched, self._spelled):
            view = _compose(view, step(view.text))
        return view

    def _emoji(self, text: str) -> View:
        if not _EMOJI_SEQUENCE.search(text):
            return View(text)
        builder, at = _Builder(), 0
        for match in _EMOJI_SEQUENCE.finditer(text):
            for start, end, name in emoji_names(match.group()):
                builder.keep(text[at : match.start() + start], at)
                builder.replace(name, match.start() + start, match.start() + end)
                at = match.start() + end
            builder.keep(text[at : match.end()], at)  # joiners, variation selectors
            at = match.end()
        builder.keep(text[at:], at)
        return builder.view()

    def _disguised(self, text: str) -> View:
        return _rewrite(text, _DISGUISED, self.undisguise)

    def _stretched(self, text: str) -> View:
        return _rewrite(text, _STRETCHED, lambda m: m.group(1))

    def _spelled(self, text: str) -> View:
        def joined(match: re.Match[str]) -> str | None:
            word = re.sub(r"[ .]", "", match.group())
            return word if word in self.known else None

        return _rewrite(text, _SPELLED, joined)

    def undisguise(self, match: re.Match[str]) -> str | None:
        token = match.group()
        if token.isalpha() or token.isdigit():
            return None
        core = token.rstrip("!")  # "shit!!" is punctuation, not a disguise
        if core.startswith("#"):  # a hashtag or a number sign ("#UK", "#UK-77120"), not a mask
            core = core.lstrip("#")
            if core.isalnum():
                return None
        if _MASKS & set(core):
            return self._unmask(core)
        plain = _STRETCHED.sub(r"\1", core.translate(_LEET))
        if plain != core and plain in self.known:
            return plain
        # A symbol that leetspeak does not explain hides a letter: "f@ck" is not "fack".
        return self._unmask(core.translate(_SYMBOLS_AS_MASKS)) if _SYMBOLS & set(core) else None

    def _unmask(self, token: str) -> str | None:
        """The most likely word with the masked letters filled in. A run of masks may hide fewer
        letters than it has stars ("sh*******t"), so shorter words are tried after same-length ones."""
        plain = token.translate(_LEET)
        runs = re.findall(r"[*#]+|[^*#]+", plain)
        pattern = re.compile("".join(f".{{1,{len(run)}}}" if run[0] in _MASKS else re.escape(run)
                                     for run in runs))
        shortest = sum(1 if run[0] in _MASKS else len(run) for run in runs)
        for length in range(len(plain), shortest - 1, -1):
            for word in self.by_length.get(length, ()):
                if pattern.fullmatch(word):
                    return word
        return None


def _rewrite(text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None]) -> View:
    builder, at, changed = _Builder(), 0, False
    for match in pattern.finditer(text):
        new = replace(match)
        if new is None or new == match.group():
            continue
        builder.keep(text[at : match.start()], at)
        builder.replace(new, match.start(), match.end())
        at, changed = match.end(), True
    if not changed:
        return View(text)
    builder.keep(text[at:], at)
    return builder.view()


def _compose(outer: View, inner: View) -> View:
    """`inner` was made from `outer.text`: point its characters at `outer`'s original."""
    if inner.origin is None or inner.origin_end is None:
        return outer
    if outer.origin is None or outer.origin_end is None:
        return inner
    return View(inner.text,
                tuple(outer.origin[i] for i in inner.origin),
                tuple(outer.origin_end[i - 1] for i in inner.origin_end))
