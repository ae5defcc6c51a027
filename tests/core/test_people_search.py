"""People search: what users type finds who they mean, by the start of any word, accents or not."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from followthrough.formats.records import ContactPoint, ContactRecord
from followthrough.models import Person
from followthrough.selectors.people import people_for, people_page
from followthrough.services.backup_json import backup_for
from followthrough.services.backup_restore import restore_backup
from followthrough.services.imports import import_contacts
from followthrough.services.merging import merge_people
from followthrough.services.people_edit import PersonEdit, delete_person, edit_person
from followthrough.services.trash import undelete_person


def found(owner, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(people_for(owner, now=timezone.now(), search=text).values_list("full_name", flat=True))


def page(owner, text: str, offset: int = 0, limit: int = 100) -> list[int]:  # type: ignore[no-untyped-def]
    return [p.pk for p in people_page(owner, search=text, status=None, now=timezone.now(),
                                      offset=offset, limit=limit)]


def met(run, name: str, *options: str) -> None:  # type: ignore[no-untyped-def]
    result = run("met", name, "--at", "Mixer", *options)
    assert result.exit_code == 0, result.output


def test_the_start_of_a_first_name_or_surname_finds_them(run, owner):
    met(run, "Jane Doe")
    met(run, "Tom Jansen")
    met(run, "Bob Benjamin")
    assert found(owner, "Jan") == ["Jane Doe", "Tom Jansen"]
    assert found(owner, "jans") == ["Tom Jansen"]
    assert found(owner, "jane do") == ["Jane Doe"]
    assert found(owner, "DOE") == ["Jane Doe"]
    assert found(owner, "jam") == []  # "Benjamin" does not start with it


def test_accents_are_optional_both_ways(run, owner):
    met(run, "José Müller-Lüdenscheidt")
    met(run, "Søren Kierkegaard")
    assert found(owner, "jose") == ["José Müller-Lüdenscheidt"]
    assert found(owner, "MÜLL") == found(owner, "mull") == ["José Müller-Lüdenscheidt"]
    assert found(owner, "ludensch") == ["José Müller-Lüdenscheidt"]
    assert found(owner, "soren") == found(owner, "Sø") == ["Søren Kierkegaard"]


def test_organisation_and_tag_words_find_them(run, owner, prefs):
    met(run, "Jane Doe", "--company", "Globex Corporation")
    met(run, "Bob Smith", "--company", "Initech")
    assert found(owner, "glob") == found(owner, "corp") == ["Jane Doe"]
    bob = Person.objects.get(full_name="Bob Smith")
    edit_person(owner=owner, person=bob, now=timezone.now(), prefs=prefs,
                edit=PersonEdit(full_name="Bob Smith", tags="hiring, rust"))
    assert found(owner, "hir") == found(owner, "rust") == ["Bob Smith"]


def test_an_email_phone_or_linkedin_url_finds_them(run, owner):
    met(run, "Jane Doe", "--email", "jane.doe@example.com", "--phone", "+49 30 1234567",
        "--linkedin", "https://www.linkedin.com/in/janedoe")
    met(run, "Bob Smith", "--email", "bob@example.org")
    assert found(owner, "jane.doe@example.com") == ["Jane Doe"]
    assert found(owner, "JANE.DOE@exa") == ["Jane Doe"]
    assert found(owner, "bob@") == ["Bob Smith"]
    assert found(owner, "+49 30 123") == found(owner, "0049301234567") == ["Jane Doe"]
    assert found(owner, "linkedin.com/in/janedoe") == ["Jane Doe"]
    assert found(owner, "https://www.linkedin.com/in/jane") == ["Jane Doe"]


def test_other_owners_people_are_never_found(run, owner, outsider):
    met(run, "Jane Doe", "--email", "jane@example.com")
    Person.objects.create(owner=outsider, full_name="Janet Outsider", organisation="Jane Corp")
    assert found(owner, "jan") == ["Jane Doe"]
    assert found(outsider, "jane") == ["Janet Outsider"]
    assert found(outsider, "jane@example.com") == []


def test_a_renamed_person_is_found_by_the_new_name_only(run, owner, prefs):
    met(run, "Jane Doe")
    jane = Person.objects.get(full_name="Jane Doe")
    edit_person(owner=owner, person=jane, now=timezone.now(), prefs=prefs,
                edit=PersonEdit(full_name="Jane Okafor"))
    assert found(owner, "okaf") == ["Jane Okafor"]
    assert found(owner, "doe") == []


def test_deleted_people_are_not_found(run, owner, clock):
    met(run, "Jane Doe")
    delete_person(owner=owner, person=Person.objects.get(full_name="Jane Doe"), now=timezone.now())
    assert found(owner, "jane") == []


def test_imported_and_merged_people_are_found(owner, prefs, clock):
    records = [ContactRecord(full_name="Ana Lima", organisation="Mapbox"),
               ContactRecord(full_name="Ana Lima", given_name="Ana", nickname="Nina")]
    import_contacts(owner=owner, records=records, prefs=prefs, now=timezone.now())
    assert found(owner, "mapb") == found(owner, "nina") == ["Ana Lima"]
    assert found(owner, "lim") == ["Ana Lima", "Ana Lima"]
    first, second = Person.objects.filter(owner=owner).order_by("id")
    merge_people(owner=owner, keep=first, absorb=second, now=timezone.now(), zone=prefs.zone)
    assert found(owner, "lim") == ["Ana Lima"]
    assert found(owner, "nina") == found(owner, "mapb") == ["Ana Lima"]  # the nickname came over


def test_an_import_is_found_and_so_is_everyone_met_after_it(run, owner, prefs, clock):
    """An import indexes its people in one statement at the end (services/search_index.py),
    then the search's own trigger is back for every later write."""
    records = [ContactRecord(full_name=f"Bulk Person {n}", organisation="Initech",
                             emails=[ContactPoint("email", f"bulk{n}@example.com")])
               for n in range(1200)]
    # Person 5 again, in a later batch of the same import: an update of someone the search
    # had to know already (the search table forgets a row by the words it indexed for it).
    records.append(ContactRecord(full_name="Bulk Person 5", nickname="Fiver",
                                 emails=[ContactPoint("email", "bulk5@example.com")]))
    import_contacts(owner=owner, records=records, prefs=prefs, now=timezone.now())
    assert len(found(owner, "initech")) == 1200
    assert found(owner, "bulk person 1199") == ["Bulk Person 1199"]
    assert found(owner, "fiver") == ["Bulk Person 5"]
    met(run, "Zora Quinn")
    assert found(owner, "zor") == ["Zora Quinn"]


