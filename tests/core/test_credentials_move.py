"""Sign-in links, API tokens and failed sign-ins moved from the web app to the core app
(followthrough 0008_credentials, web 0003_credentials_moved) without touching the database:
a database with rows in the old tables keeps them, readable through the new models."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from followthrough.services.tokens import digest, owner_of_api_token

BEFORE = [("web", "0002_rate_limits"), ("followthrough", "0007_search_word_order")]
MOVE = [("followthrough", "0008_credentials"), ("web", "0003_credentials_moved")]
NOW = datetime(2026, 3, 4, 18, 0, tzinfo=UTC)


@pytest.fixture
def executor(transactional_db) -> Iterator[MigrationExecutor]:  # type: ignore[no-untyped-def]
    """A database taken back to before the move; brought to the latest state again afterwards."""
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    yield executor
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_the_move_writes_no_sql(executor):
    executor.loader.build_graph()
    plan = [(executor.loader.graph.nodes[key], False) for key in MOVE]
    statements = executor.loader.collect_sql(plan)
    assert [s for s in statements if not s.lstrip().startswith("--")] == []


def test_rows_made_before_the_move_are_read_by_the_new_models(executor):
    old = executor.loader.project_state(BEFORE).apps
    owner = old.get_model("auth", "User").objects.create(username="before", is_active=True)
    secret = "ft_made-before-the-move"  # noqa: S105 (a test value)
    old.get_model("web", "ApiToken").objects.create(
        owner=owner, name="laptop", prefix=secret[:10], token_hash=digest(secret))
    old.get_model("web", "SignInLink").objects.create(token_hash=digest("a sign-in link"))
    old.get_model("web", "SignInFailure").objects.create(key="account:a@example.com", at=NOW)

    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    from followthrough.models import ApiToken, SignInFailure, SignInLink

    assert [(t.name, t.owner.username) for t in ApiToken.objects.all()] == [("laptop", "before")]
    assert owner_of_api_token(secret, now=NOW).username == "before"
    assert SignInLink.objects.get().token_hash == digest("a sign-in link")
    assert SignInFailure.objects.get().key == "account:a@example.com"
    constraints = connection.introspection.get_constraints(connection.cursor(), "web_signinfailure")
    assert constraints["web_signinfailure_key_at"]["columns"] == ["key", "at"]
