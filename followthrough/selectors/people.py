"""Finding people: by id, email, LinkedIn URL or a unique part of the name; listing with filters."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection
from django.db.models import F, Q, QuerySet

from followthrough import prepared
from followthrough.domain.kinds import Status
from followthrough.domain.search_words import query_words
from followthrough.domain.status import AT_RISK_WINDOW, PersonFacts
from followthrough.errors import Ambiguous, InvalidInput, NotFound
from followthrough.models import ContactPoint, Person, SearchWord
from followthrough.services.contacts import match_key

_PHONE = re.compile(r"\+?[\d\s()./-]{3,}")
_LINKEDIN_PATH = re.compile(r"^(?:https?://)?(?:[a-z]+\.)?linkedin\.com/")
KEY_MAX = 500
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


@dataclass(frozen=True, slots=True)
class PersonRow:
    """What a row of the People page shows, read without building a Person."""

    pk: int
    full_name: str
    organisation: str
    next_due: datetime | None
    facts: PersonFacts


def search_page(
    owner: AbstractBaseUser, search: str, *, now: datetime, offset: int, limit: int
) -> list[PersonRow] | list[Person]:
    """One page of `people_for(owner, search=search)`, in the same order, read differently.

    The matches are sorted by the (deadline, name) stored beside each search word, so a
    search finding thousands of people reads an index range and only the page's people;
    people_for would read every match to sort them. Written out rather than built by the
    ORM: building the ORM's version cost more than running it.
    """
    statement = search_page_sql(owner, search, offset=offset, limit=limit)
    if statement is None:
        return list(people_for(owner, now=now, search=search)[offset:offset + limit])
    with connection.cursor() as cursor:
        prepared.execute(cursor, *statement)
        found = cursor.fetchall()
    seen: set[int] = set()  # a person found by a word and by a key is listed once
    rows = []
    for pk, name, organisation, next_due, first_met, f2f_due, until in found:
        if pk not in seen:
            seen.add(pk)
            rows.append(PersonRow(pk, name, organisation, _aware(next_due), PersonFacts(
                first_met_at=_aware(first_met), face_to_face_due=_aware(f2f_due),
                relationship_until=_aware(until))))
    return rows


# A word matching fewer people than this leads the search, and each of its people is looked
# up for the other words; when every word matches this many, the matches are intersected.
FEW = 100


def people_page(
    owner: AbstractBaseUser, *, now: datetime, search: str, status: Status | None, offset: int,
    limit: int,
) -> list[PersonRow] | list[Person]:
    """The People page's rows: a plain search reads the search index's order (search_page);
    a status filter, or no search, reads people_for's."""
    if search and status is None:
        return search_page(owner, search, now=now, offset=offset, limit=limit)
    found = people_for(owner, now=now, status=status, search=search)
    return list(found.only(*PAGE_FIELDS)[offset:offset + limit])


def search_page_sql(
    owner: AbstractBaseUser, search: str, *, offset: int, limit: int
) -> tuple[str, list[object]] | None:
    """The page's people (PAGE_FIELDS), the matches sorted by (deadline, name, id), in one
    statement; None without words.

    The matches are every person whose words start with each word of the search, and those
    whose contact key starts with the search. Of several words, the one with the fewest
    matches leads if it has fewer than FEW (each counted up to FEW): its people are read from
    the covering index searchword_prefix_order and each is looked up in searchword_person_word
    for the words. When every word is common ("jan doe"), the first word's people are kept if
    in every other word's: two index ranges, where looking thousands of people up one by one
    cost five times as much. Both ways are in the statement, reading ranges that the counts
    set: the way not taken reads empty ranges, so one prepared statement, planned once, serves
    every search of as many words.
    The text is fixed fragments: what the user typed goes only as parameters.
    """
    words = query_words(search)
    if not words:
        return None
    kind, key = _contact_key(search)
    sql, slots = _statement(len(words), connection.vendor)
    values: dict[str, object] = {"owner": owner.pk, "few": FEW, "kind": kind, "key": key,
                                 "limit": limit, "offset": offset}
    values.update((f"word_{n}", word) for n, word in enumerate(words))
    return sql, [slot.value(values) for slot in slots]


