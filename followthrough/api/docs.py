"""Interactive docs that load nothing from the network: Swagger UI from django-ninja's own files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import ninja
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from ninja.openapi.docs import Swagger

ASSETS = {
    "swagger-ui-bundle.js": "text/javascript",
    "swagger-ui-init.js": "text/javascript",
    "swagger-ui.css": "text/css",
}
ASSET_DIR = Path(ninja.__file__).parent / "static" / "ninja"


class OfflineSwagger(Swagger):
    def render_page(self, request: HttpRequest, api: Any, **kwargs: Any) -> HttpResponse:
        import json

        self.settings["url"] = self.get_openapi_url(api, kwargs)
        return render(request, "web/api_docs.html", {
            "swagger_settings": json.dumps(self.settings),
            "api": api,
        })


def docs_asset(request: HttpRequest, name: str) -> FileResponse:
    """The three Swagger UI files, served from the installed django-ninja package."""
    if name not in ASSETS:
        raise Http404("no such file")
    response = FileResponse((ASSET_DIR / name).open("rb"), content_type=ASSETS[name])
    response["Cache-Control"] = "public, max-age=86400"
    return response
