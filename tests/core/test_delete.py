import json
from datetime import timedelta

import pytest
from django.utils import timezone

from followthrough.errors import NotFound
from followthrough.models import Person, Step
from followthrough.selectors.people import find_deleted_person
from followthrough.services.trash import purge_deleted


def test_deleting_asks_first(run, jane):
    result = run("delete", "Jane", input="n\n")
    assert result.exit_code == 1 and "nothing deleted" in result.output
    assert Person.objects.alive().count() == 1


def test_a_deleted_person_disappears_and_can_be_brought_back(run, jane):
    result = run("delete", "Jane", input="y\n")
    assert f"Undo within 30 days: followthrough undelete {jane['person']['id']}" in result.output
    assert json.loads(run("people", "--json").output) == []
    assert json.loads(run("today", "--json").output)["totals"]["this_week"] == 0
    assert "Jane Doe" in run("trash").output
    assert "Jane Doe is back." in run("undelete", "Jane").output
    assert [p["name"] for p in json.loads(run("people", "--json").output)] == ["Jane Doe"]


def test_deleted_people_are_purged_after_30_days_with_everything_they_had(run, jane, clock):
    run("delete", "Jane", "--yes")
    clock.shift(timedelta(days=29))
    assert purge_deleted(now=timezone.now()) == 0
    clock.shift(timedelta(days=2))
    assert purge_deleted(now=timezone.now()) == 1
    assert Person.objects.count() == Step.objects.count() == 0
    assert "no deleted person matches" in run("undelete", "Jane").output


def test_another_owners_deleted_person_cannot_be_brought_back(run, jane, outsider):
    run("delete", "Jane", "--yes")
    with pytest.raises(NotFound):
        find_deleted_person(outsider, str(jane["person"]["id"]))
