"""The API's shapes: what goes in and what comes out (documented in docs/api.md and /api/docs)."""

from __future__ import annotations

from datetime import datetime

from ninja import Field, Schema

from followthrough.domain.kinds import InteractionKind, Status


class Error(Schema):
    detail: str
    field: str | None = None


class Candidate(Schema):
    id: int
    name: str
    organisation: str


class AmbiguousError(Schema):
    detail: str
    candidates: list[Candidate]


class PersonOut(Schema):
    id: int
    name: str = Field(..., alias="full_name")
    organisation: str
    title: str
    tags: list[str] = Field(..., alias="tag_list")
    status: str
    cadence_days: int | None
    next_due: datetime | None
    face_to_face_due: datetime | None
    first_met_at: datetime | None
    last_face_to_face_at: datetime | None

    @staticmethod
    def resolve_status(person: object) -> str:
        # The stored status is as of the last change; the API answers as of now.
        from django.utils import timezone

        from followthrough.domain.status import classify

        return classify(person.facts, timezone.now()).value  # type: ignore[attr-defined]


class ContactPointOut(Schema):
    kind: str
    value: str
    label: str


class PersonDetailOut(PersonOut):
    notes: str
    contact_points: list[ContactPointOut]


class PersonPatch(Schema):
    name: str | None = None
    organisation: str | None = None
    title: str | None = None
    notes: str | None = None
    tags: list[str] | None = None
    cadence_days: int | None = Field(None, description="days between face-to-face meetings; "
                                                       "send 0 to switch the cadence off")


class MeetingIn(Schema):
    name: str
    at: datetime | None = Field(None, description="when you met (default: now)")
    where: str = ""
    why: str = ""
    need: str = ""
    give: str = ""
    email: str = ""
    phone: str = ""
    linkedin: str = ""
    company: str = ""
    title: str = ""
    person_id: int | None = Field(None, description="add the meeting to this person")
    new_person: bool = Field(False, description="create a new person even if the name is known")


class MeetingOut(Schema):
    id: int
    person_id: int
    at: datetime
    where: str
    why: str
    need: str


class StepOut(Schema):
    id: int
    person_id: int
    meeting_id: int | None
    kind: str
    title: str
    due_at: datetime
    state: str
    closed_at: datetime | None
    skip_reason: str


class MeetingRecordedOut(Schema):
    person: PersonOut
    created_person: bool
    meeting: MeetingOut
    steps: list[StepOut]
    warnings: list[str]


class SkipIn(Schema):
    reason: str


class SnoozeIn(Schema):
    until: datetime


class InteractionIn(Schema):
    person_id: int
    kind: InteractionKind
    at: datetime | None = None
    note: str = ""


class InteractionOut(Schema):
    id: int
    person_id: int
    kind: str
    at: datetime
    note: str


class InteractionLoggedOut(Schema):
    interaction: InteractionOut
    completed_steps: list[StepOut]


class OfferIn(Schema):
    person_id: int
    text: str
    delivered: bool = False


class OfferOut(Schema):
    id: int
    person_id: int
    meeting_id: int | None
    text: str
    delivered_at: datetime | None
    created_at: datetime


STATUS_VALUES = tuple(s.value for s in Status)
