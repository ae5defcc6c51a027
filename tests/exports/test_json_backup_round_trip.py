"""The JSON backup: export everything, restore into an empty database, get the same data."""

from __future__ import annotations

import json

import pytest

from tests.imports.helpers import alive

pytestmark = pytest.mark.django_db

SAMPLES = ("apple-3.0.vcf", "rfc6350-4.0.vcf", "linkedin-Connections.csv",
           "google-contacts.csv")


def comparable(document: bytes) -> dict:  # type: ignore[type-arg]
    """The backup without what a restore renumbers (meeting refs) or re-stamps."""
    data = json.loads(document)
    data.pop("exported_at")
    for person in data["people"]:
        refs = {m.pop("ref"): n for n, m in enumerate(person["meetings"])}
        for row in person["steps"] + person["offers"]:
            row["meeting"] = refs.get(row["meeting"])
    return data


def a_full_history(run, owner, fixtures, clock) -> None:  # type: ignore[no-untyped-def]
    from followthrough.models import Person

    run("import", *(str(fixtures / n) for n in SAMPLES))
    Person.objects.filter(full_name__startswith="Marta").update(photo=b"\xff\xd8\xffjpeg",
                                                                photo_mime="image/jpeg")
    run("met", "Marta", "--person", "Marta", "--at", "Lisbon meetup", "--why", "atlas print",
        "--need", "a risograph printer", "--give", "intro to Ingrid")
    clock.shift(3600 * 24)
    run("log", "Marta", "--kind", "email", "--note", "thanks sent")
    run("offer", "Marta", "book on maps", "--delivered")
    step = alive(owner, "Marta")[0].steps.filter(kind="save-card").get()
    run("skip", str(step.pk), "--reason", "already saved")
    run("met", "Jane Doe", "--at", "mixer", "--why", "hiring", "--email", "jane@example.com")
    jane = alive(owner, "Jane Doe")[0]
    jane.card_photos.create(owner=owner, photo=b"\xff\xd8\xffcard")


def test_restoring_a_backup_into_an_empty_database_gives_back_the_same_data(
        run, owner, fixtures, clock, tmp_path):
    from followthrough.models import Person

    a_full_history(run, owner, fixtures, clock)
    backup = tmp_path / "backup.json"
    run("export", "--format", "json", "--out", str(backup))
    first = backup.read_bytes()
    Person.objects.filter(owner=owner).delete()
    result = run("import", str(backup))
    assert "11 created, 0 updated, 0 unchanged" in result.output, result.output
    again = tmp_path / "again.json"
    run("export", "--format", "json", "--out", str(again))
    assert comparable(again.read_bytes()) == comparable(first)
    (marta,) = alive(owner, "Marta")
    assert bytes(marta.photo) == b"\xff\xd8\xffjpeg"
    (jane,) = alive(owner, "Jane Doe")
    assert [bytes(p.photo) for p in jane.card_photos.all()] == [b"\xff\xd8\xffcard"]
    assert marta.steps.filter(state="skipped").get().skip_reason == "already saved"
    assert marta.offers.get(text="intro to Ingrid").meeting is not None


def test_restoring_the_same_backup_twice_doubles_nothing(run, owner, fixtures, clock, tmp_path):
    from followthrough.models import Meeting, Step

    a_full_history(run, owner, fixtures, clock)
    backup = tmp_path / "backup.json"
    run("export", "--format", "json", "--out", str(backup))
    counts = (Meeting.objects.count(), Step.objects.count())
    result = run("import", str(backup))
    assert "0 created, 0 updated, 11 unchanged" in result.output
    assert (Meeting.objects.count(), Step.objects.count()) == counts


def test_a_customised_playbook_comes_back_with_the_backup(run, owner, clock, tmp_path):
    from followthrough.preferences import playbook_path

    custom = ('[[step]]\nkind = "call"\ntitle = "Call them"\nafter = "7d"\n'
              'completed_by = ["call"]\n')
    playbook_path().parent.mkdir(parents=True, exist_ok=True)
    playbook_path().write_text(custom)
    backup = tmp_path / "backup.json"
    run("export", "--format", "json", "--out", str(backup))
    playbook_path().unlink()
    assert "Restored the backup's playbook" in run("import", str(backup)).output
    assert playbook_path().read_text() == custom


@pytest.mark.parametrize(("content", "message"), [
    (b'{"format": "followthrough-backup", "version": 1, "people": [{"uid": "x"}]}',
     "backup.json, field people[0].full_name: is required"),
    (b'{"format": "followthrough-backup", "version": 1, "people": [{"uid": "x", '
     b'"full_name": "A", "meetings": [{"at": "2026-01-01T10:00:00"}]}]}',
     "field people[0].meetings[0].at: '2026-01-01T10:00:00' has no time zone"),
    (b'{"format": "followthrough-backup", "version": 1, "people": [{"uid": "x", '
     b'"full_name": "' + b"A" * 300 + b'"}]}',
     "field people[0].full_name: is 300 characters long; the limit is 200"),
    (b'{"format": "followthrough-backup", "version": 2}', "backup version 2 is not 1"),
])
def test_a_broken_backup_imports_nothing_and_says_where(run, owner, tmp_path, content, message):
    from followthrough.models import Person

    backup = tmp_path / "backup.json"
    backup.write_bytes(content)
    result = run("import", str(backup))
    assert result.exit_code == 1
    assert message in result.output
    assert not Person.objects.exists()
