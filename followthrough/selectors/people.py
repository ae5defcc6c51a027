"""Finding people: by id, email, LinkedIn URL or a unique part of the name; listing with filters."""

from __future__ import annotations

import re
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection
from django.db.models import F, Q, QuerySet

from followthrough.domain.kinds import Status
from followthrough.domain.search_words import query_words
from followthrough.domain.status import AT_RISK_WINDOW
from followthrough.errors import Ambiguous, InvalidInput, NotFound
from followthrough.models import ContactPoint, Person, SearchWord
from followthrough.services.contacts import match_key

_PHONE = re.compile(r"\+?[\d\s()./-]{3,}")
_LINKEDIN_PATH = re.compile(r"^(?:https?://)?(?:[a-z]+\.)?linkedin\.com/")
KEY_MAX = 500
SortRow = tuple[int, datetime | None, str]  # person id, next deadline, name
# What a row of the People page shows.
PAGE_FIELDS = ("id", "full_name", "organisation", "next_due", "first_met_at", "face_to_face_due",
               "relationship_until")


def people_of(owner: AbstractBaseUser) -> QuerySet[Person]:
    return Person.objects.alive().filter(owner=owner)


def find_person(owner: AbstractBaseUser, ref: str) -> Person:
    """The one person `ref` names; an ambiguous name lists the candidates and finds no one."""
    ref = ref.strip()
    if not ref:
        raise InvalidInput("person", "name someone by id, email or a part of their name")
    people = people_of(owner)
    if ref.isdigit():
        found = people.filter(id=int(ref)).first()
        if found:
            return found
    if "@" in ref or "linkedin.com/" in ref.lower():
        by_key = people.filter(contact_points__key=match_key("", ref)).distinct()
        if len(matches := list(by_key[:2])) == 1:
            return matches[0]
    candidates = list(people.filter(full_name__icontains=ref).order_by("full_name", "id")[:20])
    exact = [p for p in candidates if p.full_name.lower() == ref.lower()]
    if len(candidates) == 1 or len(exact) == 1:
        return exact[0] if exact else candidates[0]
    if candidates:
        raise Ambiguous(f"{ref!r} matches {len(candidates)} people; name one by id", candidates)
    raise NotFound(f"no one matches {ref!r}: try `followthrough people --search {ref}`")


def status_filter(status: Status, now: datetime) -> Q:
    """The query form of domain.status.classify; a test checks that the two agree."""
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


def people_for(
    owner: AbstractBaseUser, *, now: datetime, status: Status | None = None, search: str = ""
) -> QuerySet[Person]:
    """People by status and text (name, organisation, tag, email), soonest deadline first."""
    people = people_of(owner)
    if search.strip():
        people = _led_by_matches(owner, people).filter(search_filter(owner, search))
    if status is not None:
        people = people.filter(status_filter(status, now))
    return people.order_by("next_due", "full_name", "id")


def search_page(
    owner: AbstractBaseUser, search: str, *, now: datetime, offset: int, limit: int
) -> list[Person]:
    """One page of `people_for(owner, search=search)`, in the same order, read differently.

    The matches are sorted by the (deadline, name) stored beside each search word, so a
    search finding thousands of people reads an index range and only the page's people;
    people_for would read every match to sort them.
    """
    rows = search_order(owner, search)
    if rows is None:
        return list(people_for(owner, now=now, search=search)[offset:offset + limit])
    ids = list(dict.fromkeys(pk for pk, _, _ in rows[offset:offset + limit]))
    found = {p.pk: p for p in people_of(owner).filter(id__in=ids).only(*PAGE_FIELDS)}
    return [found[pk] for pk in ids if pk in found]


