"""The baseline for the web rows: Django with no apps and no middleware, one empty view.

Served by gunicorn exactly like the app (bench/servers.py), so the ratio is what our pages
cost on top of Django and gunicorn themselves.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path

SECRET_KEY = "bench"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.empty_site"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True


def empty(request: HttpRequest) -> HttpResponse:
    return HttpResponse()


urlpatterns = [path("", empty)]
