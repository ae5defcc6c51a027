"""The JSON backup: everything an owner has, written out (services/backup_restore.py reads it
back), deleted people included."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import models
from django.db.models import Prefetch

from followthrough.domain.playbook import DEFAULT_PLAYBOOK_TOML
from followthrough.models import Person
from followthrough.preferences import playbook_path
from followthrough.services import backup_shape as shape
from followthrough.services.backup_checks import CHILDREN

CHUNK = 2000  # people read at a time, each chunk with its rows: five queries, not five a person


def backup_for(*, owner: AbstractBaseUser, now: datetime) -> str:
    ids = list(Person.objects.filter(owner=owner).order_by("id").values_list("id", flat=True))
    documents = []
    for start in range(0, len(ids), CHUNK):
        people = Person.objects.filter(id__in=ids[start:start + CHUNK]).order_by("id")
        for person in people.prefetch_related(*(
                Prefetch(name, queryset=model.objects.order_by("id"))
                for name, model in CHILDREN.items())):
            document = shape.encode(shape.PERSON, _values(person, shape.PERSON))
            for name, spec in shape.CHILDREN.items():
                document[name] = [shape.encode(spec, _values(row, spec))
                                  for row in getattr(person, name).all()]
            documents.append(document)
    path = playbook_path()
    playbook = path.read_text(encoding="utf-8") if path.exists() else DEFAULT_PLAYBOOK_TOML
    return shape.document(documents, playbook, now)


def _values(row: models.Model, spec: dict[str, str]) -> dict[str, Any]:
    values = {name: getattr(row, name) for name in spec if name not in ("ref", "meeting")}
    if "ref" in spec:
        values["ref"] = row.pk
    if "meeting" in spec:
        values["meeting"] = row.meeting_id
    return values
