"""Every input has a limit, and going past it gets a clear answer naming the limit: uploads and
request bodies (413 or a form error), field lengths (the field is named), API requests per token
per minute (429 with Retry-After)."""

from __future__ import annotations

from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile

from followthrough.models import Meeting, Person
from followthrough.services.tokens import new_api_token
from tests.web.helpers import html

MEGABYTE = 1024 * 1024
HUGE = "x" * 1_000_000


def test_an_upload_over_the_limit_is_a_form_error_naming_the_limit(web, owner, settings):
    settings.UPLOAD_MAX_BYTES = 1000
    response = web.post("/import/", {"file": SimpleUploadedFile("c.vcf", b"x" * 2000),
                                     "format": "auto"})
    assert response.status_code == 400
    assert "is 2,000 bytes; the limit is 1,000" in html(response)
    assert not Person.objects.filter(owner=owner).exists()


def test_a_request_far_over_the_upload_limit_is_refused_before_it_is_read(web, settings):
    settings.UPLOAD_MAX_BYTES = 1000
    response = web.post("/import/", {"file": SimpleUploadedFile("c.vcf", b"x" * (2 * MEGABYTE)),
                                     "format": "auto"})
    assert response.status_code == 413
    assert "the request is 2.0 MB; the limit is 1.0 MB" in html(response)


def test_an_api_body_over_the_limit_is_413_with_the_limit(api, owner):
    response = api("post", "/api/meetings", {"name": "x" * 3 * MEGABYTE})
    assert response.status_code == 413
    assert response.json() == {"detail": "the request is 3.0 MB; the limit is 2.5 MB"}
    assert not Meeting.objects.filter(owner=owner).exists()


def test_a_megabyte_name_on_the_capture_page_is_refused_naming_the_field(web, owner):
    response = web.post("/met/", {"name": HUGE, "at": "2026-03-04T18:30"})
    page = html(response)
    assert response.status_code == 400
    assert '<a href="#id_name">Name</a>: Ensure this value has at most 200 characters' in page
    assert not Meeting.objects.filter(owner=owner).exists()


def test_a_megabyte_name_through_the_api_is_refused_naming_the_field(api, owner):
    response = api("post", "/api/meetings", {"name": HUGE})
    assert response.status_code == 400
    assert response.json() == {"detail": "name: is 1,000,000 characters long; the limit is 200",
                               "field": "name"}
    assert not Meeting.objects.filter(owner=owner).exists()


def test_a_megabyte_title_in_an_api_edit_is_refused_naming_the_field(api, owner):
    person_id = api("post", "/api/meetings", {"name": "Jane Doe"}).json()["person"]["id"]
    response = api("patch", f"/api/people/{person_id}", {"title": HUGE})
    assert response.status_code == 400 and response.json()["field"] == "title"
    assert Person.objects.get(pk=person_id).title == ""


def test_a_token_past_its_requests_per_minute_gets_429_until_the_minute_turns(api, owner, clock,
                                                                              settings):
    settings.API_REQUESTS_PER_MINUTE = 3
    clock.shift(timedelta(seconds=15))  # 19:00:15 Berlin
    assert [api("get", "/api/people").status_code for _ in range(3)] == [200, 200, 200]
    refused = api("get", "/api/people")
    assert refused.status_code == 429 and refused["Retry-After"] == "45"
    assert refused.json()["detail"] == ("this token made 3 requests this minute, the limit; "
                                        "try again in 45 seconds")
    _, other = new_api_token(owner=owner, name="another script")
    assert api("get", "/api/people", token=other).status_code == 200
    clock.shift(timedelta(seconds=45))
    assert api("get", "/api/people").status_code == 200
