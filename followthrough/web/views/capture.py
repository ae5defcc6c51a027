""""I just met…": the capture form, and the plan with three drafts that it leads to."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from followthrough.errors import Ambiguous, Conflict, InvalidInput, NotFound
from followthrough.formats.card_photo import TEXT, CardReading, card_record
from followthrough.formats.records import ContactRecord, FormatError
from followthrough.selectors.access import access_meeting, access_person
from followthrough.selectors.drafts import all_drafts_for, preview_linkedin_note
from followthrough.services.card_photos import read_card, record_card_meeting
from followthrough.services.meetings import NewMeeting, record_meeting_once
from followthrough.web.access import now, page, prefs_of, render_page
from followthrough.web.forms import MeetingForm, local_input_value

DETAIL_FIELDS = ("where", "why", "need", "give", "email", "phone", "linkedin", "company", "title")
# A card's field -> the capture form's field that shows it.
CARD_TO_FORM = {"name": "name", "title": "title", "company": "company", "email": "email",
                "phone": "phone", "website": "website", "linkedin": "linkedin",
                "address": "address"}
UNSURE = 0.8  # below this, a field read from a card says to check it
PREVIEW_MAX = 2000  # a field's limit: the preview reads no more than the form would take


@page
def capture(request: HttpRequest) -> HttpResponse:
    prefs, moment = prefs_of(request), now()
    if request.method != "POST":
        form = MeetingForm(zone=prefs.zone, initial={"at": local_input_value(moment, prefs.zone)})
        return _form_page(request, form)
    form = MeetingForm(request.POST, request.FILES, zone=prefs.zone)
    if "read_card" in request.POST:
        return _read_card(request, form)
    if not form.is_valid():
        return _form_page(request, form, status=400)
    data = form.cleaned_data
    person, new_person = None, data["choice"] == "new"
    if data["choice"].isdigit():
        try:
            person = access_person(request.user, int(data["choice"]))
        except NotFound:
            form.add_error(None, "That person no longer exists: choose again.")
            return _form_page(request, form, status=400)
    meeting = NewMeeting(name=data["name"], at=data["at"],
                         **{name: data[name] for name in DETAIL_FIELDS})
    try:
        if data["card_photo"]:
            result = record_card_meeting(
                owner=request.user, meeting=meeting, record=_card_record(data),
                photo=data["card_photo"], prefs=prefs, now=moment, person=person,
                new_person=new_person)
        else:
            result = record_meeting_once(owner=request.user, meeting=meeting, prefs=prefs,
                                         now=moment, person=person, new_person=new_person,
                                         client_key=data["client_id"])
    except Ambiguous as exc:
        return _form_page(request, form, candidates=exc.candidates, question=str(exc))
    except InvalidInput as exc:
        form.add_service_error(exc)
        return _form_page(request, form, status=400)
    except Conflict as exc:  # sent again after its person was deleted
        form.add_error(None, f"{str(exc)[0].upper()}{str(exc)[1:]}.")
        return _form_page(request, form, status=400)
    except FormatError as exc:
        form.add_error(None, f"The card could not be saved: {exc}")
        return _form_page(request, form, status=400)
    for warning in result.warnings:
        if not warning.startswith("no note of what you can give"):  # the plan page says it
            messages.warning(request, warning[0].upper() + warning[1:] + ".")
    plan = reverse("web:meeting-plan", kwargs={"meeting_id": result.meeting.pk})
    return redirect(f"{plan}?{urlencode({'other_name': result.other_name})}"
                    if result.other_name else plan)


def _read_card(request: HttpRequest, form: MeetingForm) -> HttpResponse:
    """"Read the card": the photo's fields fill the blanks of what was typed, to check."""
    upload = request.FILES.get("card")
    if upload is None:
        form.add_error("card", "choose a photo of their card first")
        return _form_page(request, form, status=400, checked=False)
    if upload.size and upload.size > settings.UPLOAD_MAX_BYTES:
        form.add_error("card", f"is {upload.size:,} bytes; the limit is "
                               f"{settings.UPLOAD_MAX_BYTES:,}")
        return _form_page(request, form, status=400, checked=False)
    try:
        reading = read_card(data=upload.read(), filename=upload.name or "photo",
                            prefs=prefs_of(request))
    except FormatError as exc:
        form.add_error("card", str(exc))
        return _form_page(request, form, status=400, checked=False)
    typed = {name: request.POST.get(name, "") for name in form.fields if name != "card"}
    for name, target in CARD_TO_FORM.items():
        if not typed.get(target, "").strip():
            typed[target] = reading.value(name)
    typed["card_photo"] = base64.b64encode(reading.photo).decode("ascii")
    typed["other_phones"] = ", ".join(reading.other_phones)
    unsure = {CARD_TO_FORM[name]: f"Check this: read with {found.confidence:.0%} certainty"
              for name, found in reading.fields.items()
              if name in CARD_TO_FORM and found.confidence < UNSURE}
    card_form = MeetingForm(initial=typed, zone=prefs_of(request).zone)
    return _form_page(request, card_form, unsure=unsure, via=reading.via)