@dataclass(frozen=True, slots=True)
class _Slot:
    """A parameter, named where the statement is written and filled in for each search: the
    text depends only on the number of words, so it is written once for each number."""

    name: str
    past: bool = False  # the end of a prefix's range: the value and U+10FFFF

    def value(self, values: dict[str, object]) -> object:
        value = values[self.name]
        return f"{value}{_PAST}" if self.past else value


_OWNER = _Slot("owner")
_FEW = _Slot("few")


@lru_cache(maxsize=32)
def _statement(word_count: int, vendor: str) -> tuple[str, tuple[_Slot, ...]]:
    """search_page_sql's text for `word_count` words, and its parameters' slots in order."""
    args: list[_Slot] = []
    words = [_Slot(f"word_{n}") for n in range(word_count)]
    if word_count == 1:
        plan = ""
        word_test, params = _prefix_sql("d.word", words[0])
        by_words = f"{_WORD_ROWS} d.owner_id = %s AND {word_test}"
        args += [_OWNER, *params]
    else:
        plan = _plan(words, args)
        by_words = f"{_led(words, args)} UNION {_intersected(words, args)}"
    key_test, params = _prefix_sql("c.key", _Slot("key"))
    args += [_OWNER, _Slot("kind"), *params, _Slot("limit"), _Slot("offset"), _OWNER]
    # Composed of the models' table names and _prefix_sql's fixed tests, never of user text.
    sql = (
        f"{plan}SELECT p.id, p.full_name, p.organisation, p.next_due, p.first_met_at,"  # noqa: S608  # nosec B608
        f" p.face_to_face_due, p.relationship_until FROM ("
        f"{by_words}"
        f" UNION SELECT c.person_id, q.next_due, q.full_name FROM {_KEYS} c"
        f" INNER JOIN {_PEOPLE} q ON c.person_id = q.id"
        f" WHERE c.owner_id = %s AND c.kind = %s AND {key_test} AND q.deleted_at IS NULL"
        f" ORDER BY 2, 3, 1 LIMIT %s OFFSET %s) m"
        f" INNER JOIN {_PEOPLE} p ON p.id = m.person_id"
        f" WHERE p.owner_id = %s AND p.deleted_at IS NULL"
        f" ORDER BY m.next_due, m.name, m.person_id"
    )
    return sql, tuple(args)


def _plan(words: list[_Slot], args: list[_Slot]) -> str:
    """`WITH plan`: one row of the ranges each way reads. `lead_from`/`lead_to`: the rarest
    word's, if under FEW; `word_N_from`/`word_N_to`: word N's, if every word is common. The
    others are empty ('' to '')."""
    positions = range(len(words))
    counts = []
    for n, word in enumerate(words):
        word_test, params = _prefix_sql("word", word)
        counts.append(f"{_COUNT.format(word_test)} AS n{n}")
        args += [_OWNER, *params, _FEW]
    rarest = " ".join(f"WHEN n{n} = fewest THEN {n}" for n in positions)
    args.append(_FEW)
    to_lead = " ".join(f"WHEN {n} THEN %s" for n in positions)
    columns = [f"CASE lead {to_lead} ELSE '' END AS lead_from",
               f"CASE lead {to_lead} ELSE '' END AS lead_to"]
    args += [*words, *(_past(word) for word in words)]
    for n, word in enumerate(words):
        columns += [f"CASE lead WHEN -1 THEN %s ELSE '' END AS word_{n}_from",
                    f"CASE lead WHEN -1 THEN %s ELSE '' END AS word_{n}_to"]
        args += [word, _past(word)]
    names = ", ".join(f"n{n}" for n in positions)
    least = "LEAST" if connection.vendor == "postgresql" else "min"
    # Each step MATERIALIZED: computed once, where a subquery would be once for each use.
    return (f"WITH counted AS MATERIALIZED (SELECT {', '.join(counts)}),"  # noqa: S608  # nosec B608
            f" chosen AS MATERIALIZED (SELECT CASE WHEN fewest >= %s THEN -1 {rarest} END AS lead"
            f" FROM (SELECT {names}, {least}({names}) AS fewest FROM counted) least_count),"
            f" plan AS MATERIALIZED (SELECT {', '.join(columns)} FROM chosen) ")


