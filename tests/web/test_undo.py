"""Undo on Today: Done and Skip answer with an Undo (the loop's reopen), and the Undo answers
with the step's card again; nobody else's step can be undone."""

from __future__ import annotations

from django.test import Client

from followthrough.models import Step
from tests.web.helpers import html


def test_done_and_skip_answer_with_an_undo_that_reopens(web, meet, owner):
    first, second = meet(owner, "Jane Doe", linkedin="https://www.linkedin.com/in/janedoe").steps[:2]
    done = html(web.post(f"/steps/{first.pk}/done", HTTP_HX_REQUEST="true"))
    skipped = html(web.post(f"/steps/{second.pk}/skip", {"reason": "no"}, HTTP_HX_REQUEST="true"))
    for step, page in ((first, done), (second, skipped)):
        assert f'hx-post="/steps/{step.pk}/reopen"' in page and ">Undo<" in page
    card = html(web.post(f"/steps/{first.pk}/reopen", HTTP_HX_REQUEST="true"))
    assert Step.objects.get(pk=first.pk).state == "open"
    # The step as Today shows it: its Done button, its draft, and no "Undo" left.
    assert f'hx-post="/steps/{first.pk}/done"' in card and "Undo" not in card
    assert "Copy LinkedIn note" in card and "Hi Jane" in card
    assert 'name="next" value="/"' in card  # not the reopen address, were JavaScript to go


def test_a_refused_action_offers_no_undo(web, meet, owner):
    step = meet(owner).steps[0]
    web.post(f"/steps/{step.pk}/done")
    again = html(web.post(f"/steps/{step.pk}/done", HTTP_HX_REQUEST="true"))
    assert "was already done" in again and "Undo" not in again


def test_undoing_twice_says_it_is_open_already(web, meet, owner):
    step = meet(owner).steps[0]
    web.post(f"/steps/{step.pk}/done", HTTP_HX_REQUEST="true")
    web.post(f"/steps/{step.pk}/reopen", HTTP_HX_REQUEST="true")
    again = html(web.post(f"/steps/{step.pk}/reopen", HTTP_HX_REQUEST="true"))
    assert "only a done or skipped step can be reopened" in again


def test_nobody_else_can_undo_a_step(web, meet, owner, teammate):
    step = meet(owner).steps[0]
    web.post(f"/steps/{step.pk}/done", HTTP_HX_REQUEST="true")
    other = Client()
    other.force_login(teammate)
    assert other.post(f"/steps/{step.pk}/reopen", HTTP_HX_REQUEST="true").status_code == 404
    assert Step.objects.get(pk=step.pk).state == "done"
