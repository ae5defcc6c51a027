"""The files an import reads: each file named, every file of a folder, the members of a zip.

A file named by itself must be recognised (or the import stops, naming it); inside a folder
or a zip (a LinkedIn or Takeout export) files that are neither contacts nor evidence are
listed as passed over. Zip members are copied to a temporary folder only once their first
bytes are recognised, with a size limit each; their names are never used as paths.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from followthrough.formats.detect import HEAD_BYTES
from followthrough.formats.records import FormatError

MEMBER_LIMIT = 8 * 1024**3  # one uncompressed member (a Takeout mbox can be several GB)
MEMBERS_LIMIT = 100_000
COPY_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class FoundFile:
    path: Path  # where to read it (a temporary copy for a zip member)
    name: str  # what to call it in messages: "export.zip/messages.csv"
    kind: str


@dataclass
class FoundFiles:
    files: list[FoundFile] = field(default_factory=list)
    passed_over: list[str] = field(default_factory=list)


@contextmanager
def found_files(paths: Sequence[Path], chosen: str) -> Iterator[FoundFiles]:
    """The readable files under `paths` with their formats; temporary copies live until exit."""
    from followthrough.services.import_sources import format_of, regular_file

    found = FoundFiles()
    with ExitStack() as stack:
        for path in paths:
            if path.is_dir():
                _folder(path, found)
                continue
            regular_file(path)  # before is_zipfile reads it: /dev/zero never ends
            if zipfile.is_zipfile(path) and chosen == "auto":
                folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ft-zip-")))
                _zip(path, folder, found)
            else:
                found.files.append(FoundFile(path, path.name, format_of(path, chosen)))
        yield found


def _folder(root: Path, found: FoundFiles) -> None:
    for folder, _dirs, names in os.walk(root):  # does not follow symlinked folders
        for name in sorted(names):
            path = Path(folder) / name
            shown = path.relative_to(root.parent).as_posix()
            if path.is_symlink() or not path.is_file():
                found.passed_over.append(f"{shown}: not a regular file")
                continue
            with path.open("rb") as stream:
                kind = _kind(stream.read(HEAD_BYTES), name)
            _note(found, FoundFile(path, shown, kind) if kind else None, shown)


def _zip(path: Path, folder: Path, found: FoundFiles) -> None:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise FormatError(f"not a readable zip file ({error})", file=path.name) from None
    with archive:
        members = [m for m in archive.infolist() if not m.is_dir()]
        if len(members) > MEMBERS_LIMIT:
            raise FormatError(f"has {len(members):,} files; at most {MEMBERS_LIMIT:,}",
                              file=path.name)
        for number, member in enumerate(members):
            shown = f"{path.name}/{member.filename}"
            target = folder / f"{number}-{Path(member.filename).name[:100]}"
            try:
                with archive.open(member) as stream:
                    kind = _kind(stream.read(HEAD_BYTES), member.filename)
                if kind:
                    with archive.open(member) as stream:
                        _copy(stream, target, shown)
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as error:
                found.passed_over.append(f"{shown}: cannot be read ({error})")
                continue
            _note(found, FoundFile(target, shown, kind) if kind else None, shown)


def _copy(stream: object, target: Path, shown: str) -> None:
    written = 0
    with target.open("wb") as out:
        while chunk := stream.read(COPY_CHUNK):  # type: ignore[attr-defined]
            written += len(chunk)
            if written > MEMBER_LIMIT:  # the sizes a zip declares may lie; the stream cannot
                raise FormatError(f"is larger than {MEMBER_LIMIT // 1024**3} GB uncompressed",
                                  file=shown)
            out.write(chunk)


def _kind(head: bytes, name: str) -> str | None:
    from followthrough.formats.detect import detect_format

    if not head.strip():
        return None
    try:
        kind = detect_format(name, head)
    except FormatError:
        return None
    return None if kind == "json" else kind  # a backup is restored on its own, never from a folder


def _note(found: FoundFiles, file: FoundFile | None, shown: str) -> None:
    if file is None:
        found.passed_over.append(f"{shown}: neither contacts nor mail, calendar or LinkedIn "
                                 "evidence")
    else:
        found.files.append(file)

