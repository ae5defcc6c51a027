"""Who the user is, for telling what they did from what was done to them.

`[me]` in config.toml (name, email, linkedin) comes first; the account's own e-mail counts
too; what an export showed (the one person in every LinkedIn conversation, the inviter of the
outgoing invitations) fills in a LinkedIn URL the config does not give.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from followthrough.formats.evidence import Me, fold_name
from followthrough.formats.linkedin import normalise_linkedin_url
from followthrough.models import InferredIdentity
from followthrough.preferences import Preferences
from followthrough.services.contacts import match_key


@dataclass(frozen=True)
class Identity:
    me: Me
    said_by: str  # "config.toml", "inferred from messages.csv on 2026-11-03", ...

    @property
    def knows_linkedin(self) -> bool:
        return bool(self.me.linkedin)


def identity_for(owner: AbstractBaseUser, prefs: Preferences) -> Identity:
    names = {fold_name(prefs.my_name)} if prefs.my_name else set()
    emails = {match_key("email", e) for e in (prefs.my_email, getattr(owner, "email", "")) if e}
    linkedin = normalise_linkedin_url(prefs.my_linkedin)
    said_by = "[me] in config.toml" if (prefs.my_email or prefs.my_linkedin) else ""
    if linkedin is None:
        inferred = InferredIdentity.objects.filter(owner=owner).first()
        if inferred is not None and inferred.linkedin:
            linkedin = inferred.linkedin
            names |= {fold_name(inferred.name)} if inferred.name else set()
            said_by = (f"inferred from {inferred.inferred_from} "
                       f"({inferred.at:%Y-%m-%d})" + (", and config.toml" if said_by else ""))
    me = Me(names=frozenset(names), emails=frozenset(emails),
            linkedin=frozenset({match_key("linkedin", linkedin)} if linkedin else ()))
    return Identity(me, said_by or ("your account's e-mail" if emails else "unknown"))


def remember_inferred(*, owner: AbstractBaseUser, me: Me, inferred_from: str,
                      now: datetime) -> None:
    """Keep what an export showed, for the next import, the worker and `doctor`."""
    url = next(iter(sorted(me.linkedin)), "")
    name = next(iter(sorted(me.names)), "")
    InferredIdentity.objects.update_or_create(
        owner=owner, defaults={"linkedin": url, "name": name.title(),
                               "inferred_from": inferred_from[:300], "at": now})


def describe(identity: Identity) -> str:
    """One line for `doctor` and the import report."""
    me = identity.me
    parts = [*sorted(me.emails), *sorted(me.linkedin)]
    who = ", ".join(parts) if parts else "nobody yet"
    return f"{who} ({identity.said_by})"
