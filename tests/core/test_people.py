import json
from datetime import timedelta

from django.utils import timezone

from followthrough.domain.kinds import Status
from followthrough.domain.status import classify
from followthrough.models import Person
from followthrough.selectors.people import people_for


def names(run, *args):
    return [p["name"] for p in json.loads(run("people", *args, "--json").output)]


def test_people_filters_by_status_and_search(run, jane, clock):
    # met five days ago: meeting face to face now is meeting again (not the same meeting)
    run("met", "Bob Smith", "--at", "PyCon", "--company", "Initech", "--when", "5 days ago")
    run("log", "Bob", "--kind", "face-to-face")
    assert sorted(names(run)) == ["Bob Smith", "Jane Doe"]
    assert names(run, "--status", "relationship") == ["Bob Smith"]
    assert names(run, "--status", "following-up") == ["Jane Doe"]
    assert names(run, "--search", "initech") == ["Bob Smith"]
    assert names(run, "--search", "jane@example") == ["Jane Doe"]
    clock.shift(timedelta(days=91))
    assert sorted(names(run, "--status", "lapsed")) == ["Bob Smith", "Jane Doe"]


def test_the_status_filter_agrees_with_the_status_rule(run, owner, jane, clock):
    run("met", "Bob Smith", "--at", "PyCon")
    run("log", "Bob", "--kind", "face-to-face")
    run("cadence", "Bob", "20")
    Person.objects.create(owner=owner, full_name="Connie Connection")
    for days in (0, 5, 10, 30, 76, 80, 95, 200):
        now = timezone.now() + timedelta(days=days)
        for status in Status:
            by_query = set(people_for(owner, now=now, status=status).values_list("id", flat=True))
            by_rule = {p.id for p in Person.objects.filter(owner=owner)
                       if classify(p.facts, now) is status}
            assert by_query == by_rule, (days, status)


def test_an_empty_list_says_how_to_start(run, owner):
    assert "No people yet" in run("people").output
