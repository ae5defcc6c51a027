"""/api/people: list (search, status), read, update, delete."""

from django.http import HttpRequest
from ninja import Path, Query, Router
from ninja.pagination import paginate

from followthrough.api import owned
from followthrough.api.schemas import (
    COMMON,
    MAX_ID,
    DraftOut,
    Error,
    Paged,
    PeopleQuery,
    PersonDetailOut,
    PersonOut,
    PersonPatch,
)
from followthrough.errors import InvalidInput
from followthrough.models import Person
from followthrough.selectors.access import access_person
from followthrough.selectors.drafts import drafts_out
from followthrough.selectors.people import people_for
from followthrough.selectors.person_detail import person_detail
from followthrough.services.people_edit import Keep, PersonEdit, delete_person, edit_person

router = Router(tags=["people"])
ERRORS = {400: Error, 404: Error}


@router.get("", response={200: list[PersonOut], **COMMON})
@paginate(Paged)
def list_people(request: HttpRequest, filters: Query[PeopleQuery]):
    """People by status and text (name, organisation, tag, email), most urgent first: lapsed and
    overdue, then the soonest deadline, no deadline last."""
    return people_for(request.user, now=owned.now(), status=filters.status, search=filters.q)


@router.get("/{person_id}", response={200: PersonDetailOut, 404: Error, **COMMON})
def read_person(request: HttpRequest, person_id: int = Path(..., ge=1, le=MAX_ID)) -> Person:
    return person_detail(request.user, person_id, now=owned.now()).person


@router.get("/{person_id}/drafts", response={200: list[DraftOut], 404: Error, **COMMON})
def person_drafts(request: HttpRequest, person_id: int = Path(..., ge=1, le=MAX_ID)):
    """The LinkedIn note, the thank-you email and the call note, as the web and CLI show them."""
    return drafts_out(access_person(request.user, person_id), owned.prefs(request))


@router.patch("/{person_id}", response={200: PersonDetailOut, **ERRORS, **COMMON})
def update_person(
    request: HttpRequest, patch: PersonPatch, person_id: int = Path(..., ge=1, le=MAX_ID)
) -> Person:
    person = access_person(request.user, person_id)
    cadence: int | None | Keep = Keep.CADENCE
    if patch.cadence_days is not None:
        if patch.cadence_days < 0:
            raise InvalidInput("cadence_days", "must be a number of days, or 0 for off")
        cadence = patch.cadence_days or None  # 0: off
    return edit_person(
        owner=request.user, person=person, now=owned.now(), prefs=owned.prefs(request),
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
