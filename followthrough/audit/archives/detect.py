"""Open an archive (a zip, an unpacked folder, or one exported file) and find the files we read.

Members are read into memory with a byte limit per member and in total; nothing is ever
extracted to disk, so a name like `../../etc/passwd` can do no harm and is skipped.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from followthrough.audit.archives import facebook, instagram, linkedin, x
from followthrough.audit.archives.shapes import ParseResult
from followthrough.audit.archives.sniff import HEAD_BYTES, sniff
from followthrough.audit.findings import AuditError

Parser = Callable[[str, bytes], ParseResult]

# Matched against the member's path; the folder prefix varies between export versions
# and a zip often wraps everything in one more folder.
RECOGNISED: tuple[tuple[re.Pattern[str], str, Parser], ...] = (
    (re.compile(r"(^|/)tweets?(-part\d+)?\.js$"), "x", x.parse_tweets),
    (re.compile(r"(^|/)your_posts(__check_ins__photos_and_videos)?_\d+\.json$"), "facebook",
     facebook.parse_posts),
    (re.compile(r"(^|/)your_posts_on_other_people'?s_profiles?(_\d+)?\.json$"), "facebook",
     facebook.parse_posts),
    (re.compile(r"(^|/)comments(_and_reactions)?/comments(_\d+)?\.json$|^comments\.json$"),
     "facebook", facebook.parse_comments),
    (re.compile(r"(^|/)posts_\d+\.json$"), "instagram", instagram.parse_posts),
    (re.compile(r"(^|/)Shares\.csv$"), "linkedin", linkedin.parse_shares),
    (re.compile(r"(^|/)Comments\.csv$"), "linkedin", linkedin.parse_comments),
)
LOOKED_FOR = (
    "data/tweets.js (X), your_posts_1.json or comments.json (Facebook), "
    "posts_1.json (Instagram), Shares.csv or Comments.csv (LinkedIn), by their contents "
    "under any name"
)
# What each kind of file `sniff` recognises is, and which parser reads it.
BY_CONTENT: dict[str, tuple[str, Parser]] = {
    "x-tweets": ("x", x.parse_tweets),
    "facebook-posts": ("facebook", facebook.parse_posts),
    "facebook-comments": ("facebook", facebook.parse_comments),
    "instagram-posts": ("instagram", instagram.parse_posts),
    "linkedin-shares": ("linkedin", linkedin.parse_shares),
    "linkedin-comments": ("linkedin", linkedin.parse_comments),
}
# Files that may be exports; the rest of an archive (photos, videos, HTML) is not even opened.
_MAYBE_EXPORT = re.compile(r"\.(js|json|csv|txt)$|(^|/)[^./]+$", re.IGNORECASE)


@dataclass(frozen=True)
class Limits:
    member_bytes: int = 256 * 1024 * 1024  # one file, uncompressed
    total_bytes: int = 1024 * 1024 * 1024  # everything read from one archive
    # A zip member may expand this many times its compressed size (text compresses 5-20
    # times): a 240 KB zip of zeros claiming a 256 MB file took the command to 1 GB. Small
    # members are exempt, so a tiny file that compresses well is always read.
    expansion: int = 100
    expansion_exempt_bytes: int = 8 * 1024 * 1024

    def describe(self, size: int) -> str:
        return f"{size / (1024 * 1024):.0f} MB" if size >= 1024 * 1024 else f"{size} bytes"


@dataclass(frozen=True)
class Member:
    name: str
    platform: str
    parser: Parser


def recognise(name: str, head: bytes | None = None) -> Member | None:
    """The export file `name` is: by what its first bytes say (`head`), else by its name."""
    kind = sniff(head) if head else None
    if kind is not None:
        platform, parser = BY_CONTENT[kind]
        return Member(name, platform, parser)
    for pattern, platform, parser in RECOGNISED:
        if pattern.search(name):
            return Member(name, platform, parser)
    return None


def may_be_export(name: str) -> bool:
    return bool(_MAYBE_EXPORT.search(name))


def is_safe_name(name: str) -> bool:
    path = PurePosixPath(name.replace("\\", "/"))
    return not path.is_absolute() and ".." not in path.parts and ":" not in name.split("/")[0]


class Archive:
    """Lists and reads the members of a zip, a folder or a single file, within `limits`."""

    def __init__(self, path: Path, limits: Limits) -> None:
        if not path.exists():
            raise AuditError(f"{path}: no such file or folder")
        self.path = path
        self.limits = limits
        self.bytes_read = 0
        self.problems: list[str] = []
        self._zip: zipfile.ZipFile | None = None
        if path.is_file() and zipfile.is_zipfile(path):
            try:
                self._zip = zipfile.ZipFile(path)
            except (zipfile.BadZipFile, OSError, ValueError) as error:
                raise AuditError(f"{path}: not a readable zip file ({error})") from None

    def names(self) -> list[str]:
        if self._zip is not None:
            return [info.filename for info in self._zip.infolist() if not info.is_dir()]
        if self.path.is_file():
            return [self.path.name]
        return sorted(self._walk())

    def _walk(self) -> Iterator[str]:
        for folder, _dirs, files in os.walk(self.path):  # does not follow symlinked folders
            for file_name in files:
                full = Path(folder) / file_name
                if not full.is_symlink():
                    yield full.relative_to(self.path).as_posix()

    def head(self, name: str) -> bytes:
        """The first bytes of a member, to tell what it is (b"" when it cannot be read)."""
        if not is_safe_name(name):
            return b""
        try:
            return self._read_at_most(name, HEAD_BYTES)
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError, RuntimeError,
                NotImplementedError, ValueError):
            return b""

    def read(self, name: str) -> bytes | None:
        """The member's bytes, or None with a problem noted when it may not or cannot be read."""
        if not is_safe_name(name):
            self.problems.append(f"{name}: skipped, the path points outside the archive")
            return None
        budget = min(self.limits.member_bytes, self.limits.total_bytes - self.bytes_read,
                     self._expansion_budget(name))
        if budget <= 0:
            self.problems.append(f"{name}: skipped, the archive passed the limit of "
                                 f"{self.limits.describe(self.limits.total_bytes)} read in total")
            return None
        try:
            data = self._read_at_most(name, budget + 1)
        except (OSError, zipfile.BadZipFile, zlib.error, EOFError, RuntimeError,
                NotImplementedError, ValueError) as error:
            self.problems.append(f"{name}: could not be read ({error})")
            return None
        if len(data) > budget:
            self.problems.append(self._too_big(name, budget))
            return None
        self.bytes_read += len(data)
        return data

    def _expansion_budget(self, name: str) -> int:
        """What a zip member may expand to: `expansion` times its compressed size."""
        if self._zip is None:
            return self.limits.member_bytes
        try:
            compressed = self._zip.getinfo(name).compress_size
        except KeyError:
            return self.limits.member_bytes
        return max(self.limits.expansion_exempt_bytes, compressed * self.limits.expansion)

    def _too_big(self, name: str, budget: int) -> str:
        if budget < self.limits.member_bytes and budget == self._expansion_budget(name):
            return (f"{name}: skipped, it expands to more than {self.limits.expansion} times "
                    "its compressed size (a zip bomb?)")
        if budget < self.limits.member_bytes:
            limit = self.limits.describe(self.limits.total_bytes)
            return f"{name}: skipped, the archive passed the limit of {limit} read in total"
        limit = self.limits.describe(self.limits.member_bytes)
        return f"{name}: skipped, larger than the limit of {limit} per file when uncompressed"

    def _read_at_most(self, name: str, size: int) -> bytes:
        # Read in a bounded way: a zip bomb's declared sizes may lie, the stream cannot.
        if self._zip is not None:
            with self._zip.open(name) as stream:
                return stream.read(size)
        target = self.path if self.path.is_file() else self.path / name
        with open(target, "rb") as stream:
            return stream.read(size)

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
