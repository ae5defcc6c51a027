"""The statistical layer: what it finds it explains, it ships as one small file, and its training
script rebuilds that file exactly."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from followthrough.audit import check_text
from followthrough.audit.statistical import Model, _pack, _unpack, default_model, features

ROOT = Path(__file__).parents[2]


def test_a_statistical_finding_names_its_strongest_signals() -> None:
    # No lexicon entry covers this post: only the model can find it.
    text = "woke up next to a stranger again 🙈💦"
    assert check_text(text, statistical=False) == []
    [finding] = check_text(text)
    assert finding.category == "provocative"
    assert "stranger" in finding.words and "💦" in finding.words
    assert finding.explanation.startswith("the statistical layer (a model trained on labelled posts)")
    assert '"💦"' in finding.explanation
    assert finding.why and finding.suggestion  # why an employer cares, and what to do


def test_it_never_speaks_for_personal_data_or_on_identity_words_alone() -> None:
    model = default_model()
    assert "personal_data" not in model.categories
    assert not {"women", "muslims", "gay", "immigrants"} & model.vocabulary
    assert check_text("Supporting women in tech.") == []


def test_packed_sums_equal_plain_sums() -> None:
    rows = [(0.5, -1.25, 3.0), (-0.75, 0.001, -2.5), (1.999, 0.0, 0.0)]
    total = sum(_pack(row) for row in rows)
    for index in range(3):
        assert abs(_unpack(total, index, len(rows)) - sum(row[index] for row in rows)) < 1e-9


def test_the_model_is_a_small_file_in_the_package() -> None:
    resource = resources.files("followthrough.audit") / "model.json"
    assert len(resource.read_bytes()) < 1_000_000  # 680 KB with five blind writers' posts
    document = json.loads(resource.read_text(encoding="utf-8"))
    model = Model.from_json(document)
    assert model.categories == tuple(document["categories"])
    # On normalised text: words and emoji names, and each pair of neighbours.
    assert features("fuck this, :eggplant:") == {"fuck", "this", "eggplant", "fuck this",
                                                 "this eggplant"}


@pytest.mark.slow  # trains the model again: ten seconds
def test_the_training_script_rebuilds_the_shipped_model_exactly() -> None:
    result = subprocess.run([sys.executable, "bench/audit_train.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    assert "model.json is up to date" in result.stdout
