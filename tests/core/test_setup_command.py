"""`followthrough setup` asks what the web app's first page asks, through the same service."""

from __future__ import annotations

from followthrough.models import FirstRun
from followthrough.preferences import config_path, preferences_for
from followthrough.reminders.models import ReminderSettings


def test_it_asks_each_question_and_saves_the_answers(run, owner):
    result = run("setup", input="Sam Rivers\nAmerica/New_York\ny\nsam@example.org\n")
    assert result.exit_code == 0, result.output
    assert "Your name (it signs your drafts) [Alex Example]:" in result.output
    prefs = preferences_for(owner)
    assert (prefs.my_name, prefs.zone.key, prefs.linkedin_premium) == (
        "Sam Rivers", "America/New_York", True)
    assert ReminderSettings.objects.get(owner=owner).email == "sam@example.org"
    assert FirstRun.objects.filter(owner=owner, skipped=False).exists()  # the web won't ask
    assert "drafts signed  Sam Rivers" in result.output


def test_a_wrong_answer_is_asked_again_saying_why(run, owner):
    result = run("setup", input="Sam\nMars/Olympus\nEurope/Paris\nn\nnope\n\n")
    assert result.exit_code == 0, result.output
    assert "time zone: 'Mars/Olympus' is not a time zone (try 'Europe/Berlin')" in result.output
    assert "email: 'nope' is not a valid email address" in result.output
    assert preferences_for(owner).zone.key == "Europe/Paris"


def test_options_answer_without_questions(run, owner):
    result = run("setup", "--name", "Sam", "--zone", "Europe/Paris", "--no-premium",
                 "--email", "", "--yes")
    assert result.exit_code == 0 and "?" not in result.output.splitlines()[0]
    assert preferences_for(owner).my_name == "Sam"


def test_a_bad_option_is_one_line_and_writes_nothing(run, owner):
    result = run("setup", "--zone", "Nowhere/Else", "--name", "Sam", "--yes")
    assert result.exit_code == 1
    assert "time zone: 'Nowhere/Else' is not a time zone" in result.output
    assert "Traceback" not in result.output
    assert not config_path().exists()
    assert not FirstRun.objects.filter(owner=owner).exists()
