from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from followthrough.audit import AuditError, audit_archive
from followthrough.audit.archives.detect import Limits
from tests.audit.helpers import BuildArchive, fixture_bytes


def test_it_stops_reading_a_zip_bomb_member(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b" " * 5_000_000)
        archive.writestr("Shares.csv", fixture_bytes("linkedin-Shares.csv"))
    assert path.stat().st_size < 50_000
    report = audit_archive(path, limits=Limits(member_bytes=1_000_000))
    assert report.problems == [
        "data/tweets.js: skipped, larger than the limit of 1000000 bytes per file when uncompressed"
    ]
    assert report.scanned == {"linkedin": 2}


def test_it_stops_at_the_total_limit(build_archive: BuildArchive) -> None:
    shares = fixture_bytes("linkedin-Shares.csv")
    path = build_archive({"Shares.csv": shares, "data/tweets.js": fixture_bytes("x-tweets.js")})
    total = len(shares) + 100
    report = audit_archive(path, limits=Limits(member_bytes=100_000, total_bytes=total))
    assert report.problems == [
        f"data/tweets.js: skipped, the archive passed the limit of {total} bytes read in total"
    ]
    assert report.scanned == {"linkedin": 2}


def test_it_never_follows_paths_out_of_the_archive(tmp_path: Path) -> None:
    path = tmp_path / "evil.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../../etc/Shares.csv", fixture_bytes("linkedin-Shares.csv"))
        archive.writestr("Comments.csv", fixture_bytes("linkedin-Comments.csv"))
    report = audit_archive(path)
    assert report.problems == ["../../etc/Shares.csv: skipped, the path points outside the archive"]
    assert report.scanned == {"linkedin": 2}
    assert not (tmp_path.parent.parent / "etc" / "Shares.csv").exists()


def test_it_names_the_file_whose_json_has_the_wrong_shape(build_archive: BuildArchive) -> None:
    path = build_archive({"posts/your_posts_1.json": b'{"hello": "world"}',
                          "data/tweets.js": fixture_bytes("x-tweets.js")})
    report = audit_archive(path)
    assert report.problems == ["posts/your_posts_1.json: expected a list of entries, found dict"]
    assert report.scanned == {"x": 3}


def test_it_explains_a_tweets_file_without_the_prefix(build_archive: BuildArchive) -> None:
    report = audit_archive(build_archive({"data/tweets.js": b'[{"tweet": {}}]'}))
    assert report.problems == [
        "data/tweets.js: does not start with 'window.YTD.tweets.part0 = '; "
        "is this data/tweets.js from an X archive?"
    ]


def test_it_counts_entries_that_are_not_tweets(build_archive: BuildArchive) -> None:
    data = b'window.YTD.tweets.part0 = [{"tweet": {"full_text": "hi"}}, 42, {"tweet": []}]'
    report = audit_archive(build_archive({"data/tweets.js": data}))
    assert report.problems == [
        "data/tweets.js: skipped 2 entries that did not look like tweets with text"
    ]


def test_it_says_an_empty_archive_is_empty(build_archive: BuildArchive) -> None:
    path = build_archive({})
    report = audit_archive(path)
    assert report.problems == [f"{path}: the archive is empty"]


def test_it_says_what_it_looked_for_in_an_unknown_archive(build_archive: BuildArchive) -> None:
    path = build_archive({"notes/readme.txt": b"hello"})
    [problem] = audit_archive(path).problems
    assert problem.startswith(f"{path}: no posts found; not a known export (looked for data/tweets.js")


def test_it_reports_a_missing_path() -> None:
    with pytest.raises(AuditError, match="nowhere.zip: no such file or folder"):
        audit_archive("nowhere.zip")


def test_it_reports_bytes_that_are_not_utf8(build_archive: BuildArchive) -> None:
    report = audit_archive(build_archive({"Shares.csv": b"Date,ShareCommentary\n\xff\xfe"}))
    assert report.problems == ["Shares.csv: not UTF-8 text (byte 21)"]


def test_it_reads_a_single_exported_file(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_bytes(fixture_bytes("x-tweets-part1.js"))
    assert audit_archive(path).scanned == {"x": 2}


def test_a_small_zip_expanding_far_past_its_size_is_skipped_without_reading_it_all(
        tmp_path: Path) -> None:
    """A member 1,000 times smaller compressed than expanded is read only as far as 100 times
    its compressed size (at least 8 MB): a 240 KB zip once took the command to 1 GB."""
    import tracemalloc

    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("data/tweets.js", b"window.YTD.tweets.part0 = [" + b"0" * 120_000_000)
        archive.writestr("Shares.csv", fixture_bytes("linkedin-Shares.csv"))
    assert path.stat().st_size < 250_000
    tracemalloc.start()
    try:
        report = audit_archive(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.problems == [
        "data/tweets.js: skipped, it expands to more than 100 times its compressed size "
        "(a zip bomb?)"]
    assert report.scanned == {"linkedin": 2}
    assert peak < 40 * 1024 * 1024
