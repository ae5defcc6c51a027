"""/api/review: the weekly review, the same sections as `followthrough review --json`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from followthrough.api import owned
from followthrough.api.schemas import COMMON, Error, TextIn
from followthrough.selectors.review import review_for, review_json

router = Router(tags=["review"])


class PersonRefOut(Schema):
    id: int
    name: str


class ReviewStepOut(Schema):
    id: int
    person: PersonRefOut
    kind: str
    title: str
    due_at: datetime
    state: str
    closed_at: datetime | None


class SlipOut(ReviewStepOut):
    late: str = Field(description="'2 days late', or 'done 3 hours late' once closed")
    late_seconds: int
    still_open: bool


class ComingOut(ReviewStepOut):
    due: str = Field(description="'in 3 days'")
    give_note: str = Field(description="what you can give them, for the steps that carry it")
    warnings: list[str]


class DeadlineOut(Schema):
    person: PersonRefOut
    face_to_face_due: datetime
    step_id: int
    due: str


class LapsedOut(DeadlineOut):
    met_since: bool


class LapsingOut(Schema):
    soon: list[DeadlineOut] = Field(description="face-to-face deadlines within 14 days")
    lapsed: list[LapsedOut] = Field(description="deadlines that passed during the week")


class OfferOpenOut(Schema):
    id: int
    person: PersonRefOut
    text: str
    since: datetime


class ChangeOut(Schema):
    person: PersonRefOut
    at: datetime


class RelationshipsOut(Schema):
    gained: list[ChangeOut]
    lost: list[ChangeOut]


class WeekShareOut(Schema):
    week: str = Field(description="ISO week, e.g. 2026-W49")
    hits: int
    total: int
    ratio: float | None


class HabitOut(Schema):
    habit: str = Field(description="all, first-window, call or face-to-face")
    label: str
    weeks: list[WeekShareOut] = Field(description="the four weeks before, then the week itself")


class ReviewOut(Schema):
    slipped: list[SlipOut]
    this_week: list[ComingOut]
    lapsing: LapsingOut
    offers_open: list[OfferOpenOut]
    relationships: RelationshipsOut
    habits: list[HabitOut]


class WeekQuery(TextIn):
    week: str | None = Field(None, max_length=20,
                             description="ISO week like 2026-W49; default: the week under way")


@router.get("", response={200: ReviewOut, 400: Error, **COMMON})
def read_review(request: HttpRequest, query: Query[WeekQuery]) -> dict[str, Any]:
    """The week in review: what slipped, what is due in the next seven days, who is lapsing,
    offers still open, relationships gained and lost, and the on-time shares of the habits
    for the week and the four before. A week gone by is shown as it stood at its end."""
    prefs = owned.prefs(request)
    return review_json(review_for(request.user, now=owned.now(), zone=prefs.zone,
                                  playbook=prefs.playbook, week=query.week))
