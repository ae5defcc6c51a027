"""Transports: small classes with one `notify()`; a registry maps a channel's name to its class.

A transport raises `ChannelError` saying whether trying again later can help, so the delivery
loop knows whether to back off and retry or to stop and tell the person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class ChannelError(Exception):
    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


class NotConfigured(ChannelError):
    """Nothing to send to (no address): the delivery waits, no attempt is spent."""

    def __init__(self, message: str) -> None:
        super().__init__(message, retry=True)


@dataclass(frozen=True)
class Notice:
    """A message ready for any transport."""

    to: str
    subject: str
    text: str
    html: str = ""
    message_id: str = ""
    headers: dict[str, str] = field(default_factory=dict)


class Channel(Protocol):
    def notify(self, notice: Notice) -> None: ...


def channel(name: str) -> Channel:
    from followthrough.reminders.channels.email import EmailChannel

    registry: dict[str, type[Channel]] = {"email": EmailChannel}
    try:
        return registry[name]()
    except KeyError:
        raise ChannelError(f"no channel called {name!r}", retry=False) from None
