from __future__ import annotations

from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "followthrough.reminders"
    label = "reminders"
    verbose_name = "Followthrough reminders"
