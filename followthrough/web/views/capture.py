""""I just met…": the capture form, and the plan with three drafts that it leads to."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from followthrough.errors import Ambiguous, Conflict, InvalidInput
from followthrough.selectors.drafts import DRAFT_KINDS, draft_for
from followthrough.selectors.people import people_of
from followthrough.services.meetings import NewMeeting, record_meeting_once
from followthrough.web.access import meeting_or_404, now, page, prefs_of, render_page
from followthrough.web.forms import MeetingForm, local_input_value

DRAFT_TITLES = {"linkedin": "LinkedIn note", "email": "Thank-you email", "call": "30-day call note"}
DETAIL_FIELDS = ("where", "why", "need", "give", "email", "phone", "linkedin", "company")


@page
def capture(request: HttpRequest) -> HttpResponse:
    prefs, moment = prefs_of(request), now()
    if request.method != "POST":
        form = MeetingForm(zone=prefs.zone, initial={"at": local_input_value(moment, prefs.zone)})
        return _form_page(request, form)
    form = MeetingForm(request.POST, zone=prefs.zone)
    if not form.is_valid():
        return _form_page(request, form, status=400)
    data = form.cleaned_data
    person, new_person = None, data["choice"] == "new"
    if data["choice"].isdigit():
        person = people_of(request.user).filter(id=int(data["choice"])).first()
        if person is None:
            form.add_error(None, "That person no longer exists: choose again.")
            return _form_page(request, form, status=400)
    meeting = NewMeeting(name=data["name"], at=data["at"],
                         **{name: data[name] for name in DETAIL_FIELDS})
    try:
        result = record_meeting_once(owner=request.user, meeting=meeting, prefs=prefs, now=moment,
                                     person=person, new_person=new_person,
                                     client_key=data["client_id"])
    except Ambiguous as exc:
        return _form_page(request, form, candidates=exc.candidates, question=str(exc))
    except InvalidInput as exc:
        form.add_service_error(exc)
        return _form_page(request, form, status=400)
    except Conflict as exc:  # sent again after its person was deleted
        form.add_error(None, f"{str(exc)[0].upper()}{str(exc)[1:]}.")
        return _form_page(request, form, status=400)
    return redirect("web:meeting-plan", meeting_id=result.meeting.pk)


def _form_page(request: HttpRequest, form: MeetingForm, *, status: int = 200,
               candidates: list[object] | None = None, question: str = "") -> HttpResponse:
    return render_page(request, "web/capture.html", {
        "form": form, "candidates": candidates or [], "question": question,
    }, status=status)


@page
def meeting_plan(request: HttpRequest, meeting_id: int) -> HttpResponse:
    meeting = meeting_or_404(request, meeting_id)
    prefs = prefs_of(request)
    drafts = [(kind, DRAFT_TITLES[kind], draft_for(kind, meeting.person, prefs))
              for kind in DRAFT_KINDS]
    gives = meeting.offers.filter(delivered_at__isnull=True).exists()
    return render_page(request, "web/plan.html", {
        "meeting": meeting, "person": meeting.person, "steps": meeting.steps.order_by("due_at", "id"),
        "drafts": drafts, "no_give": not gives,
        "linkedin": meeting.person.contact_points.filter(kind="linkedin").first(),
        "email": meeting.person.contact_points.filter(kind="email").first(),
    })
