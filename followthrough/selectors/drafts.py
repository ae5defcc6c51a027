"""Drafts for a person: the latest meeting's where and need, the latest *why* given (an earlier
meeting's when the latest has none), and the open offers, as plain values."""

from __future__ import annotations

from collections.abc import Iterable

from followthrough.domain import drafts
from followthrough.models import ContactPoint, Meeting, Offer, Person
from followthrough.preferences import Preferences


def draft_context_for(person: Person, prefs: Preferences) -> drafts.DraftContext:
    return draft_contexts_for([person], prefs)[person.pk]


def draft_contexts_for(people: Iterable[Person], prefs: Preferences) -> dict[int, drafts.DraftContext]:
    """Contexts for many people in two queries (latest meetings, open offers), not two each.

    Contact points are read through `person.contact_points`, so a caller that prefetched
    them (the agenda does) pays nothing more for them.
    """
    people = {person.pk: person for person in people}
    latest: dict[int, Meeting] = {}
    reasons: dict[int, str] = {}
    meetings = Meeting.objects.filter(person_id__in=people).order_by("person_id", "-at", "-id")
    for meeting in meetings.only("person_id", "at", "where", "why", "need"):
        latest.setdefault(meeting.person_id, meeting)
        if meeting.why.strip():
            reasons.setdefault(meeting.person_id, meeting.why)
    gives: dict[int, list[str]] = {pk: [] for pk in people}
    offers = Offer.objects.filter(person_id__in=people, delivered_at__isnull=True)
    for person_id, text in offers.values_list("person_id", "text"):
        gives[person_id].append(text)
    return {pk: draft_context(person, latest.get(pk), gives[pk], prefs, reasons.get(pk, ""))
            for pk, person in people.items()}


def draft_context(person: Person, meeting: Meeting | None, gives: list[str],
                  prefs: Preferences, why: str = "") -> drafts.DraftContext:
    """What the drafts say of `person`, met at `meeting` (for `why`, the latest meeting that
    gave one); their contact points through `person.contact_points`, so a caller that
    prefetched them pays nothing more."""
    points = list(person.contact_points.all())
    return drafts.DraftContext(
        person_name=person.full_name,
        where=meeting.where if meeting else "",
        why=why or (meeting.why if meeting else ""),
        need=meeting.need if meeting else "",
        gives=tuple(gives),
        met_on=meeting.at.astimezone(prefs.zone) if meeting else None,
        my_name=prefs.my_name,
        phones=tuple(p.value for p in points if p.kind == ContactPoint.Kind.PHONE),
        emails=tuple(p.value for p in points if p.kind == ContactPoint.Kind.EMAIL),
    )


def draft_for(kind: str, person: Person, prefs: Preferences) -> drafts.Draft:
    """The draft of `kind` (linkedin, email, call) for this person."""
    return draft_from(kind, draft_context_for(person, prefs), prefs)


def draft_from(kind: str, context: drafts.DraftContext, prefs: Preferences) -> drafts.Draft:
    return drafts.write_draft(kind, context, prefs.linkedin_limit)


def all_drafts_for(person: Person, prefs: Preferences) -> list[tuple[str, str, drafts.Draft]]:
    """Every draft for this person as (kind, title, draft), from one context."""
    context = draft_context_for(person, prefs)
    return [(kind, title, draft_from(kind, context, prefs))
            for kind, title in drafts.DRAFT_TITLES.items()]


def drafts_out(person: Person, prefs: Preferences) -> list[dict[str, object]]:
    """Every draft for this person as plain dicts (the API's and `--json`'s shape)."""
    return [{"kind": kind, "title": title, "subject": draft.subject, "body": draft.body,
             "warnings": list(draft.warnings)} for kind, title, draft in all_drafts_for(person, prefs)]


def preview_linkedin_note(*, name: str, where: str, why: str, prefs: Preferences) -> drafts.Draft:
    """The note as it will read for a meeting not recorded yet (the capture form's preview)."""
    context = drafts.DraftContext(person_name=name.strip() or "there", where=where, why=why,
                                  my_name=prefs.my_name)
    return drafts.linkedin_note(context, prefs.linkedin_limit)
