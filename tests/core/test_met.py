import json

from followthrough.models import ContactPoint, Meeting, Offer, Person, Step
from tests.core.helpers import JANE


def test_it_records_a_meeting_and_prints_the_plan_with_drafts(run, owner):
    result = run(*JANE)
    assert result.exit_code == 0, result.output
    assert "New person Jane Doe" in result.output
    assert "Send a LinkedIn connection request" in result.output
    assert "Fri 06 Mar 2026 19:00" in result.output  # 48 hours after Wed 19:00
    assert "Fri 03 Apr 2026 19:00" in result.output  # 30 local days later, after DST
    assert "Tue 02 Jun 2026 19:00" in result.output  # face to face within 90 days
    assert "Chamber of Commerce mixer" in result.output
    assert "What you can give: intro to Priya and Tom" in result.output
    person = Person.objects.get(owner=owner)
    assert (person.organisation, person.title) == ("Acme", "VP Engineering")
    assert set(ContactPoint.objects.values_list("kind", "value")) == {
        ("email", "jane@example.com"), ("linkedin", "https://www.linkedin.com/in/janedoe")}
    assert Step.objects.count() == 6
    assert Offer.objects.get().text == "intro to Priya and Tom"


def test_meeting_someone_known_by_email_adds_a_meeting_not_a_twin(run, jane, clock):
    clock.shift(86400 * 3)
    result = run("met", "J. Doe", "--at", "Data meetup", "--email", "JANE@EXAMPLE.COM",
                 "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert payload["created_person"] is False
    assert payload["person"]["id"] == jane["person"]["id"]
    assert Person.objects.count() == 1 and Meeting.objects.count() == 2
    # the open face-to-face deadline is not doubled
    assert Step.objects.filter(cadence=True, state="open").count() == 1


def test_meeting_someone_known_by_linkedin_url_matches_them(run, jane):
    result = run("met", "Jane D", "--linkedin", "linkedin.com/in/janedoe/", "--json")
    assert json.loads(result.output)["created_person"] is False


def test_a_name_only_match_asks_which_person_and_writes_nothing(run, jane):
    result = run("met", "jane doe", "--at", "Gym")
    assert result.exit_code == 1
    assert "you already know someone called jane doe" in result.output
    assert f"{jane['person']['id']}: Jane Doe, Acme" in result.output
    assert Meeting.objects.count() == 1


def test_new_creates_a_second_person_with_the_same_name(run, jane):
    result = run("met", "Jane Doe", "--new", "--json")
    assert json.loads(result.output)["created_person"] is True
    assert Person.objects.count() == 2


def test_person_adds_the_meeting_to_the_chosen_person(run, jane):
    result = run("met", "Jane Doe", "--person", str(jane["person"]["id"]), "--at", "Gym",
                 "--json")
    assert json.loads(result.output)["created_person"] is False
    assert Meeting.objects.filter(where="Gym").count() == 1


def test_when_reads_human_times_in_the_users_zone(run):
    result = run("met", "Bob Smith", "--when", "yesterday 6pm", "--json")
    assert json.loads(result.output)["meeting"]["at"] == "2026-03-03T17:00:00+00:00"


def test_an_empty_give_note_warns(run):
    result = run("met", "Bob Smith", "--at", "PyCon", "--why", "fellow Djangonaut")
    assert "no note of what you can give them" in result.output
