"""A merge is recorded: undeleting the person merged away brings no empty twin back."""

import json

from followthrough.models import Meeting, Person


def test_undeleting_a_merged_away_person_says_what_happened_and_brings_nothing_back(run, jane):
    run("met", "J. Doe", "--new", "--at", "PyCon", "--email", "jd@example.org")
    twin = Person.objects.get(full_name="J. Doe")
    run("merge", "jane@example.com", str(twin.pk))
    result = run("undelete", str(twin.pk))
    assert result.exit_code == 1
    assert (f"J. Doe (id {twin.pk}) was merged into Jane Doe (id {jane['person']['id']}) on "
            "2026-03-04") in result.output
    assert "nothing of theirs is left here to bring back" in result.output
    assert Person.objects.alive().count() == 1
    assert Meeting.objects.filter(person__full_name="Jane Doe").count() == 2


def test_the_trash_says_who_a_person_was_merged_into(run, jane):
    run("met", "J. Doe", "--new")
    twin = Person.objects.get(full_name="J. Doe")
    run("merge", "Jane Doe", str(twin.pk))
    listed = json.loads(run("trash", "--json").output)
    assert listed[0]["merged_into"] == {"id": jane["person"]["id"], "name": "Jane Doe"}
    assert "merged into Jane Doe" in run("trash").output


def test_a_deleted_person_not_merged_still_comes_back(run, jane):
    run("delete", "Jane", "--yes")
    assert "Jane Doe is back" in run("undelete", "Jane").output
