"""Signing in: the one-time link in local mode; email and password (Argon2) in server mode."""

from __future__ import annotations

import math
from datetime import datetime

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import timezone
from django.views.decorators.cache import never_cache

from followthrough.bootstrap import local_owner
from followthrough.services.sign_in_throttle import (
    begin_sign_in,
    clear_sign_in_failures,
    sign_in_keys,
)
from followthrough.services.tokens import redeem_sign_in_link


@never_cache
def sign_in_link(request: HttpRequest, token: str) -> HttpResponse:
    """Local mode: the link `followthrough serve` printed signs the owner in, once."""
    if settings.SERVER_MODE or request.method != "GET":
        raise Http404("no such page")
    if not redeem_sign_in_link(token, now=timezone.now()):
        return render(request, "web/signin_used.html", status=404)
    login(request, local_owner(), backend=settings.AUTHENTICATION_BACKENDS[0])
    return redirect("web:today")


def client_address(request: HttpRequest) -> str:
    """The caller's address. Behind the proxy every request comes from the proxy, so the address
    is the last one the proxy appended to X-Forwarded-For (earlier ones are the client's to forge)."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.BEHIND_PROXY and forwarded:
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _throttled(request: HttpRequest, form: object, opens: datetime, now: datetime) -> HttpResponse:
    wait = max(1, math.ceil((opens - now).total_seconds()))
    response = render(request, "web/login.html", {
        "form": form, "retry_minutes": math.ceil(wait / 60)}, status=429)
    response["Retry-After"] = str(wait)
    return response


class LoginView(auth_views.LoginView):
    """Server mode: email and password; five failures per account or per address lock it a while."""

    template_name = "web/login.html"
    redirect_authenticated_user = True

    def get(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not settings.SERVER_MODE:
            return render(request, "web/login_local.html")
        return super().get(request, *args, **kwargs)

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not settings.SERVER_MODE:
            return render(request, "web/login_local.html", status=403)
        now = timezone.now()
        keys = sign_in_keys(username=request.POST.get("username", ""),
                            address=client_address(request))
        opens = begin_sign_in(keys, now=now)  # counted as a failure unless it succeeds
        if opens is not None:
            return _throttled(request, self.get_form(), opens, now)
        response = super().post(request, *args, **kwargs)
        if request.user.is_authenticated:
            clear_sign_in_failures(keys)
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


def server_only(view):
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
