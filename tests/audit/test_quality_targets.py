"""How good the audit is, measured on posts it was never tuned on (bench/audit_heldout/).

Two guards read the held-out set:
- the figures must not fall below those recorded in docs/audit.md (the last shipped look): the audit is
  deterministic, so the floor is what was measured, and a change that makes it worse fails here;
- issue 16's targets: precision >= 0.9 and recall >= 0.85 with the right category, no category
  below 0.75 recall, no false alarm on innocent look-alikes. They are NOT met today, and that
  test is marked as an expected failure: strict, so the day they are met it fails and must be
  turned into a plain test.
Neither prints a held-out post: reading what it misses would spoil the set.
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from followthrough.audit import CATEGORIES, audit_archive, check_text
from followthrough.audit.archives.detect import recognise
from followthrough.audit.evaluation import (
    LabelledPost,
    Scores,
    load_archive_labels,
    load_posts,
    score,
    score_archive,
)

BENCH = Path(__file__).parents[2] / "bench"
EVAL_SET = BENCH / "audit_eval.jsonl"
TUNING = BENCH / "audit_tuning"
HELDOUT = BENCH / "audit_heldout"
SCORED = [key for key in CATEGORIES if key != "deny_list"]

# Look 36 in docs/audit.md, as measured: the floor a change must not go below.
RECALL_FLOOR = {"provocative": 0.96, "alcohol_drugs": 0.91, "discrimination": 0.81,
                "badmouthing": 0.82, "confidential": 0.88, "profanity": 0.91,
                "personal_data": 0.82, "violence": 0.80}


def categorise(text: str) -> set[str]:
    return {finding.category for finding in check_text(text)}


@lru_cache(maxsize=1)
def heldout() -> Scores:
    return score(load_posts(HELDOUT), categorise, SCORED)


def test_the_evaluation_set_is_large_and_covers_every_category() -> None:
    posts = load_posts(EVAL_SET)
    assert len(posts) >= 400
    for key in SCORED:
        assert sum(key in post.labels for post in posts) >= 20, key
    assert sum(not post.labels for post in posts) >= 150


def test_the_tuning_set_is_large_and_covers_every_category() -> None:
    posts = load_posts(TUNING)
    assert len(posts) >= 22000
    for writer in "CDEFGHIJMNQ":  # the blind writers whose posts are tuning data
        assert len(load_posts(TUNING / f"{writer}.jsonl")) >= 1450, writer
    for writer in "KLOP":  # blind writers of innocent posts in work's words, and look-alikes
        innocent = load_posts(TUNING / f"{writer}.jsonl")
        assert len(innocent) >= 400 and not any(post.labels for post in innocent), writer
    for key in SCORED:
        assert sum(key in post.labels for post in posts) >= 100, key
    assert sum(post.is_look_alike for post in posts) >= 300


def test_the_held_out_set_is_large_has_look_alikes_and_four_platforms() -> None:
    posts = load_posts(HELDOUT)
    assert len(posts) >= 1500
    for key in SCORED:
        assert sum(key in post.labels for post in posts) >= 100, key
    assert sum(post.is_look_alike for post in posts) >= 300
    files = {file for file, _ in load_archive_labels(HELDOUT / "archives" / "labels.jsonl")}
    assert files == {"data/tweets.js", "your_posts_1.json", "posts_1.json", "Shares.csv"}


def test_the_tuning_set_still_meets_the_old_targets() -> None:
    scores = score(load_posts(EVAL_SET), categorise, SCORED)
    assert scores.micro.precision >= 0.9
    assert scores.micro.recall >= 0.85


def test_held_out_figures_stay_at_least_where_docs_audit_md_records_them() -> None:
    scores = heldout()
    assert scores.micro.precision >= 0.94
    assert scores.micro.recall >= 0.86
    # Each look's figures become the floors, also where one fell (look 36: bad-mouthing 104 of 126
    # -> 103, personal data 100 of 120 -> 98, violence 101 of 125 -> 100; docs/audit.md has them all).
    assert scores.by_post.precision >= 0.98
    assert scores.by_post.recall >= 0.89
    recalls = {key: round(tally.recall, 2) for key, tally in scores.by_category.items()}
    assert all(recalls[key] >= floor for key, floor in RECALL_FLOOR.items()), recalls
    assert scores.look_alikes_flagged <= 9  # look 40 (look 39: 10)


def test_the_held_out_archive_files_are_all_read_and_audited() -> None:
    report = audit_archive(HELDOUT / "archives")
    assert report.total_scanned == 160
    assert set(report.scanned) == {"x", "facebook", "instagram", "linkedin"}
    found = {risky.item.text.strip(): {f.category for f in risky.findings} for risky in report.risky}
    scores = score_archive(found, load_archive_labels(HELDOUT / "archives" / "labels.jsonl"), SCORED)
    assert scores.micro.precision >= 0.95
    assert scores.micro.recall >= 0.86  # look 36: 93 of 108 (look 35 found 92)


def test_the_tuning_archive_files_are_read_whole_and_their_look_alikes_counted() -> None:
    """Each labelled item comes out of its platform's reader with exactly the labelled text."""
    folders = sorted(path for path in (BENCH / "audit_tuning_archives").iterdir() if path.is_dir())
    # RA to RD in round 22, ..., ZA to ZD in round 31; then QA to QD, PA to PD, QE to QZ, RE to RV
    writers = {batch + writer for batch in "PRSTUVWXYZ" for writer in "ABCD"}
    writers |= {"Q" + writer for writer in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    writers |= {"R" + writer for writer in "EFGHIJKLMNOPQRSTUV"}
    assert [folder.name for folder in folders] == sorted(writers)
    look_alikes = {"UD": 69}  # (its writer made three of the 72 risky instead)
    for folder in folders:
        labelled = load_archive_labels(folder / "labels.jsonl")
        for name in {file for file, _ in labelled}:
            data = (folder / name).read_bytes()
            member = recognise(name, data[:4096])
            assert member is not None, (folder.name, name)
            result = member.parser(name, data)
            assert result.problems == []
            read = sorted(item.text.strip() for item in result.items)
            assert read == sorted(post.text.strip() for file, post in labelled if file == name)
        assert (len(labelled), sum(post.is_look_alike for _, post in labelled)) == \
            (240, look_alikes.get(folder.name, 72))


@pytest.mark.xfail(strict=True, reason="issue 16's targets are not met: see docs/audit.md")
def test_held_out_figures_meet_the_targets_of_issue_16() -> None:
    scores = heldout()
    assert scores.micro.precision >= 0.9
    assert scores.micro.recall >= 0.85
    assert all(tally.recall >= 0.75 for tally in scores.by_category.values())
    assert scores.look_alikes_flagged == 0


def test_a_failing_held_out_assertion_cannot_print_a_post() -> None:
    scores = score([LabelledPost("a post nobody may read", frozenset({"profanity"}))],
                   lambda text: set(), SCORED)
    assert scores.misses
    assert "nobody may read" not in repr(scores)


def test_the_held_out_files_are_what_the_writers_handed_over() -> None:
    """Copied unchanged: every line parses, and no post was dropped or relabelled since."""
    lines = [line for path in sorted(HELDOUT.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 1698
    assert sum(bool(row["labels"]) for row in rows) == 937


def test_the_writers_waiting_for_the_next_round_are_measured_as_totals_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from bench import audit_quality

    posts = [{"text": "Got absolutely hammered last night, still drunk at my desk",
              "labels": ["alcohol_drugs"]},
             {"text": "Beer-battered cod and chips for lunch", "labels": [], "kind": "look-alike: dish"}]
    (tmp_path / "ZZ.jsonl").write_text("\n".join(json.dumps(post) for post in posts), encoding="utf-8")
    monkeypatch.setattr(audit_quality, "WAITING", tmp_path)
    monkeypatch.setattr(sys, "argv", ["audit_quality.py", "next"])
    audit_quality.main()
    printed = capsys.readouterr().out
    assert printed.startswith("ZZ     right     1  wrong    0  missed    0  look-alikes flagged    0 of 1")
    assert "hammered" not in printed and "cod" not in printed
    monkeypatch.setattr(sys, "argv", ["audit_quality.py", "next", "ZZ", "--misses"])
    with pytest.raises(SystemExit, match="waiting in bench/audit_next"):
        audit_quality.main()


@pytest.mark.slow  # starts a process (docs/testing.md)
def test_the_quality_script_never_lists_held_out_posts() -> None:
    result = subprocess.run([sys.executable, "bench/audit_quality.py", "heldout", "--misses"],
                            cwd=BENCH.parent, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "the held-out set stays unread" in result.stderr