def test_an_import_that_fails_or_is_a_dry_run_adds_no_one_to_the_search(
        run, owner, prefs, tmp_path, clock):
    good = "".join(f"Good{n},Person,,good{n}@example.com,Initech,,\n" for n in range(50))
    broken = tmp_path / "broken.csv"
    broken.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                      + good + "Bad,Row,,not-an-address,Initech,,32 Foo 2025\n", encoding="utf-8")
    assert run("import", str(broken)).exit_code == 1
    dry = tmp_path / "dry.csv"
    dry.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                   + good, encoding="utf-8")
    assert run("import", str(dry), "--dry-run").exit_code == 0
    assert found(owner, "initech") == []
    met(run, "Zora Quinn", "--company", "Initech")  # and the trigger is still there
    assert found(owner, "initech") == ["Zora Quinn"]


def test_people_restored_from_a_json_backup_are_found(run, owner, outsider, prefs, tmp_path, clock):
    met(run, "Jane Doe", "--company", "Globex")
    backup = tmp_path / "backup.json"
    backup.write_text(backup_for(owner=owner, now=timezone.now()), encoding="utf-8")
    restore_backup(owner=outsider, path=backup, prefs=prefs, now=timezone.now())
    assert found(outsider, "glob") == ["Jane Doe"]


