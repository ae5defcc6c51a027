"""Read an mbox file (Google Takeout, Thunderbird's Sent folder) as mail evidence.

    for item in read_mbox(path, "All mail.mbox", me, on_message=bar.advance):
        ...

The standard library's `mailbox` indexes the file in one scan; then only each message's
headers are read (never a body), so memory stays flat whatever the size. Gmail's
`X-Gmail-Labels: Sent` marks the user's own mail; a file named
`Sent` (Thunderbird's Sent folder) holds only their own mail.
"""

from __future__ import annotations

import mailbox
from collections.abc import Callable, Iterator
from pathlib import Path

from followthrough.formats.evidence import Item, Me, Skipped
from followthrough.formats.mail_headers import evidence_from_headers
from followthrough.formats.records import FormatError, SourceRef

CHUNK = 16 * 1024
MAX_HEADER_BYTES = 1024 * 1024
SENT_FOLDER_NAMES = {"sent", "sent mail", "sent messages", "sent items", "gesendet"}


def is_mbox(head: bytes) -> bool:
    """An mbox starts with a `From ` separator line followed by mail headers."""
    first, _, rest = head.lstrip(b"\r\n").partition(b"\n")
    return first.startswith(b"From ") and b":" in rest.split(b"\n", 1)[0]


def read_mbox(path: Path, filename: str, me: Me, *,
              on_indexed: Callable[[int], None] | None = None,
              on_message: Callable[[], None] | None = None) -> Iterator[Item]:
    """Every message as Evidence or Skipped; `on_indexed(count)` once the file is indexed."""
    try:
        box = mailbox.mbox(str(path), create=False)
        keys = box.keys()  # the one scan of the whole file
    except (OSError, mailbox.Error) as error:
        raise FormatError(f"cannot read the mbox ({error})", file=filename) from None
    if on_indexed:
        on_indexed(len(keys))
    sent_folder = Path(filename).stem.lower() in SENT_FOLDER_NAMES
    try:
        for number, key in enumerate(keys, 1):
            where = SourceRef(f"{filename}, message {number}")
            raw = _headers(box, key)
            if raw is None:
                yield Skipped(where, "its headers pass 1 MB: not a mail")
            else:
                yield evidence_from_headers(raw, where, me, sent=sent_folder,
                                            fallback_key=f"mbox:{filename}:{number}")
            if on_message:
                on_message()
    finally:
        box.close()


def _headers(box: mailbox.mbox, key: str) -> bytes | None:
    """The bytes up to the first blank line (None when they pass MAX_HEADER_BYTES)."""
    stream = box.get_file(key)
    raw = b""
    while len(raw) < MAX_HEADER_BYTES:
        chunk = stream.read(CHUNK)
        if not chunk:
            return raw
        raw += chunk
        for blank in (b"\n\n", b"\r\n\r\n"):
            end = raw.find(blank)
            if end != -1:
                return raw[: end + len(blank)]
    return None

