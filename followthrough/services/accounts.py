"""Server mode: accounts are created by an administrator, who hands over a set-password link."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from followthrough.errors import Conflict
from followthrough.services.validation import clean_email


@transaction.atomic
def create_account(email: str) -> User:
    """A new user named by their email, with no password until they set one."""
    address = clean_email(email)
    if User.objects.filter(username__iexact=address).exists():
        raise Conflict(f"there is already an account for {address}")
    user = User(username=address.lower(), email=address)
    user.set_unusable_password()
    user.save()
    return user


def set_password_path(user: User) -> str:
    """The password-reset confirmation path: valid until used or PASSWORD_RESET_TIMEOUT."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return reverse("web:password-reset-confirm",
                   kwargs={"uidb64": uid, "token": default_token_generator.make_token(user)})
