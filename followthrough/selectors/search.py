"""People search on the database's own text search: SQLite's FTS5, PostgreSQL's full-text search.

Every word of the search must start a word of the person's names, organisation or tags, accents
and case aside; or the search starts one of their e-mail, phone or LinkedIn keys (docs/cli.md).
Both databases fold the stored words as `domain.search_words` folds the search (migration 0013
made the FTS5 table and its triggers on SQLite, the GIN index and its function on PostgreSQL).
"""

from __future__ import annotations

import re

from django.contrib.auth.models import AbstractBaseUser
from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL

from followthrough.domain.contact_keys import match_key
from followthrough.domain.search_words import query_words
from followthrough.models import ContactPoint

KEY_MAX = 500
_PHONE = re.compile(r"\+?[\d\s()./-]{3,}")
_LINKEDIN_PATH = re.compile(r"^(?:https?://)?(?:[a-z]+\.)?linkedin\.com/")
# Names from migration 0013 and the models. What the user typed goes only as parameters; the
# folded words are letters and digits, quoted, so they cannot be read as the engines' operators.
# Written out rather than composed by the ORM: composing the nested union cost four times as
# much as running it (docs/performance.md).
_WORDS = {
    # The matches first, then each one's owner by id: as a join, SQLite walked the owner's
    # people and asked the index about each one (4.5 s for 30,000 people).
    "sqlite": "SELECT id FROM followthrough_person WHERE id IN (SELECT rowid FROM"
              " followthrough_person_search WHERE followthrough_person_search MATCH %s)"
              " AND owner_id = %s",
    # The function's arguments are the GIN index's expression, to the letter (migration 0013).
    "postgresql": "SELECT id FROM followthrough_person WHERE followthrough_person_words(full_name,"
                  " given_name, family_name, additional_names, nickname, organisation, tags)"
                  " @@ to_tsquery('simple', %s) AND owner_id = %s",
}
_KEYS = {
    # SQLite's LIKE ignores case and cannot use an index; a range of contact_owner_kind_key can.
    "sqlite": "SELECT person_id FROM followthrough_contactpoint"
              " WHERE owner_id = %s AND kind = %s AND key >= %s AND key < %s",
    # LIKE 'start%' on contact_owner_key_prefix (varchar_pattern_ops), whatever the collation.
    "postgresql": "SELECT person_id FROM followthrough_contactpoint"
                  " WHERE owner_id = %s AND kind = %s AND key LIKE %s",
}


def matching_people(owner: AbstractBaseUser, search: str) -> Q:
    """The owner's people that `search` finds, as a filter on Person (it tests the owner)."""
    vendor = "postgresql" if connection.vendor == "postgresql" else "sqlite"
    kind, key = _contact_key(search)
    if vendor == "postgresql":
        sql, params = _KEYS[vendor], [owner.pk, kind, _like_prefix(key)]
    else:
        sql, params = _KEYS[vendor], [owner.pk, kind, key, key + "\U0010ffff"]
    words = query_words(search)
    if words:
        sql = f"{_WORDS[vendor]} UNION {sql}"
        params = [_engine_query(vendor, words), owner.pk, *params]
    return Q(id__in=RawSQL(sql, params))  # noqa: S611  # nosec B611 - fixed text, parameters


def _engine_query(vendor: str, words: list[str]) -> str:
    """Every word, as the start of a word: FTS5's or PostgreSQL's tsquery syntax."""
    if vendor == "postgresql":
        return " & ".join(f"'{word}':*" for word in words)
    return " AND ".join(f'"{word}"*' for word in words)


def _like_prefix(start: str) -> str:
    return start.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


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
