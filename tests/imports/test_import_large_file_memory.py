"""A ~20 MB vCard file imports with memory that stays flat: one batch at a time, not the file."""

from __future__ import annotations

import base64
import tracemalloc

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 24).decode()  # ~8 KB
NOTE = "Met at the harbour conference\\, talked about cold-chain logistics. " * 22  # ~1.5 KB


def write_big_file(path, target_bytes: int) -> int:  # type: ignore[no-untyped-def]
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        while out.tell() < target_bytes:
            out.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"FN:Person {count}\r\nN:{count};Person;;;\r\nORG:Company {count % 300}\r\n"
                f"EMAIL:person{count}@example.com\r\nTEL;TYPE=cell:+1 415 555 {count % 10000:04d}\r\n"
                f"NOTE:{NOTE}\r\nPHOTO;ENCODING=b;TYPE=JPEG:{PHOTO}\r\nEND:VCARD\r\n")
            count += 1
    return count


def test_peak_memory_stays_under_three_times_the_file_size(owner, prefs, tmp_path):
    from django.utils import timezone

    from followthrough.formats.vcard_read import read_vcards
    from followthrough.models import Person
    from followthrough.services.imports import import_contacts

    path = tmp_path / "big.vcf"
    cards = write_big_file(path, 20 * 1024 * 1024)
    size = path.stat().st_size
    tracemalloc.start()
    try:
        with path.open("rb") as stream:
            report = import_contacts(owner=owner, records=read_vcards(stream, "big.vcf"),
                                     prefs=prefs, now=timezone.now())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.created == cards == Person.objects.filter(owner=owner).count()
    assert peak < 3 * size, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"
