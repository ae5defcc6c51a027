"""The mail evidence row: a Takeout-sized mbox read by `followthrough import`, against the
standard library's `mailbox` reading the same file alone, and the import's peak memory.

The file is generated: MESSAGES messages of about 10 KB (Gmail's headers, a multipart body),
one in FIFTY to or from someone in the personal data set, so the import also logs and completes.
"""

from __future__ import annotations

import mailbox
import shutil
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.import_rows import fresh_env, run_import
from bench.results import Row

FIFTY = 50
PEAK_LIMIT = 200e6
BODY = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 60)[:3500]
HTML = ("<p>" + BODY.replace(". ", ".</p><p>") + "</p>")[:4200]


def write_mbox(path: Path, count: int, known: list[str]) -> Path:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with path.open("w", encoding="utf-8", newline="\n", buffering=1 << 20) as out:
        for n in range(count):
            at = start + timedelta(minutes=7 * n)
            mine = n % 5 == 0
            other = known[(n // FIFTY) % len(known)] if n % FIFTY == 0 else \
                f"sender{n % 9973}@news{n % 97}.example"
            sender, to = ("Alex Example <alex@example.com>", other) if mine else \
                (f"Someone <{other}>", "alex@example.com")
            boundary = f"000000000000{n:08x}"
            out.write(
                f"From 17{n:017d}@xxx {at:%a %b %d %H:%M:%S +0000 %Y}\n"
                f"X-GM-THRID: 17{n // 3:017d}\n"
                f"X-Gmail-Labels: {'Sent' if mine else 'Inbox,Category Updates'}\n"
                "Delivered-To: alex@example.com\n"
                f"Received: by 2002:a05:6358:{n % 65536:04x} with SMTP id r{n}csp{n % 999};\n"
                f"        {at:%a, %d %b %Y %H:%M:%S} -0800 (PST)\n"
                "ARC-Seal: i=1; a=rsa-sha256; t=1700000000; cv=none; d=google.com; s=arc-20160816;\n"
                f"        b={'Qx8'*120}\n"
                "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.com; s=20230601;\n"
                f"        h=to:subject:message-id:date:from:mime-version; bh={'Zm9v'*11}=;\n"
                f"        b={'aGVsbG8'*60}\n"
                "MIME-Version: 1.0\n"
                f"Date: {at:%a, %d %b %Y %H:%M:%S} +0000\n"
                f"Message-ID: <CA+{n:012d}-bench@mail.gmail.com>\n"
                f"Subject: Message number {n} about the quarterly plan\n"
                f"From: {sender}\nTo: {to}\n"
                f"Content-Type: multipart/alternative; boundary=\"{boundary}\"\n\n"
                f"--{boundary}\nContent-Type: text/plain; charset=\"UTF-8\"\n\n{BODY}\n\n"
                f"--{boundary}\nContent-Type: text/html; charset=\"UTF-8\"\n\n{HTML}\n\n"
                f"--{boundary}--\n\n")
    return path


def mailbox_seconds(path: Path) -> float:
    """The standard library reading every message of the file, nothing else."""
    start = time.perf_counter()
    box = mailbox.mbox(str(path), create=False)
    for _message in box:
        pass
    box.close()
    return time.perf_counter() - start


def run(work: Path, env: dict[str, str], personal_db: Path, messages: int) -> Row:
    from followthrough.models import ContactPoint

    known = list(ContactPoint.objects.filter(kind="email").values_list("key", flat=True)[:2000])
    path = write_mbox(work / "All mail Including Spam and Trash.mbox", messages, known)
    folder = work / "mail-personal"
    folder.mkdir(parents=True, exist_ok=True)
    for item in personal_db.parent.iterdir():  # a copy: the other rows keep their data set
        if item.name.startswith((personal_db.name, ".schema-", "secret-key")):
            shutil.copy(item, folder / item.name)
    baseline = mailbox_seconds(path)  # also warms the file cache for both
    imported = run_import(path, fresh_env(folder, env), "mbox")
    size = path.stat().st_size
    ratio = imported.seconds / baseline
    path.unlink()
    return Row(f"mbox evidence, {messages:,} messages ({size / 1e9:.2f} GB) into personal",
               f"{imported.seconds:.1f} s ({messages / imported.seconds:,.0f} msg/s), "
               f"peak {imported.peak_bytes / 1e6:.0f} MB",
               f"mailbox alone {baseline:.1f} s ({messages / baseline:,.0f} msg/s)", ratio,
               "≤ 1.5 × mailbox alone; peak < 200 MB",
               ratio <= 1.5 and imported.peak_bytes < PEAK_LIMIT)
