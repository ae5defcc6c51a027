"""The per-owner data version: every write to an owner's data bumps it inside its transaction.

Readers that cache what they build from the data (the Today page) put the version in their
key, so a write made by any process (the CLI while the web server runs, another web process,
the worker) is seen by all of them as soon as it commits. Process memory is never trusted.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

from django.db import transaction
from django.db.models import F

from followthrough.models import DataVersion

P = ParamSpec("P")
R = TypeVar("R")


def note_change(owner_id: int) -> None:
    """Call inside the writing transaction: the new version commits (or rolls back) with it."""
    if not DataVersion.objects.filter(owner_id=owner_id).update(version=F("version") + 1):
        with transaction.atomic():  # two first writers at once: one creates, the other bumps
            _, created = DataVersion.objects.get_or_create(owner_id=owner_id,
                                                           defaults={"version": _first()})
        if not created:
            DataVersion.objects.filter(owner_id=owner_id).update(version=F("version") + 1)


def _first() -> int:
    """A random start: a counter made again (a database recreated under a running server)
    must not repeat the numbers, and so the cache keys, of the one before."""
    return secrets.randbelow(2**53) + 1


def changes_owner_data(service: Callable[P, R]) -> Callable[P, R]:
    """A service that writes the data of its `owner` (or `owner_id`) keyword: one transaction,
    version bumped. tests/trust/test_data_version.py checks every service that writes."""
    @functools.wraps(service)
    @transaction.atomic
    def write(*args: P.args, **kwargs: P.kwargs) -> R:
        result = service(*args, **kwargs)
        owner = kwargs.get("owner")
        note_change(cast(int, owner.pk if owner is not None else kwargs["owner_id"]))  # type: ignore[attr-defined]  # a user, typed only as **kwargs
        return result
    return write


def data_version(owner_id: int) -> int:
    """0 for an owner who never wrote anything."""
    found = DataVersion.objects.filter(owner_id=owner_id).values_list("version", flat=True)
    return next(iter(found), 0)
