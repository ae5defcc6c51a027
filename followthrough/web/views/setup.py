"""The first-run set-up (asked once, on a fresh start) and, later, Settings' "Your details"."""

from __future__ import annotations

from dataclasses import asdict

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from followthrough.errors import InvalidInput
from followthrough.preferences import zone_names
from followthrough.selectors.setup import needs_set_up, set_up_answers
from followthrough.services.setup import SetUpAnswers, save_set_up, skip_set_up
from followthrough.web.access import now, page, prefs_of, render_page
from followthrough.web.forms import SetUpForm


@page
def set_up(request: HttpRequest) -> HttpResponse:
    first = needs_set_up(request.user)
    options = {"zones": zone_names(), "server_mode": settings.SERVER_MODE}
    if request.method != "POST":
        answers = set_up_answers(request.user, prefs_of(request))
        return _page(request, SetUpForm(initial=asdict(answers), **options), first)
    if "skip" in request.POST:
        skip_set_up(owner=request.user, now=now())
        return redirect("web:today")
    form = SetUpForm(request.POST, **options)
    if form.is_valid():
        try:
            save_set_up(owner=request.user, now=now(), answers=SetUpAnswers(**form.cleaned_data))
        except InvalidInput as exc:
            form.add_service_error(exc)
        else:
            messages.success(request, "Saved. Met someone? Tap “I just met…” and the plan starts."
                             if first else "Your details are saved.")
            return redirect("web:today" if first else "web:settings")
    return _page(request, form, first, status=400)


def _page(request: HttpRequest, form: SetUpForm, first: bool, status: int = 200) -> HttpResponse:
    if first and "zone" in form.fields:
        form.fields["zone"].widget.attrs["data-preset"] = "browser"  # app.js: the browser's zone
    return render_page(request, "web/setup.html", {"form": form, "first": first}, status=status)
