"""The API's shapes: what goes in and what comes out (documented in docs/api.md and /api/docs)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination
from pydantic import AfterValidator, field_validator

from followthrough.domain.kinds import InteractionKind, Status
from followthrough.domain.text import text_problem
from followthrough.domain.when import moment_problem

MAX_ID = 2**63 - 1  # the largest id a database row can have; larger ones are 422, not a crash


def _sane_moment(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("needs a time zone, like 2026-03-04T18:30:00+01:00 or ...Z")
    if problem := moment_problem(moment):
        raise ValueError(problem)
    return moment


Moment = Annotated[datetime, AfterValidator(_sane_moment)]


class TextIn(Schema):
    """What every request's body and query is built on: each text in it (lists of texts too)
    is text, or the request answers 422 naming the field. Lone surrogates, NUL and control
    characters other than tab and line breaks are refused here; the services refuse line
    breaks in one-line fields (a 400 naming the field), as they do for every door."""

    @field_validator("*", mode="after")
    @classmethod
    def _only_text(cls, value: Any) -> Any:
        for text in [value] if isinstance(value, str) else value if isinstance(value, list) else []:
            if isinstance(text, str) and (problem := text_problem(text, one_line=False)):
                raise ValueError(problem)
        return value


class Paged(LimitOffsetPagination):
    """limit (1-500, default 100) and offset, both bounded."""

    class Input(TextIn):
        limit: int = Field(100, ge=1, le=500)
        offset: int = Field(0, ge=0, le=10_000_000)


class PeopleQuery(TextIn):
    q: str = Field("", max_length=200, description="words of a name, organisation, tag or email")
    status: Status | None = None


class ValidationErrorOut(Schema):
    detail: list[dict[str, Any]]


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
        # A status depends on the time of asking (domain/status.py): the API answers as of now.
        from django.utils import timezone

        from followthrough.domain.status import classify

        return classify(person.facts, timezone.now()).value  # type: ignore[attr-defined]  # ninja hands the Person as object


class ContactPointOut(Schema):
    kind: str
    value: str
    label: str


class PersonDetailOut(PersonOut):
    notes: str
    contact_points: list[ContactPointOut]


class PersonPatch(TextIn):
    name: str | None = None
    organisation: str | None = None
    title: str | None = None
    notes: str | None = None
    tags: list[str] | None = None
    cadence_days: int | None = Field(None, ge=0, le=3650, description="days between face-to-face meetings; "
                                                       "send 0 to switch the cadence off")


class MeetingIn(TextIn):
    name: str
    at: Moment | None = Field(None, description="when you met (default: now)")
    where: str = ""
    why: str = ""
    need: str = ""
    give: str = ""
    email: str = ""
    phone: str = ""
    linkedin: str = ""
    company: str = ""
    title: str = ""
    person_id: int | None = Field(None, ge=1, le=MAX_ID,
                                  description="add the meeting to this person")
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


class DraftOut(Schema):
    kind: str = Field(description="linkedin, email or call")
    title: str
    subject: str = Field(description="the email's subject; empty for the others")
    body: str
    warnings: list[str] = Field(description="what the draft could not say, and why")


class MeetingRecordedOut(Schema):
    person: PersonOut
    created_person: bool
    meeting: MeetingOut
    steps: list[StepOut]
    drafts: list[DraftOut]
    warnings: list[str]
    first_meeting: bool = Field(description="false: they were met before, so only the "
                                "every-meeting steps started")
    other_name: str = Field(description="the name sent, when they are known by another "
                            "(kept as their nickname if they had none); PATCH name to rename")


class SkipIn(TextIn):
    reason: str


class SnoozeIn(TextIn):
    until: Moment


class InteractionIn(TextIn):
    person_id: int = Field(..., ge=1, le=MAX_ID)
    kind: InteractionKind
    at: Moment | None = None
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
    notes: list[str] = Field(description="e.g. a face-to-face meeting within 48 hours of the "
                             "first one counts as that meeting")


class OfferIn(TextIn):
    person_id: int = Field(..., ge=1, le=MAX_ID)
    text: str
    delivered: bool = False


class OfferOut(Schema):
    id: int
    person_id: int
    meeting_id: int | None
    text: str
    delivered_at: datetime | None
    created_at: datetime


class RemindersOut(Schema):
    address: str = Field(description="where reminder emails go: `email`, else the account's")
    email: str = Field(description="the address chosen for reminders; empty for the account's")
    digest: bool
    digest_hour: int = Field(description="the daily digest's hour, in the owner's time zone")
    overdue_emails: bool = Field(description="an email as soon as a step turns overdue")
    paused_until: datetime | None = Field(description="the digest is paused until then")
    weekly: bool = Field(description="the weekly review by email, Mondays at the digest hour")
    cannot_send: str = Field(description="why no email can be sent at all (no mail server "
                             "configured); empty when it can")


class RemindersPatch(TextIn):
    email: str | None = Field(None, max_length=320, description="empty: the account's address")
    digest: bool | None = None
    digest_hour: int | None = Field(None, ge=0, le=23)
    overdue_emails: bool | None = None
    weekly: bool | None = None
    resume: bool = Field(False, description="end a pause of the digest")


STATUS_VALUES = tuple(s.value for s in Status)


# Every operation may answer these: no or a bad token (401), a body over the size limit (413,
# before anything reads it), a request that does not fit the schema (422), and too many
# requests from one token (429, with Retry-After).
COMMON: dict[int, Any] = {401: Error, 413: Error, 422: ValidationErrorOut, 429: Error}
