"""A person: card and QR code, meetings, timeline, needs and offers, drafts; log, offer, edit, delete."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from followthrough.domain.status import STATUS_EXPLAINED
from followthrough.errors import Conflict, InvalidInput
from followthrough.models import Person
from followthrough.selectors import person_detail as details
from followthrough.selectors.access import access_offer, access_person
from followthrough.selectors.card_photos import card_photo
from followthrough.selectors.drafts import all_drafts_for
from followthrough.services.interactions import log_interaction
from followthrough.services.people import add_offer, deliver_offer
from followthrough.services.people_edit import (
    PersonEdit,
    delete_person,
    edit_person,
    rename_person,
)
from followthrough.web import cards
from followthrough.web.access import (
    now,
    page,
    prefs_of,
    render_page,
)
from followthrough.web.forms import InteractionForm, OfferForm, PersonForm, local_input_value


@page
def person_detail(request: HttpRequest, person_id: int) -> HttpResponse:
    return _detail_page(request, person_id)


def _detail_page(request: HttpRequest, person_id: int, *, status: int = 200,
                 interaction_form: InteractionForm | None = None,
                 offer_form: OfferForm | None = None) -> HttpResponse:
    prefs, moment = prefs_of(request), now()
    detail = details.person_detail(request.user, person_id, now=moment)
    person = detail.person
    vcard = cards.vcard_for(person)
    return render_page(request, "web/person.html", {
        "person": person,
        "status": detail.status,
        "status_explained": STATUS_EXPLAINED[detail.status],
        "points": detail.contact_points,
        "meetings": detail.meetings,
        "open_steps": detail.open_steps,
        "scheduled": detail.scheduled,
        "suggestions": detail.suggestions,
        "timeline": detail.timeline,
        "offers": detail.offers,
        "drafts": all_drafts_for(person, prefs),
        "unsigned": not prefs.my_name,
        "qr": cards.qr_svg(vcard, f"QR code of {person.full_name}'s card"),
        "card_photos": detail.card_photos,
        "interaction_form": interaction_form or InteractionForm(
            zone=prefs.zone, initial={"at": local_input_value(moment, prefs.zone)}),
        "offer_form": offer_form or OfferForm(),
    }, status=status, current=moment)


@page
def person_vcard(request: HttpRequest, person_id: int) -> HttpResponse:
    person = access_person(request.user, person_id)
    response = HttpResponse(cards.vcard_for(person), content_type="text/vcard; charset=utf-8")
    safe_name = "".join(c for c in person.full_name if c.isalnum() or c in " -_").strip()
    response["Content-Disposition"] = f'attachment; filename="{safe_name or "person"}.vcf"'
    return response


@page
def person_card_photo(request: HttpRequest, person_id: int, photo_id: int) -> HttpResponse:
    response = HttpResponse(card_photo(request.user, person_id, photo_id),
                            content_type="image/jpeg")
    response["Cache-Control"] = "private, max-age=86400"
    return response


@page
@require_POST
def person_log(request: HttpRequest, person_id: int) -> HttpResponse:
    person = access_person(request.user, person_id)
    prefs, moment = prefs_of(request), now()
    form = InteractionForm(request.POST, zone=prefs.zone)
    if form.is_valid():
        try:
            logged = log_interaction(
                owner=request.user, person=person, kind=form.cleaned_data["kind"],
                at=form.cleaned_data["at"], note=form.cleaned_data["note"], now=moment,
                prefs=prefs)
        except InvalidInput as exc:
            form.add_service_error(exc)
        else:
            done = "".join(f" Completes: {s.title}." for s in logged.completed)
            said = "".join(f" {n[0].upper()}{n[1:]}." for n in logged.notes)
            messages.success(request, f"Logged {form.cleaned_data['kind'].replace('-', ' ')} "
                                      f"with {person.full_name}.{done}{said}")
            return redirect("web:person", person_id=person.pk)
    return _detail_page(request, person.pk, status=400, interaction_form=form)


@page
@require_POST
def person_offer(request: HttpRequest, person_id: int) -> HttpResponse:
    person = access_person(request.user, person_id)
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
    return _detail_page(request, person.pk, status=400, offer_form=form)


@page
@require_POST
def offer_deliver(request: HttpRequest, person_id: int, offer_id: int) -> HttpResponse:
    person = access_person(request.user, person_id)
    offer = access_offer(request.user, offer_id, person=person)
    try:
        deliver_offer(owner=request.user, offer_id=offer.pk, now=now())
    except Conflict as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"Given: {offer.text}.")
    return redirect("web:person", person_id=person.pk)


@page
def person_edit(request: HttpRequest, person_id: int) -> HttpResponse:
    person = access_person(request.user, person_id)
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


def _save_edit(request: HttpRequest, person: Person, data: dict[str, Any]) -> None:
    edit_person(owner=request.user, person=person, now=now(), prefs=prefs_of(request),
                edit=PersonEdit(full_name=data["full_name"], organisation=data["organisation"],
                                title=data["title"], notes=data["notes"], tags=data["tags"],
                                cadence_days=data["cadence_days"]))


@page
@require_POST
def person_rename(request: HttpRequest, person_id: int) -> HttpResponse:
    person = access_person(request.user, person_id)
    old = person.full_name
    try:
        rename_person(owner=request.user, person=person, name=request.POST.get("name", ""))
    except InvalidInput as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{old} is now {person.full_name}.")
    return redirect("web:person", person_id=person.pk)


@page
def person_delete(request: HttpRequest, person_id: int) -> HttpResponse:
    person = access_person(request.user, person_id)
    if request.method == "POST":
        delete_person(owner=request.user, person=person, now=now())
        messages.success(request, f"Deleted {person.full_name}.")
        return redirect("web:people")
    return render_page(request, "web/person_delete.html", {"person": person})


@page
def person_prep(request: HttpRequest, person_id: int) -> HttpResponse:
    """A one-page brief to read (or print) before meeting them."""
    detail = details.person_detail(request.user, person_id, now=now())
    meetings = detail.meetings
    return render_page(request, "web/prep.html", {
        "person": detail.person,
        "points": detail.contact_points,
        "first_meeting": meetings[-1] if meetings else None,
        "meetings": meetings,
        "needs": [m.need for m in meetings if m.need],
        "last_talk": next((i for i in detail.interactions if i.note), None),
        "open_offers": [o for o in detail.offers if o.delivered_at is None],
        "given": [o for o in detail.offers if o.delivered_at is not None],
        "open_steps": detail.open_steps[:5],
    })
