"""/api/people: list (search, status), read, update, delete."""

from django.http import HttpRequest
from ninja import Path, Router
from ninja.pagination import paginate

from followthrough.api import owned
from followthrough.api.schemas import (
    COMMON,
    MAX_ID,
    Error,
    Paged,
    PersonDetailOut,
    PersonOut,
    PersonPatch,
)
from followthrough.domain.kinds import Status
from followthrough.models import Person
from followthrough.selectors.access import access_person
from followthrough.selectors.people import people_for
from followthrough.selectors.person_detail import person_detail
from followthrough.services.people_edit import Keep, PersonEdit, delete_person, edit_person

router = Router(tags=["people"])
ERRORS = {400: Error, 404: Error}


@router.get("", response={200: list[PersonOut], **COMMON})
@paginate(Paged)
def list_people(request: HttpRequest, q: str = "", status: Status | None = None):
    """People by status and text (name, organisation, tag, email), most urgent first: lapsed and
    overdue, then the soonest deadline, no deadline last."""
    # PostgreSQL cannot hold NUL in text, not even in a search: it only ever means junk.
    search = q.replace("\x00", "")[:200]
    return people_for(request.user, now=owned.now(), status=status, search=search)


@router.get("/{person_id}", response={200: PersonDetailOut, 404: Error, **COMMON})
def read_person(request: HttpRequest, person_id: int = Path(..., ge=1, le=MAX_ID)) -> Person:
    return person_detail(request.user, person_id, now=owned.now()).person


@router.patch("/{person_id}", response={200: PersonDetailOut, **ERRORS, **COMMON})
def update_person(
    request: HttpRequest, patch: PersonPatch, person_id: int = Path(..., ge=1, le=MAX_ID)
) -> Person:
    person = access_person(request.user, person_id)
    cadence: int | None | Keep = Keep.CADENCE
    if patch.cadence_days is not None:
        cadence = patch.cadence_days or None  # 0: off
    return edit_person(
        owner=request.user, person=person, now=owned.now(), zone=owned.prefs(request).zone,
        edit=PersonEdit(
            full_name=patch.name if patch.name is not None else person.full_name,
            organisation=_or(patch.organisation, person.organisation),
            title=_or(patch.title, person.title),
            notes=_or(patch.notes, person.notes),
            tags=", ".join(patch.tags) if patch.tags is not None else person.tags,
            cadence_days=cadence,
        ),
    )


@router.delete("/{person_id}", response={204: None, 404: Error, **COMMON})
def remove_person(request: HttpRequest, person_id: int = Path(..., ge=1, le=MAX_ID)) -> tuple[int, None]:
    delete_person(owner=request.user, person=access_person(request.user, person_id), now=owned.now())
    return 204, None


def _or(value: str | None, current: str) -> str:
    return current if value is None else value
