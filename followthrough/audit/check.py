"""Check one text: lexicon matches, context rules, personal data, the user's own lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from followthrough.audit import context, emoji_senses, statistical
from followthrough.audit.findings import Finding, Severity, Trigger
from followthrough.audit.lexicon import CategoryRules, Lexicon, load_lexicon
from followthrough.audit.matcher import Hit, default_matcher, default_normaliser, fold
from followthrough.audit.normalise import View
from followthrough.audit.personal_data import find_personal_data
from followthrough.audit.statistical import Score, default_model

DENY_WHY = "You put this on your own deny-list (config.toml [audit] deny, or --deny)."
DENY_SUGGESTION = "Leave it out, or remove it from your deny-list if it is fine after all."


def check_text(
    text: str, allow: Iterable[str] = (), deny: Iterable[str] = (), region: str = "US",
    statistical: bool = True,
) -> list[Finding]:
    """Every finding in `text`, one per category, in the order the categories first appear.

    `allow` lists words or phrases that are never findings for you (your employer's name,
    your own e-mail address); `deny` lists words that always are. `statistical=False` leaves
    out the statistical layer (its training script compares the rules alone with it).
    """
    folded = fold(text)
    lexicon = load_lexicon()
    view = default_normaliser()(folded)
    hits = default_matcher().hits(view.text)
    candidates: list[Finding] = []
    literal = emoji_senses.literal_emoji(folded, view.text)
    innocent: frozenset[str] = literal
    if hits:  # (half the generated posts have none)
        if literal:
            hits = [hit for hit in hits if view.text[hit.start + 1 : hit.end - 1] not in literal]
        candidates, innocent = _entry_candidates(lexicon, hits, text, view)
        innocent |= literal
        candidates += _pair_candidates(lexicon, hits, text, view)
    if statistical and candidates:
        candidates = _not_plainly_innocent(candidates, folded, view.text, innocent)
    candidates += find_personal_data(text, lexicon.categories["personal_data"], region, folded)
    if statistical:
        candidates += _statistical_candidates(lexicon, text, view, candidates, innocent)
        if candidates and default_model().looks_innocent(view.text):
            candidates = _kept_in_a_look_alike(candidates, folded, view.text, innocent)
    if deny:  # (most audits have no lists: skip building them for each post)
        candidates += _deny_candidates(text, folded, tuple(d.lower() for d in deny if d.strip()))
    if allow and candidates:
        allowed = _allowed_spans(folded, tuple(a.lower() for a in allow if a.strip()))
        candidates = [c for c in candidates if not any(_inside(t, allowed) for t in c.triggers)]
    return _merge_by_category(candidates) if candidates else []


def _trigger(text: str, view: View, start: int, end: int) -> Trigger:
    start, end = view.span(start, end)
    return Trigger(start, end, text[start:end])


def _entry_candidates(
    lexicon: Lexicon, hits: list[Hit], text: str, view: View
) -> tuple[list[Finding], frozenset[str]]:
    """The entries' findings, and the single words this text uses in an innocent sense
    ("same-sex", "spotted dick", "the village Fucking"), which the model must not count either."""
    folded = view.text
    found = []
    innocent = set()
    # One sense per post: a term first used in an innocent sense keeps it ("Faggots and peas for
    # lunch. I had to ask what faggots are"); one first used in a risky sense is read afresh.
    first_innocent: dict[tuple[int, str], bool] = {}
    for hit in sorted(hits, key=lambda hit: hit.start):
        if hit.ref.kind != "entry":
            continue
        entry = lexicon.entries[hit.ref.index]
        rules = lexicon.categories[entry.category]
        term = folded[hit.start : hit.end]
        use = (hit.ref.index, term)
        innocent_sense = first_innocent.get(use) or _innocent_sense(lexicon, hit, text, view)
        first_innocent.setdefault(use, innocent_sense)
        if innocent_sense:
            if " " not in term:
                innocent.add(term)
            continue
        if _discounted(rules, folded, hit.start, hit.end):
            continue
        trigger = _trigger(text, view, hit.start, hit.end)
        found.append(_finding(lexicon, entry.category, entry.severity, (trigger,), entry.why))
    return found, frozenset(innocent)


def _innocent_sense(lexicon: Lexicon, hit: Hit, text: str, view: View) -> bool:
    folded = view.text
    entry = lexicon.entries[hit.ref.index]
    return (
        context.is_innocent(folded, hit.start, hit.end, entry.innocent_before, entry.innocent_after)
        or context.near(folded, hit.start, hit.end, entry.innocent_near)
        or (entry.names and context.in_a_name(text, *view.span(hit.start, hit.end)))
        or context.spelled_out(text, *view.span(hit.start, hit.end))
        or context.in_a_title(text, *view.span(hit.start, hit.end))
        or (lexicon.categories[entry.category].dish_names and context.names_a_dish(folded, hit.end))
    )


def _discounted(rules: CategoryRules, folded: str, start: int, end: int) -> bool:
    if rules.negatable and context.is_negated(folded, start):
        return True
    if rules.mention_ok and (context.is_mention(folded, start, end) or context.is_taken_back(folded, end)):
        return True
    return rules.reported_ok and context.is_reported(folded, start, end)


def _pair_candidates(lexicon: Lexicon, hits: list[Hit], text: str, view: View) -> list[Finding]:
    folded = view.text
    sides: dict[int, tuple[list[Hit], list[Hit]]] = {}
    for hit in hits:
        if hit.ref.kind == "pair":
            sides.setdefault(hit.ref.index, ([], []))[hit.ref.side].append(hit)
    found = []
    for index, (firsts, seconds) in sides.items():
        pair = lexicon.pairs[index]
        rules = lexicon.categories[pair.category]
        for a in firsts:
            for b in seconds:
                early, late = (a, b) if a.start <= b.start else (b, a)
                if early.end > late.start or (pair.ordered and early is not a):
                    continue
                if context.words_between(folded, early.end, late.start) > pair.window:
                    continue
                if context.followed_by(folded, late.end, pair.innocent_after):
                    continue
                if any(
                    _discounted(rules, folded, h.start, h.end)
                    for h in (early, late)
                ) or (rules.mention_ok and context.in_quotes(folded, early.start, late.end)):
                    continue
                triggers = tuple(_trigger(text, view, h.start, h.end) for h in (early, late))
                found.append(_finding(lexicon, pair.category, pair.severity, triggers, pair.why))
    return found


def _not_plainly_innocent(
    candidates: list[Finding], folded: str, normalised: str, innocent: frozenset[str]
) -> list[Finding]:
    """Rule findings in a category the model reads this text as plainly not about are dropped
    (see statistical.PLAINLY_NOT), unless the writer is in the sentence: "Saw the news about
    the raid. I buy mine from that lot." is a confession, however newsy the rest."""
    model = default_model()
    if not any(c.category in model.categories for c in candidates):
        return candidates
    ruled_out = model.plainly_not(normalised, innocent)
    return [c for c in candidates if c.category not in ruled_out or _has_the_writer(c, folded)]


