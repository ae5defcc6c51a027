"""Import (any file the command line imports, same report) and export (download) pages."""

from __future__ import annotations

import tempfile
from pathlib import Path

from django import forms
from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_GET

from followthrough.formats.records import FormatError
from followthrough.web.access import now, page, prefs_of, render_page

FORMAT_CHOICES = [("auto", "Find out from the file"), ("vcard", "vCard (.vcf)"),
                  ("linkedin", "LinkedIn Connections.csv"), ("google", "Google contacts CSV"),
                  ("outlook", "Outlook contacts CSV"),
                  ("invitations", "LinkedIn Invitations.csv"),
                  ("messages", "LinkedIn messages.csv"), ("mbox", "Mail (.mbox)"),
                  ("ics", "Calendar (.ics)")]
EXPORTS = {
    "vcard-3": ("followthrough-contacts.vcf", "text/vcard; charset=utf-8"),
    "vcard-4": ("followthrough-contacts-4.0.vcf", "text/vcard; charset=utf-8"),
    "google-csv": ("followthrough-google.csv", "text/csv; charset=utf-8"),
    "outlook-csv": ("followthrough-outlook.csv", "text/csv; charset=utf-8"),
    "calendar": ("followthrough-steps.ics", "text/calendar; charset=utf-8"),
    "backup": ("followthrough-backup.json", "application/json"),
}


class ImportForm(forms.Form):
    file = forms.FileField(label="File (or a .zip of an export)")
    format = forms.ChoiceField(label="What it is", choices=FORMAT_CHOICES)
    dry_run = forms.BooleanField(label="Only show what would happen", required=False)

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.UPLOAD_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(f"is {upload.size:,} bytes; the limit is {limit:,}")
        return upload


@page
def import_page(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render_page(request, "web/import.html", {"form": ImportForm(),
                                                        "suggestions": _suggestions(request)})
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return render_page(request, "web/import.html", {"form": form}, status=400)
    try:
        outcome = _run_import(request, form.cleaned_data["file"], form.cleaned_data["format"],
                             form.cleaned_data["dry_run"])
    except FormatError as error:
        form.add_error("file", f"{error} (nothing was imported)")
        return render_page(request, "web/import.html", {"form": form}, status=400)
    return render_page(request, "web/import.html", {
        "form": ImportForm(), "report": outcome.contacts, "evidence": outcome.evidence,
        "passed_over": outcome.passed_over, "suggestions": _suggestions(request)})


def _suggestions(request: HttpRequest) -> list[object]:
    from followthrough.selectors.evidence import suggestions_for

    return list(suggestions_for(request.user))


def _run_import(request: HttpRequest, upload, chosen: str, dry_run: bool):
    from followthrough.services.import_folders import found_files
    from followthrough.services.import_run import import_files

    name = Path(upload.name or "upload").name
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        with found_files([path], chosen) as found:
            if any(f.kind == "json" for f in found.files):
                raise FormatError("a backup is restored with `followthrough import` on the "
                                  "command line", file=name)
            if not found.files:
                raise FormatError("nothing in it is contacts, mail, a calendar or LinkedIn "
                                  "evidence", file=name)
            outcome = import_files(owner=request.user, files=found.files,
                                   prefs=prefs_of(request), now=now(), dry_run=dry_run)
            outcome.passed_over = found.passed_over
            return outcome


@page
@require_GET
def export_page(request: HttpRequest) -> HttpResponse:
    from followthrough.services.backup import last_backup

    last = last_backup()
    at = f"{last.at.astimezone(prefs_of(request).zone):%Y-%m-%d %H:%M}" if last else ""
    return render_page(request, "web/export.html", {"exports": EXPORTS, "last_backup_at": at})


@page
@require_GET
def export_download(request: HttpRequest, kind: str) -> HttpResponse:
    from followthrough.services import exports

    if kind not in EXPORTS:
        raise Http404("no such export")
    owner, moment = request.user, now()
    body = {
        "vcard-3": lambda: exports.vcards(owner, None, "3.0"),
        "vcard-4": lambda: exports.vcards(owner, None, "4.0"),
        "google-csv": lambda: exports.contacts_csv(owner, None, "google"),
        "outlook-csv": lambda: exports.contacts_csv(owner, None, "outlook"),
        "calendar": lambda: exports.steps_calendar(owner, None, prefs_of(request), moment, False),
        "backup": lambda: exports.backup(owner, moment),
    }[kind]()
    filename, content_type = EXPORTS[kind]
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


