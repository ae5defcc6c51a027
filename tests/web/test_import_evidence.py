"""The Import page takes evidence too: its report, and suggestions answered with a button."""

from __future__ import annotations

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from followthrough.models import EvidenceItem, Interaction, Person
from tests.evidence.conftest import cast  # noqa: F401 (the fixture)
from tests.evidence.helpers import FIXTURES
from tests.web.helpers import html


def upload(web, name: str, data: bytes, **extra: str):  # type: ignore[no-untyped-def]
    return web.post("/import/", {"file": SimpleUploadedFile(name, data), "format": "auto",
                                 **extra})


def test_a_calendar_upload_reports_steps_completed_and_events_to_come(web, cast):  # noqa: F811
    page = html(upload(web, "calendar.ics", (FIXTURES / "google-calendar.ics").read_bytes()))

    assert "What you already did" in page
    assert "Call them, done" in page and "Jane Doe" in page
    assert "Still to come" in page and "Dinner with Jane" in page
    assert "were cancelled, declined, or neither a meeting nor a call" in page


def test_a_zipped_linkedin_export_reports_late_steps_and_skipped_rows(web, cast):  # noqa: F811
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as out:
        for item in (FIXTURES / "linkedin-export").iterdir():
            out.write(item, f"export/{item.name}")

    page = html(upload(web, "Basic_LinkedInDataExport.zip", data.getvalue()))

    assert "(late: due" in page
    assert "the request had no note saying where you met and why" in page
    assert "no date (LinkedIn leaves hidden profiles without one)" in page
    assert "1 file passed over" in page


def test_a_suggestion_is_confirmed_with_a_button(web, owner, cast):  # noqa: F811
    page = html(upload(web, "mail.mbox", (FIXTURES / "takeout.mbox").read_bytes()))
    row = EvidenceItem.objects.get(owner=owner, state="suggested")
    assert "Is it them?" in page and f'/evidence/{row.pk}/confirm"' in page

    answer = web.post(f"/evidence/{row.pk}/confirm", follow=True)

    assert "Confirmed: logged 1 with Dan Brown" in html(answer)
    assert Interaction.objects.filter(person=cast.dan, incoming=True).count() == 1


def test_a_dry_run_upload_writes_nothing(web, owner, cast):  # noqa: F811
    page = html(upload(web, "mail.mbox", (FIXTURES / "takeout.mbox").read_bytes(), dry_run="on"))

    assert "Dry run, nothing written" in page
    assert not Interaction.objects.filter(owner=owner).exists()
    assert not EvidenceItem.objects.exists()


def test_another_owners_suggestion_is_not_found(web, owner, outsider, cast):  # noqa: F811
    theirs = Person.objects.create(owner=outsider, full_name="Dan Brown")
    row = EvidenceItem.objects.create(owner=outsider, person=theirs, key="mail:x", source="mail",
                                      kind="email", direction="in", at=cast.dan.created_at,
                                      state="suggested", created_at=cast.dan.created_at)

    assert web.post(f"/evidence/{row.pk}/confirm").status_code == 404
    assert web.post(f"/evidence/{row.pk}/dismiss").status_code == 404
    assert EvidenceItem.objects.get(pk=row.pk).state == "suggested"


def test_the_person_page_shows_events_to_come(web, cast):  # noqa: F811
    upload(web, "calendar.ics", (FIXTURES / "google-calendar.ics").read_bytes())

    page = html(web.get(f"/people/{cast.jane.pk}/"))

    assert "Scheduled: Dinner with Jane" in page


def test_a_failing_mail_source_shows_on_the_today_page(web, owner, monkeypatch, clock):
    from django.utils import timezone

    from followthrough.reminders.models import EvidenceSource

    monkeypatch.setenv("IMAP_HOST", "imap.example.org")
    EvidenceSource.objects.create(owner=owner, name="mail", failing_since=timezone.now(),
                                  last_error="IMAP a@imap.example.org:993: the server refused "
                                  "the login <b>")

    clock.shift(60)  # the Today page is cached for the minute, as for the reminders' health

    page = html(web.get("/"))

    assert "Mail (IMAP) evidence is failing since" in page
    assert "the server refused the login &lt;b&gt;" in page
