"""Helpers the tests import (conftest.py holds only fixtures)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


# A Wednesday evening, well away from any DST change; tests that need an edge travel there.
START = datetime(2026, 3, 4, 19, 0, tzinfo=BERLIN)


def ocr_remembered(monkeypatch: Any, read: dict[str, list[object]]) -> None:
    """The real card OCR, run once per distinct image and kept in `read` (it takes seconds)."""
    import hashlib

    from followthrough.formats import card_ocr

    real = card_ocr.read_lines

    def remembered(image: Any) -> list[object]:
        key = hashlib.sha256(image.tobytes()).hexdigest()
        if key not in read:
            read[key] = real(image)
        return read[key]

    monkeypatch.setattr(card_ocr, "read_lines", remembered)
