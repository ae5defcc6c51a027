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
