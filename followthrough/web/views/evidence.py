"""Answers to evidence suggestions (matched by name alone): it is them, or it is not."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from followthrough.errors import Conflict, NotFound
from followthrough.web.access import now, page, prefs_of, safe_next


@page
@require_POST
def confirm(request: HttpRequest, evidence_id: int) -> HttpResponse:
    from followthrough.services.evidence_suggestions import confirm_suggestion

    try:
        report = confirm_suggestion(owner=request.user, evidence_id=evidence_id,
                                    prefs=prefs_of(request), now=now())
    except NotFound as exc:
        raise Http404(str(exc)) from None
    except Conflict as exc:
        messages.error(request, str(exc))
    else:
        done = "".join(f" Done: {s.title}." for s in report.completed)
        messages.success(request, f"Confirmed: logged {len(report.logged)} with "
                         f"{report.logged[0].person if report.logged else 'them'}.{done}")
    return redirect(safe_next(request, reverse("web:import")))


@page
@require_POST
def dismiss(request: HttpRequest, evidence_id: int) -> HttpResponse:
    from followthrough.services.evidence_suggestions import dismiss_suggestion

    try:
        dismiss_suggestion(owner=request.user, evidence_id=evidence_id, now=now())
    except NotFound as exc:
        raise Http404(str(exc)) from None
    except Conflict as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Dismissed: not them.")
    return redirect(safe_next(request, reverse("web:import")))