def test_a_large_restore_is_found_and_so_is_everyone_met_after_it(
        run, owner, outsider, prefs, tmp_path, clock):
    """A restore of more than a handful of people indexes them in one statement too."""
    records = [ContactRecord(full_name=f"Saved Person {n}", organisation="Globex")
               for n in range(150)]
    import_contacts(owner=owner, records=records, prefs=prefs, now=timezone.now())
    backup = tmp_path / "backup.json"
    backup.write_text(backup_for(owner=owner, now=timezone.now()), encoding="utf-8")
    restore_backup(owner=outsider, path=backup, prefs=prefs, now=timezone.now())
    assert len(found(outsider, "globex")) == 150
    assert found(outsider, "saved person 149") == ["Saved Person 149"]
    met(run, "Zora Quinn", "--company", "Globex")  # the owner's: the trigger is back
    assert "Zora Quinn" in found(owner, "globex")


@pytest.mark.slow  # starts a process (docs/testing.md)
def test_people_of_a_database_from_before_the_search_engines_are_found(tmp_path):
    """Migration 0013 indexes the people already there (the first release's file)."""
    import json
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from tests.core.test_fresh_start import embedded_env

    (tmp_path / "data").mkdir()
    shutil.copy(Path(__file__).parent.parent / "fixtures" / "release-0.1.0.sqlite3",
                tmp_path / "data" / "followthrough.sqlite3")
    result = subprocess.run([sys.executable, "-m", "followthrough", "people", "--search", "acm",
                             "--json"], env=embedded_env(tmp_path), capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert [p["name"] for p in json.loads(result.stdout)] == ["Jane Doe"]


def test_a_search_lists_the_most_urgent_first_and_pages_through_them(run, owner, clock, prefs):
    for number, days_ago in enumerate((1, 40, 3, 80, 10, 3)):
        when = (timezone.now() - timedelta(days=days_ago)).strftime("%Y-%m-%d %H:%M")
        met(run, f"Jane Doe{number}", "--when", when, "--email", f"jane{number}@example.com")
    for name in ("Jan Jansen", "Janet Able", "Zoe Jan", "Bob Doe"):
        Person.objects.create(owner=owner, full_name=name)  # no deadline
    jane = Person.objects.get(full_name="Jane Doe2")
    edit_person(owner=owner, person=jane, now=timezone.now(), prefs=prefs,
                edit=PersonEdit(full_name="Anna Jane Doe2"))
    for text in ("jan", "j", "doe", "jane do", "doe jane", "do j zo", "jane3@", "zoe"):
        everyone = list(people_for(owner, now=timezone.now(), search=text).values_list("id", flat=True))
        assert page(owner, text) == everyone, text
        assert page(owner, text, offset=2, limit=3) == everyone[2:5], text
    listed = Person.objects.in_bulk(page(owner, "jan"))
    names = [listed[pk].full_name for pk in page(owner, "jan")]
    # The oldest deadline first (met 80 days ago: the 30-day call is overdue), no deadline last.
    assert names[0] == "Jane Doe3" and names[-3:] == ["Jan Jansen", "Janet Able", "Zoe Jan"]
    assert len(names) == 9


def test_deleting_hides_from_the_search_page_and_undeleting_brings_back(run, owner, clock):
    met(run, "Jane Doe")
    jane = Person.objects.get(full_name="Jane Doe")
    delete_person(owner=owner, person=jane, now=timezone.now())
    assert page(owner, "jane") == []
    undelete_person(owner=owner, person=Person.objects.get(pk=jane.pk), now=timezone.now())
    assert page(owner, "jane") == [jane.pk]


@pytest.mark.parametrize("text", [
    "a b c d e f g h i j k",  # more words than a search reads (QUERY_WORDS_MAX)
    "%_\\ ' \" ; -- jo",  # LIKE's and SQL's own characters
    "日本 語", "ø æ jo", "\U0010ffff jo",  # beyond ASCII, up to the last code point
    "j" * 300 + " 1",  # longer than a stored word
])
def test_hostile_and_huge_searches_find_what_the_people_list_finds(owner, text):
    Person.objects.bulk_create(Person(owner=owner, full_name=f"Jo {i} 日本") for i in range(5))
    everyone = list(people_for(owner, now=timezone.now(), search=text).values_list("id", flat=True))
    assert page(owner, text) == everyone
