"""Train the audit's statistical layer on the tuning set and write followthrough/audit/model.json.gz.

Run: .venv/bin/python bench/audit_train.py [--check | --cross-writers [WRITER ...] | --fold WRITER ...]

Deterministic: the same tuning set gives the same JSON, byte for byte (compressed with no
timestamp). --check rebuilds it in memory and exits 1 if it differs from the shipped one's, once
decompressed (another zlib may compress the same text to other bytes). The held-out set is never read here.

--cross-writers is how choices about the model are made: it trains on every tuning post but
writer C's (bench/audit_tuning/C.jsonl) and measures the whole audit, rules and model, on C;
then the same for each other blind writer (D, E, F, G, or those named); and prints each, per
category, pooled too. The blind writers never saw the rules, so this is the nearest the
tuning data comes to the held-out set's situation. --fold trains once without all the named
writers and measures on each (round 9 chose its thresholds on two such folds).

How it is built:
1. Each post of bench/audit_eval.jsonl and bench/audit_tuning/*.jsonl is folded and normalised
   as check_text does. Its features are its words, emoji names and pairs of neighbouring words
   (followthrough.audit.statistical.features), each worth feature_value(n) in a post of n
   features, as when scoring. A feature must appear in at least two posts;
   function words ("the", "who's"), identity words ("women") and number shapes are left out.
   1,000 generated everyday posts (bench/audit_speed.py's words) are added as innocent.
2. Each category gets an L2-regularised logistic regression (liblinear) with balanced class
   weights, on features scaled by their log-count ratio for the category (log_count_ratio).
   The strength C is picked from a small grid by five-fold cross-validation.
3. Each category's threshold is the lowest score at which the model alone is right PRECISION of
   the time (PRECISION_FOR where a category has its own), judged on cross-validated predictions.
   A category where no threshold reaches that gets none, and the model stays silent there.
4. Weights smaller than PRUNE are dropped, and the rest are rounded, which keeps the file small.
5. The look-alike model (round 15): one more regression on the same features, scaled the same
   way, trained on the innocent look-alikes (label 1) against the risky posts (label 0) and on no
   other post, with C = LOOK_ALIKE_C; it has no threshold of its own here (see
   followthrough.audit.statistical.LOOKS_INNOCENT and the close-call constants).
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from functools import lru_cache
from pathlib import Path

# Run from a checkout without installing: the repository root holds the package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold  # noqa: E402

from followthrough.audit import CATEGORIES, check_text  # noqa: E402
from followthrough.audit.evaluation import LabelledPost, load_posts  # noqa: E402
from followthrough.audit.lexicon import load_lexicon  # noqa: E402
from followthrough.audit.matcher import MASKED_CATEGORIES, fold, single_words  # noqa: E402
from followthrough.audit.normalise import Normaliser  # noqa: E402
from followthrough.audit.statistical import feature_value, features  # noqa: E402

BENCH = Path(__file__).resolve().parent
TUNING = (BENCH / "audit_eval.jsonl", BENCH / "audit_tuning")
MODEL = BENCH.parent / "followthrough" / "audit" / "model.json.gz"
SCORED = [key for key in CATEGORIES if key != "deny_list"]
# Personal data is left to the detectors: a model would learn number shapes and cue words from
# generated posts, and a flight number would look like a passport number to it. Profanity is
# left to the lexicon: swearing is in the words themselves, and across writers M, N, O and P
# (round 6) the model found 2 more sweary posts for 5 more wrong findings and 6 more flagged
# innocent posts ("Wasted an hour in traffic." became profanity on "traffic").
MODELLED = [key for key in SCORED if key not in ("personal_data", "profanity")]
# Of the model alone, cross-validated on the tuning set. With features scaled by their
# log-count ratio (round 6), 0.90 rather than 0.87: on writers M and N, each trained without
# (--cross-writers), 0.87 found 1,445 risky posts right and 212 wrong, 0.90 found 1,382 and 177;
# on writers O and P's 2,400 innocent posts, 0.87 flagged 208 and 0.90 flagged 176. The errors
# are level, and a false alarm is the error users meet every week.
# Round 9 set each category's own, where the last findings the threshold lets through are right
# about as often as each other: trained without ten held-out-shaped writers in two folds (AG, AI,
# AN, AR, AO / AH, AM, AQ, AS, AT) and measured on them, every category at 0.90 found 4,653 right
# and 559 wrong; bad-mouthing at 0.85 and the rest at 0.92 but violence at 0.90, 4,708 and 557.
# Bad-mouthing's last findings were right 2 times in 3, the others' about 1 time in 2.
# Round 10, on the same folds with AX and AY added (and trained on the rest of 64,720 posts): provocative,
# alcohol and confidential at 0.90 found 57 more right and 32 more wrong than at 0.92 (their last
# findings right about two times in three); discrimination at 0.90 found 24 more right for 30
# more wrong, so it stays at 0.92. Choosing C at each category's own precision changed nothing
# (5 fewer right, 1 more wrong).
PRECISION = 0.92
PRECISION_FOR = {"badmouthing": 0.85, "violence": 0.90, "provocative": 0.90, "alcohol_drugs": 0.90,
                 "confidential": 0.90}  # where a category's own differs
GRID = (0.1, 0.3, 1.0)
# Weights smaller than this are dropped. 0.2 rather than 0.3: small weights add up on posts by
# new writers (--cross-writers, pooled: P 0.81 R 0.49 at 0.3, P 0.81 R 0.51 at 0.2, P 0.83 R 0.50
# at 0.1, but 0.1 makes a 670 KB file for a gain within the noise).
PRUNE = 0.2
# The look-alike model's regularisation: of 0.1, 0.3, 1 and 3, trained on the tuning set and
# measured on BR to CC (11,000 posts it never saw; BR to BW read, BX to CC unread), 1 dropped
# the most look-alike findings for the right findings it lost (round 15). Round 29 chose 3, by a
# rule written first, on LA to LD and XA to XD (unread): with 165,820 tuning posts a looser model
# keeps more of what tells a look-alike from a risky post (bench/audit_next/README.md).
LOOK_ALIKE_C = 3.0
FOLDS = 5
BACKGROUND = 1000  # generated everyday posts added as innocent
SEED = 16


def corpus_normaliser(texts: list[str]) -> Normaliser:
    lexicon = load_lexicon()
    words = {w for text in texts for w in fold(text).split() if w.isalpha()}
    return Normaliser(single_words(lexicon) + sorted(words), single_words(lexicon, MASKED_CATEGORIES))


def feature_dicts(texts: list[str]) -> list[dict[str, float]]:
    normalise = corpus_normaliser(texts)
    rows = []
    for text in texts:
        found = features(normalise(fold(text)).text)
        rows.append(dict.fromkeys(sorted(found), feature_value(len(found))))
    return rows


def meaningful(feature: str) -> bool:
    """Not a function word, an identity word, a pair of them, or a number's shape. On a few
    thousand posts these pick up chance weights ("who's" for alcohol) that fire on any post, and
    an identity word ("women", "Muslims") must never be a finding on its own."""
    words = [w.replace("'", "") for w in feature.split(" ")]
    if any(w.startswith("#") for w in words):
        return False
    return not all(w in STOP_WORDS or w in identity_words() for w in words)


@lru_cache(maxsize=1)
def identity_words() -> frozenset[str]:
    """The words for groups of people: every word of the discrimination pairs' first lists."""
    lexicon = load_lexicon()
    return frozenset(word for pair in lexicon.pairs if pair.category == "discrimination"
                     for term in pair.first for word in term.split())


