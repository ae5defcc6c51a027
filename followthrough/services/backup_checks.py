"""What a backup's person must be before a restore writes them: each value fits its column and
is one the app knows, or the restore stops with one line naming the file and the field."""

from __future__ import annotations

from typing import Any

from django.db import models

from followthrough.domain.kinds import InteractionKind, StepState
from followthrough.formats.records import FormatError
from followthrough.models import (
    CardPhoto,
    ContactPoint,
    Interaction,
    Meeting,
    Offer,
    Person,
    Step,
)

CHILDREN: dict[str, type[models.Model]] = {
    "contact_points": ContactPoint, "meetings": Meeting, "steps": Step,
    "interactions": Interaction, "offers": Offer, "card_photos": CardPhoto,
}
# Values from a fixed list: (model, field) -> the allowed values. An empty step state is the
# model's default (open).
_CHOICES: dict[tuple[type[models.Model], str], frozenset[str]] = {
    (Step, "state"): frozenset({"", *StepState}),
    (Interaction, "kind"): frozenset(InteractionKind),
    (ContactPoint, "kind"): frozenset(ContactPoint.Kind),
}


def check_person(person: dict[str, Any], where: str, filename: str) -> None:
    _check_row(Person, person, where, filename)
    extra = person["card_extra"]
    if extra is not None and not (isinstance(extra, dict) and _texts(extra.get("lines", []))):
        raise FormatError('must be an object whose "lines" are texts', file=filename,
                          field=f"{where}.card_extra")
    for name, model in CHILDREN.items():
        for number, row in enumerate(person[name]):
            _check_row(model, row, f"{where}.{name}[{number}]", filename)
    for number, point in enumerate(person["contact_points"]):
        if point["address"] is not None and not _texts(point["address"]):
            raise FormatError("must be a list of texts", file=filename,
                              field=f"{where}.contact_points[{number}].address")


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _check_row(model: type[models.Model], row: dict[str, Any], where: str, filename: str) -> None:
    for name, limit, allowed in _rules(model):
        value = row.get(name)
        if value.__class__ is not str:
            continue
        if limit and len(value) > limit:
            raise FormatError(f"is {len(value):,} characters long; the limit is {limit:,}",
                              file=filename, field=f"{where}.{name}")
        if allowed is not None and value not in allowed:
            known = ", ".join(sorted(v for v in allowed if v))
            raise FormatError(f"{value[:40]!r} is not one of {known}", file=filename,
                              field=f"{where}.{name}")


_RULES: dict[type[models.Model], list[tuple[str, int | None, frozenset[str] | None]]] = {}


def _rules(model: type[models.Model]) -> list[tuple[str, int | None, frozenset[str] | None]]:
    """(field, longest text, allowed values) for each field with a limit or a fixed list,
    worked out once a model."""
    if model not in _RULES:
        _RULES[model] = [(f.name, f.max_length, _CHOICES.get((model, f.name)))
                         for f in model._meta.concrete_fields
                         if f.max_length or (model, f.name) in _CHOICES]
    return _RULES[model]
