from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.audit.helpers import BuildArchive, fixture_bytes

# Where each fixture sits inside a real export (current layouts).
LAYOUT = {
    "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json":
        "facebook-posts.json",
    "your_facebook_activity/comments_and_reactions/comments.json": "facebook-comments.json",
    "data/tweets.js": "x-tweets.js",
    "data/tweets-part1.js": "x-tweets-part1.js",
    "Shares.csv": "linkedin-Shares.csv",
    "Comments.csv": "linkedin-Comments.csv",
    "your_instagram_activity/content/posts_1.json": "instagram-posts_1.json",
}



@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWTHROUGH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FOLLOWTHROUGH_CONFIG_DIR", str(tmp_path / "config"))
    (tmp_path / "config").mkdir()
    return tmp_path




@pytest.fixture
def build_archive(tmp_path: Path) -> BuildArchive:
    """Write `members` (archive path -> bytes) as a zip file or as an unpacked folder."""

    def build(members: dict[str, bytes], as_zip: bool = True, name: str = "export") -> Path:
        if as_zip:
            path = tmp_path / f"{name}.zip"
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for member, data in members.items():
                    archive.writestr(member, data)
            return path
        root = tmp_path / name
        for member, data in members.items():
            (root / member).parent.mkdir(parents=True, exist_ok=True)
            (root / member).write_bytes(data)
        return root

    return build


@pytest.fixture
def full_export() -> dict[str, bytes]:
    return {member: fixture_bytes(name) for member, name in LAYOUT.items()}
