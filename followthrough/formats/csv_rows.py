"""Streaming CSV rows with their physical line numbers, for every CSV dialect.

`read_rows(source, filename, is_header=..., expected=...)` decodes one physical
line at a time (UTF-8, BOM stripped; a line that is not UTF-8 is read as
Windows-1252, what classic Outlook writes), feeds Python's csv module, skips
everything before the header row (LinkedIn's `Notes:` preamble) and yields
`CsvRow`s: a dict by column name plus the line the row starts on. Malformed input
(an unterminated quote, a row with far too many or too few fields, a field over
1 MB, NUL bytes) raises `FormatError` with file, line and column.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from followthrough.formats.records import FormatError

MAX_FIELD_CHARS = 1_000_000
MAX_LINE_BYTES = 8 * 1024 * 1024
HEADER_SEARCH_ROWS = 50  # LinkedIn's preamble is three rows; be generous, not endless


@dataclass
class CsvRow:
    line: int
    cells: dict[str, str]

    def get(self, *columns: str) -> str:
        """The first non-empty cell among `columns`, stripped."""
        for column in columns:
            value = self.cells.get(column, "").strip()
            if value:
                return value
        return ""


def read_rows(
    source: bytes | BinaryIO,
    filename: str,
    *,
    is_header: Callable[[list[str]], bool],
    expected: str,
    clean: Callable[[str], str] = str,
) -> Iterator[CsvRow]:
    """`clean` is applied to every cell (our own CSV shapes undo their formula guard)."""
    _allow_large_fields()
    lines = _CountingLines(_as_stream(source), filename)
    reader = csv.reader(lines, strict=True)
    header = _find_header(reader, lines, filename, is_header, expected)
    start = lines.count + 1
    for cells in _rows(reader, lines, filename):
        if any(cell.strip() for cell in cells):
            yield _check_row(header, [clean(cell) for cell in cells], filename, start)
        start = lines.count + 1


def _as_stream(source: bytes | BinaryIO) -> BinaryIO:
    if isinstance(source, bytes | bytearray | memoryview):
        return io.BytesIO(bytes(source))
    return source


def _allow_large_fields() -> None:
    # csv's default 128 KB limit would reject a long note; raise it to our own
    # limit (never lower it: the limit is process-wide).
    if csv.field_size_limit() < MAX_FIELD_CHARS + 1:
        csv.field_size_limit(MAX_FIELD_CHARS + 1)


def _find_header(
    reader: Iterator[list[str]],
    lines: _CountingLines,
    filename: str,
    is_header: Callable[[list[str]], bool],
    expected: str,
) -> list[str]:
    for index, cells in enumerate(_rows(reader, lines, filename)):
        cleaned = [cell.strip() for cell in cells]
        if is_header(cleaned):
            return cleaned
        if index >= HEADER_SEARCH_ROWS:
            break
    raise FormatError(f"no header row found: expected {expected}", file=filename, line=1)


def _rows(reader: Iterator[list[str]], lines: _CountingLines, filename: str) -> Iterator[list[str]]:
    while True:
        start = lines.count + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            message = f"malformed CSV in the row starting here ({error})"
            raise FormatError(message, file=filename, line=start) from error
        yield cells


def _check_row(header: list[str], cells: list[str], filename: str, line: int) -> CsvRow:
    extra = cells[len(header):]
    if any(cell.strip() for cell in extra) or len(cells) < len(header) // 2:
        raise FormatError(
            f"row has {len(cells)} fields but the header has {len(header)}",
            file=filename, line=line,
        )
    for column, cell in zip(header, cells, strict=False):
        if len(cell) > MAX_FIELD_CHARS:
            raise FormatError("field is larger than 1 MB", file=filename, line=line, field=column)
    values = [cell.replace("\r\n", "\n").replace("\r", "\n") for cell in cells]
    return CsvRow(line, dict(zip(header, values, strict=False)))


class _CountingLines:
    """Decoded physical lines (endings kept, as csv needs), counted as they go."""

    def __init__(self, stream: BinaryIO, filename: str) -> None:
        self.stream = stream
        self.filename = filename
        self.count = 0

    def __iter__(self) -> _CountingLines:
        return self

    def __next__(self) -> str:
        raw = self.stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            raise StopIteration
        self.count += 1
        if len(raw) > MAX_LINE_BYTES:
            raise FormatError("line is longer than 8 MB", file=self.filename, line=self.count)
        if self.count == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace")