def search_order(owner: AbstractBaseUser, search: str) -> QuerySet[SearchWord, SortRow] | None:
    """(person id, next deadline, name) of every match, in page order; None without words."""
    words = query_words(search)
    if not words:
        return None
    by_words = SearchWord.objects.filter(_prefix("word", words[0]), owner=owner)
    for word in words[1:]:
        also = SearchWord.objects.filter(_prefix("word", word), owner=owner)
        by_words = by_words.filter(person_id__in=also.values("person_id"))
    kind, key = _contact_key(search)
    by_key = ContactPoint.objects.filter(
        _prefix("key", key), owner=owner, kind=kind, person__deleted_at__isnull=True)
    return (by_words.order_by().values_list("person_id", "next_due", "name")
            .union(by_key.order_by().values_list("person_id", "person__next_due",
                                                 "person__full_name"))
            .order_by("next_due", "name", "person_id"))


def _led_by_matches(owner: AbstractBaseUser, people: QuerySet[Person]) -> QuerySet[Person]:
    """On SQLite, write the owner test so that no index can answer it.

    SQLite has no statistics: it would walk every person of the owner in deadline order and
    test each against the matches, instead of reading the matches' rows by id. The matches
    are the owner's already. PostgreSQL's planner knows the sizes and chooses well itself.
    """
    if connection.vendor != "sqlite":
        return people
    return Person.objects.alive().alias(owned=F("owner_id") + 0).filter(owned=owner.pk)


def search_filter(owner: AbstractBaseUser, search: str) -> Q:
    """Every word of `search` starts a word of the name, organisation or tags ("jan" finds
    Jane Doe and Tom Jansen, "jose" finds José), or the search starts an e-mail, phone or
    LinkedIn key.

    One `id IN (words UNION keys)`: both halves are index range scans (SearchWord,
    ContactPoint) and the people are then read by primary key, so a search never visits
    every person of the owner.
    """
    kind, key = _contact_key(search)
    by_key = ContactPoint.objects.filter(_prefix("key", key), owner=owner, kind=kind)
    ids = by_key.order_by().values("person_id")
    words = query_words(search)
    if words:
        by_words = SearchWord.objects.filter(_prefix("word", words[0]), owner=owner)
        for word in words[1:]:  # every further word narrows the first word's people
            also = SearchWord.objects.filter(_prefix("word", word), owner=owner)
            by_words = by_words.filter(person_id__in=also.values("person_id"))
        ids = by_words.values("person_id").union(ids)
    return Q(id__in=ids)


def _contact_key(search: str) -> tuple[str, str]:
    """The kind of contact point a search looks like, and the start of its key."""
    text = search.strip().lower()
    if _PHONE.fullmatch(text) and sum(c.isdigit() for c in text) >= 3:
        digits = "".join(c for c in text if c.isdigit())
        return ContactPoint.Kind.PHONE, "+" + (digits[2:] if text.startswith("00") else digits)
    if _LINKEDIN_PATH.match(text):
        path = _LINKEDIN_PATH.sub("", text)
        return ContactPoint.Kind.LINKEDIN, match_key("", "https://www.linkedin.com/" + path)
    return ContactPoint.Kind.EMAIL, match_key("", text)[:KEY_MAX]


def _prefix(field: str, start: str) -> Q:
    """`field` starts with `start`, in the form the database answers from an index.

    PostgreSQL: LIKE 'start%' on a varchar_pattern_ops index. SQLite compares text byte by
    byte (BINARY), where LIKE cannot use an index: a range does.
    """
    if connection.vendor == "postgresql":
        return Q(**{f"{field}__startswith": start})
    return Q(**{f"{field}__gte": start, f"{field}__lt": start + "\U0010ffff"})


def deleted_people_of(owner: AbstractBaseUser) -> QuerySet[Person]:
    """People deleted in the last 30 days, which can still be brought back."""
    return Person.objects.filter(owner=owner, deleted_at__isnull=False).order_by("-deleted_at")


def find_deleted_person(owner: AbstractBaseUser, ref: str) -> Person:
    people = deleted_people_of(owner)
    found = list(people.filter(id=int(ref))) if ref.strip().isdigit() else list(
        people.filter(full_name__icontains=ref.strip())[:20])
    if len(found) == 1:
        return found[0]
    if found:
        raise Ambiguous(f"{ref!r} matches {len(found)} deleted people; name one by id", found)
    raise NotFound(f"no deleted person matches {ref!r}: `followthrough trash` lists them")
