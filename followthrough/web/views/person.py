"""A person: card and QR code, meetings, timeline, needs and offers, drafts; log, offer, edit, delete."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from followthrough.domain.kinds import StepState
from followthrough.domain.status import STATUS_EXPLAINED, classify
from followthrough.errors import Conflict, InvalidInput
from followthrough.models import Person
from followthrough.selectors.drafts import DRAFT_KINDS, draft_for
from followthrough.selectors.evidence import scheduled_for, suggestions_for
from followthrough.services.interactions import log_interaction
from followthrough.services.people import add_offer, deliver_offer, set_cadence
from followthrough.services.people_edit import PersonEdit, delete_person, edit_person
from followthrough.web import cards
from followthrough.web.access import (
    now,
    offer_or_404,
    page,
    person_or_404,
    prefs_of,
    render_page,
)
from followthrough.web.forms import InteractionForm, OfferForm, PersonForm, local_input_value
from followthrough.web.views.capture import DRAFT_TITLES


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str
    text: str
    detail: str = ""


def timeline_of(person: Person) -> list[TimelineEntry]:
    """Meetings, interactions and closed steps, newest first."""
    entries = [TimelineEntry(m.at, "met", f"Met at {m.where}" if m.where else "Met", m.why)
               for m in person.meetings.all()]
    entries += [TimelineEntry(i.at, i.kind, i.kind.replace("-", " ").capitalize(), i.note)
                for i in person.interactions.all()]
    entries += [TimelineEntry(s.closed_at, s.state, f"{s.state.capitalize()}: {s.title}",
                              s.skip_reason)
                for s in person.steps.exclude(state=StepState.OPEN) if s.closed_at]
    return sorted(entries, key=lambda e: e.at, reverse=True)


@page
def person_detail(request: HttpRequest, person_id: int) -> HttpResponse:
    person = person_or_404(request, person_id)
    return _detail_page(request, person)


def _detail_page(request: HttpRequest, person: Person, *, status: int = 200,
                 interaction_form: InteractionForm | None = None,
                 offer_form: OfferForm | None = None) -> HttpResponse:
    prefs, moment = prefs_of(request), now()
    person_status = classify(person.facts, moment)
    vcard = cards.vcard_for(person)
    return render_page(request, "web/person.html", {
        "person": person,
        "status": person_status,
        "status_explained": STATUS_EXPLAINED[person_status],
        "points": list(person.contact_points.all()),
        "meetings": list(person.meetings.all()),
        "open_steps": list(person.steps.filter(state=StepState.OPEN).order_by("due_at", "id")),
        "scheduled": scheduled_for(request.user, person, moment),
        "suggestions": suggestions_for(request.user, person),
        "timeline": timeline_of(person),
        "offers": list(person.offers.all()),
        "drafts": [(kind, DRAFT_TITLES[kind], draft_for(kind, person, prefs))
                   for kind in DRAFT_KINDS],
        "qr": cards.qr_svg(vcard, f"QR code of {person.full_name}'s card"),
        "interaction_form": interaction_form or InteractionForm(
            zone=prefs.zone, initial={"at": local_input_value(moment, prefs.zone)}),
        "offer_form": offer_form or OfferForm(),
    }, status=status, current=moment)


@page
def person_vcard(request: HttpRequest, person_id: int) -> HttpResponse:
    person = person_or_404(request, person_id)
    response = HttpResponse(cards.vcard_for(person), content_type="text/vcard; charset=utf-8")
    safe_name = "".join(c for c in person.full_name if c.isalnum() or c in " -_").strip()
    response["Content-Disposition"] = f'attachment; filename="{safe_name or "person"}.vcf"'
    return response


@page
@require_POST
def person_log(request: HttpRequest, person_id: int) -> HttpResponse:
    person = person_or_404(request, person_id)
    prefs, moment = prefs_of(request), now()
    form = InteractionForm(request.POST, zone=prefs.zone)
    if form.is_valid():
        try:
            _, completed = log_interaction(
                owner=request.user, person=person, kind=form.cleaned_data["kind"],
                at=form.cleaned_data["at"], note=form.cleaned_data["note"], now=moment,
                prefs=prefs)
        except InvalidInput as exc:
            form.add_service_error(exc)
        else:
            done = "".join(f" Completes: {s.title}." for s in completed)
            messages.success(request, f"Logged {form.cleaned_data['kind'].replace('-', ' ')} "
                                      f"with {person.full_name}.{done}")
            return redirect("web:person", person_id=person.pk)
    return _detail_page(request, person, status=400, interaction_form=form)


@page
@require_POST
def person_offer(request: HttpRequest, person_id: int) -> HttpResponse:
    person = person_or_404(request, person_id)
    form = OfferForm(request.POST)
    if form.is_valid():
        try:
            offer = add_offer(owner=request.user, person=person, text=form.cleaned_data["text"],
                              delivered=form.cleaned_data["delivered"], now=now())
        except InvalidInput as exc:
            form.add_service_error(exc)
        else:
            messages.success(request, f"Offer noted: {offer.text}.")
            return redirect("web:person", person_id=person.pk)
    return _detail_page(request, person, status=400, offer_form=form)


@page
@require_POST
def offer_deliver(request: HttpRequest, person_id: int, offer_id: int) -> HttpResponse:
    person = person_or_404(request, person_id)
    offer = offer_or_404(request, person, offer_id)
    try:
        deliver_offer(owner=request.user, offer_id=offer.pk, now=now())
    except Conflict as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Given: {offer.text}.")
    return redirect("web:person", person_id=person.pk)


@page
def person_edit(request: HttpRequest, person_id: int) -> HttpResponse:
    person = person_or_404(request, person_id)
    if request.method != "POST":
        form = PersonForm(initial={
            "full_name": person.full_name, "organisation": person.organisation,
            "title": person.title, "tags": person.tags, "notes": person.notes,
            "cadence_days": person.cadence_days,
        })
        return render_page(request, "web/person_edit.html", {"person": person, "form": form})
    form = PersonForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            _save_edit(request, person, data)
        except InvalidInput as exc:
            form.add_service_error(exc)
        else:
            messages.success(request, f"Saved {person.full_name}.")
            return redirect("web:person", person_id=person.pk)
    return render_page(request, "web/person_edit.html", {"person": person, "form": form},
                       status=400)


def _save_edit(request: HttpRequest, person: Person, data: dict[str, object]) -> None:
    with transaction.atomic():
        edit_person(owner=request.user, person=person, edit=PersonEdit(
            full_name=str(data["full_name"]), organisation=str(data["organisation"]),
            title=str(data["title"]), notes=str(data["notes"]), tags=str(data["tags"])))
        if data["cadence_days"] != person.cadence_days:
            set_cadence(owner=request.user, person=person, days=data["cadence_days"],  # type: ignore[arg-type]
                        now=now(), zone=prefs_of(request).zone)


@page
def person_delete(request: HttpRequest, person_id: int) -> HttpResponse:
    person = person_or_404(request, person_id)
    if request.method == "POST":
        delete_person(owner=request.user, person=person, now=now())
        messages.success(request, f"Deleted {person.full_name}.")
        return redirect("web:people")
    return render_page(request, "web/person_delete.html", {"person": person})


@page
def person_prep(request: HttpRequest, person_id: int) -> HttpResponse:
    """A one-page brief to read (or print) before meeting them."""
    person = person_or_404(request, person_id)
    meetings = list(person.meetings.all())
    return render_page(request, "web/prep.html", {
        "person": person,
        "points": list(person.contact_points.all()),
        "first_meeting": meetings[-1] if meetings else None,
        "meetings": meetings,
        "needs": [m.need for m in meetings if m.need],
        "last_talk": person.interactions.exclude(note="").first(),
        "open_offers": list(person.offers.filter(delivered_at__isnull=True)),
        "given": list(person.offers.filter(delivered_at__isnull=False)),
        "open_steps": list(person.steps.filter(state=StepState.OPEN).order_by("due_at", "id")[:5]),
    })
