"""The words of the domain: kinds of interaction and the statuses a person can have."""

from __future__ import annotations

from enum import StrEnum


class InteractionKind(StrEnum):
    FACE_TO_FACE = "face-to-face"
    CALL = "call"
    EMAIL = "email"
    LINKEDIN = "linkedin"
    MESSAGE = "message"
    OTHER = "other"


class Status(StrEnum):
    NEW = "new"
    FOLLOWING_UP = "following-up"
    RELATIONSHIP = "relationship"
    AT_RISK = "at-risk"
    LAPSED = "lapsed"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ")


class StepState(StrEnum):
    OPEN = "open"
    DONE = "done"
    SKIPPED = "skipped"
    # Open when its person went to the trash, open again when they come back: so an open step
    # never belongs to a deleted person, and the agenda and the worker need no join to Person.
    TRASHED = "trashed"
