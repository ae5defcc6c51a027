"""Which reader reads a file: the format the user named, or the one its content shows.

The records come out as one stream across all files, read lazily, so the import holds one
batch in memory however large the files are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import BinaryIO

from followthrough.formats.detect import HEAD_BYTES, detect_format, read_contacts
from followthrough.formats.records import ContactRecord, FormatError

FORMATS = ("auto", "vcard", "linkedin", "google", "outlook", "json",
           "invitations", "messages", "mbox", "ics")
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"}
Opener = Callable[[Path], AbstractContextManager[BinaryIO]]


def format_of(path: Path, chosen: str) -> str:
    """The format to read `path` as: `chosen`, or detected from the first bytes."""
    if chosen != "auto":
        return chosen
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return "photo"
    with path.open("rb") as stream:
        head = stream.read(HEAD_BYTES)
    if not head.strip():
        raise FormatError("the file is empty", file=path.name)
    return detect_format(path.name, head)


def records_from(
    paths: Sequence[Path], formats: Sequence[str], opener: Opener,
    names: Sequence[str] | None = None,
) -> Iterator[ContactRecord]:
    """Every record of every file, in order; errors name the file (or `names`: a zip member)."""
    for index, (path, kind) in enumerate(zip(paths, formats, strict=True)):
        name = names[index] if names else path.name
        with opener(path) as stream:
            if kind == "photo":
                from followthrough.services.qr_cards import records_from_photo

                yield from records_from_photo(stream.read(), name)
            else:
                yield from read_contacts(stream, name, kind)
