"""Closing the loop on steps: done, skipped, snoozed."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.errors import Conflict, InvalidInput
from followthrough.models import Step
from followthrough.preferences import Preferences
from followthrough.selectors.access import access_step
from followthrough.services.refresh import refresh_person
from followthrough.services.validation import clean_text
from followthrough.services.versions import changes_owner_data


def open_step(owner: AbstractBaseUser, step_id: int) -> Step:
    """The owner's step, locked for the transaction; another owner's id is simply not found."""
    step = access_step(owner, step_id, for_update=True)
    if not step.is_open:
        when = f" on {step.closed_at:%Y-%m-%d}" if step.closed_at else ""
        raise Conflict(f"step {step_id} ({step.title}) was already {step.state}{when}")
    return step


@changes_owner_data
def complete_step(
    *, owner: AbstractBaseUser, step_id: int, now: datetime, prefs: Preferences
) -> Step:
    step = open_step(owner, step_id)
    if step.cadence:
        # Doing the face-to-face step means you met: record it, which also restarts the cadence.
        from followthrough.services.interactions import log_interaction

        log_interaction(
            owner=owner, person=step.person, kind=InteractionKind.FACE_TO_FACE, at=now,
            note=f"Done: {step.title}", now=now, prefs=prefs,
        )
        step.refresh_from_db()
        return step
    _close(step, StepState.DONE, now)
    refresh_person(step.person, zone=prefs.zone)
    return step


@changes_owner_data
def skip_step(*, owner: AbstractBaseUser, step_id: int, reason: str, now: datetime) -> Step:
    reason = clean_text("reason", reason, required=True)
    step = open_step(owner, step_id)
    step.skip_reason = reason
    _close(step, StepState.SKIPPED, now)
    refresh_person(step.person)
    return step


@changes_owner_data
def snooze_step(*, owner: AbstractBaseUser, step_id: int, until: datetime, now: datetime) -> Step:
    if until <= now:
        raise InvalidInput("until", "must be in the future")
    step = open_step(owner, step_id)
    step.due_at = until
    step.save(update_fields=["due_at"])
    refresh_person(step.person)
    return step


def _close(step: Step, state: StepState, at: datetime) -> None:
    step.state = state
    step.closed_at = at
    step.save(update_fields=["state", "closed_at", "skip_reason"])
