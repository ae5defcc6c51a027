"""The status rule as queries: the People list's filter, Today's people at risk and the worker's
sweep all read people by status from here; domain/status.py decides one person's status, and
tests/core/test_people.py checks that the two agree at many moments."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Q, QuerySet

from followthrough.domain.kinds import Status
from followthrough.domain.status import AT_RISK_WINDOW
from followthrough.models import Person
from followthrough.selectors.access import owned_people

# How long before the face-to-face deadline a person's status turns to each of these.
_TURNS_BEFORE_DEADLINE = {Status.LAPSED: timedelta(0), Status.AT_RISK: AT_RISK_WINDOW}


def status_filter(status: Status, now: datetime) -> Q:
    """The query form of domain.status.classify."""
    soon = now + AT_RISK_WINDOW
    not_due_soon = Q(face_to_face_due__isnull=True) | Q(face_to_face_due__gt=soon)
    relationship = Q(relationship_until__gte=now)
    return {
        Status.LAPSED: Q(face_to_face_due__lt=now),
        Status.AT_RISK: Q(face_to_face_due__gte=now, face_to_face_due__lte=soon),
        Status.RELATIONSHIP: not_due_soon & relationship,
        Status.FOLLOWING_UP: not_due_soon & ~relationship & Q(first_met_at__isnull=False),
        Status.NEW: not_due_soon & ~relationship & Q(first_met_at__isnull=True),
    }[status]


def people_at_risk(owner: AbstractBaseUser, now: datetime) -> QuerySet[Person]:
    """The owner's people at risk of lapsing, the nearest deadline first (Today's section)."""
    return owned_people(owner).filter(status_filter(Status.AT_RISK, now)).order_by(
        "face_to_face_due", "id")


def people_turning(status: Status, after: datetime, until: datetime) -> QuerySet[Person]:
    """Living people of every owner whose status turns to `status` (lapsed, or at risk) in
    (after, until]: what the worker's sweep records, once each. Read on the index
    person_f2f_due (face_to_face_due alone)."""
    ahead = _TURNS_BEFORE_DEADLINE[status]
    return Person.objects.filter(deleted_at__isnull=True, face_to_face_due__gt=after + ahead,
                                 face_to_face_due__lte=until + ahead)
