"""The statistical layer: a linear model over words and word pairs, shipped as model.json.gz.

The lexicons catch what is said outright. The model is there for what is only implied:
"binned every CV with a graduation year before 1990", or "pizza party instead of a raise".
It was trained on the tuning set (bench/audit_eval.jsonl and bench/audit_tuning/) by
bench/audit_train.py, which rebuilds model.json.gz deterministically. Nothing is downloaded,
and scikit-learn is needed only to train the model, never to run it.

Scoring is a sum: each word or word pair of the normalised text that the model knows adds
its weight to each category, each counting for less in a long post (feature_value). A category
whose sum passes its threshold is a candidate; check.py keeps the strongest one. The finding
names the features that added the most, so the user sees why.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from followthrough.audit.scans import has_digit

MODEL_FILE = "model.json.gz"  # compressed to a third: the package carries it, and git each version
_TOKEN = re.compile(r"[a-z0-9_']+")  # where a feature stands in the text (for triggers)
# Everything but letters, digits, apostrophes and underscores becomes a space; splitting on
# spaces is then twice as fast as a regular expression. An emoji's name loses its colons
# (":sweat_droplets:" -> "sweat_droplets"), so "eggplant" is one feature, word or emoji.
_SEPARATORS = {ord(c): " " for c in "!\"#$%&()*+,-./:;<=>?@[\\]^`{|}~\t\n\r…—–¡¿«»·"}
# The same mapping for ASCII text (nearly every post) as a bytes table, five times faster than
# str.translate's dictionary. (The other separators cannot occur in ASCII text.)
_ASCII_SEPARATORS = bytes.maketrans(
    bytes(c for c in _SEPARATORS if c < 128), b" " * sum(c < 128 for c in _SEPARATORS)
)


def shape(token: str) -> str:
    """Numbers stand for their shape, not their value: "533914227" -> "#d9", "qx7t2l" -> "#m6"."""
    if token.isalpha():  # most words, answered at C speed (no letter is a digit)
        return token
    if token.isdigit():
        return f"#d{min(len(token), 16)}"
    return f"#m{min(len(token), 16)}" if any(c.isdigit() for c in token) else token


def tokens(normalised: str) -> list[str]:
    if normalised.isascii():  # a flag of the string: no scan
        spaced = normalised.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii")
    else:
        spaced = normalised.translate(_SEPARATORS)
    found = spaced.split()
    return [shape(t) for t in found] if has_digit(normalised) else found


def features(normalised: str) -> set[str]:
    """Words, emoji names and number shapes, and each pair of neighbouring ones ("pizza party",
    "young blood"): a pair says what neither word says alone, and on posts by writers the model
    never saw, pairs found 2 more risky posts in 100 at the same precision (bench/audit_train.py
    --cross-writers)."""
    found = tokens(normalised)
    return {*found, *map(" ".join, zip(found, found[1:], strict=False))}


# A post with more features than this counts each for less, so that a long post full of
# everyday work words ("email", "reviews", "meeting") does not add up to a finding. 40 is about
# the longest quarter of the tuning posts. Across writers H to K (bench/audit_train.py
# --cross-writers), against a plain sum: K's innocent work posts flagged 59 -> 53 of 400, and
# P 0.82 -> 0.83, R 0.64 -> 0.63 on H, I and J; scaling every post by 1/sqrt(n) instead
# flagged 26 of K's posts but found 15 fewer risky posts in 100.
FULL_WEIGHT_UP_TO = 40


def feature_value(count: int) -> float:
    """What each feature of a post with `count` features is worth, in training and scoring."""
    return min(1.0, (FULL_WEIGHT_UP_TO / count) ** 0.5)


# A word list cannot tell "he's been stoned all week (sat on a stone)" from "stoned all week";
# the model, reading every word, can tell when the rest of the post speaks against the rule's
# category. check.py drops a rule's finding in a category the text is plainly not about: the
# words' sum is negative and the score is under this (log-odds; a probability under 5%). "No
# opinion" (a post of words the model does not know, whose score is only the intercept) is not
# enough, and check.py keeps a finding whose sentence has the writer in it. On writers the model
# was not trained on, round 14: six unread writers (5,600 posts), look-alikes flagged 246 -> 218
# and risky posts found 1,443 -> 1,443; two folds of tuning writers (each model trained without
# them), 212 -> 190 and 3,932 -> 3,928.
PLAINLY_NOT = -3.0
# A second model, trained on the tuning set's innocent look-alikes against its risky posts (and
# nothing else), reads a post as a whole: "Cock blackbird singing ... second brood in the hedge",
# "opened the drain cock on the radiator". Past this log-odds (1: a probability over 73%), check.py
# drops every finding but those whose sentence has the writer in it, and the user's deny-list.
# Until round 20 it was 3 (a probability over 95%): the lowest that lost no right finding on six
# read writers (BR to BW, 5,600 posts); there it dropped 20 of 178 look-alike findings, and on
# six writers nobody had read (BX to CC, 5,400 posts) 35 of 226, for no right finding (without
# the writer's exemption: 27 and 44, for 0 and 2 right findings). Round 15.
# Round 20 looked at 2 (look 31, not shipped: docs/audit.md); round 22 ships 1 (look 33), with
# the close calls below, now that the writer's exemption also covers a sentence that dropped
# its "I" ("Got wasted at the party.") and the writer's household ("Son's judo is at six, he
# waits in the foyer"), which a veto of 1 had dropped.
LOOKS_INNOCENT = 1.0
# Past SURELY_INNOCENT, the writer in the sentence no longer keeps a finding either ("got
# absolutely hammered today, 400 nails into a stud wall"), unless the word model does not read
# its category (check.py) or reads it at least STILL_RISKY past its threshold too ("had 5 or 6
# wines but felt totally fine 🚗🍷"). On a text of fewer than SHORT_TEXT words
# the look-alike model's reading (its log-odds less its intercept) counts in proportion: it reads
# "I'll kill you." as a look-alike at 4.1, having seen "killing it" thousands of times. Round 39,
# on LA to SF (36,000 posts, rounds 29 to 38's writers, all chosen on before): right / wrong /
# look-alikes flagged 17,432 / 1,084 / 325 without this, 17,428 / 1,030 / 277 with it; on the
# 64 tuning archive writers 7,850 / 458 / 129 and 7,845 / 444 / 116.
SURELY_INNOCENT = 2.0
SHORT_TEXT = 10
STILL_RISKY = 2.0
# The look-alike model also settles the word model's close calls (check.py): a category up to
# NEAR_MISS under its threshold is found when the look-alike model reads the post as plainly
# risky (log-odds under PLAINLY_RISKY), and one less than UNSURE past it is dropped when the
# look-alike model leans innocent (log-odds over LEANS_INNOCENT). Chosen on the six read writers
# (BR to BW) from 0 or 0.5, -4 or -3, 0 or 1, and 1 or 2: right findings 1,449 -> 1,457, wrong
# 225 -> 222, look-alikes flagged 156 -> 145; on the six unread (BX to CC) 1,411 -> 1,425, 273 ->
# 268 and 189 -> 177. Round 15.
# Round 20 moved them with the veto above, chosen on DA to DH (unread, round 19's model) among
# 37 settings as one of four that traded right findings for look-alikes best, then measured
# with the model retrained on DA to DH on eight more unread writers (DI to DP): right / wrong /
# look-alikes flagged 3,639 / 278 / 121 at (3, 1, 1, -4) -> 3,637 / 264 / 105 at (2, 2, 1, -3),
# the setting look 31 saw, and 3,634 / 263 / 98 at (1, 2, 0.5, -2) with the wider exemption.
# A near miss is now found when the look-alike model puts the odds of risky at 7 to 1 (-2)
# rather than 55 to 1 (-4), which buys back right findings the lower veto gives up.
# Round 22 (DA to DX trained on) chose among the same five settings on eight unread writers
# (EA to EH) and the tuning archive files (RA to RD), by a rule written first: LEANS_INNOCENT
# 0 (a close call is dropped when the look-alike model gives it even odds or better) flags 110
# of 2,214 look-alikes there, where 0.5 flags 116 and round 19 154, for 3,473 right findings
# and 282 wrong (round 19: 3,441 and 325).
# Round 24 (EA to FH trained on, and its rules) chose among (1, 2, 0, -2), (1, 3, 0, -1.5) and
# (0.5, 3, 0, -1.5), by a rule written first, on GA to GD's 3,600 posts and RA to SD's 1,920
# archive items together: right / wrong / look-alikes flagged 2,659 / 216 / 73, 2,658 / 215 / 70
# and 2,653 / 213 / 68, where round 22 finds 2,649 / 222 / 79. The last, a veto of 0.5, failed
# tests/audit: it dropped a boarding pass's barcode and a post that says "so drunk" beside code.
# So (1, 3, 0, -1.5) was looked at (look 34), and not shipped: it flagged 13 held-out
# look-alikes where round 22 flags 12. Round 25 chose again, with GA to GD trained on, on HA to
# HD and TA to TD, and no candidate was looked at: the only eligible one, LEANS_INNOCENT -0.5,
# took the look-alike model's silence (a text it knows no word of) for even odds. With that
# fixed, round 26 (HA to HD trained on too) chose among (1, 2, 0, -2), (1, 3, 0, -1.5), (1, 3,
# -0.5, -1.5) and (1, 3, -1, -1.5) on IA to ID's 3,600 posts and UA to UD's 960 archive items:
# right / wrong / look-alikes flagged 2,289 / 137 / 44, 2,287 / 140 / 44, 2,272 / 135 / 40 and
# 2,252 / 129 / 35, where round 22 finds 2,267 / 145 / 45; the last finds fewer right findings.
# So a close call past its threshold by less than 3 needs the look-alike model's word, and is
# dropped when that model reads it as innocent at odds of 3 to 5 or better (-0.5); a near miss
# is found when it reads the post as risky at 4.5 to 1 (-1.5). Round 29 (IA to KD trained on, the
# look-alike model at C = 3) chose among eight candidates on LA to LD and XA to XD, by a rule
# written first: at -1 (odds of 3 to 8) it finds 2,274 right / 128 wrong / 36 look-alikes
# flagged there, where round 26 finds 2,261 / 148 / 39 (bench/audit_next/README.md).
NEAR_MISS = 0.5
PLAINLY_RISKY = -1.5
UNSURE = 3.0
LEANS_INNOCENT = -1.0


@dataclass(frozen=True)
class Score:
    category: str
    probability: float
    strongest: tuple[str, ...]  # the features that added most, strongest first
    margin: float = 0.0  # how far past its threshold


@dataclass(frozen=True)
class Model:
    categories: tuple[str, ...]
    intercepts: tuple[float, ...]
    thresholds: tuple[float, ...]  # on the summed score (log-odds), one per category
    weights: tuple[dict[str, float], ...]  # per category: feature -> weight
    vocabulary: frozenset[str]
    packed: dict[str, int] = field(default_factory=dict)  # feature -> its weights in one integer
    pair_names: dict[tuple[str, str], str] = field(default_factory=dict)  # ("a", "b") -> "a b"
    bars: _Bars | None = None  # every category's pre-check at once (see _Bars)
    look_alike: Model | None = None  # innocent look-alikes against risky posts (LOOKS_INNOCENT)

    @classmethod
    def from_json(cls, document: dict[str, Any]) -> Model:
        categories: tuple[str, ...] = tuple(document["categories"])
        per_category = document["weights"]  # category -> feature -> weight
        weights = tuple({feature: float(weight) for feature, weight in per_category.get(key, {}).items()}
                        for key in categories)
        vocabulary = frozenset(f for per_category in weights for f in per_category)
        packed = {f: _pack(tuple(per_category.get(f, 0.0) for per_category in weights))
                  for f in vocabulary}
        pair_names = {_split_pair(f): f for f in vocabulary if " " in f}
        intercepts, thresholds = tuple(document["intercepts"]), tuple(document["thresholds"])
        look_alike = document.get("look_alike")
        return cls(categories, intercepts, thresholds, weights, vocabulary, packed, pair_names,
                   _Bars.of(intercepts, tuple(t - NEAR_MISS for t in thresholds)),  # (near misses too)
                   None if look_alike is None else cls.from_json(
                       {"categories": ["look_alike"], "intercepts": [look_alike["intercept"]],
                        "thresholds": [LOOKS_INNOCENT], "weights": {"look_alike": look_alike["weights"]}}))

    def spans(self, normalised: str, wanted: tuple[str, ...]) -> list[tuple[int, int]]:
        """Where the `wanted` features stand in the normalised text, in the order given."""
        found = [(shape(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(normalised)]
        where: dict[str, tuple[int, int]] = {}
        for (word, start, end), following in zip(found, found[1:] + [None], strict=False):
            where.setdefault(word, (start, end))
            if following is not None:
                where.setdefault(f"{word} {following[0]}", (start, following[2]))
        return [where[feature] for feature in wanted if feature in where]

    def words(self) -> set[str]:
        return {f for f in self.vocabulary if " " not in f and f.isalpha()}

    def looks_innocent(self, normalised: str) -> bool:
        """The look-alike model reads this text as an innocent look-alike (LOOKS_INNOCENT)."""
        odds = self.look_alike_odds(normalised)
        return odds is not None and odds > LOOKS_INNOCENT

    def look_alike_odds(self, normalised: str) -> float | None:
        """The look-alike model's log-odds that this text is an innocent look-alike; None (no
        opinion, which is not even odds) without that model or a word it knows."""
        if self.look_alike is None:
            return None
        found, words, _, packed = self.look_alike._weights(normalised, frozenset())
        if not packed:
            return None
        summed = _unpack(sum(packed), 0, len(packed)) * _feature_weight(found, words)
        return summed + self.look_alike.intercepts[0]

    def surely_innocent(self, normalised: str) -> bool:
        """The look-alike model is sure this text is an innocent look-alike (SURELY_INNOCENT),
        its reading of a short text (under SHORT_TEXT words, an emoji one) counted in proportion."""
        odds = self.look_alike_odds(normalised)
        if odds is None or self.look_alike is None:
            return False
        intercept = self.look_alike.intercepts[0]
        share = min(1.0, len(normalised.split()) / SHORT_TEXT)
        return intercept + (odds - intercept) * share > SURELY_INNOCENT

    def plainly_not(self, normalised: str, innocent: frozenset[str] = frozenset()) -> frozenset[str]:
        """The categories this text is plainly not about: its words, taken together, speak
        against each (their weighted sum is below zero), and its score is under PLAINLY_NOT."""
        found, words, pairs, packed = self._weights(normalised, innocent)
        if not packed:
            return frozenset()
        scale = _feature_weight(found, words)
        packed_total = sum(packed)
        return frozenset(
            category
            for index, (category, intercept) in enumerate(zip(self.categories, self.intercepts, strict=True))
            if (summed := _unpack(packed_total, index, len(packed))) < 0
            and summed * scale + intercept < PLAINLY_NOT
        )

    def scores(
        self, normalised: str, innocent: frozenset[str] = frozenset(), reach: float = 0.0
    ) -> list[Score]:
        """The categories whose score passes their threshold, less `reach` (at most NEAR_MISS, which
        the pre-check allows for), for this (normalised) text, leaving out the words the rules read
        in an innocent sense here."""
        found, words, pairs, packed = self._weights(normalised, innocent)
        if not packed:
            return []
        scores = []
        scale: float | None = None  # counted only for a category that may pass (see below)
        # This is the hot loop of a large audit: one C-speed sum of packed integers adds up
        # every category's weights at once (see _pack).
        packed_total = sum(packed)
        if self.bars is not None and self.bars.none_can_pass(packed_total, len(packed)):
            return []  # the loop below would skip every category (99% of generated posts)
        for index, intercept in enumerate(self.intercepts):
            summed = _unpack(packed_total, index, len(packed))
            # A feature is worth 1 at most (feature_value), so the weighted sum is at most the
            # plain one if that is positive, and at most 0 if not. When even that misses the
            # threshold, the features need no counting (most posts, for every category).
            if (summed if summed > 0 else 0.0) + intercept < self.thresholds[index] - reach:
                continue
            if scale is None:
                scale = _feature_weight(found, words)
            total = summed * scale + intercept
            if total >= self.thresholds[index] - reach:
                present = ((words - innocent) & self.vocabulary) | pairs
                scores.append(Score(self.categories[index], _probability(total),
                                    self._strongest(present, index), total - self.thresholds[index]))
        return scores

    def _weights(
        self, normalised: str, innocent: frozenset[str]
    ) -> tuple[list[str], set[str], set[str], list[int]]:
        """The text's tokens, its words, the word pairs the model knows, and the packed weights
        of each known word (but the innocent ones) and pair."""
        # What `features` gives, without joining every pair into a new string: most pairs are
        # unknown to the model, and the known ones are found by their (word, word) tuple.
        found = tokens(normalised)
        words = set(found)
        scored_words = words - innocent if innocent else words
        pairs = set(filter(None, map(self.pair_names.get, zip(found, found[1:], strict=False))))
        # One look-up per word for its weights (every packed value is positive, see _pack).
        packed = [*filter(None, map(self.packed.get, scored_words)), *map(self.packed.__getitem__, pairs)]
        return found, words, pairs, packed

    def _strongest(self, present: set[str], index: int, count: int = 3) -> tuple[str, ...]:
        weights = self.weights[index]
        contributions = [(weights[f], f) for f in present if weights.get(f, 0) > 0]
        return tuple(feature for _, feature in sorted(contributions, reverse=True)[:count])


def _split_pair(feature: str) -> tuple[str, str]:
    first, _, second = feature.partition(" ")
    return first, second


def _feature_weight(found: list[str], words: set[str]) -> float:
    """feature_value(len(features(text))), from the text's tokens `found` and their set `words`."""
    # One pair per neighbour at most; up to FULL_WEIGHT_UP_TO features, the exact count does not
    # matter, and with no word twice there is no pair twice.
    most = len(words) + len(found) - 1
    if most <= FULL_WEIGHT_UP_TO or len(words) == len(found):
        return feature_value(most)
    return feature_value(len(words) + len(set(zip(found, found[1:], strict=False))))


