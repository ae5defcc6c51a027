"""`audit archive` knows an export file by what it holds, not by its name: renamed, alone, in a
folder or in a zip."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from followthrough.audit import audit_archive
from followthrough.cli.audit import audit
from tests.audit.helpers import BuildArchive, fixture_bytes

# fixture -> (a name nobody would look for, platform, items it holds)
RENAMED = {
    "x-tweets.js": ("my old tweets.txt", "x", 3),
    "facebook-posts.json": ("posts.json", "facebook", 4),
    "facebook-comments.json": ("fb-stuff.json", "facebook", 2),
    "instagram-posts_1.json": ("insta.json", "instagram", 2),
    "linkedin-Shares.csv": ("linkedin-export.csv", "linkedin", 2),
    "linkedin-Comments.csv": ("notes", "linkedin", 2),
}


@pytest.mark.parametrize("fixture", sorted(RENAMED))
def test_a_renamed_file_alone_is_known_by_its_content(fixture: str, tmp_path: Path) -> None:
    name, platform, items = RENAMED[fixture]
    path = tmp_path / name
    path.write_bytes(fixture_bytes(fixture))
    report = audit_archive(path)
    assert report.scanned == {platform: items}, report.problems
    assert report.problems == []


@pytest.mark.parametrize("as_zip", [True, False], ids=["zip", "folder"])
def test_renamed_files_in_a_zip_or_a_folder_are_known(build_archive: BuildArchive,
                                                      as_zip: bool) -> None:
    members = {f"stuff/{name}": fixture_bytes(fixture)
               for fixture, (name, _, _) in RENAMED.items()}
    members["stuff/photo.jpg"] = b"\xff\xd8\xff\xe0 not text"
    report = audit_archive(build_archive(members, as_zip=as_zip))
    assert report.scanned == {"x": 3, "facebook": 6, "instagram": 2, "linkedin": 4}


def test_facebook_posts_saved_as_posts_json_are_read_as_facebook_posts(tmp_path: Path) -> None:
    path = tmp_path / "posts_1.json"  # an Instagram name; Facebook content
    path.write_bytes(fixture_bytes("facebook-posts.json"))
    report = audit_archive(path)
    assert report.scanned == {"facebook": 4}
    assert report.problems == []


def test_the_command_reads_a_renamed_tweets_file(tmp_path: Path) -> None:
    path = tmp_path / "tweets (1).js"
    path.write_bytes(fixture_bytes("x-tweets.js"))
    result = CliRunner().invoke(audit, ["archive", str(path)])
    assert result.output == "Nothing found in 3 items (3 x).\n"


def test_a_file_that_is_no_export_is_still_said_to_be_none(tmp_path: Path) -> None:
    path = tmp_path / "posts.json"
    path.write_bytes(b'[{"name": "a shopping list"}]')
    report = audit_archive(path)
    assert report.scanned == {}
    assert "not a known export" in report.problems[0]


@pytest.mark.parametrize(("head", "kind"), [
    (b"window.YTD.tweets.part0 = [", "x-tweets"),
    (b"\xef\xbb\xbf  window.YTD.tweet.part3 = [", "x-tweets"),
    (b'[\n  {\n    "timestamp": 1, "data": [{"post": "hi"}]}]', "facebook-posts"),
    (b'{"status_updates_v2": [', "facebook-posts"),
    (b'{\n "comments_v2": [', "facebook-comments"),
    (b'{"comments": [{"timestamp": 1', "facebook-comments"),
    (b'[{"media": [{"uri": "a.jpg", "creation_timestamp": 1}]}]', "instagram-posts"),
    (b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n", "linkedin-shares"),
    (b'"Date","Link","Message"\n', "linkedin-comments"),
    (b'[{"media": [], "creation_timestamp": 1, "data": [{"post": "x"}]}]', "instagram-posts"),
    (b'{"messages": [{"timestamp_ms": 1, "content": "hi"}]}', None),
    (b'[{"title": "search", "data": [{"text": "x"}], "timestamp": 1}]', None),
    (b"Date,Title\n", None),
    (b"", None),
])
def test_the_signatures(head: bytes, kind: str | None) -> None:
    from followthrough.audit.archives.sniff import sniff

    assert sniff(head) == kind
