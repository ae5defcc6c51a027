"""Signing in: the one-time link in local mode; email and password (Argon2) in server mode."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.views.decorators.cache import never_cache

from followthrough.bootstrap import local_owner
from followthrough.services.tokens import redeem_sign_in_link

LOGIN_ATTEMPTS = 5
LOGIN_WINDOW_SECONDS = 15 * 60


@never_cache
def sign_in_link(request: HttpRequest, token: str) -> HttpResponse:
    """Local mode: the link `followthrough serve` printed signs the owner in, once."""
    if settings.SERVER_MODE or request.method != "GET":
        raise Http404("no such page")
    if not redeem_sign_in_link(token, now=timezone.now()):
        return render(request, "web/signin_used.html", status=404)
    login(request, local_owner(), backend="django.contrib.auth.backends.ModelBackend")
    return redirect("web:today")


def _throttle_keys(request: HttpRequest) -> list[str]:
    address = request.META.get("REMOTE_ADDR", "")
    username = request.POST.get("username", "").strip().lower()[:200]
    return [f"login-fail:ip:{address}", f"login-fail:user:{username}"]


class LoginView(auth_views.LoginView):
    """Server mode: email and password, at most five failures per address and per account."""

    template_name = "web/login.html"
    redirect_authenticated_user = True

    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not settings.SERVER_MODE:
            return render(request, "web/login_local.html")
        return super().get(request, *args, **kwargs)

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not settings.SERVER_MODE:
            return render(request, "web/login_local.html", status=403)
        keys = _throttle_keys(request)
        if any((cache.get(key) or 0) >= LOGIN_ATTEMPTS for key in keys):
            return render(request, "web/login.html", {
                "form": self.get_form(), "throttled": True,
            }, status=429)
        response = super().post(request, *args, **kwargs)
        if not request.user.is_authenticated:
            for key in keys:
                cache.add(key, 0, LOGIN_WINDOW_SECONDS)
                cache.incr(key)
        return response

    def get_default_redirect_url(self) -> str:
        return str(reverse_lazy("web:today"))


def logout_view(request: HttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "web/logout.html")
    from django.contrib.auth import logout

    logout(request)
    messages.success(request, "Signed out.")
    return redirect("web:login")


def server_only(view):  # type: ignore[no-untyped-def]
    """Password reset exists only in server mode (local mode has no passwords)."""

    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not settings.SERVER_MODE:
            raise Http404("local mode has no passwords")
        return view(request, *args, **kwargs)

    return wrapper


password_reset = server_only(auth_views.PasswordResetView.as_view(
    template_name="web/password_reset.html",
    email_template_name="web/password_reset_email.txt",
    subject_template_name="web/password_reset_subject.txt",
    success_url=reverse_lazy("web:password-reset-sent"),
))
password_reset_sent = server_only(auth_views.PasswordResetDoneView.as_view(
    template_name="web/password_reset_sent.html"))
password_reset_confirm = server_only(auth_views.PasswordResetConfirmView.as_view(
    template_name="web/password_reset_confirm.html",
    success_url=reverse_lazy("web:password-reset-complete")))
password_reset_complete = server_only(auth_views.PasswordResetCompleteView.as_view(
    template_name="web/password_reset_complete.html"))