STOP_WORDS = frozenset(ENGLISH_STOP_WORDS) | {"im", "ive", "dont", "its", "whos", "thats", "u", "ur",
                                              "lol", "just", "got", "get", "like", "s", "t", "ll", "d"}


def frequent(rows: list[dict[str, float]], minimum: int = 2) -> list[dict[str, float]]:
    counts: dict[str, int] = {}
    for row in rows:
        for feature in row:
            counts[feature] = counts.get(feature, 0) + 1
    return [{f: v for f, v in row.items() if counts[f] >= minimum and meaningful(f)} for row in rows]


def out_of_fold(x, y: np.ndarray, c: float) -> np.ndarray:  # type: ignore[no-untyped-def]
    scores = np.zeros(len(y))
    for train, test in StratifiedKFold(FOLDS, shuffle=True, random_state=SEED).split(x, y):
        model = regression(c).fit(x[train], y[train])
        scores[test] = model.decision_function(x[test])
    return scores


def regression(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=SEED)


def ratio_scaled(x, y: np.ndarray):  # type: ignore[no-untyped-def]
    """The features scaled by their log-count ratio for `y`, and that ratio."""
    ratio = log_count_ratio(x, y)
    scaled = (x @ sp.diags(ratio)).tocsr()
    # liblinear takes 32-bit indices.
    scaled.indices, scaled.indptr = scaled.indices.astype(np.int32), scaled.indptr.astype(np.int32)
    return scaled, ratio


