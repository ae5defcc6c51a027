"""People: search by name, company, tag or e-mail, filter by status, 50 a page.

A page costs the same few queries however many people match: it reads one row more than it
shows to know whether there is a next page, and never counts the matches. Pages are cached
like the Today page (web/owner_pages.py: per owner, data version, minute and path), so the
same search asked again costs the session, the user and the data version until something
changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape

from django.http import HttpRequest, HttpResponse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from followthrough.domain.kinds import Status
from followthrough.domain.relative import relative
from followthrough.domain.status import classify
from followthrough.selectors.people import PersonRow, people_page
from followthrough.web.access import now, page, prefs_of, render_page
from followthrough.web.owner_pages import cached_page

PER_PAGE = 50
SEARCH_MAX = 200
PAGE_MAX = 10_000
# The status menu's options, one markup per chosen status ("" for any), made once: a template
# loop over the five statuses was a quarter of rendering the page.
_OPTION = '<option value="{}">{}</option>'
_CHOSEN = '<option value="{}" selected>{}</option>'
STATUS_OPTIONS = {
    chosen: format_html_join("", "{}", (
        (format_html(_CHOSEN if choice.value == chosen else _OPTION, choice.value, choice.label),)
        for choice in Status))
    for chosen in ("", *(choice.value for choice in Status))
}


@dataclass(frozen=True)
class PeoplePage:
    number: int
    has_next: bool
    first: int  # the position of the page's first row, counting from 1

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_other_pages(self) -> bool:
        return self.has_next or self.has_previous

    @property
    def next_page_number(self) -> int:
        return self.number + 1

    @property
    def previous_page_number(self) -> int:
        return self.number - 1


def _page_number(text: str | None) -> int:
    return min(max(int(text), 1), PAGE_MAX) if text and text.isdigit() else 1


@page
def people(request: HttpRequest) -> HttpResponse:
    moment = now()
    return cached_page(request, prefs_of(request), moment,
                       lambda csrf_token: _render_people(request, moment, csrf_token))


def _render_people(request: HttpRequest, moment: datetime, csrf_token: str | None) -> HttpResponse:
    search = request.GET.get("q", "").replace("\x00", "").strip()[:SEARCH_MAX]
    status_text = request.GET.get("status", "")
    status = Status(status_text) if status_text in {s.value for s in Status} else None
    number = _page_number(request.GET.get("page"))
    start = (number - 1) * PER_PAGE
    listed = people_page(request.user, now=moment, search=search, status=status, offset=start,
                         limit=PER_PAGE + 1)
    people_path = request.path  # a person's page is under this one's: /people/<id>/
    shown = listed[:PER_PAGE]
    return render_page(request, "web/people.html", {
        "page": PeoplePage(number, len(listed) > PER_PAGE, start + 1),
        "last": start + len(shown), "count": len(shown), "rows": _rows(shown, people_path, moment),
        "search": search,
        "status": status.value if status else "",
        "status_options": STATUS_OPTIONS[status.value if status else ""],
        "people_path": people_path,
    }, current=moment, csrf_token=csrf_token)


def _rows(people: list[PersonRow], people_path: str, moment: datetime) -> SafeString:
    """The table's rows as HTML, names and organisations escaped. Written here, not in a
    template loop: the loop's variables took most of the time of a search page not cached."""
    return mark_safe("".join(_ROW.format(  # noqa: S308  # nosec B308, B703 - the texts are escaped
        href=f"{people_path}{person.pk}/", name=escape(person.full_name),
        organisation=escape(person.organisation), status=status.value, label=status.label,
        due=relative(person.next_due, moment) if person.next_due else "—")
        for person in people for status in (classify(person.facts, moment),)))


# The link is the page's path (the server's script prefix and "/people/", which alone matches
# this page) and an id; a status's value and label are fixed words; a relative
# time is digits and words: none of them needs escaping.
_ROW = ('<tr><th scope="row"><a href="{href}">{name}</a></th><td>{organisation}</td>'
        '<td><span class="status-badge status-{status}">{label}</span></td><td>{due}</td></tr>\n')
