"""Import rows: vCard into the personal data set, LinkedIn CSV into an empty one, a 50 MB file.

Each import runs the real command (`followthrough import`) in its own process, so wall time
includes start-up and the peak memory (ru_maxrss) is the import's own.
"""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.results import Row

LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
PHOTO = base64.b64encode(bytes(range(256)) * 15).decode()  # ~5 KB of base64 per card


def write_vcards(path: Path, count: int, *, photo: bool = False, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        for i in range(start, start + count):
            out.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"N:Person{i};Given{i};;;\r\nFN:Given{i} Person{i}\r\nORG:Company {i % 500};\r\n"
                f"TITLE:Engineer\r\nEMAIL;type=INTERNET;type=WORK:given{i}@example.com\r\n"
                f"TEL;type=CELL:+1 415 555 {i % 10000:04d}\r\n"
                f"ADR;type=WORK:;;{i} Example Ave;San Francisco;CA;94107;USA\r\n"
                f"NOTE:Met at event {i}\\, talked about maps.\r\n")
            if photo:
                out.write(f"PHOTO;ENCODING=b;TYPE=JPEG:{PHOTO}\r\n")
            out.write("END:VCARD\r\n")
    return path


def write_linkedin(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(LINKEDIN_HEADER)
        for i in range(count):
            out.write(f"Ann{i},Lee{i},https://www.linkedin.com/in/ann-lee-{i},,Acme {i % 300},"
                      f"Engineer,21 Oct 2025\n")
    return path


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_bytes: int


# The child reports its own high-water mark: ru_maxrss would include the benchmark process's
# memory, which a forked child inherits until exec.
PEAK_REPORTER = """
import atexit, runpy, sys
def report():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("peak_kb=" + line.split()[1] + "\\n")
atexit.register(report)
sys.argv = ["followthrough", *sys.argv[1:]]
runpy.run_module("followthrough", run_name="__main__")
"""


def run_import(path: Path, env: dict[str, str], fmt: str) -> Run:
    """`followthrough import` as its own process: wall time and peak resident memory."""
    command = [sys.executable, "-c", PEAK_REPORTER, "import", str(path), "--format", fmt,
               "--json"]
    start = time.perf_counter()
    child = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           text=True)
    seconds = time.perf_counter() - start
    peak = [line for line in child.stderr.splitlines() if line.startswith("peak_kb=")]
    if child.returncode or not peak:
        raise RuntimeError(f"import of {path.name} failed: {child.stderr[-2000:]}")
    return Run(seconds, int(peak[-1].removeprefix("peak_kb=")) * 1024)


def vobject_seconds(path: Path, repeat: int = 3) -> float:
    import vobject

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        with path.open(encoding="utf-8") as stream:
            sum(1 for _ in vobject.readComponents(stream))
        best = min(best, time.perf_counter() - start)
    return best


def fresh_env(folder: Path, env: dict[str, str]) -> dict[str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    return {**env, "FOLLOWTHROUGH_DATA_DIR": str(folder),
            "FOLLOWTHROUGH_CONFIG_DIR": str(folder / "config")}


def vcard_into_personal(work: Path, personal_db: Path, env: dict[str, str]) -> Row:
    """10,000 cards into a copy of the personal database (the original stays for other rows)."""
    folder = work / "vcard-personal"
    folder.mkdir(parents=True, exist_ok=True)
    for item in personal_db.parent.iterdir():
        if item.name.startswith((personal_db.name, ".schema-", "secret-key")):
            shutil.copy(item, folder / item.name)
    cards = write_vcards(work / "ten-thousand.vcf", 10_000)
    imported = run_import(cards, fresh_env(folder, env), "vcard")
    parsing = vobject_seconds(cards)
    return Row.ratio_row("vCard import, 10,000 cards into personal", imported.seconds, parsing,
                         "s", "≤ 1.5 × vobject parsing alone", lambda r: r <= 1.5)


def linkedin_into_empty(work: Path, env: dict[str, str]) -> Row:
    """30,000 rows under 5 s; memory flat: peak RSS beside a 3,000-row import of the same shape."""
    big = run_import(write_linkedin(work / "Connections.csv", 30_000),
                     fresh_env(work / "linkedin-big", env), "linkedin")
    small = run_import(write_linkedin(work / "Connections-small.csv", 3_000),
                       fresh_env(work / "linkedin-small", env), "linkedin")
    growth = big.peak_bytes / small.peak_bytes
    return Row("LinkedIn Connections.csv, 30,000 rows into empty",
               f"{big.seconds:.2f} s, peak {big.peak_bytes / 1e6:.0f} MB",
               f"3,000 rows: peak {small.peak_bytes / 1e6:.0f} MB", growth,
               "< 5 s; memory flat (peak ≤ 1.25 × 3,000-row peak)",
               big.seconds < 5 and growth <= 1.25)


def fifty_megabytes(work: Path, env: dict[str, str], megabytes: int = 50) -> Row:
    cards = megabytes * 1_000_000 // 5_500
    path = write_vcards(work / "fifty-megabytes.vcf", cards, photo=True)
    size = path.stat().st_size
    imported = run_import(path, fresh_env(work / "vcard-big", env), "vcard")
    return Row.ratio_row(f"vCard import of a {size / 1e6:.0f} MB file ({cards:,} cards, photos)",
                         imported.peak_bytes / 1e6, size / 1e6, "MB",
                         "peak memory < 3 × file size", lambda r: r < 3)
