"""What makes the app installable and its capture work offline: the web app manifest, the
service worker (templates/web/sw.js), and the page shown for any other page while offline."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import mark_safe

from followthrough.web.access import page, render_page

# The app shell: kept by the service worker when it installs, so pages show offline.
SHELL_FILES = ("web/app.css", "web/print.css", "web/app.js", "web/outbox.js", "web/htmx.min.js",
               "web/favicon.svg", "web/icon-192.png", "web/icon-512.png")


SERVICE_WORKER = Path(__file__).resolve().parents[1] / "templates" / "web" / "sw.js"


@lru_cache(maxsize=1)
def _shell_version() -> str:
    """Changes whenever a shell file or the worker's own text does: a new worker then installs
    and takes the new files (the static files keep their names)."""
    digest = hashlib.sha256(SERVICE_WORKER.read_bytes())
    for name in SHELL_FILES:
        found = finders.find(name)
        if isinstance(found, str):
            digest.update(Path(found).read_bytes())
    return digest.hexdigest()[:16]


def service_worker(request: HttpRequest) -> HttpResponse:
    config = {
        "version": _shell_version(),
        "static": static(""),
        "outbox": static("web/outbox.js"),
        "capture": reverse("web:capture"),
        "sync": reverse("web:capture-sync"),
        "offline": reverse("web:offline"),
        "kept": [reverse("web:today"), reverse("web:capture")],
        "shell": [*(static(name) for name in SHELL_FILES), reverse("web:offline"),
                  reverse("web:capture")],
    }
    text = render_to_string("web/sw.js", {"config": mark_safe(json.dumps(config))})  # noqa: S308  # nosec B308, B703 - paths made here
    response = HttpResponse(text, content_type="text/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"  # the browser checks for a new worker each visit
    return response


def manifest(request: HttpRequest) -> JsonResponse:
    today = reverse("web:today")
    response = JsonResponse({
        "name": "Followthrough", "short_name": "Followthrough",
        "description": "Turn a meeting into a relationship: the follow-up steps, on time.",
        "id": today, "start_url": today, "scope": today, "display": "standalone",
        "background_color": "#f5f4f0", "theme_color": "#3350b0",
        "icons": [
            {"src": static("web/icon-192.png"), "sizes": "192x192", "type": "image/png",
             "purpose": "any maskable"},
            {"src": static("web/icon-512.png"), "sizes": "512x512", "type": "image/png",
             "purpose": "any maskable"},
            {"src": static("web/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
        "shortcuts": [{"name": "I just met…", "url": reverse("web:capture")}],
    }, content_type="application/manifest+json")
    response["Cache-Control"] = "public, max-age=3600"
    return response


@page
def offline(request: HttpRequest) -> HttpResponse:
    return render_page(request, "web/offline.html")
