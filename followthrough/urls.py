"""URL routes: each door brings its own, and none mounts another."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, include, path

from followthrough.api.docs import docs_asset
from followthrough.api.main import api

urlpatterns: list[URLPattern | URLResolver] = [
    # The pages first: they are most of what is asked for, and Django tries routes in order.
    path("", include("followthrough.web.urls")),
    path("", include("followthrough.reminders.urls")),
    # The pages live in the "web" namespace; django-ninja wants its own top-level "api" one.
    path("api/docs/assets/<str:name>", docs_asset, name="api-docs-asset"),
    path("api/", api.urls),
]
