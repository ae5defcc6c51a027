"""/api/meetings: list, read, record (which finds or creates the person and starts the plan)."""

from django.http import HttpRequest
from ninja import Path, Query, Router
from ninja.pagination import paginate

from followthrough.api import owned
from followthrough.api.schemas import (
    COMMON,
    MAX_ID,
    AmbiguousError,
    Error,
    MeetingIn,
    MeetingOut,
    MeetingRecordedOut,
    Paged,
)
from followthrough.models import Meeting
from followthrough.selectors.access import access_meeting, access_person, owned_meetings
from followthrough.selectors.drafts import drafts_out
from followthrough.services.meetings import NewMeeting, record_meeting

router = Router(tags=["meetings"])


@router.get("", response={200: list[MeetingOut], **COMMON})
@paginate(Paged)
def list_meetings(request: HttpRequest, person_id: int | None = Query(None, ge=1, le=MAX_ID)):
    meetings = owned_meetings(request.user).order_by("-at", "-id")
    return meetings.filter(person_id=person_id) if person_id is not None else meetings


@router.get("/{meeting_id}", response={200: MeetingOut, 404: Error, **COMMON})
def read_meeting(request: HttpRequest, meeting_id: int = Path(..., ge=1, le=MAX_ID)) -> Meeting:
    return access_meeting(request.user, meeting_id)


@router.post("", response={201: MeetingRecordedOut, 400: Error, 404: Error, 409: AmbiguousError, **COMMON})
def record(request: HttpRequest, body: MeetingIn) -> tuple[int, dict[str, object]]:
    """Record a meeting; a name-only match answers 409 with the candidates: send `person_id`
    to add to one of them, or `new_person: true`."""
    moment, prefs = owned.now(), owned.prefs(request)
    person = access_person(request.user, body.person_id) if body.person_id is not None else None
    details = body.dict(exclude={"person_id", "new_person", "at"})
    result = record_meeting(
        owner=request.user,
        prefs=prefs,
        now=moment,
        person=person,
        new_person=body.new_person,
        meeting=NewMeeting(at=body.at or moment, **details),
    )
    return 201, {
        "person": result.person,
        "created_person": result.created_person,
        "meeting": result.meeting,
        "steps": result.steps,
        "drafts": drafts_out(result.person, prefs),
        "warnings": result.warnings,
        "first_meeting": result.first_meeting,
        "other_name": result.other_name,
    }
