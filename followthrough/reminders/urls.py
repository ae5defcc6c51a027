from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from followthrough.reminders import views

app_name = "reminders"

urlpatterns: list[URLPattern | URLResolver] = [
    path("reminders/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("reminders/snooze/<str:token>/", views.snooze, name="snooze"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar-feed"),
]
