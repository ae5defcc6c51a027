"""Errors the services raise; each door turns them into its own kind of message."""

from __future__ import annotations

from collections.abc import Sequence


class FollowthroughError(Exception):
    """Something the user can fix; the message says what and what to do."""


class NotFound(FollowthroughError):
    pass


class Ambiguous(FollowthroughError):
    def __init__(self, message: str, candidates: Sequence[object]) -> None:
        super().__init__(message)
        self.candidates = list(candidates)


class InvalidInput(FollowthroughError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field


class Conflict(FollowthroughError):
    """The request does not fit the current state (e.g. a step already done)."""


class RateLimited(FollowthroughError):
    """Too many requests for now; `retry_after` says in how many seconds the next one is welcome."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
