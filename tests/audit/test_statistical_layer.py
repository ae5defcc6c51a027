"""The statistical layer: what it finds it explains, it ships as one small file, and its training
script rebuilds that file exactly."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from followthrough.audit import check, check_text, statistical
from followthrough.audit.context import writer_in_sentence
from followthrough.audit.statistical import (
    FULL_WEIGHT_UP_TO,
    Model,
    _Bars,
    _pack,
    _unpack,
    default_model,
    feature_value,
    features,
)

ROOT = Path(__file__).parents[2]


def test_a_statistical_finding_names_its_strongest_signals() -> None:
    # No lexicon entry covers this post: only the model can find it.
    text = "woke up next to a stranger again 🙈💦"
    assert check_text(text, statistical=False) == []
    [finding] = check_text(text)
    assert finding.category == "provocative"
    assert any("💦" in words for words in finding.words)  # alone or with its neighbour, "🙈💦"
    assert finding.explanation.startswith("the statistical layer (a model trained on labelled posts)")
    assert '"💦"' in finding.explanation
    assert finding.why and finding.suggestion  # why an employer cares, and what to do


def test_it_never_speaks_for_personal_data_or_on_identity_words_alone() -> None:
    model = default_model()
    assert "personal_data" not in model.categories
    assert "profanity" not in model.categories  # the lexicon's: swearing is in the words
    assert not {"women", "muslims", "gay", "immigrants"} & model.vocabulary
    assert check_text("Supporting women in tech.") == []


def test_in_a_long_post_each_word_counts_for_less() -> None:
    assert feature_value(1) == feature_value(FULL_WEIGHT_UP_TO) == 1.0
    assert feature_value(4 * FULL_WEIGHT_UP_TO) == 0.5
    # The same words that make a short complaint, spread through a long post about work.
    model = Model.from_json({"categories": ["badmouthing"], "intercepts": [0.0], "thresholds": [2.0],
                             "weights": {"badmouthing": {"email": 1.2, "reviews": 0.8, "meeting": 0.6}}})
    assert [s.category for s in model.scores("email reviews meeting")] == ["badmouthing"]
    filler = " ".join(f"word{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(60))
    long_post = f"email reviews meeting {filler}"
    assert model.scores(long_post) == []


def test_a_word_the_rules_read_innocently_is_no_signal_for_the_model() -> None:
    model = Model.from_json({"categories": ["provocative"], "intercepts": [0.0], "thresholds": [1.0],
                             "weights": {"provocative": {"sex": 2.0}}})
    assert model.scores("sex")
    assert model.scores("same sex couples", innocent=frozenset({"sex"})) == []
    # Through check_text: "same-sex" is an innocent sense in the lexicon.
    assert check_text("Every love is welcome here: same-sex couples, older couples.") == []


def test_the_model_adds_one_category_at_most(monkeypatch: pytest.MonkeyPatch) -> None:
    """A risky post is nearly always risky in one way: the model's second guess is left out."""
    model = Model.from_json({"categories": ["badmouthing", "confidential"], "intercepts": [0.0, 0.0],
                             "thresholds": [1.0, 1.0],
                             "weights": {"badmouthing": {"boss": 3.0}, "confidential": {"payroll": 2.0}}})
    assert {s.category for s in model.scores("boss payroll")} == {"badmouthing", "confidential"}
    monkeypatch.setattr(check, "default_model", lambda: model)
    [finding] = check_text("The boss and the payroll.")
    assert finding.category == "badmouthing"  # the furthest past its threshold
    assert finding.words == ["boss"]


def test_a_rule_finding_the_rest_of_the_post_speaks_against_is_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model = Model.from_json({"categories": ["alcohol_drugs"], "intercepts": [-2.0], "thresholds": [1.0],
                             "weights": {"alcohol_drugs": {"windscreen": -2.0, "pints": 2.0}}})
    monkeypatch.setattr(check, "default_model", lambda: model)
    assert model.plainly_not("windscreen stoned") == {"alcohol_drugs"}
    assert check_text("Lorry ahead stoned the windscreen.") == []
    # A post of words the model does not know scores only its intercept: no opinion, kept.
    assert model.plainly_not("stoned all week") == frozenset()
    assert [f.category for f in check_text("Stoned all week.")] == ["alcohol_drugs"]
    # The writer in the sentence makes it a confession, whatever the rest says.
    found = check_text("Windscreen got fixed. I was stoned all week.")
    assert [f.category for f in found] == ["alcohol_drugs"]


def test_the_shipped_model_clears_a_plainly_innocent_sense() -> None:
    text = "Hammered brass door knobs fitted today, the hallway finally matches the mood board"
    assert [f.category for f in check_text(text, statistical=False)] == ["alcohol_drugs"]
    assert check_text(text) == []


