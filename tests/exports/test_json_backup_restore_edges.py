"""A JSON backup always restores: deleted people, people already here, odd times, big files.

Restoring merges with the people already here by UID (in the trash too) and writes everyone
else whole, in one transaction; anything it cannot restore is one line naming file and field.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.imports.helpers import alive

pytestmark = pytest.mark.django_db


def export(run, tmp_path, name: str = "backup.json"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    result = run("export", "--format", "json", "--out", str(path))
    assert result.exit_code == 0, result.output
    return path


def a_deleted_person(run) -> None:  # type: ignore[no-untyped-def]
    run("met", "Ann Lee", "--at", "Lisbon meetup", "--why", "maps", "--email", "ann@example.com")
    run("met", "Bob Smith", "--at", "PyCon")
    assert run("delete", "Ann Lee", "--yes").exit_code == 0


def test_a_backup_holding_a_deleted_person_restores_onto_the_same_database(
        run, owner, clock, tmp_path):
    from followthrough.models import Person

    a_deleted_person(run)
    backup = export(run, tmp_path)
    for args in (("--dry-run",), ()):
        result = run("import", *args, str(backup))
        assert result.exit_code == 0, result.output
        assert "0 created, 0 updated, 2 unchanged" in result.output
    assert Person.objects.filter(owner=owner).count() == 2
    assert "1 of the people already here is in the trash" in result.output


def test_a_backup_holding_a_deleted_person_restores_into_an_empty_database(
        run, owner, clock, tmp_path):
    from followthrough.models import Person, Step

    a_deleted_person(run)
    backup = export(run, tmp_path)
    Person.objects.filter(owner=owner).delete()
    result = run("import", str(backup))
    assert "2 created, 0 updated, 0 unchanged" in result.output, result.output
    ann = Person.objects.get(owner=owner, full_name="Ann Lee")
    assert ann.deleted_at is not None
    assert set(Step.objects.filter(person=ann).values_list("state", flat=True)) == {"trashed"}
    assert "Ann Lee" not in run("today").output
    assert "Ann Lee" in run("trash").output
    assert run("undelete", "Ann Lee").exit_code == 0
    assert {s.state for s in Step.objects.filter(person=ann)} == {"open"}
    assert "Ann Lee" in run("today").output


def test_someone_deleted_since_the_backup_is_merged_into_in_the_trash(
        run, owner, clock, tmp_path):
    from followthrough.models import Person

    run("met", "Ann Lee", "--at", "Lisbon meetup", "--email", "ann@example.com")
    backup = export(run, tmp_path)
    run("delete", "Ann Lee", "--yes")
    result = run("import", str(backup))
    assert result.exit_code == 0, result.output
    assert "0 created, 0 updated, 1 unchanged" in result.output
    (ann,) = Person.objects.filter(owner=owner)
    assert ann.deleted_at is not None  # still where the user put it


def test_a_backup_restored_into_another_account_keeps_people_who_share_an_address(
        run, owner, outsider, prefs, clock, tmp_path):
    """Two people of one backup are two people, even with the same e-mail: only people
    already in the database are merged into."""
    from django.utils import timezone

    from followthrough.models import Person
    from followthrough.services.backup_restore import restore_backup

    run("met", "Ann Lee", "--at", "mixer", "--email", "shared@example.com")
    run("met", "Ann Lee", "--new", "--at", "PyCon", "--email", "shared@example.com")
    backup = export(run, tmp_path)
    report = restore_backup(owner=outsider, path=backup, prefs=prefs, now=timezone.now())
    assert report.people.created == 2
    assert Person.objects.filter(owner=outsider, full_name="Ann Lee").count() == 2
    assert report.restored["meetings"] == 2


def test_restored_deadlines_are_those_of_the_restored_rows(
        run, owner, outsider, prefs, clock, tmp_path):
    from django.utils import timezone

    from followthrough.models import Person
    from followthrough.services.backup_restore import restore_backup

    run("met", "Ann Lee", "--at", "mixer")
    clock.shift(timedelta(days=3))  # meeting again, not the same meeting (48 hours)
    run("log", "Ann Lee", "--kind", "face-to-face")
    backup = export(run, tmp_path)
    document = json.loads(backup.read_text())
    for key in ("next_due", "face_to_face_due", "first_met_at", "relationship_until"):
        document["people"][0][key] = None  # a hand-edited file: the rows still say
    document["people"][0]["status"] = "lapsed"  # an older release's backup: no longer read
    backup.write_text(json.dumps(document))
    restore_backup(owner=outsider, path=backup, prefs=prefs, now=timezone.now())
    original = Person.objects.get(owner=owner)
    restored = Person.objects.get(owner=outsider)
    assert original.last_face_to_face_at is not None
    for key in ("next_due", "face_to_face_due", "first_met_at", "last_face_to_face_at",
                "relationship_until"):
        assert getattr(restored, key) == getattr(original, key), key


def test_a_uid_twice_in_one_file_makes_one_person(run, owner, clock, tmp_path):
    from followthrough.models import Person

    run("met", "Ann Lee", "--at", "mixer", "--email", "ann@example.com")
    document = json.loads(export(run, tmp_path).read_text())
    twin = dict(document["people"][0], organisation="Acme", meetings=[], steps=[], offers=[])
    document["people"].append(twin)
    Person.objects.filter(owner=owner).delete()
    backup = tmp_path / "twice.json"
    backup.write_text(json.dumps(document))
    result = run("import", str(backup))
    assert "1 created, 1 updated, 0 unchanged" in result.output, result.output
    (ann,) = alive(owner, "Ann Lee")
    assert (ann.organisation, ann.meetings.count()) == ("Acme", 1)


def backup_with(tmp_path, **values):  # type: ignore[no-untyped-def]
    person = {"uid": "urn:uuid:x", "full_name": "Ann Lee", "card_extra": {},
              "meetings": [{"ref": 1, "at": "2026-01-05T10:00:00+00:00"}],
              "steps": [{"meeting": 1, "kind": "call", "title": "Call Ann",
                         "due_at": "2026-02-04T10:00:00+00:00"}]}
    for path, value in values.items():
        *parents, name = path.split("__")
        where = person
        for parent in parents:
            where = where[parent][0] if isinstance(where[parent], list) else where[parent]
        where[name] = value
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps({"format": "followthrough-backup", "version": 1,
                                  "people": [person]}))
    return backup


@pytest.mark.parametrize(("values", "message"), [
    ({"meetings__at": "0001-01-01T00:00:00+00:00"},
     "backup.json, field people[0].meetings[0].at: '0001-01-01T00:00:00+00:00' is out of range"),
    ({"steps__due_at": "0001-01-01T03:00:00+05:00"},
     "field people[0].steps[0].due_at: '0001-01-01T03:00:00+05:00' is out of range"),
    ({"steps__due_at": "9999-12-31T23:59:59+00:00"},
     "field people[0].steps[0].due_at: '9999-12-31T23:59:59+00:00' is out of range: times run "
     "from 0001-01-02 to 9999-12-30 (UTC)"),
    ({"steps__state": "half-done"},
     "field people[0].steps[0].state: 'half-done' is not one of done, open, skipped, trashed"),
    ({"card_extra": ["FN:Ann"]},
     "field people[0].card_extra: must be an object whose \"lines\" are texts"),
    ({"playbook": None, "meetings__where": "x" * 2001},
     "field people[0].meetings[0].where: is 2,001 characters long; the limit is 2,000"),
])
def test_a_value_a_restore_cannot_keep_is_one_line_and_restores_nothing(
        run, owner, clock, tmp_path, values, message):
    from followthrough.models import Person

    values.pop("playbook", None)
    result = run("import", str(backup_with(tmp_path, **values)))
    assert result.exit_code == 1
    assert message in result.output and "nothing was imported" in result.output
    assert "Traceback" not in result.output
    assert not Person.objects.exists()


def test_the_last_day_a_time_can_hold_restores_and_shows(run, owner, clock, tmp_path):
    """A met person whose cadence is off has a relationship "for good": 9999-12-30, in every
    backup of them. It restores, and every command that shows a time still works."""
    from followthrough.models import Person

    backup = backup_with(tmp_path, relationship_until="9999-12-30T23:59:59.999999+00:00",
                         cadence_days=None,
                         steps__due_at="0001-01-02T00:00:00+00:00",
                         interactions=[{"kind": "face-to-face",  # meeting again, days later
                                        "at": "2026-01-09T10:00:00+00:00"}])
    result = run("import", str(backup))
    assert "1 created" in result.output, result.output
    (ann,) = Person.objects.filter(owner=owner)
    assert ann.relationship_until.year == 9999
    for command in (("today",), ("show", "Ann Lee"), ("people",),
                    ("export", "--format", "ics", "--out", str(tmp_path / "a.ics")),
                    ("export", "--format", "vcard", "--out", str(tmp_path / "a.vcf"))):
        shown = run(*command)
        assert shown.exit_code == 0, (command, shown.output)


def test_a_bigger_backup_costs_no_more_queries(run, owner, outsider, prefs, clock, tmp_path):
    """The restore writes in bulk: ten times the people, the same number of statements."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from followthrough.services.backup_restore import restore_backup
    from followthrough.services.versions import note_change

    def statements(people: int) -> int:
        person = json.loads(backup_with(tmp_path).read_text())["people"][0]
        document = {"format": "followthrough-backup", "version": 1, "people": [
            dict(person, uid=f"urn:uuid:{people}-{n}", full_name=f"Person {n}")
            for n in range(people)]}
        backup = tmp_path / f"{people}.json"
        backup.write_text(json.dumps(document))
        with CaptureQueriesContext(connection) as captured:
            report = restore_backup(owner=outsider, path=backup, prefs=prefs, now=timezone.now())
        assert report.people.created == people
        return len(captured.captured_queries)

    note_change(outsider.pk)  # the account's first write makes its data version: not counted
    few = statements(30)
    assert statements(300) == few


def test_a_restore_reports_its_progress_person_by_person(owner, prefs, clock, tmp_path):
    """The bar a terminal shows (cli/progress.py) is told how many people and each one done."""
    from django.utils import timezone

    from followthrough.services.backup_restore import restore_backup

    person = json.loads(backup_with(tmp_path).read_text())["people"][0]
    backup = tmp_path / "three.json"
    backup.write_text(json.dumps({"format": "followthrough-backup", "version": 1, "people": [
        dict(person, uid=f"urn:uuid:{n}", full_name=f"Person {n}") for n in range(3)]}))
    told: list[object] = []

    class Recorded:
        def begin(self, description: str, total: int | None) -> None:
            told.append((description, total))

        def advance(self) -> None:
            told.append("one")

    restore_backup(owner=owner, path=backup, prefs=prefs, now=timezone.now(),
                   progress=Recorded())
    assert told == [("Restoring people", 3), "one", "one", "one"]
