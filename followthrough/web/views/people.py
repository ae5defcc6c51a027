"""People: search by name, company or tag, filter by status, 50 a page (a fixed number of queries)."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse

from followthrough.domain.kinds import Status
from followthrough.domain.status import classify
from followthrough.selectors.people import people_for
from followthrough.web.access import now, page, render_page

PER_PAGE = 50
SEARCH_MAX = 200


@page
def people(request: HttpRequest) -> HttpResponse:
    moment = now()
    search = request.GET.get("q", "").replace("\x00", "").strip()[:SEARCH_MAX]
    status_text = request.GET.get("status", "")
    status = Status(status_text) if status_text in {s.value for s in Status} else None
    found = people_for(request.user, now=moment, status=status, search=search).only(
        "id", "full_name", "organisation", "title", "tags", "next_due", "first_met_at",
        "face_to_face_due", "relationship_until",
    )
    paginator = Paginator(found, PER_PAGE)
    listing = paginator.get_page(request.GET.get("page"))
    rows = [(person, classify(person.facts, moment)) for person in listing.object_list]
    return render_page(request, "web/people.html", {
        "page": listing, "rows": rows, "search": search, "status": status,
        "statuses": list(Status),
    }, current=moment)
