"""WSGI entry of the signed-in baseline (bench/signed_in_site.py), started as the app is."""

from __future__ import annotations

import os

os.environ["DJANGO_SETTINGS_MODULE"] = "bench.signed_in_site"

from django.core.wsgi import get_wsgi_application  # noqa: E402

from followthrough.bootstrap import setup_django  # noqa: E402

setup_django()
application = get_wsgi_application()