def _card_record(data: dict[str, Any]) -> ContactRecord:
    fields = {name: str(data[target]) for name, target in CARD_TO_FORM.items()}
    others = [p.strip() for p in str(data["other_phones"]).split(",") if p.strip()]
    return card_record(CardReading({}, TEXT, other_phones=others, filename="card photo"), fields)


def _form_page(request: HttpRequest, form: MeetingForm, *, status: int = 200,
               candidates: list[object] | None = None, question: str = "",
               unsure: dict[str, str] | None = None, via: str = "",
               checked: bool = True) -> HttpResponse:
    photo = form["card_photo"].value() if checked or not form.is_bound else ""
    return render_page(request, "web/capture.html", {
        "form": form, "candidates": candidates or [], "question": question,
        "card_photo": photo if isinstance(photo, str) else "", "unsure": unsure or {},
        "via": via,
        **_preview(request, request.POST if request.method == "POST" else {}),
    }, status=status)


@page
@require_POST
def capture_preview(request: HttpRequest) -> HttpResponse:
    """The LinkedIn note as the form reads so far: the capture page asks while you type."""
    return render_page(request, "web/_note_preview.html", _preview(request, request.POST))


def _preview(request: HttpRequest, typed: Mapping[str, str]) -> dict[str, object]:
    prefs = prefs_of(request)
    name, where, why = (str(typed.get(field, ""))[:PREVIEW_MAX] for field in ("name", "where", "why"))
    note = preview_linkedin_note(name=name, where=where, why=why, prefs=prefs)
    return {"note": note, "limit": prefs.linkedin_limit}


@page
def meeting_plan(request: HttpRequest, meeting_id: int) -> HttpResponse:
    meeting = access_meeting(request.user, meeting_id)
    prefs = prefs_of(request)
    drafts = all_drafts_for(meeting.person, prefs)
    gives = meeting.offers.filter(delivered_at__isnull=True).exists()
    give_note_kinds = [t.kind for t in prefs.playbook.steps if t.needs_give_note]
    needs_give = meeting.steps.filter(kind__in=give_note_kinds).exists()
    # After meeting a known person under another name: offer that name (a plain prefilled
    # form; renaming is a POST like any other).
    other_name = request.GET.get("other_name", "")[:200].strip()
    return render_page(request, "web/plan.html", {
        "meeting": meeting, "person": meeting.person, "steps": meeting.steps.order_by("due_at", "id"),
        "drafts": drafts, "no_give": needs_give and not gives, "unsigned": not prefs.my_name,
        "other_name": other_name if other_name != meeting.person.full_name else "",
        "first_meeting": meeting.person.meetings.order_by("at", "id").first() == meeting,
        "linkedin": meeting.person.contact_points.filter(kind="linkedin").first(),
        "email": meeting.person.contact_points.filter(kind="email").first(),
    })
