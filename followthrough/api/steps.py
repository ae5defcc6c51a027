"""/api/steps: list (by state and person), read, complete, skip, snooze, reopen."""

from django.http import HttpRequest
from ninja import Path, Query, Router
from ninja.pagination import paginate

from followthrough.api import owned
from followthrough.api.schemas import (
    COMMON,
    MAX_ID,
    Error,
    Paged,
    SkipIn,
    SnoozeIn,
    StepOut,
)
from followthrough.domain.kinds import StepState
from followthrough.models import Step
from followthrough.selectors.access import access_step, owned_steps
from followthrough.services import steps as services

router = Router(tags=["steps"])
ERRORS = {400: Error, 404: Error, 409: Error}


@router.get("", response={200: list[StepOut], **COMMON})
@paginate(Paged)
def list_steps(
    request: HttpRequest,
    state: StepState | None = None,
    person_id: int | None = Query(None, ge=1, le=MAX_ID),
):
    """Steps by due time; `state=open` gives what is left to do."""
    steps = owned_steps(request.user).order_by("due_at", "id")
    if state is not None:
        steps = steps.filter(state=state)
    return steps.filter(person_id=person_id) if person_id is not None else steps


@router.get("/{step_id}", response={200: StepOut, 404: Error, **COMMON})
def read_step(request: HttpRequest, step_id: int = Path(..., ge=1, le=MAX_ID)) -> Step:
    return access_step(request.user, step_id)


@router.post("/{step_id}/complete", response={200: StepOut, **ERRORS, **COMMON})
def complete(request: HttpRequest, step_id: int = Path(..., ge=1, le=MAX_ID)) -> Step:
    return services.complete_step(
        owner=request.user, step_id=step_id, now=owned.now(), prefs=owned.prefs(request)
    )


@router.post("/{step_id}/reopen", response={200: StepOut, **ERRORS, **COMMON})
def reopen(request: HttpRequest, step_id: int = Path(..., ge=1, le=MAX_ID)) -> Step:
    """Open a done or skipped step again; a face-to-face step gets its old deadline back."""
    return services.reopen_step(owner=request.user, step_id=step_id, now=owned.now(),
                                prefs=owned.prefs(request))


@router.post("/{step_id}/skip", response={200: StepOut, **ERRORS, **COMMON})
def skip(request: HttpRequest, body: SkipIn, step_id: int = Path(..., ge=1, le=MAX_ID)) -> Step:
    return services.skip_step(owner=request.user, step_id=step_id, reason=body.reason, now=owned.now())


@router.post("/{step_id}/snooze", response={200: StepOut, **ERRORS, **COMMON})
def snooze(request: HttpRequest, body: SnoozeIn, step_id: int = Path(..., ge=1, le=MAX_ID)) -> Step:
    return services.snooze_step(owner=request.user, step_id=step_id, until=body.until, now=owned.now())
