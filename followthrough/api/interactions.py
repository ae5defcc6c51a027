"""/api/interactions: list, read, log (which completes the steps it satisfies)."""

from django.http import HttpRequest
from ninja import Path, Query, Router
from ninja.pagination import paginate

from followthrough.api import owned
from followthrough.api.schemas import (
    COMMON,
    MAX_ID,
    Error,
    InteractionIn,
    InteractionLoggedOut,
    InteractionOut,
    Paged,
)
from followthrough.models import Interaction
from followthrough.selectors.access import access_interaction, access_person, owned_interactions
from followthrough.services.interactions import log_interaction

router = Router(tags=["interactions"])


@router.get("", response={200: list[InteractionOut], **COMMON})
@paginate(Paged)
def list_interactions(request: HttpRequest, person_id: int | None = Query(None, ge=1, le=MAX_ID)):
    found = owned_interactions(request.user).order_by("-at", "-id")
    return found.filter(person_id=person_id) if person_id is not None else found


@router.get("/{interaction_id}", response={200: InteractionOut, 404: Error, **COMMON})
def read_interaction(request: HttpRequest, interaction_id: int = Path(..., ge=1, le=MAX_ID)) -> Interaction:
    return access_interaction(request.user, interaction_id)


@router.post("", response={201: InteractionLoggedOut, 400: Error, 404: Error, **COMMON})
def log(request: HttpRequest, body: InteractionIn) -> tuple[int, dict[str, object]]:
    moment = owned.now()
    logged = log_interaction(
        owner=request.user,
        person=access_person(request.user, body.person_id),
        kind=body.kind,
        at=body.at or moment,
        note=body.note,
        now=moment,
        prefs=owned.prefs(request),
    )
    return 201, {"interaction": logged.interaction, "completed_steps": logged.completed,
                 "notes": logged.notes}
