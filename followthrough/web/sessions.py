"""The signed-in browser: its session, its user and the owner's data version in one statement.

Every page reads all three before anything else: Django's session and user lookups through the
ORM cost more than serving a cached page itself (almost all of it building the queries), and on
PostgreSQL each lookup is a round trip. So the session row is read with one prepared statement
that also brings the user's row and their data version (services/versions.py), when this
process already knows which user the session key belongs to (Django gives a new key at every
sign-in, so a key keeps its user; the signed session data is checked against it each time).

Nothing is kept between requests but that key-to-user map: the rows are read on every request,
so signing out, expiry, a new password and a deactivated account end a session in every web
process at once (tests/web/test_sessions.py).
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from django.contrib import auth
from django.contrib.auth import SESSION_KEY, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.middleware import AuthenticationMiddleware as DjangoAuthentication
from django.contrib.sessions.backends import db
from django.core.exceptions import ValidationError
from django.db import Error, connection
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from followthrough import prepared
from followthrough.models import DataVersion

# Session key -> the user's primary key its signed data names; bounded, emptied when full.
_USER_OF_KEY: dict[str, Any] = {}
_KNOWN_MAX = 10_000
# A session row's text -> its data, when every value is a plain string or number: checking the
# signature and unpacking it again on every request cost more than the row's round trip. The
# same text always decodes to the same data (no expiry is signed in it); bounded like the above.
_DATA_OF_TEXT: dict[str, dict[str, Any]] = {}
_PLAIN = (str, int, float, bool, type(None))
# The session whose statement may already hold the user, while Django's auth.get_user runs.
_SESSION: ContextVar[SessionStore | None] = ContextVar("followthrough_session", default=None)


@dataclass(frozen=True, slots=True)
class ReadWithSession:
    user: AbstractBaseUser | None  # None: the account is gone
    data_version: int


class SessionStore(db.SessionStore):
    """Django's database sessions (SESSION_ENGINE = "followthrough.web.sessions")."""

    read_with_session: ReadWithSession | None = None

    def load(self) -> dict[str, Any]:
        self.read_with_session = None
        known_user = _USER_OF_KEY.get(self.session_key or "")
        reader = _reader(connection.vendor)
        if known_user is None:
            row = _first_statement(reader.session_sql, [self.session_key, _now()])
        else:
            row = _first_statement(reader.joined_sql,
                                   [known_user, known_user, self.session_key, _now()])
        if row is None:  # unknown or expired: the next save makes a new key, as Django's does
            self._session_key = None
            return {}
        data: dict[str, Any] = self.decode(row[0])
        named_user = _primary_key(data.get(SESSION_KEY))
        if named_user is not None and self.session_key:
            _remember(_USER_OF_KEY, self.session_key, named_user)
        if known_user is not None and known_user == named_user:
            self.read_with_session = ReadWithSession(reader.user(row[1:-1]), row[-1] or 0)
        return data

    def decode(self, session_data: str) -> dict[str, Any]:
        known = _DATA_OF_TEXT.get(session_data)
        if known is None:
            known = super().decode(session_data)
            if known and all(isinstance(value, _PLAIN) for value in known.values()):
                _remember(_DATA_OF_TEXT, session_data, known)
        return dict(known)  # the request's own copy: it may change it


class AuthenticationMiddleware(DjangoAuthentication):
    """Django's, letting the backend take the user the session's statement read."""

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: _signed_in_user(request))


class UserBackend(ModelBackend):
    """Django's ModelBackend, reading a user by primary key with one plain statement (or taking
    the one read with this request's session); the first of AUTHENTICATION_BACKENDS."""

    def get_user(self, user_id: Any) -> AbstractBaseUser | None:
        pk = _primary_key(user_id)
        if pk is None:
            return None
        read = getattr(_SESSION.get(), "read_with_session", None)
        if read is not None and read.user is not None and read.user.pk == pk:
            user: AbstractBaseUser | None = read.user
        else:
            user = _reader(connection.vendor).read_user(pk)
        return user if self.user_can_authenticate(user) else None


def data_version_read_with_session(request: HttpRequest) -> int | None:
    """The signed-in owner's data version as read with this request's session, or None.

    Only for reading requests: a request that writes reads the version again after its write.
    """
    read = getattr(request.session, "read_with_session", None)
    if request.method not in {"GET", "HEAD"} or read is None or read.user is None:
        return None
    return read.data_version if read.user.pk == request.user.pk else None


