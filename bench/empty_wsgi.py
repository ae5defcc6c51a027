"""WSGI entry of the empty-view baseline (settings and URLs in bench/empty_site.py)."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ["DJANGO_SETTINGS_MODULE"] = "bench.empty_site"
application = get_wsgi_application()
