"""Who calls the API: a bearer token (made on /settings/tokens/), or the signed-in browser session."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer, django_auth

from followthrough.services.tokens import owner_of_api_token


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> AbstractBaseUser | None:
        owner = owner_of_api_token(token, now=timezone.now())
        if owner is not None:
            request.user = owner
        return owner


API_AUTH = [TokenAuth(), django_auth]
