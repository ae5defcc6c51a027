"""Which reader reads a file: the format the user named, or the one its content shows.

The records come out as one stream across all files, read lazily, so the import holds one
batch in memory however large the files are.
"""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import BinaryIO

from followthrough.formats.detect import HEAD_BYTES, detect_format, read_contacts
from followthrough.formats.images import MAX_BYTES, read_at_most
from followthrough.formats.records import ContactRecord, FormatError

FORMATS = ("auto", "vcard", "linkedin", "google", "outlook", "json",
           "invitations", "messages", "mbox", "ics")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".heic", ".heif"}
Opener = Callable[[Path], AbstractContextManager[BinaryIO]]


def format_of(path: Path, chosen: str) -> str:
    """The format to read `path` as: `chosen`, or detected from the first bytes."""
    regular_file(path)
    if chosen != "auto":
        return chosen
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return "photo"
    with path.open("rb") as stream:
        head = stream.read(HEAD_BYTES)
    if not head.strip():
        raise FormatError("the file is empty", file=path.name)
    return detect_format(path.name, head)


def regular_file(path: Path) -> None:
    """Only a file is read: a device (/dev/zero, /dev/random) never ends, and a pipe (FIFO)
    blocks until something writes to it. Checked before the file is opened."""
    try:
        mode = path.stat().st_mode
    except OSError as error:
        raise FormatError(f"cannot read it ({error.strerror})", file=path.name) from None
    if not stat.S_ISREG(mode):
        what = ("a folder" if stat.S_ISDIR(mode) else "a pipe" if stat.S_ISFIFO(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")
        raise FormatError(f"is {what}, not a file: save what it holds to a file and import that",
                          file=str(path))


def records_from(
    paths: Sequence[Path], formats: Sequence[str], opener: Opener,
    names: Sequence[str] | None = None,
) -> Iterator[ContactRecord]:
    """Every record of every file, in order; errors name the file (or `names`: a zip member)."""
    for index, (path, kind) in enumerate(zip(paths, formats, strict=True)):
        name = names[index] if names else path.name
        with opener(path) as stream:
            if kind == "photo":
                from followthrough.formats.card_qr import records_from_photo

                yield from records_from_photo(read_at_most(stream, MAX_BYTES, name), name)
            else:
                yield from read_contacts(stream, name, kind)
