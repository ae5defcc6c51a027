"""Open steps as calendar items: the 30-day call, the face-to-face deadline and the rest.

Used by `followthrough export --format ics` and by the reminders' calendar feed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Prefetch

from followthrough.domain.drafts import briefing
from followthrough.domain.kinds import StepState
from followthrough.domain.links import link_target
from followthrough.formats.ics import CalendarItem
from followthrough.models import ContactPoint, Offer, Person, Step
from followthrough.preferences import Preferences
from followthrough.selectors.drafts import draft_context

Kind = ContactPoint.Kind
DAY_STEP_ALARM = timedelta(days=1)  # a call or a meeting needs a day to arrange
HOUR_STEP_ALARM = timedelta(hours=1)


def calendar_items_for(
    owner: AbstractBaseUser, *, now: datetime, prefs: Preferences, person: Person | None = None
) -> list[CalendarItem]:
    """One item per open step of the owner's living people (or of `person`), soonest first.

    The UID is built from the step's id and the person's UID, so a step keeps its UID
    across exports and a calendar updates the event instead of adding another.
    """
    steps = (
        Step.objects.filter(owner=owner, state=StepState.OPEN)  # none of a deleted person
        .select_related("person", "meeting")
        .prefetch_related(
            Prefetch("person__contact_points", queryset=ContactPoint.objects.order_by(
                "-preferred", "id")),
            Prefetch("person__offers", queryset=Offer.objects.filter(delivered_at__isnull=True)),
        )
        .order_by("due_at", "id")
    )
    if person is not None:
        steps = steps.filter(person=person)
    give_note_kinds = {t.kind for t in prefs.playbook.steps if t.needs_give_note}
    return [_item(step, step.kind in give_note_kinds or step.cadence, prefs) for step in steps]


def _item(step: Step, with_give_note: bool, prefs: Preferences) -> CalendarItem:
    person = step.person
    in_days = step.after.endswith("d") or step.cadence
    return CalendarItem(
        uid=f"step-{step.pk}-{person.uid.rsplit(':', 1)[-1]}@followthrough",
        title=f"{step.title}: {person.full_name}",
        start=step.due_at,
        description=describe(step, with_give_note, prefs),
        alarm_before=DAY_STEP_ALARM if in_days else HOUR_STEP_ALARM,
        url=next((link for p in person.contact_points.all()
                  if p.kind == Kind.LINKEDIN and (link := link_target(p.value))), ""),
    )


def describe(step: Step, with_give_note: bool, prefs: Preferences) -> str:
    """What to do, the call note's briefing (the step's meeting), and how to reach them."""
    person = step.person
    context = draft_context(person, step.meeting, [o.text for o in person.offers.all()], prefs)
    header = f"{step.title}: {person.full_name}"
    if person.organisation:
        header += f" ({person.organisation})"
    lines = [header, *briefing(context, give_line=with_give_note)]
    for label, values in (("Phone", context.phones), ("Email", context.emails)):
        if values:
            lines.append(f"{label}: {', '.join(values)}")
    return "\n".join(lines)
