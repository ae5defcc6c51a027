"""Shared fixtures: named people (an owner, a teammate, an outsider), a controlled clock, the CLI."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine
from click.testing import CliRunner, Result

from followthrough.domain.playbook import DEFAULT_PLAYBOOK
from followthrough.preferences import Preferences
from tests.helpers import BERLIN, START


def pytest_configure(config: pytest.Config) -> None:
    """pytest-xdist's workers start with COLUMNS=80 (their parent's width), and the CLI's console,
    made when a test module imports it, would keep that width for good; the commands' tests give
    each run its own width (`run` below), as a terminal does."""
    os.environ.pop("COLUMNS", None)


@pytest.fixture(scope="session", autouse=True)
def one_request_at_a_time() -> Iterator[None]:
    """A live server (the browser journeys, the API fuzz test) answers one request at a time on
    SQLite. There the test database is in memory, and pytest-django's live server hands its one
    connection to every request thread. Two requests at once (a page's fetch beside the service
    worker's sync) then shared it and failed with "database table is locked", about one run in
    four of the offline journeys. With PostgreSQL each thread has its own connection."""
    from django.core.servers.basehttp import WSGIServer
    from django.db import connection
    from django.test.testcases import LiveServerThread

    class OneRequestAtATime(WSGIServer):
        def __init__(self, *args: Any, connections_override: Any = None, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)  # the live server's own thread has the override

    threaded = LiveServerThread.server_class
    if connection.vendor == "sqlite":
        LiveServerThread.server_class = OneRequestAtATime
    yield
    LiveServerThread.server_class = threaded


@pytest.fixture(autouse=True)
def fresh_page_cache() -> Iterator[None]:
    """Each test's database starts over, its owners' data versions too: so must the page cache."""
    from followthrough.web.owner_pages import PAGES

    PAGES.clear()
    yield


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWTHROUGH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FOLLOWTHROUGH_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def clock() -> Iterator[time_machine.Coordinates]:
    with time_machine.travel(START, tick=False) as traveller:
        yield traveller


@pytest.fixture
def prefs() -> Preferences:
    return Preferences(
        my_name="Alex Example", my_email="alex@example.com", zone=BERLIN,
        phone_region="DE", linkedin_premium=False, playbook=DEFAULT_PLAYBOOK,
    )


@pytest.fixture
def owner(db):  # type: ignore[no-untyped-def]
    from django.contrib.auth.models import User

    return User.objects.create_user("owner", "owner@example.com", "x-long-password-1")


@pytest.fixture
def teammate(db):  # type: ignore[no-untyped-def]
    from django.contrib.auth.models import User

    return User.objects.create_user("teammate", "teammate@example.com", "x-long-password-2")


@pytest.fixture
def people_with_deadlines(owner, teammate, clock):  # type: ignore[no-untyped-def]
    """1,000 people each for two owners, face-to-face deadlines an hour apart, with statistics:
    enough that PostgreSQL's choice of index means something (on near-empty tables it may pick
    any index, depending on the tests run before)."""
    from django.db import connection
    from django.utils import timezone

    from followthrough.models import Person

    now = timezone.now()
    for who in (owner, teammate):
        Person.objects.bulk_create(
            Person(owner=who, full_name=f"Person {i}", face_to_face_due=now + timedelta(hours=i))
            for i in range(-500, 500))
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE followthrough_person")


@pytest.fixture
def outsider(db):  # type: ignore[no-untyped-def]
    from django.contrib.auth.models import User

    return User.objects.create_user("outsider", "outsider@example.com", "x-long-password-3")


@pytest.fixture
def cli_app(owner, prefs):  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from followthrough.cli.context import App

    return App(owner=owner, prefs=prefs, clock=timezone.now)


@pytest.fixture
def run(cli_app, clock) -> Callable[..., Result]:  # type: ignore[no-untyped-def]
    """Run `followthrough ARGS...` as the owner, on the controlled clock."""
    from followthrough.cli import cli

    def invoke(*args: str, input: str | None = None) -> Result:
        return CliRunner(env={"COLUMNS": "200"}).invoke(
            cli, list(args), obj=cli_app, input=input, catch_exceptions=False
        )

    return invoke


def with_playbook(prefs: Preferences, toml: str) -> Preferences:
    from followthrough.domain.playbook import parse_playbook

    return replace(prefs, playbook=parse_playbook(toml))
