"""The JSON API at /api/: the same services and selectors as the pages, errors as 4xx JSON."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI

from followthrough.api.auth import API_AUTH
from followthrough.api.docs import OfflineSwagger
from followthrough.errors import Ambiguous, Conflict, InvalidInput, NotFound, RateLimited

api = NinjaAPI(
    title="Followthrough API",
    version="1",
    description="People, meetings, steps, interactions and offers of the signed-in owner, and "
                "where their reminders go. "
                "Authenticate with `Authorization: Bearer <token>` (tokens: /settings/tokens/).",
    auth=API_AUTH,
    docs=OfflineSwagger(),
    urls_namespace="api",
)


@api.exception_handler(NotFound)
def not_found(request: HttpRequest, exc: NotFound) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc)}, status=404)


@api.exception_handler(InvalidInput)
def invalid_input(request: HttpRequest, exc: InvalidInput) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc), "field": exc.field}, status=400)


@api.exception_handler(Ambiguous)
def ambiguous(request: HttpRequest, exc: Ambiguous) -> HttpResponse:
    candidates = [{"id": getattr(c, "pk", None), "name": str(c),
                   "organisation": getattr(c, "organisation", "")} for c in exc.candidates]
    return api.create_response(request, {"detail": str(exc), "candidates": candidates},
                               status=409)


@api.exception_handler(Conflict)
def conflict(request: HttpRequest, exc: Conflict) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.exception_handler(RateLimited)
def rate_limited(request: HttpRequest, exc: RateLimited) -> HttpResponse:
    response = api.create_response(request, {"detail": str(exc)}, status=429)
    response["Retry-After"] = str(exc.retry_after)
    return response


def _routes() -> None:
    from followthrough.api import interactions, meetings, offers, people, reminders, review, steps

    api.add_router("/people", people.router)
    api.add_router("/meetings", meetings.router)
    api.add_router("/steps", steps.router)
    api.add_router("/interactions", interactions.router)
    api.add_router("/offers", offers.router)
    api.add_router("/reminders", reminders.router)
    api.add_router("/review", review.router)


_routes()