def shipped_weights(names: np.ndarray, model: LogisticRegression, ratio: np.ndarray) -> dict[str, float]:
    """The model saw each feature times its ratio; shipping weight times ratio scores the same.
    Weights under PRUNE are dropped."""
    return {str(name): round(float(weight), 3)
            for name, weight in zip(names, model.coef_[0] * ratio, strict=True) if abs(weight) >= PRUNE}


def log_count_ratio(x, y: np.ndarray) -> np.ndarray:  # type: ignore[no-untyped-def]
    """How much more often each feature appears in posts of the category than in the others, as
    |log ratio| with one added count (NB-SVM, Wang and Manning 2012). Scaling the features by it
    before the regression lets the telling ones keep their weight under regularisation."""
    present = (x > 0).astype(np.float64)
    inside = 1 + np.asarray(present[y].sum(axis=0)).ravel()
    outside = 1 + np.asarray(present[~y].sum(axis=0)).ravel()
    return np.abs(np.log((inside / inside.sum()) / (outside / outside.sum())))


def best_threshold(scores: np.ndarray, y: np.ndarray, precision: float) -> tuple[float, int]:
    """The lowest threshold at which the model alone is right `precision` of the time, and how many
    posts it then finds. The model is judged alone, not on what it adds to the rules: the rules
    were written on these same posts, so what they miss here understates what they miss elsewhere."""
    # Every candidate threshold at once (sorted scores and running counts), highest first: one
    # threshold at a time took 15 s a category on 134,000 posts.
    thresholds = np.unique(np.round(scores, 4))[::-1]
    order = np.argsort(scores, kind="stable")
    below = np.searchsorted(scores[order], thresholds, side="left")  # posts under each threshold
    risky_below = np.concatenate(([0], np.cumsum(y[order])))[below]
    hits = int(y.sum()) - risky_below
    flagged = len(scores) - below
    precise = (hits / np.maximum(1, flagged) >= precision) & (hits > 0)
    if not precise.any():
        return float("inf"), 0
    best_hits = int(hits[precise].max())
    # The highest threshold that finds that many: hits only grow as the threshold falls.
    first = int(np.flatnonzero(precise & (hits == best_hits))[0])
    return float(thresholds[first]), best_hits


def rules_alone() -> None:
    """The rules as if no model were shipped, so that training never depends on the last model."""
    from followthrough.audit import matcher, statistical

    statistical.default_model = lambda: statistical.Model((), (), (), (), frozenset())  # type: ignore[assignment]
    matcher.default_normaliser.cache_clear()


def background() -> list[LabelledPost]:
    """Innocent posts made of everyday words (bench/audit_speed.py's generator without its risky
    phrases), so that words such as "client", "project" or "review" alone do not read as risky."""
    from bench.audit_speed import WORDS

    rng = random.Random(SEED)
    return [LabelledPost(" ".join(rng.choices(WORDS, k=rng.randint(8, 40))).capitalize() + ".",
                         frozenset()) for _ in range(BACKGROUND)]


def tuning_posts() -> list[LabelledPost]:
    return load_posts(*TUNING)


def train(tuning: list[LabelledPost] | None = None, quiet: bool = False) -> dict[str, object]:
    rules_alone()
    posts = (tuning_posts() if tuning is None else tuning) + background()
    texts = [post.text for post in posts]
    rows = frequent(feature_dicts(texts))
    vectoriser = DictVectorizer(sort=True)
    x = vectoriser.fit_transform(rows).tocsr()
    names = vectoriser.get_feature_names_out()
    rules = [{f.category for f in check_text(text, statistical=False)} for text in texts]
    weights: dict[str, dict[str, float]] = {}  # category -> feature -> weight
    intercepts, thresholds, report = [], [], []
    for key in MODELLED:
        y = np.array([key in post.labels for post in posts])
        ruled = np.array([key in found for found in rules])
        scaled, ratio = ratio_scaled(x, y)
        # C is chosen at the shared precision, the threshold at the category's own: that is the
        # pair round 9's folds measured (choosing C at each category's own is not measured yet).
        scores_at = {c: out_of_fold(scaled, y, c) for c in GRID}
        chosen = max(GRID, key=lambda c: best_threshold(scores_at[c], y, PRECISION)[1])
        scores = scores_at[chosen]
        threshold, hits = best_threshold(scores, y, PRECISION_FOR.get(key, PRECISION))
        together = int(((ruled | (scores >= threshold)) & y).sum())
        model = regression(chosen).fit(scaled, y)
        intercepts.append(round(float(model.intercept_[0]), 4))
        thresholds.append(round(threshold, 4) if threshold != float("inf") else 1e9)
        if kept := shipped_weights(names, model, ratio):
            weights[key] = kept
        report.append(f"{key:<15} C={chosen:<4} threshold={threshold:8.3f} model alone {hits}/{int(y.sum())}"
                      f", rules {int((ruled & y).sum())}, together {together} (cross-validated)")
    look_alike = look_alike_model(posts, x, names)
    report.append(f"look_alike      C={LOOK_ALIKE_C:<4} {len(look_alike['weights'])} features")
    if not quiet:
        print("\n".join(report), file=sys.stderr)
    return {"about": "followthrough audit statistical layer; rebuild with bench/audit_train.py",
            "categories": MODELLED, "intercepts": intercepts, "thresholds": thresholds,
            "weights": weights, "look_alike": look_alike}


