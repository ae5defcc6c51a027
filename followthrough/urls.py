"""URL routes: each door brings its own, and none mounts another."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, include, path

from followthrough.api.docs import docs_asset
from followthrough.api.main import api

urlpatterns: list[URLPattern | URLResolver] = [
    path("", include("followthrough.reminders.urls")),
    path("", include("followthrough.web.urls")),
    # The pages live in the "web" namespace; django-ninja wants its own top-level "api" one.
    path("api/docs/assets/<str:name>", docs_asset, name="api-docs-asset"),
    path("api/", api.urls),
]