def test_a_post_the_look_alike_model_reads_as_innocent_has_no_findings_but_the_deny_list(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    look_alike = {"intercept": -1.0, "weights": {"hedge": 3.0, "brood": 3.0, "link": -3.0}}
    model = Model.from_json({"categories": ["provocative"], "intercepts": [-2.0], "thresholds": [1.0],
                             "weights": {"provocative": {"hedge": 0.1}}, "look_alike": look_alike})
    monkeypatch.setattr(check, "default_model", lambda: model)
    assert model.looks_innocent("cock on the hedge, second brood")
    assert check_text("Cock blackbird on the hedge, second brood already.") == []
    found = check_text("Cock blackbird on the hedge, second brood already.", deny=["blackbird"])
    assert [f.category for f in found] == ["deny_list"]
    # The writer in the finding's sentence keeps it where the model is not sure (below).
    found = check_text("The hedge? I'll kill you if you touch it.")
    assert [f.category for f in found] == ["violence"]
    # One look-alike word is not enough against the rest: 3 - 3 - 1 is no reading at all.
    assert not model.looks_innocent("hedge link")
    assert [f.category for f in check_text("Cock in the hedge, link in bio")] == ["profanity"]


def test_a_post_the_look_alike_model_is_sure_of_keeps_only_what_its_words_cannot_clear(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    look_alike = {"intercept": -1.0, "weights": {"hedge": 3.0, "brood": 3.0}}
    model = Model.from_json({"categories": ["provocative", "violence"], "intercepts": [-2.0, -2.0],
                             "thresholds": [1.0, 1.0],
                             "weights": {"provocative": {"hedge": 0.1}, "violence": {"shotgun": 30.0}},
                             "look_alike": look_alike})
    monkeypatch.setattr(check, "default_model", lambda: model)
    sure = "Second brood in the hedge again this spring, so I'll kill you if you touch the nest."
    assert model.surely_innocent(check.default_normaliser()(check.fold(sure)).text)
    assert check_text(sure) == []
    found = check_text("Second brood in the hedge again this spring, ring me on 07700 900123 to see it")
    assert [f.category for f in found] == ["personal_data"]
    # A swear word is one whatever the rest is about.
    sworn = "Second brood in the hedge again this spring, so I said FFS when the cat got in."
    assert model.surely_innocent(check.default_normaliser()(check.fold(sworn)).text)
    assert [f.category for f in check_text(sworn)] == ["profanity"]
    # Unless the word model too reads the finding's category well past its threshold.
    armed = "Second brood in the hedge again this spring, so I'll kill you with my shotgun if you touch it."
    assert model.surely_innocent(check.default_normaliser()(check.fold(armed)).text)
    assert [f.category for f in check_text(armed)] == ["violence"]
    # A short text is read in proportion: "hedge, brood" is not enough to be sure of four words.
    short = "Hedge brood? I'll kill you."
    assert not model.surely_innocent(check.default_normaliser()(check.fold(short)).text)
    assert [f.category for f in check_text(short)] == ["violence"]


def test_the_look_alike_model_settles_the_word_model_s_close_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    # "rota" alone is 0.3 under the bar, "rota chaos" 0.7 past it; "lido" reads innocent,
    # "again" plainly risky.
    look_alike = {"intercept": 0.0, "weights": {"lido": 2.0, "again": -5.0}}
    model = Model.from_json({"categories": ["badmouthing"], "intercepts": [0.0], "thresholds": [1.0],
                             "weights": {"badmouthing": {"rota": 0.7, "chaos": 1.0}},
                             "look_alike": look_alike})
    monkeypatch.setattr(check, "default_model", lambda: model)

    def found(text: str) -> list[str]:
        return [f.category for f in check_text(text)]

    assert found("Rota chaos") == ["badmouthing"]  # past the bar, no opinion either way
    assert found("Rota chaos at the lido") == []  # just past it, leaning innocent
    assert found("Rota") == []  # a near miss with no opinion
    assert found("Rota again") == ["badmouthing"]  # a near miss, plainly risky


def test_no_opinion_from_the_look_alike_model_is_not_even_odds(monkeypatch: pytest.MonkeyPatch) -> None:
    # A close call is dropped when the look-alike model leans innocent, even at a bar below even
    # odds; a text it knows no word of leaves the word model's own call standing.
    look_alike = {"intercept": 0.0, "weights": {"lido": 0.2}}
    model = Model.from_json({"categories": ["badmouthing"], "intercepts": [0.0], "thresholds": [1.0],
                             "weights": {"badmouthing": {"rota": 0.7, "chaos": 1.0}},
                             "look_alike": look_alike})
    monkeypatch.setattr(check, "default_model", lambda: model)
    monkeypatch.setattr(statistical, "LEANS_INNOCENT", -0.5)
    assert model.look_alike_odds("rota chaos") is None
    assert [f.category for f in check_text("Rota chaos")] == ["badmouthing"]
    assert check_text("Rota chaos at the lido") == []


@pytest.mark.parametrize(
    "text",
    [
        "Hooked up a full solar system with battery storage today ☀️ customer's bill is about to drop "
        "off a cliff",
        "Inspection of the old dam spillway today. Damn fine piece of Victorian engineering",
        "Absolutely wasted after 110 miles in the Peak District. Legs gone, heart full 🚴",
    ],
)
def test_the_shipped_look_alike_model_clears_what_the_rules_and_the_word_model_flag(text: str) -> None:
    assert default_model().looks_innocent(check.default_normaliser()(check.fold(text)).text)
    assert check_text(text, statistical=False) != []
    assert check_text(text) == []


def test_an_innocent_work_post_is_not_a_finding() -> None:
    # A LinkedIn share from tests/audit/fixtures: long, and full of the words complaints use.
    text = ('Three things I learned running "relationship reviews" for a year:\n\n1. Write the '
            "follow-up before the meeting ends.\n2. Tag people by how you met, not by job title.\n"
            '3. A birthday message beats a "just checking in" email.\n\nWhat would you add?')
    assert check_text(text) == []


def test_packed_sums_equal_plain_sums() -> None:
    rows = [(0.5, -1.25, 3.0), (-0.75, 0.001, -2.5), (1.999, 0.0, 0.0)]
    total = sum(_pack(row) for row in rows)
    for index in range(3):
        assert abs(_unpack(total, index, len(rows)) - sum(row[index] for row in rows)) < 1e-9


def test_the_all_categories_pre_check_lets_through_every_category_that_may_pass() -> None:
    import random

    rng = random.Random(3)
    intercepts, thresholds = (-3.9934, -4.5, -1.0, -2.0), (0.2723, 0.25, 1.1147, 1.0)
    bars = _Bars.of(intercepts, thresholds)
    skipped = 0
    for _ in range(3000):
        rows = [tuple(round(rng.uniform(-2, 2), 3) for _ in intercepts)
                for _ in range(rng.randint(1, 60))]
        total = sum(_pack(row) for row in rows)
        sums = [_unpack(total, index, len(rows)) for index in range(len(intercepts))]
        may_pass = any(max(summed, 0.0) + intercept >= threshold
                       for summed, intercept, threshold in zip(sums, intercepts, thresholds, strict=True))
        if may_pass:
            assert not bars.none_can_pass(total, len(rows))
        skipped += bars.none_can_pass(total, len(rows))
    assert skipped > 300  # (it does skip)


def test_the_model_is_a_small_file_in_the_package() -> None:
    resource = resources.files("followthrough.audit") / "model.json.gz"
    # 1,380 KB compressed (4,181 KB of JSON, over a third of it the look-alike model) with the 175
    # files of bench/audit_tuning (round 29); loaded once per process, on the first audit. Pruning
    # harder (bench/audit_train.py PRUNE) shrinks it and costs recall on writers the model has not
    # seen, so the limit grows with the writers, slowly: each round adds a few per cent (round 29's
    # looser look-alike model, LOOK_ALIKE_C 3, added 8%).
    packed = resource.read_bytes()
    assert len(packed) < 1_500_000
    document = json.loads(gzip.decompress(packed))
    model = Model.from_json(document)
    assert model.categories == tuple(document["categories"])
    # On normalised text: words and emoji names, and each pair of neighbours.
    assert features("fuck this, :eggplant:") == {"fuck", "this", "eggplant", "fuck this",
                                                 "this eggplant"}


def test_training_picks_the_highest_threshold_finding_the_most_at_the_precision_asked() -> None:
    from bench.audit_train import best_threshold

    scores = np.array([0.9, 0.8, 0.80004, 0.5, 0.3, 0.1])
    risky = np.array([True, True, False, True, False, False])
    # 0.9 finds 1 of 1; 0.8 (both 0.8s) 2 of 3; 0.5 3 of 4; lower, 3 of 5 and of 6.
    assert best_threshold(scores, risky, 0.75) == (0.5, 3)
    assert best_threshold(scores, risky, 0.6) == (0.5, 3)  # 0.3 finds no more
    assert best_threshold(scores, risky, 1.0) == (0.9, 1)
    assert best_threshold(scores, np.zeros(6, dtype=bool), 0.5) == (float("inf"), 0)


@pytest.mark.slow  # trains the model again: about five minutes on two CPUs, 133,420 posts
def test_the_training_script_rebuilds_the_shipped_model_exactly() -> None:
    result = subprocess.run([sys.executable, "bench/audit_train.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert "model.json.gz is up to date" in result.stdout


@pytest.mark.parametrize(
    "text",
    [
        "Got wasted at the party.",
        "Son's judo is Wednesdays at Eastfield Sports Centre, he waits in the foyer",
    ],
)
def test_the_look_alike_veto_spares_a_dropped_i_and_the_writer_s_household(text: str) -> None:
    assert check_text(text, statistical=False) != []
    assert {f.category for f in check_text(text)} == {f.category for f in check_text(text, statistical=False)}


def test_the_writer_is_in_a_sentence_with_a_dropped_i_or_their_household() -> None:
    def writer(text: str) -> bool:
        return writer_in_sentence(text, 0, 3)

    assert writer("got wasted at the party.")
    assert writer("son's judo is at six, he waits in the foyer")
    assert not writer("the party got out of hand.")
