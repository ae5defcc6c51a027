"""Drafts for a person: the latest meeting's where/why/need and the open offers, as plain values."""

from __future__ import annotations

from followthrough.domain import drafts
from followthrough.models import ContactPoint, Person
from followthrough.preferences import Preferences


def draft_context_for(person: Person, prefs: Preferences) -> drafts.DraftContext:
    meeting = person.meetings.order_by("-at").first()
    points = list(person.contact_points.all())
    return drafts.DraftContext(
        person_name=person.full_name,
        where=meeting.where if meeting else "",
        why=meeting.why if meeting else "",
        need=meeting.need if meeting else "",
        gives=tuple(person.offers.filter(delivered_at__isnull=True).values_list("text", flat=True)),
        met_on=meeting.at.astimezone(prefs.zone) if meeting else None,
        my_name=prefs.my_name,
        phones=tuple(p.value for p in points if p.kind == ContactPoint.Kind.PHONE),
        emails=tuple(p.value for p in points if p.kind == ContactPoint.Kind.EMAIL),
    )


def draft_for(kind: str, person: Person, prefs: Preferences) -> drafts.Draft:
    """The draft of `kind` (linkedin, email, call) for this person."""
    context = draft_context_for(person, prefs)
    if kind == "linkedin":
        return drafts.linkedin_note(context, prefs.linkedin_limit)
    if kind == "email":
        return drafts.thank_you_email(context)
    return drafts.call_note(context)


DRAFT_KINDS = ("linkedin", "email", "call")