def _kept_in_a_look_alike(
    candidates: list[Finding], folded: str, normalised: str, innocent: frozenset[str]
) -> list[Finding]:
    """In a text the look-alike model reads as innocent (statistical.LOOKS_INNOCENT), only the
    findings whose sentence has the writer in it: "I'll kill you" stays a threat in any company.
    In one it is sure of (statistical.SURELY_INNOCENT), only those in a category the word model
    does not read (personal data, found by patterns and validators, and profanity: a swear word is
    one whatever the post is about, "FFS", "Quiz Me Arse"), and those whose category it reads well
    past its threshold too (STILL_RISKY)."""
    kept = [c for c in candidates if _has_the_writer(c, folded)]
    model = default_model()
    if not kept or not model.surely_innocent(normalised):
        return kept
    risky = {s.category for s in model.scores(normalised, innocent) if s.margin >= statistical.STILL_RISKY}
    return [c for c in kept if c.category not in model.categories or c.category in risky]


def _has_the_writer(finding: Finding, folded: str) -> bool:
    return any(context.writer_in_sentence(folded, t.start, t.end) for t in finding.triggers)


def _statistical_candidates(
    lexicon: Lexicon, text: str, view: View, rule_findings: list[Finding], innocent: frozenset[str]
) -> list[Finding]:
    model = default_model()
    scores = model.scores(view.text, innocent, statistical.NEAR_MISS)
    if not scores:  # the common case
        return []
    already = {finding.category for finding in rule_findings}
    # One category at most, the one furthest past its threshold: a post is nearly always risky
    # in one way (97% of the tuning set's risky posts carry one label), and the model's second
    # guesses were mostly wrong. Across writers H, I and J: P 0.83 -> 0.85, R 0.63 -> 0.62.
    score = max((score for score in scores
                 if score.category not in already and score.category in lexicon.categories),
                key=lambda score: score.margin, default=None)
    if score is None:
        return []
    if score.margin < statistical.UNSURE and not _settled_for(score, model.look_alike_odds(view.text)):
        return []
    spans = model.spans(view.text, score.strongest)
    triggers = tuple(dict.fromkeys(_trigger(text, view, start, end) for start, end in spans))
    if not triggers:
        return []
    signals = ", ".join(f'"{t.text}"' for t in triggers)
    likely = "more than 99%" if score.probability > 0.99 else f"{score.probability:.0%}"
    note = (f"the statistical layer (a model trained on labelled posts) rates this "
            f"{likely} likely; its strongest signals here: {signals}")
    return [_finding(lexicon, score.category, Severity.MEDIUM, triggers, note)]