def _led(words: list[_Slot], args: list[_Slot]) -> str:
    """The rarest word's people (plan.lead) who have every word, looked up by person.
    Its own word too: that lookup always finds it, and keeps one statement for any lead."""
    tests = [f"d.owner_id = %s AND {_planned_range('d.word', 'lead')}"]
    args.append(_OWNER)
    for word in words:
        word_test, params = _prefix_sql("o.word", word)
        tests.append(_HAS_WORD.format(word_test))
        args += params
    return f"{_WORD_ROWS} {' AND '.join(tests)}"


def _planned_range(column: str, name: str) -> str:
    """`column` in the range the plan row gives as NAME_from to NAME_to."""
    at_least, below = _RANGE_OPERATORS[connection.vendor == "postgresql"]
    return (f"{column} {at_least} (SELECT {name}_from FROM plan)"  # noqa: S608  # nosec B608
            f" AND {column} {below} (SELECT {name}_to FROM plan)")


def _intersected(words: list[_Slot], args: list[_Slot]) -> str:
    """The first word's people (plan.word_0) who are among every other word's."""
    tests = [f"d.owner_id = %s AND {_planned_range('d.word', 'word_0')}"]
    args.append(_OWNER)
    for n in range(1, len(words)):
        tests.append(_IN_WORD.format(_planned_range("word", f"word_{n}")))
        args.append(_OWNER)
    return f"{_WORD_ROWS} {' AND '.join(tests)}"


# Names from the models; everything a user typed goes as a parameter.
_WORDS = SearchWord._meta.db_table
_KEYS = ContactPoint._meta.db_table
_PEOPLE = Person._meta.db_table
_WORD_ROWS = f"SELECT d.person_id, d.next_due, d.name FROM {_WORDS} d WHERE"  # noqa: S608  # nosec B608
# `+ 0`: no index can answer it, so the other words' matches are hashed and each of the first
# word's people tested against them, never looked up one by one (which a plan made without
# knowing the words might choose).
_IN_WORD = f"d.person_id + 0 IN (SELECT person_id FROM {_WORDS} WHERE owner_id = %s AND {{}})"  # noqa: S608  # nosec B608
# A person's words are the owner's own: the lookup by person needs no owner test.
_HAS_WORD = f"EXISTS (SELECT 1 FROM {_WORDS} o WHERE o.person_id = d.person_id AND {{}})"  # noqa: S608  # nosec B608
_COUNT = f"(SELECT count(*) FROM (SELECT 1 FROM {_WORDS} WHERE owner_id = %s AND {{}} LIMIT %s) f)"  # noqa: S608  # nosec B608


def _aware(value: datetime | None) -> datetime | None:
    """SQLite gives back the stored UTC time without its zone; the ORM would add it."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=connection.timezone)


def _prefix_sql(column: str, start: _Slot) -> tuple[str, list[_Slot]]:
    """`_prefix` as an SQL range and its parameters, answered by the same indexes. A range,
    not LIKE, on PostgreSQL too: a prepared statement's plan must keep the index whatever the
    prefix (followthrough/prepared.py). The end of the range is the prefix and U+10FFFF, which
    no folded word holds."""
    at_least, below = _RANGE_OPERATORS[connection.vendor == "postgresql"]
    return f"{column} {at_least} %s AND {column} {below} %s", [start, _past(start)]


def _past(start: _Slot) -> _Slot:
    return _Slot(start.name, past=True)


# PostgreSQL's pattern operators compare bytes, as varchar_pattern_ops orders; SQLite's
# BINARY collation does too.
_RANGE_OPERATORS = {True: ("~>=~", "~<~"), False: (">=", "<")}
_PAST = "\U0010ffff"


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
    return Q(**{f"{field}__gte": start, f"{field}__lt": start + _PAST})


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
