"""The lines of text on a photo, read on this machine by RapidOCR.

RapidOCR runs PaddleOCR's PP-OCR detection and recognition models on onnxruntime; the `rapidocr`
wheel carries the models (~32 MB), so nothing is fetched when it runs (docs/formats.md has how
it compared with Tesseract on our cards). The engine loads once per process (~0.7 s).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PIL import Image

from followthrough.formats.card_lines import TextLine

READ_SIDE = 1280  # the detector gains nothing from more pixels on a card, and costs time
_engine: Any = None
_engine_lock = threading.Lock()


def read_lines(image: Image.Image) -> list[TextLine]:
    """Every line of text on the image, top to bottom, with the reader's confidence (0-1)."""
    scale = 1.0
    if max(image.size) > READ_SIDE:
        scale = READ_SIDE / max(image.size)
        image = image.resize((round(image.width * scale), round(image.height * scale)),
                             Image.Resampling.LANCZOS)
    output = _ocr_engine()(image)
    if output.boxes is None or output.txts is None or output.scores is None:
        return []
    lines = []
    for box, text, score in zip(output.boxes, output.txts, output.scores, strict=True):
        xs, ys = [float(p[0]) for p in box], [float(p[1]) for p in box]
        lines.append(TextLine(str(text), float(score), min(xs) / scale, min(ys) / scale,
                              max(xs) / scale, max(ys) / scale))
    return sorted(lines, key=lambda line: (line.top, line.left))


def _ocr_engine() -> Any:
    global _engine
    with _engine_lock:
        if _engine is None:
            from rapidocr import RapidOCR

            # No angle classifier: it turns upside-down lines, and a card photographed upside
            # down is rare; skipping it saves a third of the time. One thread: on the shared
            # 2-core machine, busy, a card took 0.9 s of CPU and 3.1 s with one, 1.3 s of CPU
            # and 5.1 s with two (onnxruntime's threads spin while they wait for each other).
            _engine = RapidOCR(params={
                "Global.log_level": "error", "Global.use_cls": False,
                "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            })
            logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        return _engine
