"""A person's status: new, following up, relationship, at risk, lapsed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from followthrough.domain.kinds import Status

# A face-to-face deadline this close makes the person "at risk" of lapsing.
AT_RISK_WINDOW = timedelta(days=14)


@dataclass(frozen=True)
class PersonFacts:
    """What status depends on; the service layer keeps these denormalised on the person."""

    first_met_at: datetime | None
    face_to_face_due: datetime | None  # the open face-to-face step, if any
    relationship_until: datetime | None  # last face-to-face meeting plus cadence


def classify(facts: PersonFacts, now: datetime) -> Status:
    due = facts.face_to_face_due
    if due is not None and due < now:
        return Status.LAPSED
    if due is not None and due <= now + AT_RISK_WINDOW:
        return Status.AT_RISK
    if facts.relationship_until is not None and facts.relationship_until >= now:
        return Status.RELATIONSHIP
    if facts.first_met_at is not None:
        return Status.FOLLOWING_UP
    return Status.NEW


STATUS_EXPLAINED = {
    Status.NEW: "not met yet: imported or added as a connection",
    Status.FOLLOWING_UP: "met, follow-up steps under way, no face-to-face meeting since",
    Status.RELATIONSHIP: "met face to face again within their cadence",
    Status.AT_RISK: "face-to-face meeting due within 14 days",
    Status.LAPSED: "face-to-face deadline passed without a meeting",
}
