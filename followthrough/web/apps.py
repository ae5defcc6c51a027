from __future__ import annotations

from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "followthrough.web"
    label = "web"
    verbose_name = "Followthrough web app"
