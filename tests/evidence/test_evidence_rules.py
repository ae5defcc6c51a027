"""The rules every source shares: idempotent, dry runs write nothing, never a new person,
a name alone is only a suggestion, and one owner's evidence never touches another's people."""

from __future__ import annotations

import json
import zipfile

from tests.evidence.helpers import interactions_of, meet, steps_of
from tests.imports.helpers import snapshot

ALL = ("linkedin-export", "takeout.mbox", "google-calendar.ics", "Sent")


def paths(fixtures):  # type: ignore[no-untyped-def]
    return [str(fixtures / name) for name in ALL]


def test_importing_the_same_evidence_again_changes_nothing(run, owner, cast, fixtures):
    run("import", *paths(fixtures))
    before = snapshot(owner)

    result = run("import", *paths(fixtures), "--json")

    evidence = json.loads(result.output)["evidence"]
    assert snapshot(owner) == before
    assert (evidence["steps_completed"], evidence["interactions_logged"],
            evidence["suggestions"]) == ([], [], [])
    assert evidence["already_imported"] > 10


def test_a_dry_run_reports_the_same_and_writes_nothing(run, owner, cast, fixtures):
    from followthrough.models import EvidenceItem, InferredIdentity

    before = snapshot(owner)
    dry = json.loads(run("import", *paths(fixtures), "--dry-run", "--json").output)["evidence"]

    assert snapshot(owner) == before
    assert not EvidenceItem.objects.exists() and not InferredIdentity.objects.exists()
    real = json.loads(run("import", *paths(fixtures), "--json").output)["evidence"]
    assert dry["dry_run"] and not real["dry_run"]
    assert [c["step"]["title"] for c in dry["steps_completed"]] == \
        [c["step"]["title"] for c in real["steps_completed"]]
    assert len(dry["interactions_logged"]) == len(real["interactions_logged"]) > 10


def test_evidence_never_creates_people(run, owner, clock, fixtures):
    from followthrough.models import Person

    run("import", *[p for p in paths(fixtures) if "linkedin" not in p])

    assert not Person.objects.filter(owner=owner).exists()


def test_a_match_by_name_alone_is_a_suggestion_until_confirmed(run, owner, cast, fixtures):
    from followthrough.models import ContactPoint

    result = run("import", str(fixtures / "takeout.mbox"), "--json")
    [suggestion] = json.loads(result.output)["evidence"]["suggestions"]
    assert interactions_of(cast.dan) == []

    confirmed = run("evidence", "confirm", str(suggestion["id"]))

    assert "Dan Brown" in confirmed.output
    assert interactions_of(cast.dan) == [("email", True, "Mail received: New job, new address")]
    assert ContactPoint.objects.filter(person=cast.dan, key="dan.brown@newjob.example").exists()


def test_a_dismissed_suggestion_stays_dismissed_on_the_next_import(run, owner, cast, fixtures):
    result = run("import", str(fixtures / "takeout.mbox"), "--json")
    [suggestion] = json.loads(result.output)["evidence"]["suggestions"]

    run("evidence", "dismiss", str(suggestion["id"]))
    again = json.loads(run("import", str(fixtures / "takeout.mbox"), "--json").output)

    assert again["evidence"]["suggestions"] == []
    assert interactions_of(cast.dan) == []


def test_another_owners_people_are_never_matched(run, owner, teammate, prefs, clock, fixtures):
    from datetime import datetime

    from tests.helpers import BERLIN

    theirs = meet(teammate, prefs, "Jane Doe", datetime(2026, 3, 2, 18, 0, tzinfo=BERLIN),
                  email="jane.doe@example.com")

    run("import", *paths(fixtures))

    assert interactions_of(theirs) == []
    assert steps_of(theirs)["thank-you-email"] == ("open", None)


def test_another_owners_suggestion_cannot_be_confirmed(run, owner, teammate, prefs, cast,
                                                       fixtures):
    from followthrough.models import EvidenceItem, Person

    run("import", str(fixtures / "takeout.mbox"))
    row = EvidenceItem.objects.get(state="suggested")
    EvidenceItem.objects.filter(pk=row.pk).update(
        owner=teammate, person=Person.objects.create(owner=teammate, full_name="Dan Brown"))

    result = run("evidence", "confirm", str(row.pk))

    assert result.exit_code == 1
    assert "not found" in result.output
    assert EvidenceItem.objects.get(pk=row.pk).state == "suggested"


def test_a_zip_of_the_export_reads_like_the_folder(run, owner, cast, fixtures, tmp_path):
    archive = tmp_path / "Basic_LinkedInDataExport_03-04-2026.zip"
    with zipfile.ZipFile(archive, "w") as out:
        for item in (fixtures / "linkedin-export").iterdir():
            out.write(item, f"Basic_LinkedInDataExport_03-04-2026/{item.name}")

    result = run("import", str(archive), "--json")

    shape = json.loads(result.output)
    assert shape["passed_over"] == [f"{archive.name}/Basic_LinkedInDataExport_03-04-2026/"
                                    "Profile.csv: neither contacts nor mail, calendar or "
                                    "LinkedIn evidence"]
    assert steps_of(cast.jane)["linkedin"][0] == "done"


def test_a_folder_passes_over_links_and_unknown_files_and_names_them(run, owner, cast, fixtures,
                                                                      tmp_path):
    import os
    import shutil

    folder = tmp_path / "export"
    folder.mkdir()
    shutil.copy(fixtures / "takeout.mbox", folder / "mail.mbox")
    (folder / "passwd").symlink_to("/etc/passwd")
    os.mkfifo(folder / "pipe")
    (folder / "notes.txt").write_text("hello")

    result = run("import", str(folder), "--json")

    shape = json.loads(result.output)
    assert shape["passed_over"] == [
        "export/notes.txt: neither contacts nor mail, calendar or LinkedIn evidence",
        "export/passwd: not a regular file", "export/pipe: not a regular file"]
    assert shape["evidence"]["read"] == 5


def test_a_folder_with_nothing_to_import_is_one_clear_error(run, owner, clock, tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.txt").write_text("hello")

    result = run("import", str(tmp_path / "empty"))

    assert result.exit_code == 1
    assert "nothing to import: empty/notes.txt: neither contacts" in result.output