def look_alike_model(posts: list[LabelledPost], x, names: np.ndarray) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Innocent look-alikes against risky posts, and no other posts: what tells "Aubergine parm
    for tea 🍆" from "🍆 link in bio" whatever the category (statistical.LOOKS_INNOCENT)."""
    keep = np.array([bool(post.labels) or post.is_look_alike for post in posts])
    y = np.array([post.is_look_alike for post in posts])[keep]
    scaled, ratio = ratio_scaled(x[keep], y)
    model = regression(LOOK_ALIKE_C).fit(scaled, y)
    return {"intercept": round(float(model.intercept_[0]), 4),
            "weights": shipped_weights(names, model, ratio)}


def serialise(document: dict[str, object]) -> str:
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":")) + "\n"


def cross_writers(names: list[str], together: bool = False) -> None:
    """Train without one blind writer, measure on that writer; the same for each of `names`
    (every writer's file, C.jsonl, D.jsonl, ..., when none is named); print each and pooled.
    `together`: train once without all of them (a fold of writers), and measure on each."""
    from followthrough.audit import check, matcher, statistical
    from followthrough.audit.evaluation import Scores, score

    names = names or sorted(p.stem for p in (BENCH / "audit_tuning").glob("?.jsonl"))
    writers = {name: load_posts(BENCH / "audit_tuning" / f"{name}.jsonl") for name in names}
    everyone = tuning_posts()
    pooled: list[Scores] = []
    model = None
    for name, theirs in writers.items():
        if model is None or not together:
            left_out = {post.text for w in (writers.values() if together else [theirs]) for post in w}
            model = statistical.Model.from_json(train([p for p in everyone if p.text not in left_out], True))
        statistical.default_model = check.default_model = lambda model=model: model  # type: ignore[misc]
        matcher.default_normaliser.cache_clear()
        measured = score(theirs, lambda text: {f.category for f in check.check_text(text)}, SCORED)
        pooled.append(measured)
        without = ", ".join(writers) if together else name
        print(f"trained without {without}, measured on {name} ({len(theirs)} posts):")
        for key in SCORED:
            tally = measured.by_category[key]
            print(f"  {key:<15} P {tally.precision:4.2f}  R {tally.recall:4.2f}")
        print(f"  {'micro':<15} P {measured.micro.precision:4.2f}  R {measured.micro.recall:4.2f}"
              f"  look-alikes flagged {measured.look_alikes_flagged} of {measured.look_alikes}"
              f", innocent flagged {measured.innocent_flagged} of {measured.innocent}")
    tp = sum(s.micro.true_positive for s in pooled)
    fp = sum(s.micro.false_positive for s in pooled)
    fn = sum(s.micro.false_negative for s in pooled)
    print(f"pooled over {', '.join(writers)}: P {tp / (tp + fp):4.2f}  R {tp / (tp + fn):4.2f}")


def main() -> None:
    if "--cross-writers" in sys.argv:
        cross_writers(sys.argv[sys.argv.index("--cross-writers") + 1:])
        return
    if "--fold" in sys.argv:
        cross_writers(sys.argv[sys.argv.index("--fold") + 1:], together=True)
        return
    text = serialise(train())
    if "--check" in sys.argv:
        same = MODEL.exists() and gzip.decompress(MODEL.read_bytes()).decode("utf-8") == text
        print(f"{MODEL.name} is up to date" if same else f"{MODEL.name} differs from a fresh training")
        raise SystemExit(0 if same else 1)
    packed = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    MODEL.write_bytes(packed)
    print(f"wrote {MODEL} ({len(packed) / 1024:.0f} KB; {len(text) / 1024:.0f} KB of JSON)")


if __name__ == "__main__":
    main()
