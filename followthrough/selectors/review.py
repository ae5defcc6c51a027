"""The weekly review of one owner: one computation behind `followthrough review`, the Review page,
GET /api/review and the Monday email. Four queries whatever the week: the steps it can
concern, the offers open at its moment, the face-to-face meetings before it, their people."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q

from followthrough.domain import review as rules
from followthrough.domain.charts import PersonHistory
from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.domain.playbook import Playbook
from followthrough.domain.relative import relative
from followthrough.domain.status import AT_RISK_WINDOW
from followthrough.errors import InvalidInput
from followthrough.selectors.access import (
    owned_interactions,
    owned_offers,
    owned_people,
    owned_steps,
)
from followthrough.selectors.habit_charts import funnel_labels
from followthrough.selectors.habits import step_group


def chosen_week(text: str | None, *, now: datetime, zone: ZoneInfo) -> rules.Week:
    """The week named by `text` ('2026-W49'), or the one under way; InvalidInput for a week
    that is not one or has not started."""
    try:
        week = rules.week_of(now, zone) if text is None else rules.parse_week(text, zone)
        rules.looked_at(week, now)
    except ValueError as exc:
        raise InvalidInput("week", str(exc)) from None
    return week


def review_for(
    owner: AbstractBaseUser, *, now: datetime, zone: ZoneInfo, playbook: Playbook,
    week: str | None = None,
) -> rules.Review:
    reviewed = chosen_week(week, now=now, zone=zone)
    at = rules.looked_at(reviewed, now)
    earliest = reviewed.before(rules.HABIT_WEEKS - 1).start
    steps = _steps(owner, playbook, earliest, at)
    offers = _offers(owner, at)
    give_note_kinds = frozenset(t.kind for t in playbook.steps if t.needs_give_note)
    return rules.Review(
        week=reviewed, at=at,
        slipped=rules.slipped(steps, reviewed, at),
        this_week=rules.coming(steps, offers, at, give_note_kinds),
        lapsing=rules.lapsing(steps, reviewed, at),
        offers_open=rules.offers_open(offers, at),
        relationships=rules.relationship_changes(_histories(owner, at), reviewed, at),
        habits=rules.habit_trends(steps, reviewed, at, habit_labels(playbook)),
    )


def habit_labels(playbook: Playbook) -> dict[str, str]:
    _, first, call, face = funnel_labels(playbook)
    return {"all": "All steps", "first-window": first, "call": call, "face-to-face": face}


def _steps(
    owner: AbstractBaseUser, playbook: Playbook, earliest: datetime, at: datetime
) -> list[rules.StepFact]:
    """Steps due from the first week the habits compare to the end of the lapsing window, and
    older ones still to do at `at` (the slipped section's "still overdue")."""
    still_to_do = Q(state=StepState.OPEN) | Q(closed_at__gt=at)
    rows = owned_steps(owner).filter(
        Q(due_at__gte=earliest, due_at__lte=at + AT_RISK_WINDOW) | Q(due_at__lt=earliest) & still_to_do
    ).values_list("id", "person_id", "person__full_name", "title", "kind", "cadence", "after",
                  "due_at", "state", "closed_at", "meeting_id")
    return [
        rules.StepFact(pk, rules.PersonRef(person_id, name), title, kind,
                       step_group(playbook, kind, cadence, after), due, state, closed, meeting_id)
        for pk, person_id, name, title, kind, cadence, after, due, state, closed, meeting_id in rows
    ]


def _offers(owner: AbstractBaseUser, at: datetime) -> list[rules.OfferFact]:
    rows = owned_offers(owner).filter(
        Q(delivered_at__isnull=True) | Q(delivered_at__gt=at), created_at__lte=at,
    ).values_list("id", "person_id", "person__full_name", "text", "created_at", "delivered_at")
    return [rules.OfferFact(pk, rules.PersonRef(person_id, name), text, created, delivered)
            for pk, person_id, name, text, created, delivered in rows]


def _histories(
    owner: AbstractBaseUser, at: datetime
) -> list[tuple[rules.PersonRef, PersonHistory]]:
    """Everyone met face to face before `at`, with those meetings: what a relationship is."""
    met: dict[int, list[datetime]] = {}
    for person_id, moment in owned_interactions(owner).filter(
        kind=InteractionKind.FACE_TO_FACE, at__lt=at,
    ).values_list("person_id", "at"):
        met.setdefault(person_id, []).append(moment)
    if not met:
        return []
    people = owned_people(owner).filter(id__in=list(met)).values_list(
        "id", "full_name", "cadence_days", "first_met_at")
    return [(rules.PersonRef(pk, name), PersonHistory(tuple(met[pk]), cadence, first_met))
            for pk, name, cadence, first_met in people]


# ---- the JSON shape (docs/cli.md): `followthrough review --json` and GET /api/review --------


def review_json(review: rules.Review) -> dict[str, Any]:
    """Exactly the six sections; times ISO 8601 in UTC, as in every other --json."""
    at = review.at
    return {
        "slipped": [{**_step(s.step), "late": s.lateness, "late_seconds": int(s.late.total_seconds()),
                     "still_open": s.still_open} for s in review.slipped],
        "this_week": [{**_step(c.step), "due": relative(c.step.due_at, at),
                       "give_note": c.give_note,
                       "warnings": ["no note of what you can give them"] if c.missing_give_note
                       else []} for c in review.this_week],
        "lapsing": {
            "soon": [_deadline(d, at) for d in review.lapsing.soon],
            "lapsed": [{**_deadline(d, at), "met_since": not d.still_open}
                       for d in review.lapsing.lapsed],
        },
        "offers_open": [{"id": o.id, "person": _person(o.person), "text": o.text,
                         "since": _iso(o.created_at)} for o in review.offers_open],
        "relationships": {
            "gained": [{"person": _person(c.person), "at": _iso(c.at)}
                       for c in review.relationships.gained],
            "lost": [{"person": _person(c.person), "at": _iso(c.at)}
                     for c in review.relationships.lost],
        },
        "habits": [{"habit": t.habit, "label": t.label, "weeks": [
            {"week": w.week.label, "hits": w.share.hits, "total": w.share.total,
             "ratio": w.share.ratio} for w in t.weeks]} for t in review.habits],
    }


def _iso(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo("UTC")).isoformat()


def _person(person: rules.PersonRef) -> dict[str, Any]:
    return {"id": person.id, "name": person.name}


def _step(step: rules.StepFact) -> dict[str, Any]:
    return {"id": step.id, "person": _person(step.person), "kind": step.kind, "title": step.title,
            "due_at": _iso(step.due_at), "state": step.state,
            "closed_at": _iso(step.closed_at) if step.closed_at else None}


def _deadline(deadline: rules.Deadline, at: datetime) -> dict[str, Any]:
    return {"person": _person(deadline.person), "face_to_face_due": _iso(deadline.due_at),
            "step_id": deadline.step_id, "due": relative(deadline.due_at, at)}

