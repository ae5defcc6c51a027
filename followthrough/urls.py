"""URL routes: each door brings its own."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("followthrough.reminders.urls")),
    path("", include("followthrough.web.urls")),
]
