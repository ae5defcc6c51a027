"""The web app's pages (the JSON API is mounted beside them in followthrough/urls.py)."""

from __future__ import annotations

from django.urls import URLPattern, URLResolver, path

from followthrough.web.views import (
    accounts,
    capture,
    check,
    evidence,
    habits,
    people,
    person,
    reminders,
    settings_index,
    setup,
    today,
    tokens,
    transfer,
)

app_name = "web"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", today.today, name="today"),
    path("signin/<str:token>", accounts.sign_in_link, name="signin"),
    path("accounts/login/", accounts.LoginView.as_view(), name="login"),
    path("accounts/logout/", accounts.logout_view, name="logout"),
    path("accounts/password-reset/", accounts.password_reset, name="password-reset"),
    path("accounts/password-reset/sent/", accounts.password_reset_sent,
         name="password-reset-sent"),
    path("accounts/reset/<uidb64>/<token>/", accounts.password_reset_confirm,
         name="password-reset-confirm"),
    path("accounts/reset/done/", accounts.password_reset_complete,
         name="password-reset-complete"),
    path("met/", capture.capture, name="capture"),
    path("meetings/<int:meeting_id>/plan/", capture.meeting_plan, name="meeting-plan"),
    path("steps/<int:step_id>/done", today.step_done, name="step-done"),
    path("steps/<int:step_id>/skip", today.step_skip, name="step-skip"),
    path("steps/<int:step_id>/snooze", today.step_snooze, name="step-snooze"),
    path("people/", people.people, name="people"),
    path("people/<int:person_id>/", person.person_detail, name="person"),
    path("people/<int:person_id>/card.vcf", person.person_vcard, name="person-vcard"),
    path("people/<int:person_id>/prep/", person.person_prep, name="person-prep"),
    path("people/<int:person_id>/edit/", person.person_edit, name="person-edit"),
    path("people/<int:person_id>/delete/", person.person_delete, name="person-delete"),
    path("people/<int:person_id>/log", person.person_log, name="person-log"),
    path("people/<int:person_id>/offers", person.person_offer, name="person-offer"),
    path("people/<int:person_id>/offers/<int:offer_id>/deliver", person.offer_deliver,
         name="offer-deliver"),
    path("habits/", habits.habits, name="habits"),
    path("check/", check.check_post, name="check"),
    path("import/", transfer.import_page, name="import"),
    path("evidence/<int:evidence_id>/confirm", evidence.confirm, name="evidence-confirm"),
    path("evidence/<int:evidence_id>/dismiss", evidence.dismiss, name="evidence-dismiss"),
    path("export/", transfer.export_page, name="export"),
    path("export/<str:kind>", transfer.export_download, name="export-download"),
    path("settings/", settings_index.settings_index, name="settings"),
    path("setup/", setup.set_up, name="setup"),
    path("settings/reminders/", reminders.reminder_settings, name="reminders"),
    path("settings/reminders/resume", reminders.reminders_resume, name="reminders-resume"),
    path("settings/reminders/feed", reminders.feed_rotate, name="feed-rotate"),
    path("settings/tokens/", tokens.tokens, name="tokens"),
    path("settings/tokens/<int:token_id>/revoke", tokens.token_revoke, name="token-revoke"),
]
