"""Closing the loop on steps: done, skipped, snoozed, and reopened (nothing is final by mistake)."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.domain.schedule import is_same_meeting
from followthrough.errors import Conflict, InvalidInput
from followthrough.models import Interaction, Step
from followthrough.preferences import Preferences
from followthrough.selectors.access import access_step
from followthrough.services.refresh import refresh_person
from followthrough.services.validation import clean_text, given_moment
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
    if step.cadence and is_same_meeting(step.person.first_met_at, now):
        met = step.person.first_met_at.astimezone(prefs.zone)
        raise Conflict(f"you met {step.person.full_name} on {met:%d %b %Y %H:%M}, less than 48 "
                       "hours ago: that is the same meeting, and this step is for meeting "
                       "again (log it when you do)")
    if step.cadence:
        # Doing the face-to-face step means you met: record it, which also restarts the cadence.
        from followthrough.services.interactions import log_interaction

        log_interaction(
            owner=owner, person=step.person, kind=InteractionKind.FACE_TO_FACE, at=now,
            note=done_note(step), now=now, prefs=prefs,
        )
        step.refresh_from_db()
        return step
    _close(step, StepState.DONE, now)
    refresh_person(step.person, zone=prefs.zone)
    return step


def done_note(step: Step) -> str:
    """The note of the meeting that marking a face-to-face step done records."""
    return f"Done: {step.title}"


@changes_owner_data
def reopen_step(
    *, owner: AbstractBaseUser, step_id: int, now: datetime, prefs: Preferences
) -> Step:
    """Open a done or skipped step again. A face-to-face step whose completion restarted the
    cadence gets its old deadline back: the deadline that completion started goes, and so does
    the meeting that its Done button recorded."""
    step = access_step(owner, step_id, for_update=True)
    if step.state not in (StepState.DONE, StepState.SKIPPED):
        raise Conflict(f"step {step_id} ({step.title}) is {step.state}: only a done or skipped "
                       "step can be reopened")
    if step.cadence and step.person.cadence_days is None:
        raise Conflict(f"{step.person.full_name}'s cadence is off: switch it on "
                       "(`followthrough cadence`) for a face-to-face deadline")
    if step.cadence:
        Step.objects.filter(follows=step, state=StepState.OPEN).delete()
        Interaction.objects.filter(person=step.person, kind=InteractionKind.FACE_TO_FACE,
                                   at=step.closed_at, note=done_note(step)).delete()
    twin = Step.objects.filter(person=step.person, kind=step.kind, state=StepState.OPEN).first()
    if twin is not None:
        raise Conflict(f"{step.person.full_name} has step {twin.pk} ({twin.title}) open "
                       "already: one open step of a kind is enough")
    step.state, step.closed_at, step.skip_reason = StepState.OPEN, None, ""
    step.save(update_fields=["state", "closed_at", "skip_reason"])
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
    given_moment("until", until)
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
