"""Today: a card per person with their open steps, most urgent first, under a summary (overdue,
due today, this week, at risk); each step done, skipped or snoozed in place, with an Undo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import groupby

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from followthrough.domain.drafts import Draft, DraftContext
from followthrough.domain.playbook import Offset
from followthrough.domain.schedule import due_after
from followthrough.errors import Conflict, InvalidInput
from followthrough.models import ContactPoint, Person, Step
from followthrough.preferences import Preferences
from followthrough.reminders.health import health_warnings
from followthrough.selectors.access import access_step
from followthrough.selectors.agenda import AgendaItem, agenda_for, by_person, reopened_item
from followthrough.selectors.agenda_pages import AT_RISK, SECTIONS, agenda_page
from followthrough.selectors.drafts import draft_contexts_for, draft_from
from followthrough.selectors.setup import needs_set_up
from followthrough.services import steps as step_services
from followthrough.web.access import (
    is_htmx,
    now,
    page,
    page_number,
    prefs_of,
    render_page,
    safe_next,
)
from followthrough.web.forms import SkipForm, SnoozeForm
from followthrough.web.owner_pages import cached_page

SECTION_LIMIT = 20
TITLES = {"overdue": "Overdue", "today": "Due today", "this_week": "Next 7 days",
          AT_RISK: "At risk of lapsing"}
# How long Done and Skip offer their Undo (app.js takes it away); the person page's Reopen stays.
UNDO_SECONDS = 10


@dataclass(frozen=True)
class StepCard:
    """One step on the Today page, with what helps to do it."""

    item: AgendaItem
    draft: Draft | None
    draft_kind: str
    linkedin: str
    email: str

    @property
    def step(self) -> Step:
        return self.item.step


def step_card(item: AgendaItem, contexts: dict[int, DraftContext], prefs: Preferences) -> StepCard:
    person: Person = item.step.person
    template = prefs.playbook.template(item.step.kind)  # the playbook names the step's draft
    kind = template.draft if template else ""
    draft = draft_from(kind, contexts[person.pk], prefs) if kind else None
    points = list(person.contact_points.all())  # prefetched by agenda_for
    return StepCard(
        item=item, draft=draft, draft_kind=kind,
        linkedin=next((p.value for p in points if p.kind == ContactPoint.Kind.LINKEDIN), ""),
        email=next((p.value for p in points if p.kind == ContactPoint.Kind.EMAIL), ""),
    )


@page
def today(request: HttpRequest) -> HttpResponse:
    prefs, moment = prefs_of(request), now()
    return cached_page(request, prefs, moment,
                       lambda csrf_token: _render_today(request, prefs, moment, csrf_token))


def _render_today(request: HttpRequest, prefs: Preferences, moment: datetime,
                  csrf_token: str | None) -> HttpResponse:
    if needs_set_up(request.user):  # never kept: the page is built until it is answered
        return redirect("web:setup")
    shown = request.GET.get("show", "")
    if shown in SECTIONS:
        return _render_section(request, prefs, moment, csrf_token, shown)
    agenda = agenda_for(request.user, now=moment, zone=prefs.zone, playbook=prefs.playbook,
                        limit=SECTION_LIMIT)
    groups = by_person(agenda)  # one card per person, the most urgent first
    # One pass for the drafts of everyone on the page: two queries, however many cards.
    contexts = draft_contexts_for([group.person for group in groups], prefs)
    people = [(group, [step_card(item, contexts, prefs) for item in group.items])
              for group in groups]
    parts = (("overdue", agenda.overdue), ("today", agenda.today), ("this_week", agenda.this_week))
    show_all = [(name, TITLES[name], part.total) for name, part in parts if part.total]
    return render_page(request, "web/today.html", {
        "agenda": agenda, "people": people, "snooze_form": SnoozeForm(),
        "more": any(part.more for _, part in parts), "show_all": show_all,
        "reminder_warnings": health_warnings(request.user, moment),
        "unsigned": not prefs.my_name and any(card.draft for _, cards in people for card in cards),
    }, current=moment, csrf_token=csrf_token)


def _render_section(request: HttpRequest, prefs: Preferences, moment: datetime,
                    csrf_token: str | None, section: str) -> HttpResponse:
    """"Show all" of one part of Today: numbered pages of 50, the same few queries each."""
    page = agenda_page(request.user, section=section, now=moment, zone=prefs.zone,
                       playbook=prefs.playbook, number=page_number(request.GET.get("page")))
    items = [item for item in page.items if isinstance(item, AgendaItem)]
    contexts = draft_contexts_for([item.person for item in items], prefs)
    cards = [step_card(item, contexts, prefs) for item in items]
    return render_page(request, "web/today_section.html", {
        "page": page, "title": TITLES[section], "snooze_form": SnoozeForm(),
        # a person's steps next to each other in due order share one card, as on Today
        "groups": [list(run) for _, run in groupby(cards, key=lambda card: card.step.person_id)],
        "people": [person for person in page.items if isinstance(person, Person)],
    }, current=moment, csrf_token=csrf_token)


def _answer(request: HttpRequest, step: Step, text: str, error: str = "", *,
            undo: bool = False) -> HttpResponse:
    """htmx gets the step's new line (with an Undo for a few seconds after Done and Skip); a
    plain form post gets a message and a redirect."""
    if is_htmx(request):
        return render_page(request, "web/_step_result.html", {
            "step": step, "text": text, "error": error, "undo": undo and not error,
            "undo_seconds": UNDO_SECONDS})
    (messages.error if error else messages.success)(request, error or text)
    return redirect(safe_next(request, reverse("web:today")))


@page
@require_POST
def step_done(request: HttpRequest, step_id: int) -> HttpResponse:
    step = access_step(request.user, step_id)
    try:
        step = step_services.complete_step(owner=request.user, step_id=step.pk, now=now(),
                                           prefs=prefs_of(request))
    except Conflict as exc:
        return _answer(request, step, "", str(exc))
    return _answer(request, step, f"Done: {step.title} ({step.person.full_name}).", undo=True)


@page
@require_POST
def step_skip(request: HttpRequest, step_id: int) -> HttpResponse:
    step = access_step(request.user, step_id)
    form = SkipForm(request.POST)
    if not form.is_valid():
        return _answer(request, step, "", "Say why you skip it: the reason must not be empty.")
    try:
        step = step_services.skip_step(owner=request.user, step_id=step.pk,
                                       reason=form.cleaned_data["reason"], now=now())
    except (Conflict, InvalidInput) as exc:
        return _answer(request, step, "", str(exc))
    return _answer(request, step, f"Skipped: {step.title} ({step.person.full_name}): "
                                  f"{step.skip_reason}.", undo=True)


@page
@require_POST
def step_reopen(request: HttpRequest, step_id: int) -> HttpResponse:
    step = access_step(request.user, step_id)
    try:
        step = step_services.reopen_step(owner=request.user, step_id=step.pk, now=now(),
                                         prefs=prefs_of(request))
    except Conflict as exc:
        return _answer(request, step, "", str(exc))
    if is_htmx(request):  # Undo on Today: the step's card again, as it was
        prefs = prefs_of(request)
        card = step_card(reopened_item(step, prefs.playbook),
                         draft_contexts_for([step.person], prefs), prefs)
        return render_page(request, "web/_step.html", {"card": card, "back_to": reverse("web:today")})
    return _answer(request, step, f"Open again: {step.title} ({step.person.full_name}).")


@page
@require_POST
def step_snooze(request: HttpRequest, step_id: int) -> HttpResponse:
    step = access_step(request.user, step_id)
    form = SnoozeForm(request.POST)
    if not form.is_valid():
        return _answer(request, step, "", "Choose how long to snooze: 1 day, 3 days or a week.")
    moment, zone = now(), prefs_of(request).zone
    until = due_after(max(moment, step.due_at), Offset(form.cleaned_data["days"], "d"), zone)
    try:
        step = step_services.snooze_step(owner=request.user, step_id=step.pk, until=until,
                                         now=moment)
    except (Conflict, InvalidInput) as exc:
        return _answer(request, step, "", str(exc))
    local = until.astimezone(zone)
    return _answer(request, step, f"Snoozed: {step.title} ({step.person.full_name}) "
                                  f"until {local:%a} {local.day} {local:%b %H:%M}.")

