import json
from datetime import timedelta


def status_of(run, ref="Jane"):
    return json.loads(run("show", ref, "--json").output)["status"]


def test_it_marks_contact_lapsed_after_90_days_without_a_face_to_face_meeting(run, jane, clock):
    assert status_of(run) == "following-up"
    clock.shift(timedelta(days=77))
    assert status_of(run) == "at-risk"
    clock.shift(timedelta(days=13, minutes=1))
    assert status_of(run) == "lapsed"
    assert "lapsed" in run("people").output


def test_cadence_off_means_never_lapsing(run, jane, clock):
    result = run("cadence", "Jane", "off")
    assert "Face to face with Jane Doe: off." in result.output
    clock.shift(timedelta(days=400))
    assert status_of(run) == "following-up"


def test_a_shorter_cadence_moves_the_deadline(run, jane, clock):
    run("cadence", "Jane", "30")
    clock.shift(timedelta(days=31))
    assert status_of(run) == "lapsed"


def test_a_relationship_ends_on_the_local_day_and_hour_its_deadline_falls(run, clock):
    """Met face to face in winter time, the relationship and the next deadline both end 90
    local days later in summer time (relationship_until was 90 x 24 hours, an hour late)."""
    from followthrough.models import Person

    # First met three days before: meeting again within 48 hours would be that same meeting.
    run("met", "Jane Doe", "--when", "2026-03-01 19:00")
    run("log", "Jane", "--kind", "face-to-face")
    jane = Person.objects.get(full_name="Jane Doe")
    assert jane.relationship_until == jane.face_to_face_due
    assert jane.relationship_until.isoformat() == "2026-06-02T17:00:00+00:00"  # 19:00 in Berlin


def test_editing_a_person_and_their_cadence_is_one_change_or_none(owner, prefs, jane, clock):
    import pytest
    from django.utils import timezone

    from followthrough.errors import InvalidInput
    from followthrough.models import Person
    from followthrough.services.people_edit import PersonEdit, edit_person

    person = Person.objects.get(full_name="Jane Doe")
    with pytest.raises(InvalidInput, match="cadence"):
        edit_person(owner=owner, person=person, now=timezone.now(), prefs=prefs,
                    edit=PersonEdit(full_name="Jane Roe", cadence_days=99999))
    person.refresh_from_db()
    assert (person.full_name, person.cadence_days) == ("Jane Doe", 90)  # the name was not kept
    edit_person(owner=owner, person=person, now=timezone.now(), prefs=prefs,
                edit=PersonEdit(full_name="Jane Roe", cadence_days=30))
    person.refresh_from_db()
    assert (person.full_name, person.cadence_days) == ("Jane Roe", 30)
    assert person.face_to_face_due.isoformat() == "2026-04-03T17:00:00+00:00"  # 30 local days
