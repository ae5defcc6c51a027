"""The web app for gunicorn (`followthrough serve`, docs/deploy.md)."""

from __future__ import annotations

from django.core.wsgi import get_wsgi_application

from followthrough.bootstrap import setup_django

# Django set up as the command line does it: start-up's long-lived objects frozen out of the
# garbage collector, so a full collection during a request no longer walks them all (bootstrap.py).
setup_django()
application = get_wsgi_application()
