"""People search on the database's own text search: SQLite's FTS5, PostgreSQL's full-text search.

Every word of the search must start a word of the person's names, organisation or tags, accents
and case aside; or the search starts one of their e-mail, phone or LinkedIn keys (docs/cli.md).
Both databases fold the stored words as `domain.search_words` folds the search (migration 0010
made the FTS5 table and its triggers on SQLite, the GIN index and its function on PostgreSQL).
"""

from __future__ import annotations

import re

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection
from django.db.models import BooleanField, Q, QuerySet
from django.db.models.expressions import RawSQL

from followthrough.domain.contact_keys import match_key
from followthrough.domain.search_words import query_words
from followthrough.models import ContactPoint, Person
from followthrough.models.person import SEARCHED_FIELDS

KEY_MAX = 500
_PHONE = re.compile(r"\+?[\d\s()./-]{3,}")
_LINKEDIN_PATH = re.compile(r"^(?:https?://)?(?:[a-z]+\.)?linkedin\.com/")
# Names from migration 0010. What the user typed goes only as a parameter: folded words are
# letters and digits, quoted, so they cannot be read as the engines' operators.
_FTS5 = "SELECT rowid FROM followthrough_person_search WHERE followthrough_person_search MATCH %s"
_TSVECTOR = f"followthrough_person_words({', '.join(SEARCHED_FIELDS)}) @@ to_tsquery('simple', %s)"


def matching_people(owner: AbstractBaseUser, search: str) -> Q:
    """The owner's people that `search` finds, as a filter on Person."""
    ids = _by_key(owner, search)
    words = query_words(search)
    if words:
        ids = _by_words(owner, words).union(ids)
    return Q(id__in=ids)


def _by_words(owner: AbstractBaseUser, words: list[str]) -> QuerySet[Person]:
    people = Person.objects.filter(owner=owner)
    if connection.vendor == "postgresql":
        query = " & ".join(f"'{word}':*" for word in words)
        found = people.filter(RawSQL(_TSVECTOR, [query], output_field=BooleanField()))  # noqa: S611  # nosec B611 - fixed text
    else:
        query = " AND ".join(f'"{word}"*' for word in words)
        found = people.filter(id__in=RawSQL(_FTS5, [query]))  # noqa: S611  # nosec B611 - fixed text
    return found.order_by().values("id")


def _by_key(owner: AbstractBaseUser, search: str) -> QuerySet[ContactPoint]:
    kind, key = _contact_key(search)
    return ContactPoint.objects.filter(_prefix("key", key), owner=owner, kind=kind).order_by().values(
        "person_id")


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

    PostgreSQL: LIKE 'start%' on a varchar_pattern_ops index. SQLite's LIKE ignores case and
    cannot use an index; a range of its byte-ordered (BINARY) index does.
    """
    if connection.vendor == "postgresql":
        return Q(**{f"{field}__startswith": start})
    return Q(**{f"{field}__gte": start, f"{field}__lt": start + "\U0010ffff"})
