"""A second look at a post the audit flags: read with what was found in it, is it an innocent
look-alike after all?

The word model and the look-alike model each read the words. The second look also reads what
the audit made of them: how sure the look-alike model was and of how short a text, how far past
its threshold the word model went, whether the findings came from the rules or the model, in
which categories, and whether the writer is in the sentence. It is a logistic regression trained
by bench/audit_train.py on the posts the shipped audit flags among blind writers' posts that
neither model was trained on (bench/audit_second_look), so it learns the mistakes the audit
makes on new writers, not those it makes on posts it has learnt. check.py keeps a finding it
overrules when the writer is in the finding's sentence ("I'll kill you" is a threat in any
company), and it does not overrule a text of fewer than SHORT_TEXT words.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from followthrough.audit import context
from followthrough.audit.findings import Finding
from followthrough.audit.statistical import MODEL_NOTE, SHORT_TEXT, Model

# The probability of an innocent look-alike past which the second look overrules the findings.
# By fourteen folds of writers over LA to SV (each scored by a second look trained on the other
# writers), look-alikes cleared / right findings lost / wrong findings cleared: 34 / 13 / 36 at
# 0.8, 26 / 7 / 27 at 0.85, 13 / 5 / 13 at 0.9, 5 / 3 / 5 at 0.95. Round 43.
INNOCENT_AFTER_ALL = 0.85
_BAR = math.log(INNOCENT_AFTER_ALL / (1 - INNOCENT_AFTER_ALL))  # as log-odds
NO_MARGIN = -10.0  # a category the word model does not reach at all


def signals(found: Sequence[Finding], folded: str, normalised: str, model: Model) -> dict[str, float]:
    """What the second look reads besides the words: one value per named signal."""
    odds = model.look_alike_odds(normalised)
    intercept = model.look_alike.intercepts[0] if model.look_alike is not None else 0.0
    words = len(normalised.split())
    share = min(1.0, words / SHORT_TEXT)
    margins = model.margins(normalised)
    categories = {f.category for f in found}
    from_model = {f.category for f in found if f.explanation.startswith(MODEL_NOTE)}
    return {
        "look-alike odds": odds or 0.0,
        "no opinion": float(odds is None),
        "short text's odds": 0.0 if odds is None else intercept + (odds - intercept) * share,
        "words": float(words),
        "share of a short text": share,
        "findings": float(len(found)),
        "any from the model": float(bool(from_model)),
        "all from the model": float(from_model == categories),
        "writer": float(any(has_the_writer(f, folded) for f in found)),
        "best margin": max(margins.values(), default=NO_MARGIN),
        "margin of a finding": max((margins.get(c, NO_MARGIN) for c in categories), default=NO_MARGIN),
        **{f"found {category}": 1.0 for category in categories},
    }


def innocent_after_all(found: Sequence[Finding], folded: str, normalised: str, model: Model) -> bool:
    second = model.second_look
    # A short text says too little to overrule: "so drunk" beside a line of code stays a finding.
    if second is None or not found or len(normalised.split()) < SHORT_TEXT:
        return False
    weights = model.signal_weights
    reading = second.reading(normalised)
    total = (second.intercepts[0] if reading is None else reading) + sum(
        weights.get(name, 0.0) * value for name, value in signals(found, folded, normalised, model).items())
    return total > _BAR


def has_the_writer(finding: Finding, folded: str) -> bool:
    """A sentence of the finding has the writer in it ("I", "my", "me")."""
    return any(context.writer_in_sentence(folded, t.start, t.end) for t in finding.triggers)
