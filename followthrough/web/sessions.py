"""The signed-in browser: its session and its user, each read with one plain SQL statement.

Every page reads both before anything else. Through the ORM the two lookups cost more than
serving a cached page itself, almost all of it in building the queries, not running them
(docs/performance.md), so the two statements are written out here, once. Both rows are still
read from the database on every request: signing out, or changing the password, ends a
session in every web process at once.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.sessions.backends import db
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone


class SessionStore(db.SessionStore):
    """Django's database sessions (SESSION_ENGINE = "followthrough.web.sessions")."""

    def load(self) -> dict[str, Any]:
        table = connection.ops.quote_name(self.model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT session_data FROM {table} "  # noqa: S608  # nosec B608 (a model's table)
                "WHERE session_key = %s AND expire_date > %s",
                [self.session_key, connection.ops.adapt_datetimefield_value(timezone.now())])
            row = cursor.fetchone()
        if row is None:  # unknown or expired: the next save makes a new key, as Django's does
            self._session_key = None
            return {}
        return self.decode(row[0])


class UserBackend(ModelBackend):
    """Django's ModelBackend, reading the signed-in user by primary key without the ORM's
    query building; the first of AUTHENTICATION_BACKENDS, so sign-ins record it."""

    def get_user(self, user_id: Any) -> AbstractBaseUser | None:
        model = get_user_model()
        try:
            user_id = model._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        table = connection.ops.quote_name(model._meta.db_table)
        pk = connection.ops.quote_name(model._meta.pk.column)
        # raw() still converts each column the way the ORM does (booleans, aware datetimes).
        found = list(model._default_manager.raw(
            f"SELECT * FROM {table} WHERE {pk} = %s", [user_id]))  # noqa: S608  # nosec B608
        user = found[0] if found else None
        return user if self.user_can_authenticate(user) else None
