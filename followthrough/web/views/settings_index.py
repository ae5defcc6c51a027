"""Settings: the pages a person visits seldom (import, export, reminders, tokens), in one place."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from followthrough.web.access import page, render_page


@page
def settings_index(request: HttpRequest) -> HttpResponse:
    return render_page(request, "web/settings.html")
