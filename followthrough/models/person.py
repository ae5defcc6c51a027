from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F
from django.db.models.functions import Lower

from followthrough.domain.status import PersonFacts

NAME_MAX = 200
NOTE_MAX = 200_000


def new_uid() -> str:
    return f"urn:uuid:{uuid.uuid4()}"


class PersonQuerySet(models.QuerySet["Person"]):
    def alive(self) -> PersonQuerySet:
        return self.filter(deleted_at__isnull=True)


class Person(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    full_name = models.CharField(max_length=NAME_MAX)
    given_name = models.CharField(max_length=NAME_MAX, blank=True)
    family_name = models.CharField(max_length=NAME_MAX, blank=True)
    # The rest of a card's structured name, kept so a vCard round trip loses nothing.
    additional_names = models.CharField(max_length=NAME_MAX, blank=True)
    name_prefix = models.CharField(max_length=NAME_MAX, blank=True)
    name_suffix = models.CharField(max_length=NAME_MAX, blank=True)
    nickname = models.CharField(max_length=NAME_MAX, blank=True)
    organisation = models.CharField(max_length=NAME_MAX, blank=True)
    department = models.CharField(max_length=NAME_MAX, blank=True)
    title = models.CharField(max_length=NAME_MAX, blank=True)
    notes = models.TextField(blank=True, max_length=NOTE_MAX)
    tags = models.CharField(max_length=1000, blank=True, help_text="comma-separated")
    birthday = models.CharField(max_length=20, blank=True, help_text="ISO date, year optional")
    anniversary = models.CharField(max_length=20, blank=True, help_text="ISO date, year optional")
    photo = models.BinaryField(null=True, blank=True)
    photo_mime = models.CharField(max_length=50, blank=True)
    # What a card says that we do not model, as {"lines": [raw vCard lines]}: written back on
    # export so a vCard round trip keeps it.
    card_extra = models.JSONField(default=dict, blank=True)
    uid = models.CharField(max_length=200, default=new_uid)
    connected_on = models.DateField(null=True, blank=True)
    # Face to face every N days; None switches the cadence (and lapsing) off.
    cadence_days = models.PositiveIntegerField(null=True, blank=True, default=90)

    # Denormalised by the services whenever a meeting, step or interaction changes: the facts a
    # status is decided from at the time of asking (domain/status.py), not the status itself.
    first_met_at = models.DateTimeField(null=True, blank=True)
    last_face_to_face_at = models.DateTimeField(null=True, blank=True)
    relationship_until = models.DateTimeField(null=True, blank=True)
    face_to_face_due = models.DateTimeField(null=True, blank=True)
    next_due = models.DateTimeField(null=True, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    # Set with deleted_at when `followthrough merge` absorbed this person into another.
    merged_into = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")

    objects = PersonQuerySet.as_manager()

    class Meta:
        indexes = [
            # The agenda and the People page: an owner's people by their next deadline.
            models.Index(fields=["owner", "next_due"], name="person_owner_next_due"),
            # Status filters (lapsed / at risk) on the People page and the worker's lapse sweep.
            models.Index(fields=["owner", "face_to_face_due"], name="person_owner_f2f_due"),
            # The worker's lapse sweep: people lapsing in the last minute, across all owners at once.
            models.Index(fields=["face_to_face_due"], name="person_f2f_due"),
            models.Index(fields=["owner", "full_name"], name="person_owner_name"),
            # "You already know someone called ..." when a meeting names someone new.
            models.Index(F("owner"), Lower("full_name"), name="person_owner_folded_name"),
            # The Habits page (selectors/habits.py): statuses counted from the index alone, and
            # people known by each week (first met, or else added) as ranges of it.
            models.Index(fields=["owner", "deleted_at", "first_met_at", "created_at",
                                 "face_to_face_due", "relationship_until", "last_face_to_face_at",
                                 "cadence_days"], name="person_habits"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["owner", "uid"], name="person_unique_uid_per_owner"),
        ]

    def __str__(self) -> str:
        return self.full_name

    @property
    def facts(self) -> PersonFacts:
        return PersonFacts(
            first_met_at=self.first_met_at,
            face_to_face_due=self.face_to_face_due,
            relationship_until=self.relationship_until,
        )

    @property
    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.split(",") if t.strip()]
