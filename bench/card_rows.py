"""Business cards read from photos: fields right on clean scans and on phone photos, and seconds
a card from a cold start, beside Tesseract (Debian's tesseract-ocr) on the same cards.

    python -m bench.card_rows [SPLIT] [COUNT]     # per-field figures; SPLIT "tune" or "held-out"

`make bench` reports the held-out split (bench/card_set.py): no reading rule was changed to fit
it. A field is right when it equals what the card says (phone as E.164, names with accents).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from bench.card_set import BENCH_PACKAGES, card_specs, missing_fonts, photograph, render_card, truth
from bench.results import Row

FIELDS = ("name", "title", "company", "email", "phone", "website")
REGION = "US"
Reader = Callable[[Image.Image], list]


def rapidocr_lines(image: Image.Image) -> list:
    from followthrough.formats.card_ocr import read_lines

    return read_lines(image)


def tesseract_lines(image: Image.Image) -> list:
    """Tesseract's words grouped into its lines, with its confidences, as our reader's lines."""
    from followthrough.formats.card_lines import TextLine

    png = io.BytesIO()
    image.save(png, "PNG")
    out = subprocess.run(["tesseract", "-", "-", "--psm", "11", "tsv"], input=png.getvalue(),
                         capture_output=True, check=True).stdout.decode()
    groups: dict[tuple[str, ...], list[list[str]]] = {}
    for row in out.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) == 12 and cells[11].strip() and float(cells[10]) >= 0:
            groups.setdefault(tuple(cells[1:5]), []).append(cells)
    lines = []
    for words in groups.values():
        left = min(int(w[6]) for w in words)
        top = min(int(w[7]) for w in words)
        right = max(int(w[6]) + int(w[8]) for w in words)
        bottom = max(int(w[7]) + int(w[9]) for w in words)
        text = " ".join(w[11] for w in words)
        lines.append(TextLine(text, statistics.mean(float(w[10]) for w in words) / 100,
                              left, top, right, bottom))
    return sorted(lines, key=lambda line: (line.top, line.left))


def score(split: str, count: int, reader: Reader) -> dict[str, Counter[str]]:
    """Right answers per field, for the scans and for the photos."""
    from followthrough.formats.card_text import fields_from_lines
    from followthrough.formats.phones import normalise_phone
    from followthrough.formats.photos import open_photo

    right: dict[str, Counter[str]] = {"scan": Counter(), "photo": Counter()}
    for spec in card_specs(split, count):
        scan = render_card(spec)
        png = io.BytesIO()
        scan.save(png, "PNG")
        for kind, data in (("scan", png.getvalue()), ("photo", photograph(scan, spec.number))):
            found = fields_from_lines(reader(open_photo(data, kind)), REGION).fields
            for name, expected in truth(spec).items():
                got = found[name].value if name in found else ""
                if name == "phone":
                    got = normalise_phone(got) or got
                right[kind][name] += got == expected
                if got != expected and os.environ.get("CARDS_VERBOSE"):
                    print(f"{split} {spec.number} {kind} {name}: {got!r} != {expected!r}",
                          file=sys.stderr)
    return right


def share(counts: Counter[str], cards: int) -> float:
    return sum(counts[f] for f in FIELDS) / (cards * len(FIELDS))


def cold_start_seconds(photos: list[bytes]) -> tuple[float, float, float]:
    """Median seconds a card: `followthrough import --dry-run` in a fresh process (wall, and
    the CPU it used: on a loaded machine the wall time measures the others too), beside
    `tesseract photo -` (reading only, no fields) in a fresh process."""
    import resource

    ours, cpu, theirs = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "FOLLOWTHROUGH_DATA_DIR": folder,
               "FOLLOWTHROUGH_CONFIG_DIR": folder + "/config"}
        env.pop("DATABASE_URL", None)
        command = [str(Path(sys.executable).with_name("followthrough")), "import"]
        subprocess.run([*command[:-1], "today"], env=env, capture_output=True, check=True)
        for number, data in enumerate(photos):
            path = Path(folder) / f"card-{number}.jpg"
            path.write_bytes(data)
            used = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([*command, str(path), "--dry-run"], env=env, capture_output=True,
                           check=True)
            ours.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu.append(after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime)
            start = time.perf_counter()
            subprocess.run(["tesseract", str(path), "-"], capture_output=True, check=True)
            theirs.append(time.perf_counter() - start)
    return statistics.median(ours), statistics.median(cpu), statistics.median(theirs)


def run(count: int = 40, timed: int = 5) -> list[Row]:
    from bench.servers import Unavailable

    if shutil.which("tesseract") is None or missing_fonts("held-out"):
        raise Unavailable(f"the card rows need Tesseract and eight fonts: apt-get install "
                          f"{BENCH_PACKAGES}")
    ours = score("held-out", count, rapidocr_lines)
    theirs = score("held-out", count, tesseract_lines)
    rows = []
    for kind, target in (("scan", 0.95), ("photo", 0.85)):
        mine, base = share(ours[kind], count), share(theirs[kind], count)
        label = "clean scans" if kind == "scan" else "phone photos"
        rows.append(Row(f"business cards: fields right, {label} ({count} held-out)",
                        f"{mine:.1%}", f"{base:.1%} (Tesseract)", mine / base if base else None,
                        f">= {target:.0%}", mine >= target))
    photos = [photograph(render_card(spec), spec.number)
              for spec in card_specs("held-out", timed)]
    seconds, cpu, tesseract = cold_start_seconds(photos)
    load = os.getloadavg()[0]
    rows.append(Row("business card photo to fields, from a cold start",
                    f"{seconds:.2f} s (CPU {cpu:.2f} s; load {load:.1f})",
                    f"{tesseract:.2f} s (`tesseract photo -`)", seconds / tesseract,
                    "< 4 s", seconds < 4))
    return rows


def main(split: str, count: int) -> None:
    table = {}
    engines = os.environ.get("CARDS_ENGINES", "rapidocr,tesseract").split(",")
    for engine, reader in (("rapidocr", rapidocr_lines), ("tesseract", tesseract_lines)):
        if engine not in engines:
            continue
        started = time.perf_counter()
        right = score(split, count, reader)
        seconds = (time.perf_counter() - started) / (2 * count)
        table[engine] = {kind: {f: right[kind][f] / count for f in FIELDS} | {
            "all": share(right[kind], count)} for kind in right} | {"seconds_a_card": seconds}
    print(json.dumps(table, indent=1))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tune", int(sys.argv[2]) if len(sys.argv) > 2 else 40)
