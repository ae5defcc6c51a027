from __future__ import annotations

from django.apps import AppConfig


class FollowthroughConfig(AppConfig):
    name = "followthrough"
    verbose_name = "Followthrough"
    default_auto_field = "django.db.models.BigAutoField"
