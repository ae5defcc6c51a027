"""/api/offers: list, read, add, complete (mark delivered)."""

from django.http import HttpRequest
from ninja import Path, Query, Router
from ninja.pagination import paginate

from followthrough.api import owned
from followthrough.api.schemas import (
    COMMON,
    MAX_ID,
    Error,
    OfferIn,
    OfferOut,
    Paged,
)
from followthrough.models import Offer
from followthrough.selectors.access import access_offer, access_person, owned_offers
from followthrough.services.people import add_offer, deliver_offer

router = Router(tags=["offers"])


@router.get("", response={200: list[OfferOut], **COMMON})
@paginate(Paged)
def list_offers(
    request: HttpRequest,
    person_id: int | None = Query(None, ge=1, le=MAX_ID),
    delivered: bool | None = None,
):
    found = owned_offers(request.user).order_by("created_at", "id")
    if delivered is not None:
        found = found.filter(delivered_at__isnull=not delivered)
    return found.filter(person_id=person_id) if person_id is not None else found


@router.get("/{offer_id}", response={200: OfferOut, 404: Error, **COMMON})
def read_offer(request: HttpRequest, offer_id: int = Path(..., ge=1, le=MAX_ID)) -> Offer:
    return access_offer(request.user, offer_id)


@router.post("", response={201: OfferOut, 400: Error, 404: Error, **COMMON})
def create(request: HttpRequest, body: OfferIn) -> tuple[int, Offer]:
    return 201, add_offer(
        owner=request.user,
        person=access_person(request.user, body.person_id),
        text=body.text,
        delivered=body.delivered,
        now=owned.now(),
    )


@router.post("/{offer_id}/complete", response={200: OfferOut, 404: Error, 409: Error, **COMMON})
def complete(request: HttpRequest, offer_id: int = Path(..., ge=1, le=MAX_ID)) -> Offer:
    offer = access_offer(request.user, offer_id)
    return deliver_offer(owner=request.user, offer_id=offer.pk, now=owned.now())