# Weights have three decimals (bench/audit_train.py rounds them), so in thousandths they are
# whole numbers. Each category gets a 40-bit field of one integer, every weight shifted up by
# _OFFSET to stay positive; adding the integers adds each field on its own, and no post is
# long enough to carry one field into the next.
_FIELD = 40
_MASK = (1 << _FIELD) - 1
_OFFSET = 100_000  # weights up to ±100


_TOP = 1 << (_FIELD - 1)  # a field's top bit: what _Bars reads
_BARS_UP_TO = 1_000_000  # features; past this _Bars could overflow a field, and steps aside


@dataclass(frozen=True)
class _Bars:
    """The loop in Model.scores skips a category whose sum, even at full weight, misses its
    threshold. This asks that of every category at once, in one addition of packed integers:
    adding _TOP less a category's bar to its field sets the field's top bit only when the
    field reaches the bar. Each bar is a thousandth below the exact one, so a category that
    the loop would look at always passes here; the loop still decides."""

    base: int  # _TOP less the fixed part of the bar, in every field
    per_feature: int  # _OFFSET in each field that has a bar: its part of a packed sum
    top_bits: int

    @classmethod
    def of(cls, intercepts: tuple[float, ...], thresholds: tuple[float, ...]) -> _Bars:
        base = per_feature = top_bits = 0
        for index, (intercept, threshold) in enumerate(zip(intercepts, thresholds, strict=True)):
            shift = _FIELD * index
            top_bits |= _TOP << shift
            needed = math.floor((threshold - intercept) * 1000) - 1  # thousandths, a little low
            needed = min(needed, _TOP // 2)  # (a lower bar only lets more through to the loop)
            if needed > 0:  # else a sum of 0 passes: no bar (the field's top bit is always set)
                base |= (_TOP - needed) << shift
                per_feature |= _OFFSET << shift
            else:
                base |= _TOP << shift
        return cls(base, per_feature, top_bits)

    def none_can_pass(self, packed_total: int, count: int) -> bool:
        if count > _BARS_UP_TO:
            return False
        return not (packed_total + self.base - count * self.per_feature) & self.top_bits


def _pack(weights: tuple[float, ...]) -> int:
    packed = 0
    for index, weight in enumerate(weights):
        thousandths = round(weight * 1000)
        if abs(thousandths) >= _OFFSET:
            raise ValueError(f"model weight {weight} is out of range")
        packed |= (thousandths + _OFFSET) << (_FIELD * index)
    return packed


def _unpack(packed: int, index: int, count: int) -> float:
    return (((packed >> (_FIELD * index)) & _MASK) - count * _OFFSET) / 1000


def _probability(log_odds: float) -> float:
    return 1 / (1 + math.exp(-log_odds))


@lru_cache(maxsize=1)
def default_model() -> Model:
    resource = resources.files("followthrough.audit") / MODEL_FILE
    if not resource.is_file():  # a checkout before the first training: rules only
        return Model((), (), (), (), frozenset())
    return Model.from_json(json.loads(gzip.decompress(resource.read_bytes())))
