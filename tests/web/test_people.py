"""People: search, status filter, 50 a page, and the same few queries whatever the number of rows."""

from __future__ import annotations

from django.utils import timezone

from followthrough.models import Person
from followthrough.services.people_edit import PersonEdit, edit_person
from followthrough.services.versions import note_change
from tests.statements import statements_run
from tests.web.helpers import html


def many(owner, count: int, name: str = "Person") -> None:  # type: ignore[no-untyped-def]
    Person.objects.bulk_create(
        Person(owner=owner, full_name=f"{name} {i:05d}", organisation="Acme" if i % 2 else "Initech",
               tags="hiring" if i % 3 == 0 else "")
        for i in range(count))
    note_change(owner.pk)  # as every service's write does: cached pages are built again


def queries_for(client, url: str) -> int:  # type: ignore[no-untyped-def]
    with statements_run() as statements:
        assert client.get(url).status_code == 200
    return len(statements)


def test_the_query_count_does_not_grow_with_the_rows(web, owner):
    many(owner, 3)
    few = queries_for(web, "/people/")
    many(owner, 120)
    assert queries_for(web, "/people/") == few
    assert queries_for(web, "/people/?page=3") == few


def test_a_search_costs_the_same_queries_for_10_and_500_matches(web, owner):
    many(owner, 10, name="Jana")
    few = queries_for(web, "/people/?q=jan")
    many(owner, 490, name="Jana")
    assert queries_for(web, "/people/?q=jan") == few
    assert queries_for(web, "/people/?q=jan&page=4") == few


def test_it_pages_by_fifty(web, owner):
    many(owner, 120)
    page = html(web.get("/people/?page=3"))
    assert "Page 3" in page and "101–120" in page and "Next →" not in page
    assert page.count('<th scope="row">') == 20
    second = html(web.get("/people/?page=2"))
    assert "51–100" in second and "← Previous" in second and "Next →" in second


def test_search_by_company_and_tag_and_filter_by_status(web, owner, meet):
    many(owner, 10)
    meet(owner, "Jane Doe", company="Globex")
    assert "1 person matching" in html(web.get("/people/?q=globex"))
    assert "4 people matching" in html(web.get("/people/?q=hiring"))
    assert "No one matches" in html(web.get("/people/?q=nobody"))
    page = html(web.get("/people/?status=following-up"))
    assert "Jane Doe" in page and "Person 00001" not in page
    assert '<option value="following-up" selected>following up</option>' in page  # the menu keeps it
    assert page.count(" selected>") == 1
    jane = Person.objects.get(full_name="Jane Doe")
    assert f'<a href="/people/{jane.pk}/">Jane Doe</a>' in page
    assert '<span class="status-badge status-following-up">following up</span>' in page


def test_nonsense_parameters_are_ignored(web, owner):
    many(owner, 3)
    assert web.get("/people/?status=bogus&page=abc").status_code == 200
    assert web.get("/people/?q=" + "x" * 10_000).status_code == 200
    assert web.get("/people/?q=a%00b").status_code == 200  # PostgreSQL refuses NUL in text


def test_a_cached_search_shows_a_change_at_once(web, owner, prefs):
    many(owner, 3, name="Jana")
    assert "Jana 00001" in html(web.get("/people/?q=jan"))
    assert queries_for(web, "/people/?q=jan") < queries_for(web, "/people/?q=jan&page=1")
    person = Person.objects.get(full_name="Jana 00001")
    edit_person(owner=owner, person=person, now=timezone.now(), prefs=prefs,
                edit=PersonEdit(full_name="Bob Renamed"))
    page = html(web.get("/people/?q=jan"))
    assert "Jana 00001" not in page and "Jana 00002" in page
    assert "Bob Renamed" in html(web.get("/people/?q=bob"))


def test_the_list_shows_names_and_organisations_as_text(web, owner, meet):
    meet(owner, '<b>Jo</b> & "Co"', company="<i>Acme</i>")
    page = html(web.get("/people/"))
    assert "&lt;b&gt;Jo&lt;/b&gt; &amp; &quot;Co&quot;</a>" in page
    assert "<td>&lt;i&gt;Acme&lt;/i&gt;</td>" in page
    assert "<b>Jo" not in page and "<i>Acme" not in page


def test_the_most_urgent_come_first_in_the_cli_the_page_and_the_api(web, api, run, owner, meet,
                                                                     prefs):
    """Lapsed and overdue first, then the soonest deadline; people with no deadline last."""
    import json
    import re
    from datetime import timedelta

    from django.utils import timezone

    from followthrough.formats.records import ContactRecord
    from followthrough.services.imports import import_contacts

    import_contacts(owner=owner, records=[ContactRecord(full_name=f"Ada New{n:02d}")
                                          for n in range(12)], prefs=prefs, now=timezone.now())
    meet(owner, "Sam Soon")
    meet(owner, "Larry Lapsed", ago=timedelta(days=211))  # face to face due 121 days ago
    expected = ["Larry Lapsed", "Sam Soon", *(f"Ada New{n:02d}" for n in range(12))]
    cli = [p["name"] for p in json.loads(run("people", "--json").output)]
    page = re.findall(r'<th scope="row"><a href="[^"]+">([^<]+)</a>', html(web.get("/people/")))
    listed = [p["name"] for p in api("get", "/api/people?limit=100").json()["items"]]
    assert cli == page == listed == expected
