"""The JSON shapes of `--json` output (documented in docs/cli.md); keep them stable."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from followthrough.domain.drafts import Draft
from followthrough.domain.status import classify
from followthrough.models import Interaction, Meeting, Offer, Person, Step


def iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def person_summary(person: Person, now: datetime) -> dict[str, Any]:
    return {
        "id": person.pk,
        "name": person.full_name,
        "organisation": person.organisation,
        "title": person.title,
        "status": classify(person.facts, now).value,
        "next_due": iso(person.next_due),
        "face_to_face_due": iso(person.face_to_face_due),
    }


def step_shape(step: Step, now: datetime, give_note: str = "") -> dict[str, Any]:
    return {
        "id": step.pk,
        "person": {"id": step.person_id, "name": step.person.full_name},
        "kind": step.kind,
        "title": step.title,
        "due_at": iso(step.due_at),
        "overdue": step.is_open and step.due_at < now,
        "state": step.state,
        "closed_at": iso(step.closed_at),
        "skip_reason": step.skip_reason,
        "give_note": give_note,
    }


def meeting_shape(meeting: Meeting) -> dict[str, Any]:
    return {
        "id": meeting.pk,
        "at": iso(meeting.at),
        "where": meeting.where,
        "why": meeting.why,
        "need": meeting.need,
    }


def interaction_shape(interaction: Interaction) -> dict[str, Any]:
    return {
        "id": interaction.pk,
        "kind": interaction.kind,
        "at": iso(interaction.at),
        "note": interaction.note,
    }


def offer_shape(offer: Offer) -> dict[str, Any]:
    return {"id": offer.pk, "text": offer.text, "delivered_at": iso(offer.delivered_at)}


def draft_shape(kind: str, draft: Draft) -> dict[str, Any]:
    return {
        "kind": kind,
        "subject": draft.subject,
        "body": draft.body,
        "warnings": list(draft.warnings),
    }