def _settled_for(score: Score, look_alike_odds: float | None) -> bool:
    """A close call of the word model, settled by the look-alike model (statistical.NEAR_MISS).
    With no opinion from it, the word model's own call stands."""
    if look_alike_odds is None:
        return score.margin >= 0
    if score.margin < 0:  # a near miss
        return look_alike_odds < statistical.PLAINLY_RISKY
    return look_alike_odds <= statistical.LEANS_INNOCENT


def _finding(
    lexicon: Lexicon, category: str, severity: Severity, triggers: tuple[Trigger, ...], note: str
) -> Finding:
    rules = lexicon.categories[category]
    return Finding(category, severity, triggers, rules.why, rules.suggestion, note)


@lru_cache(maxsize=64)
def _list_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _deny_candidates(text: str, folded: str, deny: tuple[str, ...]) -> list[Finding]:
    pattern = _list_pattern(deny)
    if pattern is None:
        return []
    return [
        Finding(
            "deny_list",
            Severity.MEDIUM,
            (Trigger(m.start(), m.end(), text[m.start() : m.end()]),),
            DENY_WHY,
            DENY_SUGGESTION,
            "on your deny-list",
        )
        for m in pattern.finditer(folded)
    ]


def _allowed_spans(folded: str, allow: tuple[str, ...]) -> list[tuple[int, int]]:
    pattern = _list_pattern(allow)
    return [] if pattern is None else [m.span() for m in pattern.finditer(folded)]


def _inside(trigger: Trigger, spans: Sequence[tuple[int, int]]) -> bool:
    # Overlap is enough: allowing "hammered" also clears the longer match "got hammered".
    return any(start < trigger.end and trigger.start < end for start, end in spans)


def _merge_by_category(candidates: list[Finding]) -> list[Finding]:
    """One finding per category: its worst severity and every distinct triggering span."""
    by_category: dict[str, list[Finding]] = {}
    for candidate in sorted(candidates, key=lambda c: c.triggers[0].start):
        by_category.setdefault(candidate.category, []).append(candidate)
    merged = []
    for group in by_category.values():
        worst = max(group, key=lambda c: c.severity)
        triggers = _distinct_triggers(t for c in group for t in c.triggers)
        merged.append(
            Finding(worst.category, worst.severity, triggers, worst.why, worst.suggestion,
                    worst.explanation)
        )
    return merged


def _distinct_triggers(triggers: Iterable[Trigger]) -> tuple[Trigger, ...]:
    """Drop duplicates and spans lying inside a longer one ("drunk" in "blackout drunk")."""
    unique = sorted(set(triggers), key=lambda t: (t.start, -t.end))
    kept: list[Trigger] = []
    for trigger in unique:
        if kept and kept[-1].start <= trigger.start and trigger.end <= kept[-1].end:
            continue
        kept.append(trigger)
    return tuple(kept)