def _first_statement(sql: str, params: list[Any]) -> tuple[Any, ...] | None:
    """The session's statement, a request's first, which is also the connection's health check.

    With CONN_HEALTH_CHECKS Django sends `SELECT 1` before a request's first statement, a round
    trip of its own on every page (a seventh of an uncached search on PostgreSQL). Here the
    statement itself finds a connection that died (a restarted server, one closed while idle):
    the connection is replaced and the statement runs once more, as the check would have done.
    """
    unchecked = (connection.connection is not None and connection.health_check_enabled
                 and not connection.health_check_done)
    connection.health_check_done = True  # this statement is the check
    try:
        return _read_one(sql, params)
    except Error:
        if not unchecked or connection.in_atomic_block:
            raise
    connection.close()
    return _read_one(sql, params)


def _read_one(sql: str, params: list[Any]) -> tuple[Any, ...] | None:
    with connection.cursor() as cursor:
        prepared.execute(cursor, sql, params)
        return cursor.fetchone()  # type: ignore[no-any-return]


def _signed_in_user(request: HttpRequest) -> Any:
    if not hasattr(request, "_cached_user"):  # Django's own cache of the request's user
        token = _SESSION.set(request.session)  # type: ignore[arg-type]
        try:
            request._cached_user = auth.get_user(request)  # type: ignore[attr-defined]
        finally:
            _SESSION.reset(token)
    return request._cached_user  # type: ignore[attr-defined]


def _primary_key(value: Any) -> Any:
    if value is None:
        return None
    try:
        return get_user_model()._meta.pk.to_python(value)
    except ValidationError:
        return None


def _remember(known: dict[str, Any], key: str, value: Any) -> None:
    if len(known) >= _KNOWN_MAX:
        known.clear()
    known[key] = value


def _now() -> Any:
    return connection.ops.adapt_datetimefield_value(timezone.now())


class _Reader:
    """The statements and the user's columns, converted as the ORM converts them."""

    def __init__(self) -> None:
        model = get_user_model()
        quote = connection.ops.quote_name
        users = model._meta.db_table
        self.model = model
        self.fields = model._meta.concrete_fields
        self.attnames = [f.attname for f in self.fields]
        self.pk_index = self.attnames.index(model._meta.pk.attname)
        columns = [f.get_col(users) for f in self.fields]
        self.converters = [
            (i, converters, column) for i, column in enumerate(columns)
            if (converters := connection.ops.get_db_converters(column)
                + column.get_db_converters(connection))]
        user_columns = ", ".join(f"u.{quote(f.column)}" for f in self.fields)
        sessions = quote(SessionStore.get_model_class()._meta.db_table)
        versions = quote(DataVersion._meta.db_table)
        # Table and column names come from the models; every value goes as a parameter.
        self.session_sql = (f"SELECT session_data FROM {sessions} "  # noqa: S608  # nosec B608
                            "WHERE session_key = %s AND expire_date > %s")
        self.joined_sql = (
            f"SELECT s.session_data, {user_columns}, v.version FROM {sessions} s"  # noqa: S608  # nosec B608
            f" LEFT JOIN {quote(users)} u ON u.{quote(model._meta.pk.column)} = %s"
            f" LEFT JOIN {versions} v ON v.owner_id = %s"
            " WHERE s.session_key = %s AND s.expire_date > %s")
        self.user_sql = (f"SELECT {user_columns} FROM {quote(users)} u "  # noqa: S608  # nosec B608
                         f"WHERE u.{quote(model._meta.pk.column)} = %s")

    def user(self, values: tuple[Any, ...]) -> AbstractBaseUser | None:
        if values[self.pk_index] is None:  # the LEFT JOIN found no such user
            return None
        row = list(values)
        for i, converters, column in self.converters:
            for convert in converters:
                row[i] = convert(row[i], column, connection)
        return self.model.from_db(connection.alias, self.attnames, row)

    def read_user(self, pk: Any) -> AbstractBaseUser | None:
        with connection.cursor() as cursor:
            cursor.execute(self.user_sql, [pk])
            row = cursor.fetchone()
        return None if row is None else self.user(row)


@lru_cache(maxsize=4)
def _reader(vendor: str) -> _Reader:
    return _Reader()
