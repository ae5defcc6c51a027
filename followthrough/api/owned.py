"""What every API operation reads of its request besides the body: the time and the preferences.

Which rows the caller may reach is selectors/access.py's answer (NotFound, a 404 here).
"""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from django.utils import timezone

from followthrough.preferences import Preferences, preferences_for


def now() -> datetime:
    return timezone.now()


def prefs(request: HttpRequest) -> Preferences:
    return preferences_for(request.user)
