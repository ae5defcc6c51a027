"""Import and export pages: the command line's importers and exporters, through the browser."""

from __future__ import annotations

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from followthrough.models import Person
from tests.web.helpers import html

SAMPLES = Path("/work/shared/samples")
CARD = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Marta Lindqvist\r\nN:Lindqvist;Marta;;;\r\n"
        b"EMAIL;TYPE=INTERNET:marta@example.com\r\nORG:Nordlys AB\r\nEND:VCARD\r\n")


def test_a_vcard_upload_imports_and_reports(web, owner):
    page = html(web.post("/import/", {"file": SimpleUploadedFile("c.vcf", CARD),
                                      "format": "auto"}))
    assert "Imported" in page and "1 created" in page
    assert Person.objects.get(owner=owner).full_name == "Marta Lindqvist"
    again = html(web.post("/import/", {"file": SimpleUploadedFile("c.vcf", CARD),
                                       "format": "auto"}))
    assert "1 unchanged" in again and Person.objects.filter(owner=owner).count() == 1


def test_a_dry_run_writes_nothing(web, owner):
    page = html(web.post("/import/", {"file": SimpleUploadedFile("c.vcf", CARD),
                                      "format": "vcard", "dry_run": "on"}))
    assert "Dry run, nothing written" in page and "1 created" in page
    assert not Person.objects.filter(owner=owner).exists()


def test_an_unreadable_file_names_the_problem_and_imports_nothing(web, owner):
    response = web.post("/import/", {"file": SimpleUploadedFile("x.txt", b"hello world"),
                                     "format": "auto"})
    assert response.status_code == 400
    assert "nothing was imported" in html(response)
    assert not Person.objects.filter(owner=owner).exists()


def test_exports_download_the_owners_contacts(web, owner):
    web.post("/import/", {"file": SimpleUploadedFile("c.vcf", CARD), "format": "auto"})
    assert "vCard 4.0" in html(web.get("/export/"))
    card = web.get("/export/vcard-3")
    assert card["Content-Disposition"].startswith("attachment") and b"Marta" in card.content
    for kind in ("vcard-4", "google-csv", "outlook-csv", "calendar", "backup"):
        assert web.get(f"/export/{kind}").status_code == 200, kind
    assert web.get("/export/passwords").status_code == 404


def test_the_export_page_says_when_the_database_was_last_backed_up(web, tmp_path, monkeypatch,
                                                                    settings):
    import sqlite3
    from datetime import UTC, datetime

    from followthrough.services import backup

    settings.DATA_DIR = str(tmp_path)
    assert "No database backup yet" in html(web.get("/export/"))
    live = tmp_path / "live.sqlite3"
    sqlite3.connect(live).close()
    monkeypatch.setattr(backup, "_is_sqlite", lambda: True)
    monkeypatch.setattr(backup, "_database_path", lambda: live)
    backup.backup_database(out=tmp_path / "b.sqlite3", now=datetime(2026, 3, 4, 2, 0, tzinfo=UTC))
    assert "Last database backup: 2026-03-04 03:00" in html(web.get("/export/"))  # Berlin time


def test_the_import_page_refuses_a_photo_of_huge_dimensions_with_a_clear_message(web, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.imports.test_import_qr_photo import huge_but_small_png

    data = huge_but_small_png(tmp_path).read_bytes()
    page = web.post("/import/", {"file": SimpleUploadedFile("huge.png", data), "format": "auto"})
    assert "the photo is 9,949 x 9,949 pixels (99 megapixels); the limit is 50 megapixels" in (
        page.content.decode())
