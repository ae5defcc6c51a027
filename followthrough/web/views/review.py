"""Review: the week looked back on and the next one looked at; prints on one page."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from followthrough.domain.review import week_of
from followthrough.errors import InvalidInput
from followthrough.selectors.review import review_for
from followthrough.selectors.review_sheet import sheet
from followthrough.web.access import now, page, prefs_of, render_page


def _person_link(person_id: int, step_id: int | None) -> str:
    path = reverse("web:person", kwargs={"person_id": person_id})
    return f"{path}#step-{step_id}" if step_id else path


@page
def review(request: HttpRequest) -> HttpResponse:
    prefs, moment = prefs_of(request), now()
    asked = request.GET.get("week") or None
    error, status = "", 200
    try:
        looked = review_for(request.user, now=moment, zone=prefs.zone, playbook=prefs.playbook,
                            week=asked)
    except InvalidInput as exc:
        error, status = str(exc).removeprefix("week: "), 400
        looked = review_for(request.user, now=moment, zone=prefs.zone, playbook=prefs.playbook)
    current = week_of(moment, prefs.zone)
    later = None if looked.week == current else looked.week.before(-1)
    return render_page(request, "web/review.html", {
        "sheet": sheet(looked, zone=prefs.zone, person_link=_person_link), "svg": True,
        "error": error, "earlier": looked.week.before(1), "later": later,
        "is_current": later is None,
    }, status=status, current=moment)
