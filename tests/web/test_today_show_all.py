"""Today's "Show all": numbered pages of one part of Today, with counts, never one huge page.

At 30,000 people "Show all" had been a 188.8 MB page built in 30 s on every click. Each part
now pages 50 at a time, at the same few queries whatever the page or the data.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from followthrough.models import Person, Step
from tests.web.helpers import html

MEGABYTE = 1_000_000


def changed(owner) -> None:  # type: ignore[no-untyped-def]
    """Rows written in bulk here, not through a service: say so, as the services do."""
    from followthrough.services.versions import note_change

    note_change(owner.pk)


def overdue_steps(owner, count: int, *, start: int = 0) -> None:  # type: ignore[no-untyped-def]
    """`count` people, one overdue step each, a minute apart (the earliest is the first)."""
    now = timezone.now()
    people = Person.objects.bulk_create(
        Person(owner=owner, full_name=f"Late {n:05d}") for n in range(start, start + count))
    Step.objects.bulk_create(
        Step(owner=owner, person=p, kind="call", title=f"Call {p.full_name}",
             due_at=now - timedelta(days=30) + timedelta(minutes=n))
        for n, p in enumerate(people, start))
    changed(owner)


def shown(page: str) -> list[str]:
    return re.findall(r">(Late \d{5})</a>", page)


def page_queries(web, owner, path: str) -> int:  # type: ignore[no-untyped-def]
    """The statements of building the page (not of answering it from the page cache)."""
    from tests.statements import statements_run

    changed(owner)
    with statements_run() as statements:
        assert web.get(path).status_code == 200
    return len(statements)


def test_show_all_pages_a_part_of_today_fifty_at_a_time_with_counts(web, owner):
    overdue_steps(owner, 120)
    today = html(web.get("/"))
    assert len(shown(today)) == 20
    assert 'href="/?show=overdue">Show all 120' in today
    first = html(web.get("/?show=overdue"))
    assert shown(first) == [f"Late {n:05d}" for n in range(50)]
    assert "1–50 of 120" in first and "Page 1 of 3" in first
    assert 'href="?show=overdue&amp;page=2" rel="next"' in first
    last = html(web.get("/?show=overdue&page=3"))
    assert shown(last) == [f"Late {n:05d}" for n in range(100, 120)]
    assert "101–120 of 120" in last and 'rel="next"' not in last
    assert shown(html(web.get("/?show=overdue&page=999"))) == shown(last)  # past the end
    assert shown(html(web.get("/?show=overdue&page=x"))) == shown(first)


def test_every_page_of_show_all_costs_the_same_queries_whatever_the_data(web, owner):
    overdue_steps(owner, 60)
    few = (page_queries(web, owner, "/?show=overdue"),
           page_queries(web, owner, "/?show=overdue&page=2"))
    overdue_steps(owner, 600, start=60)
    many = (page_queries(web, owner, "/?show=overdue"),
            page_queries(web, owner, "/?show=overdue&page=13"))
    assert many == few


def test_the_default_page_stays_under_twenty_queries_whatever_the_data(web, owner, meet):
    for n in range(30):
        meet(owner, f"Person {n:02d}", ago=timedelta(days=n % 3), give=f"intro {n}",
             email=f"p{n}@example.com")
    Person.objects.filter(owner=owner).update(
        face_to_face_due=timezone.now() + timedelta(days=3))  # and a full at-risk list
    overdue_steps(owner, 300)
    assert page_queries(web, owner, "/") < 20


def test_no_page_of_today_is_over_a_megabyte_however_many_steps(web, owner):
    overdue_steps(owner, 3000)
    pages = ["/", "/?show=overdue", "/?show=overdue&page=30", "/?show=overdue&page=60"]
    sizes = {path: len(web.get(path).content) for path in pages}
    assert all(size < MEGABYTE for size in sizes.values()), sizes
    assert "2951–3000 of 3000" in html(web.get("/?show=overdue&page=60"))


def test_people_at_risk_have_pages_too(web, owner):
    now = timezone.now()
    Person.objects.bulk_create(
        Person(owner=owner, full_name=f"Late {n:05d}",
               face_to_face_due=now + timedelta(days=1, minutes=n)) for n in range(70))
    changed(owner)
    today = html(web.get("/"))
    assert 'href="/?show=at_risk">Show all 70' in today
    second = html(web.get("/?show=at_risk&page=2"))
    assert shown(second) == [f"Late {n:05d}" for n in range(50, 70)]
    assert "At risk of lapsing" in second and "51–70 of 70" in second


def test_done_on_a_page_of_show_all_comes_back_to_that_page(web, owner):
    overdue_steps(owner, 60)
    step = Step.objects.filter(owner=owner).order_by("due_at").last()
    response = web.post(f"/steps/{step.pk}/done", {"next": "/?show=overdue&page=2"})
    assert response.status_code == 302 and response["Location"] == "/?show=overdue&page=2"
    assert Step.objects.get(pk=step.pk).state == "done"
    assert "51–59 of 59" in html(web.get("/?show=overdue&page=2"))


@pytest.mark.parametrize("section", ["overdue", "at_risk"])
def test_show_all_never_shows_or_counts_another_owners_steps(web, owner, teammate, section):
    overdue_steps(teammate, 80)
    Person.objects.filter(owner=teammate).update(
        face_to_face_due=timezone.now() + timedelta(days=2))
    changed(owner)
    page = html(web.get(f"/?show={section}"))
    assert not shown(page) and "Nothing here now." in page


@pytest.mark.parametrize("number", ["²", "٣", "9" * 5000, "-1", "1e3", " 2"])
def test_a_page_number_that_is_no_page_is_a_page_not_an_error(web, owner, number):
    """Digits that int() refuses (superscripts, more digits than Python converts) or that are
    no whole number: the first page, or the last for one past the end, never a server error."""
    from urllib.parse import quote

    overdue_steps(owner, 60)
    response = web.get(f"/?show=overdue&page={quote(number)}")
    assert response.status_code == 200
    assert shown(html(response))[0] in ("Late 00000", "Late 00050")
