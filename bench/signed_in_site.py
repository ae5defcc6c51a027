"""The signed-in baseline: an empty view behind the app's own settings and middleware, Django's
session and authentication, for a signed-in browser. No signed-in page can be faster: the web
rows' targets are set against it (docs/performance.md)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.urls import path

from followthrough.settings import *  # noqa: F403

ROOT_URLCONF = "bench.signed_in_site"


@login_required
def empty(request: HttpRequest) -> HttpResponse:
    return HttpResponse()


urlpatterns = [path("", empty)]
