"""Captures made offline, sent when the network returns (static/web/outbox.js): the capture
form's fields and the browser's id for the capture, answered in JSON. A capture sent twice is
one meeting (its id is the idempotency key, per owner); a name clash asks, as the form does."""

from __future__ import annotations

from datetime import timedelta
from typing import cast

from django.http import HttpRequest, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_POST

from followthrough.errors import Ambiguous, Conflict, InvalidInput, NotFound
from followthrough.models import Person
from followthrough.selectors.access import access_person
from followthrough.services.meetings import NewMeeting, record_meeting_once
from followthrough.web.access import now, prefs_of
from followthrough.web.forms import SyncedMeetingForm
from followthrough.web.views.capture import DETAIL_FIELDS

# A browser's clock a little ahead of the server's: its capture is "now", not the future.
CLOCK_SKEW = timedelta(minutes=10)


@require_POST
def capture_sync(request: HttpRequest) -> JsonResponse:
    if not request.user.is_authenticated:
        return _answer("signed-out", "Sign in to send it.", status=401)
    if request.POST.get("owner") != str(request.user.pk):  # made while someone else was signed in
        return _answer("other-owner", "Made while another account was signed in.", status=409)
    prefs, moment = prefs_of(request), now()
    form = SyncedMeetingForm(request.POST, zone=prefs.zone)
    if not form.is_valid():
        return _answer("invalid", " ".join(
            f"{form.fields[name].label or name}: {' '.join(errors)}" if name in form.fields
            else " ".join(errors) for name, errors in form.errors.items()), status=400)
    data = form.cleaned_data
    if not data["client_id"]:
        return _answer("invalid", "The capture has no id: send it from the capture form.",
                       status=400)
    person = None
    if data["choice"].isdigit():
        try:
            person = access_person(request.user, int(data["choice"]))
        except NotFound:
            return _answer("invalid", "That person no longer exists: choose again.", status=400)
    at = data["at"]
    if moment < at <= moment + CLOCK_SKEW:
        at = moment
    try:
        result = record_meeting_once(
            owner=request.user, client_key=data["client_id"], prefs=prefs, now=moment,
            person=person, new_person=data["choice"] == "new",
            meeting=NewMeeting(name=data["name"], at=at,
                               **{name: data[name] for name in DETAIL_FIELDS}))
    except Ambiguous as exc:
        return JsonResponse({"status": "ask", "message": str(exc), "candidates": [
            {"id": c.pk, "name": c.full_name, "organisation": c.organisation}
            for c in cast("list[Person]", exc.candidates)]})
    except (InvalidInput, Conflict) as exc:
        return _answer("invalid", str(exc), status=400)
    return JsonResponse({
        "status": "saved", "name": result.person.full_name, "repeated": result.repeated,
        "plan": reverse("web:meeting-plan", kwargs={"meeting_id": result.meeting.pk})})


def _answer(kind: str, message: str, *, status: int = 200) -> JsonResponse:
    return JsonResponse({"status": kind, "message": message}, status=status)
