"""Plain evidence records: what the user's own exports and servers say happened.

Every evidence reader (LinkedIn invitations and messages, mail headers, calendar events)
yields `Evidence` for each item it understood and `Skipped` (with a reason) for each it could
not read; the evidence service matches the other party to people and logs what happened.

`key` is stable across imports of the same item (a Message-ID, a calendar UID and
occurrence, a LinkedIn row's content), so importing it again changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from followthrough.domain.kinds import InteractionKind
from followthrough.formats.records import SourceRef


class Direction(StrEnum):
    OUT = "out"  # the user did it: sent the mail, the invitation
    IN = "in"  # they did: completes nothing
    BOTH = "both"  # a meeting you both attended


@dataclass(frozen=True, slots=True)
class Party:
    """The other person as the item names them: any of name, e-mail, LinkedIn URL."""

    name: str = ""
    email: str = ""  # lower case
    linkedin: str = ""  # normalised (formats.linkedin)


@dataclass(frozen=True, slots=True)
class Evidence:
    key: str
    source: str  # "linkedin invitation", "linkedin message", "linkedin connection", "mail", "calendar"
    kind: InteractionKind
    direction: Direction
    at: dt.datetime  # aware
    parties: tuple[Party, ...]
    summary: str = ""  # subject, event title, invitation note
    with_note: bool = False  # an invitation that says where you met and why
    where: SourceRef = field(default_factory=lambda: SourceRef(""))


@dataclass(frozen=True, slots=True)
class Skipped:
    where: SourceRef
    reason: str
    quiet: bool = False  # ignored by design (a cancelled event): counted, not listed

    def describe(self) -> str:
        return f"{self.where.describe()}: {self.reason}"


@dataclass(frozen=True)
class Me:
    """Who the user is, to tell what they did from what was done to them."""

    names: frozenset[str] = frozenset()  # folded (lower case, single spaces)
    emails: frozenset[str] = frozenset()  # lower case
    linkedin: frozenset[str] = frozenset()  # normalised URLs

    def is_me(self, party: Party) -> bool:
        if party.email:
            return party.email in self.emails
        if party.linkedin:
            return party.linkedin in self.linkedin
        return bool(party.name) and fold_name(party.name) in self.names

    def with_emails(self, emails: frozenset[str]) -> Me:
        return Me(self.names, self.emails | emails, self.linkedin)


def fold_name(name: str) -> str:
    return " ".join(name.casefold().split())


Item = Evidence | Skipped
