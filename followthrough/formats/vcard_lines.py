"""Split a vCard byte stream into cards of unfolded, decoded lines.

This is the streaming half of the vCard reader: it reads one physical line at a
time, so memory holds one card, never the file. Unfolding happens on BYTES,
before decoding, because exporters fold at 75 octets and some split a multi-byte
UTF-8 character across the fold. Two kinds of continuation are joined:

* RFC 2425/6350 folding: the next line starts with one space or tab;
* vCard 2.1 quoted-printable soft breaks: the line ends in `=` and the next line
  continues in column 0 (Outlook writes these).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from followthrough.formats.records import FormatError, SourceRef

MAX_LINE_BYTES = 16 * 1024 * 1024  # a huge inline photo fits; a file of garbage does not
MAX_CARD_BYTES = 32 * 1024 * 1024

_CHARSET = re.compile(rb";\s*CHARSET=\"?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


@dataclass
class RawCard:
    """One BEGIN:VCARD..END:VCARD block: its number, first line and logical lines."""

    number: int
    line: int
    lines: list[tuple[str, int]] = field(default_factory=list)  # (text, physical line)
    size: int = 0


def iter_raw_cards(source: bytes | BinaryIO, filename: str) -> Iterator[RawCard]:
    """Yield each card in `source`; raise FormatError for anything not a card."""
    splitter = _CardSplitter(filename)
    for text, line_no in _logical_lines(_as_stream(source), filename):
        card = splitter.feed(text, line_no)
        if card is not None:
            yield card
    splitter.finish()


def _as_stream(source: bytes | BinaryIO) -> BinaryIO:
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(source))
    if isinstance(source, str):
        return io.BytesIO(source.encode("utf-8"))
    return source


def _physical_lines(stream: BinaryIO, filename: str) -> Iterator[tuple[bytes, int]]:
    line_no = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        line_no += 1
        if len(raw) > MAX_LINE_BYTES:
            raise FormatError("line is longer than 16 MB", file=filename, line=line_no)
        yield raw.rstrip(b"\r\n"), line_no


def _logical_lines(stream: BinaryIO, filename: str) -> Iterator[tuple[str, int]]:
    pending: bytearray | None = None
    start = 0
    for raw, line_no in _physical_lines(stream, filename):
        if pending is not None and raw[:1] in (b" ", b"\t"):
            pending += raw[1:]
        elif pending is not None and pending.endswith(b"=") and _is_quoted_printable(pending):
            del pending[-1]  # soft line break: "=" + CRLF means "no break here"
            pending += raw
        else:
            if pending is not None:
                yield _decode(bytes(pending)), start
            pending, start = (bytearray(raw), line_no) if raw.strip() else (None, 0)
            continue
        if len(pending) > MAX_LINE_BYTES:
            raise FormatError("unfolded line is longer than 16 MB", file=filename, line=start)
    if pending is not None:
        yield _decode(bytes(pending)), start


def _is_quoted_printable(line: bytearray) -> bool:
    head = line.split(b":", 1)[0]
    return b"QUOTED-PRINTABLE" in head.upper()


def _decode(line: bytes) -> str:
    """UTF-8 first; then the line's CHARSET; then Windows-1252 (Outlook's default)."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = line.split(b":", 1)[0]
    match = _CHARSET.search(head)
    if match:
        try:
            return line.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return line.decode("cp1252", errors="replace")


class _CardSplitter:
    """Tracks BEGIN/END and collects the lines in between."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.card: RawCard | None = None
        self.count = 0

    def feed(self, text: str, line_no: int) -> RawCard | None:
        marker = text.strip().upper()
        if marker == "BEGIN:VCARD":
            self._begin(line_no)
            return None
        if self.card is None:
            what = "END:VCARD without BEGIN:VCARD" if marker == "END:VCARD" else _snippet(text)
            raise FormatError(
                f"expected BEGIN:VCARD, found {what}", file=self.filename, line=line_no
            )
        if marker == "END:VCARD":
            card, self.card = self.card, None
            return card
        self._append(text, line_no)
        return None

    def finish(self) -> None:
        if self.card is not None:
            raise self._truncated("the file ends")

    def _begin(self, line_no: int) -> None:
        if self.card is not None:
            raise self._truncated(f"line {line_no} begins another card")
        self.count += 1
        self.card = RawCard(self.count, line_no)

    def _append(self, text: str, line_no: int) -> None:
        if self.card is None:
            raise RuntimeError("a card line outside a card")
        self.card.lines.append((text, line_no))
        self.card.size += len(text)
        if self.card.size > MAX_CARD_BYTES:
            raise FormatError.at(self._where(), "card is larger than 32 MB")

    def _truncated(self, why: str) -> FormatError:
        return FormatError.at(self._where(), f"truncated card: no END:VCARD before {why}")

    def _where(self) -> SourceRef:
        if self.card is None:
            raise RuntimeError("no card is open")
        return SourceRef(self.filename, self.card.line, self.card.number)


def _snippet(text: str) -> str:
    shown = text[:40].encode("unicode_escape").decode("ascii")
    return repr(shown + ("..." if len(text) > 40 else ""))
