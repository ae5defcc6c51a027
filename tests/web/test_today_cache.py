"""The Today page is cached per owner and data version: every write shows at once, 304 otherwise."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from followthrough.domain.kinds import InteractionKind
from followthrough.models import Offer, Step
from followthrough.services import people, people_edit, steps, trash
from followthrough.services.interactions import log_interaction
from tests.statements import statements_run
from tests.web.helpers import html


@pytest.fixture
def jane(meet, owner):  # type: ignore[no-untyped-def]
    return meet(owner, "Jane Doe", where="Chamber mixer", email="jane@example.com")


def step_of(jane, kind: str) -> Step:  # type: ignore[no-untyped-def]
    return next(s for s in jane.steps if s.kind == kind)


def shown(web) -> str:  # type: ignore[no-untyped-def]
    response = web.get("/")
    assert response.status_code == 200
    return html(response)


def test_done_skip_and_snooze_show_at_once(web, jane, owner, prefs):
    assert f'id="step-{step_of(jane, "linkedin").pk}"' in shown(web)
    now = timezone.now()
    steps.complete_step(owner=owner, step_id=step_of(jane, "linkedin").pk, now=now, prefs=prefs)
    assert f'id="step-{step_of(jane, "linkedin").pk}"' not in shown(web)
    steps.skip_step(owner=owner, step_id=step_of(jane, "save-card").pk, reason="no", now=now)
    assert f'id="step-{step_of(jane, "save-card").pk}"' not in shown(web)
    email = step_of(jane, "thank-you-email")
    steps.snooze_step(owner=owner, step_id=email.pk, until=now + timedelta(days=20), now=now)
    assert f'id="step-{email.pk}"' not in shown(web)


def test_a_new_meeting_and_a_logged_interaction_show_at_once(web, jane, meet, owner, prefs):
    assert "Bob Smith" not in shown(web)
    meet(owner, "Bob Smith")
    assert "Bob Smith" in shown(web)
    log_interaction(owner=owner, person=jane.person, kind=InteractionKind.LINKEDIN,
                    at=timezone.now(), now=timezone.now(), prefs=prefs)
    assert f'id="step-{step_of(jane, "linkedin").pk}"' not in shown(web)


def test_delete_undelete_and_edit_show_at_once(web, jane, owner, prefs):
    assert "Jane Doe" in shown(web)
    people_edit.delete_person(owner=owner, person=jane.person, now=timezone.now())
    assert "Jane Doe" not in shown(web)
    trash.undelete_person(owner=owner, person=jane.person, now=timezone.now())
    assert "Jane Doe" in shown(web)
    people_edit.edit_person(owner=owner, person=jane.person, now=timezone.now(), prefs=prefs,
                            edit=people_edit.PersonEdit(full_name="Jane Roe"))
    page = shown(web)
    assert "Jane Roe" in page and "Jane Doe" not in page


def test_offers_added_and_delivered_show_at_once(web, jane, owner):
    assert "intro to Priya" not in shown(web)
    people.add_offer(owner=owner, person=jane.person, text="intro to Priya", delivered=False,
                     now=timezone.now())
    assert "intro to Priya" in shown(web)
    offer = Offer.objects.get(text="intro to Priya")
    people.deliver_offer(owner=owner, offer_id=offer.pk, now=timezone.now())
    assert "intro to Priya" not in shown(web)


def test_time_passing_moves_steps_without_any_write(web, jane, clock):
    assert "person-late" not in shown(web)
    clock.shift(timedelta(days=3))
    assert "person-late" in shown(web)


def test_a_reload_with_the_etag_answers_304_after_reading_only_who_and_which_version(web, jane):
    web.get("/")  # the first visit sets the CSRF cookie, which the ETag names
    first = web.get("/")
    etag = first["ETag"]
    with statements_run() as statements:
        again = web.get("/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again["ETag"] == etag
    # The session, the user and the data version: nothing of the page itself.
    assert len(statements) == 3
    assert all(table in " ".join(statements)
               for table in ("django_session", "auth_user", "followthrough_dataversion"))


def test_a_page_kept_from_before_a_new_csrf_cookie_is_sent_again(web, jane):
    web.get("/")
    etag = web.get("/")["ETag"]
    web.cookies["csrftoken"] = "another-secret-after-signing-in-again-0000"
    response = web.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and response["ETag"] != etag


def test_a_write_makes_the_old_etag_stale(web, jane, owner):
    etag = web.get("/")["ETag"]
    people_edit.delete_person(owner=owner, person=jane.person, now=timezone.now())
    response = web.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and "Jane Doe" not in html(response)


def test_another_owner_never_gets_a_cached_page_of_someone_else(web, jane, teammate, clock):
    etag = web.get("/")["ETag"]
    other = Client()
    other.force_login(teammate)
    response = other.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "Jane Doe" not in html(response) and "Nothing due." in html(response)


def test_a_message_after_a_form_post_is_shown_even_with_the_etag(web, jane):
    etag = web.get("/")["ETag"]
    step = step_of(jane, "linkedin")
    web.post(f"/steps/{step.pk}/skip", {"reason": " ", "next": "/"})
    response = web.get("/", HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200 and "Say why you skip it" in html(response)


def test_each_browser_gets_its_own_csrf_token_in_the_cached_page(web, jane, owner):
    web.get("/")  # cached for this owner
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    page = html(browser.get("/"))
    assert "csrf-token-of-this-request" not in page
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    step = step_of(jane, "linkedin")
    response = browser.post(f"/steps/{step.pk}/done", {"csrfmiddlewaretoken": token},
                            HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "Done:" in html(response)


def test_a_browser_with_its_csrf_cookie_gets_a_new_mask_of_it_on_each_page(web, jane, owner):
    from django.middleware.csrf import _unmask_cipher_token

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(owner)
    browser.get("/")  # the first page sets the CSRF cookie
    secret = browser.cookies["csrftoken"].value
    pages = [browser.get("/") for _ in range(3)]
    tokens = [html(page).split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
              for page in pages]
    assert len(set(tokens)) == 3  # against BREACH: no two responses carry the same token
    assert {_unmask_cipher_token(token) for token in tokens} == {secret}
    assert all(page.cookies["csrftoken"].value == secret for page in pages)  # its age renewed
    step = step_of(jane, "linkedin")
    response = browser.post(f"/steps/{step.pk}/done", {"csrfmiddlewaretoken": tokens[-1]},
                            HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "Done:" in html(response)


def test_a_page_over_the_size_limit_is_built_each_time_not_kept(web, jane, monkeypatch):
    from followthrough.web import owner_pages

    monkeypatch.setattr(owner_pages, "PAGE_BYTES_MAX", 1000)
    owner_pages.PAGES.clear()
    assert "Jane Doe" in shown(web)
    with statements_run() as statements:
        assert "Jane Doe" in shown(web)
    assert any("followthrough_step" in sql for sql in statements)
    assert not owner_pages.PAGES._cache  # nothing kept


def test_requests_arriving_together_for_a_page_not_kept_build_it_once(monkeypatch):
    """At each minute's new key every request in flight misses at once: one builds, the rest wait."""
    import threading
    import time

    from django.contrib.messages.storage import default_storage
    from django.http import HttpResponse
    from django.test import RequestFactory

    from followthrough.web import owner_pages

    monkeypatch.setattr(owner_pages, "page_etag", lambda request, prefs, moment: '"key-1"')
    owner_pages.PAGES.clear()
    builds = []

    def build(csrf_token: str | None) -> HttpResponse:
        builds.append(csrf_token)
        time.sleep(0.2)  # long enough for every request to arrive while the first builds
        return HttpResponse(f"<p>the page</p><input value={csrf_token}>")

    answers: list[bytes] = []

    def ask() -> None:
        request = RequestFactory().get("/")
        request.session = {}  # type: ignore[attr-defined]
        request._messages = default_storage(request)  # type: ignore[attr-defined]
        answers.append(owner_pages.cached_page(request, None, timezone.now(), build).content)  # type: ignore[arg-type]

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1
    assert len(answers) == 8 and all(b"<p>the page</p>" in answer for answer in answers)
    assert not any(owner_pages.CSRF_PLACEHOLDER.encode() in answer for answer in answers)
