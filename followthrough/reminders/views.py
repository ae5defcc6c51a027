"""The reminders' web doors: one-click email actions, and the calendar feed.

Each view is a few lines: read the signed token or the feed token, call one function, render.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from followthrough.errors import NotFound
from followthrough.reminders import links, services

# Mail clients POST one-click unsubscribes (RFC 8058) without a CSRF token: the signed token is
# the proof. GET only asks, so a link scanner that follows links changes nothing.
ACTIONS = {
    "unsubscribe": ("Stop all Followthrough reminder emails?", "Stop reminder emails",
                    "Done: no more reminder emails. Turn them on again in your settings."),
    "snooze": ("Pause the daily digest for a week?", "Pause for a week",
               "Done: no digest for a week. Overdue notes still arrive."),
}


def _action(request: HttpRequest, token: str, action: str) -> HttpResponse:
    owner_id = links.read_action_token(token, action)
    if owner_id is None:
        raise Http404("unknown link")
    question, button, done = ACTIONS[action]
    if request.method != "POST":
        return render(request, "reminders/action.html", {"question": question, "button": button})
    try:
        if action == "unsubscribe":
            services.unsubscribe(owner_id=owner_id)
        else:
            services.snooze_digests(owner_id=owner_id, now=timezone.now())
    except NotFound:
        raise Http404("unknown link") from None
    return render(request, "reminders/action.html", {"done": done})


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    return _action(request, token, "unsubscribe")


@csrf_exempt
@require_http_methods(["GET", "POST"])
def snooze(request: HttpRequest, token: str) -> HttpResponse:
    return _action(request, token, "snooze")


@require_http_methods(["GET", "HEAD"])
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The owner's steps as iCalendar; a repeated request with a matching ETag gets a 304."""
    from followthrough.reminders import feed

    owner = feed.owner_for_token(token)
    if owner is None:
        raise Http404("not found")
    now = timezone.now()
    etag, changed = feed.feed_version(owner, now)
    if etag in _if_none_match(request):
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(feed.feed_body(owner, now, changed),
                                content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="followthrough.ics"'
    response["ETag"] = etag
    response["Cache-Control"] = "private, max-age=300"
    response["X-Robots-Tag"] = "noindex"
    return response


def _if_none_match(request: HttpRequest) -> set[str]:
    header = request.headers.get("If-None-Match", "")[:2000]
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}
