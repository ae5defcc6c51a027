"""The first-run set-up: asked once on a fresh start, skippable, saved all or nothing, per owner."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from followthrough.models import FirstRun
from followthrough.preferences import config_path, preferences_for
from followthrough.reminders.models import ReminderSettings
from tests.web.helpers import html

ANSWERS = {"name": "Alex Example", "zone": "Asia/Tokyo", "linkedin_premium": "on",
           "reminder_email": "alex@example.org"}


@pytest.fixture(autouse=True)
def owner_prefs() -> None:
    """Here the pages read the real config.toml (in this test's folder), which the set-up writes."""


@pytest.fixture
def newcomer(db) -> User:  # type: ignore[no-untyped-def]
    return User.objects.create_user("newcomer", "newcomer@example.com", "x-long-password-9")


@pytest.fixture
def fresh(client: Client, newcomer: User, clock) -> Client:  # type: ignore[no-untyped-def]
    client.force_login(newcomer)
    return client


def test_a_fresh_start_goes_to_the_set_up_first(fresh):
    response = fresh.get("/")
    assert response.status_code == 302 and response["Location"] == "/setup/"
    page = html(fresh.get("/setup/"))
    assert "Welcome to Followthrough" in page and "Skip for now" in page
    assert 'data-preset="browser"' in page  # app.js picks the browser's zone
    assert '<option value="America/New_York">America/New York</option>' in page


def test_the_answers_are_saved_and_today_opens(fresh, newcomer):
    response = fresh.post("/setup/", ANSWERS)
    assert response.status_code == 302 and response["Location"] == "/"
    prefs = preferences_for(newcomer)
    assert (prefs.my_name, prefs.zone.key, prefs.linkedin_premium) == (
        "Alex Example", "Asia/Tokyo", True)
    assert "# signs your drafts" in config_path().read_text()  # the file's comments stay
    assert ReminderSettings.objects.get(owner=newcomer).email == "alex@example.org"
    assert fresh.get("/").status_code == 200
    assert "Your details" in html(fresh.get("/setup/"))  # from Settings, later


def test_skipping_is_remembered_and_writes_no_answer(fresh, newcomer):
    response = fresh.post("/setup/", {"skip": "1", "name": "ignored"})
    assert response["Location"] == "/"
    assert fresh.get("/").status_code == 200
    assert FirstRun.objects.get(owner=newcomer).skipped
    assert not config_path().exists()


@pytest.mark.parametrize(("field", "value", "message"), [
    ("zone", "Mars/Olympus", "Select a valid choice"),
    ("reminder_email", "not-an-email", "not a valid email address"),
    ("name", "A" * 201, "at most 200 characters"),
    ("name", "Alex\x00Example", "Null characters are not allowed"),
])
def test_a_bad_answer_is_named_and_nothing_is_saved(fresh, newcomer, field, value, message):
    response = fresh.post("/setup/", {**ANSWERS, field: value})
    assert response.status_code == 400
    assert message in html(response)
    assert not config_path().exists()
    assert not FirstRun.objects.filter(owner=newcomer).exists()
    assert not ReminderSettings.objects.filter(owner=newcomer, email="alex@example.org").exists()
    assert fresh.get("/")["Location"] == "/setup/"


def test_markup_in_a_name_is_shown_as_text(fresh):
    fresh.post("/setup/", {**ANSWERS, "name": "<script>alert(1)</script>"})
    page = html(fresh.get("/setup/"))
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_someone_who_has_used_the_app_is_not_asked(fresh, newcomer, meet):
    meet(newcomer)
    assert fresh.get("/").status_code == 200


def test_one_owners_set_up_is_theirs_alone(fresh, newcomer, teammate):
    fresh.post("/setup/", ANSWERS)
    FirstRun.objects.filter(owner=teammate).delete()  # the teammate is new too
    other = Client()
    other.force_login(teammate)
    assert other.get("/")["Location"] == "/setup/"
    assert not ReminderSettings.objects.filter(owner=teammate, email="alex@example.org").exists()


def test_a_server_asks_only_for_the_owners_own_address(fresh, newcomer, settings):
    settings.SERVER_MODE = True
    page = html(fresh.get("/setup/"))
    assert 'name="reminder_email"' in page and 'name="zone"' not in page
    fresh.post("/setup/", ANSWERS)  # the shared config.toml is the administrator's
    assert not config_path().exists()
    assert ReminderSettings.objects.get(owner=newcomer).email == "alex@example.org"


def test_the_set_up_needs_a_sign_in(client, db):
    assert client.get("/setup/")["Location"].startswith("/accounts/login/")
    assert client.post("/setup/", ANSWERS)["Location"].startswith("/accounts/login/")
