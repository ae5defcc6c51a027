"""Reminders: where and when the emails go, and the calendar feed's secret address."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import get_script_prefix
from django.views.decorators.http import require_POST

from followthrough.errors import InvalidInput
from followthrough.reminders.feed import feed_urls, rotate_feed_token, unreachable_from_outside
from followthrough.reminders.services import reminder_choices, update_reminder_settings
from followthrough.web.access import now, page, render_page
from followthrough.web.forms import ReminderSettingsForm


@page
def reminder_settings(request: HttpRequest) -> HttpResponse:
    chosen = reminder_choices(request.user, now())
    form, status = ReminderSettingsForm(initial={
        "email": chosen.email, "digest_enabled": chosen.digest, "digest_hour": chosen.digest_hour,
        "immediate_overdue": chosen.overdue_emails, "weekly": chosen.weekly,
    }), 200
    if request.method == "POST":
        form, status = ReminderSettingsForm(request.POST), 400
        if form.is_valid():
            try:
                update_reminder_settings(owner=request.user, **form.cleaned_data)
            except InvalidInput as exc:
                form.add_service_error(exc)
            else:
                messages.success(request, "Reminder settings saved.")
                return redirect("web:reminders")
    url, webcal = feed_urls(request.user, _site(request))
    return render_page(request, "web/reminders.html", {
        "form": form, "chosen": chosen, "feed_url": url, "feed_webcal": webcal,
        "feed_local_only": unreachable_from_outside(url),
    }, status=status)


@page
@require_POST
def reminders_resume(request: HttpRequest) -> HttpResponse:
    update_reminder_settings(owner=request.user, resume=True)
    messages.success(request, "The daily digest is back on.")
    return redirect("web:reminders")


@page
@require_POST
def feed_rotate(request: HttpRequest) -> HttpResponse:
    rotate_feed_token(request.user, now())
    messages.success(request, "New calendar address: the old one no longer works. "
                              "Subscribe again with the one below.")
    return redirect("web:reminders")


def _site(request: HttpRequest) -> str:
    """This site's address as the browser reached it, with the script prefix: the feed URL's
    when FOLLOWTHROUGH_BASE_URL is not set."""
    return request.build_absolute_uri(get_script_prefix())
