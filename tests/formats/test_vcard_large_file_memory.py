from __future__ import annotations

import tracemalloc
from collections.abc import Iterator

import pytest

from followthrough.formats.vcard_read import read_vcards

pytestmark = pytest.mark.slow  # docs/testing.md: `pytest -m "not slow"` leaves it out

CARD_NOTE = "Met at the fair, talked about risograph printing; follow up. " * 300  # ~18 KB


class GeneratedVcf:
    """A binary stream of `count` cards, produced on demand so the test itself stays small."""

    def __init__(self, count: int) -> None:
        self.cards: Iterator[bytes] = (self._card(n) for n in range(count))
        self.buffer = b""
        self.size = 0

    @staticmethod
    def _card(n: int) -> bytes:
        note = CARD_NOTE.replace(",", "\\,").replace(";", "\\;")
        folded = "\r\n ".join(note[i:i + 74] for i in range(0, len(note), 74))
        return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {n}\r\n"
                f"EMAIL:p{n}@example.com\r\nNOTE:{folded}\r\nEND:VCARD\r\n").encode()

    def readline(self, limit: int = -1) -> bytes:
        while b"\n" not in self.buffer:
            chunk = next(self.cards, b"")
            if not chunk:
                break
            self.buffer += chunk
        line, sep, rest = self.buffer.partition(b"\n")
        self.buffer = rest
        self.size += len(line + sep)
        return line + sep


def test_a_20_mb_file_is_read_card_by_card_with_flat_memory():
    stream = GeneratedVcf(count=1100)
    tracemalloc.start()
    count = 0
    for record in read_vcards(stream, "big.vcf"):
        count += 1
        assert record.notes == CARD_NOTE
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 1100
    assert stream.size > 20_000_000
    assert peak < 2_000_000  # one card at a time, far below the 20 MB file
