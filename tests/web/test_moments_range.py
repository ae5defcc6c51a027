"""The pages and the API refuse a moment out of the years every door accepts (1900 to 2200),
in the same words as the command line (tests/core/test_moments_range.py)."""

from __future__ import annotations

from followthrough.models import Meeting
from tests.web.helpers import html


def test_the_capture_page_refuses_it_beside_the_field(web, owner):
    page = web.post("/met/", {"name": "Old Timer", "at": "0001-01-01T00:00"})
    assert page.status_code == 400
    assert "when 0001-01-01 00:00: must be between the years 1900 and 2200" in html(page)
    assert not Meeting.objects.exists()


def test_the_api_refuses_it_with_the_same_words(api, owner):
    answer = api("post", "/api/meetings", {"name": "Old Timer", "at": "0001-01-01T00:00:00Z"})
    assert answer.status_code == 422
    assert "must be between the years 1900 and 2200" in answer.content.decode()
