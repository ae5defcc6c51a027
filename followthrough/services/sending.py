"""Handing off the 48-hour steps: the thank-you email and the LinkedIn request.

A thank-you that the mail server accepted is logged as an email interaction, which completes
the thank-you step; one that failed says why and completes nothing. The LinkedIn request is
sent by the user in their browser, so it is logged only when they say it went.
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import EmailMessage, get_connection

from followthrough.domain.kinds import InteractionKind
from followthrough.errors import FollowthroughError, InvalidInput
from followthrough.formats.linkedin import people_search_url
from followthrough.models import ContactPoint, Person
from followthrough.preferences import Preferences
from followthrough.selectors.access import check_person
from followthrough.selectors.drafts import draft_for
from followthrough.services.interactions import Logged, log_interaction
from followthrough.services.mail_server import mail_server_missing

Kind = ContactPoint.Kind


class SendFailed(FollowthroughError):
    """The mail server did not take the message; nothing was logged."""


@dataclass(frozen=True)
class Outgoing:
    to: str
    subject: str
    body: str
    sender: str


def thank_you_for(person: Person, prefs: Preferences, to: str = "") -> Outgoing:
    """The drafted thank-you, to `to` or the person's preferred e-mail address."""
    address = to.strip() or _email_of(person)
    draft = draft_for("email", person, prefs)
    sender = prefs.my_email or settings.DEFAULT_FROM_EMAIL
    if prefs.my_name and prefs.my_email:
        sender = f"{prefs.my_name} <{prefs.my_email}>"
    return Outgoing(to=address, subject=draft.subject, body=draft.body, sender=sender)


def _email_of(person: Person) -> str:
    point = person.contact_points.filter(kind=Kind.EMAIL).order_by("-preferred", "id").first()
    if point is None:
        raise InvalidInput("email", f"{person.full_name} has no e-mail address: add --to ADDRESS")
    return point.value


def with_edits(message: Outgoing, edited: str) -> Outgoing:
    """The message after the user edited `Subject: ...` + blank line + body in their editor."""
    first, _, rest = edited.partition("\n")
    subject = message.subject
    if first.lower().startswith("subject:"):
        subject, edited = first[len("subject:"):].strip(), rest.lstrip("\n")
    if not edited.strip():
        raise InvalidInput("email", "the body is empty: nothing was sent")
    return Outgoing(message.to, subject, edited.rstrip() + "\n", message.sender)


def as_editable(message: Outgoing) -> str:
    return f"Subject: {message.subject}\n\n{message.body}"


def email_message(message: Outgoing) -> EmailMessage:
    return EmailMessage(subject=message.subject, body=message.body, from_email=message.sender,
                        to=[message.to])


def eml_bytes(message: Outgoing, prefs: Preferences) -> bytes:
    """An unsent draft that Outlook and Thunderbird open as a message to edit and send:
    `X-Unsent: 1`, From your configured address (none when [me] email is not set: the mail
    program fills in its own account), and no Message-ID or Date until it is really sent."""
    from email.message import EmailMessage as Draft
    from email.policy import SMTP
    from email.utils import formataddr

    from django.core.mail import BadHeaderError

    draft = Draft(policy=SMTP)
    try:
        if prefs.my_email:
            draft["From"] = formataddr((prefs.my_name, prefs.my_email)) if prefs.my_name \
                else prefs.my_email
        draft["To"] = message.to
        draft["Subject"] = message.subject
    except ValueError as error:  # a line break saved before they were refused: as when sending
        raise BadHeaderError(str(error)) from None
    draft["X-Unsent"] = "1"
    draft.set_content(message.body)
    return draft.as_bytes()


def mailto_link(message: Outgoing) -> str:
    return (f"mailto:{quote(message.to, safe='@')}?subject={quote(message.subject)}"
            f"&body={quote(message.body)}")


def send_thank_you(
    *, owner: AbstractBaseUser, person: Person, message: Outgoing, now: datetime,
    prefs: Preferences,
) -> Logged:
    """Send through the configured mail server, then log it (completing the thank-you step)."""
    check_person(owner, person)
    missing = mail_server_missing()
    if missing:
        raise SendFailed(f"{missing}; nothing was sent or logged (--eml or --mailto hand it "
                         "to your mail program instead)")
    try:
        with get_connection(fail_silently=False, timeout=settings.EMAIL_TIMEOUT) as connection:
            connection.send_messages([email_message(message)])
    except (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused) as error:
        raise SendFailed(f"the mail server refused the message ({_refusal(error)}); "
                         "nothing was logged") from None
    except (smtplib.SMTPException, OSError) as error:
        raise SendFailed(f"could not send through {settings.EMAIL_HOST}:{settings.EMAIL_PORT} "
                         f"({error or type(error).__name__}); nothing was logged") from None
    return log_interaction(owner=owner, person=person, kind=InteractionKind.EMAIL, at=now,
                           note=f"Sent: {message.subject}", now=now, prefs=prefs)


def _refusal(error: smtplib.SMTPException) -> str:
    """`550 5.1.1 mailbox unavailable`, from either kind of refusal."""
    text: bytes | str
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(error.recipients.values()))
    elif isinstance(error, smtplib.SMTPResponseException):
        code, text = error.smtp_code, error.smtp_error
    else:
        return str(error)
    return f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"


def linkedin_target(person: Person) -> str:
    """Their profile, or a people search by name and company when we do not know it."""
    point = person.contact_points.filter(kind=Kind.LINKEDIN).order_by("-preferred", "id").first()
    return point.value if point else people_search_url(person.full_name, person.organisation)


def linkedin_sent(
    *, owner: AbstractBaseUser, person: Person, now: datetime, prefs: Preferences
) -> Logged:
    return log_interaction(owner=owner, person=person, kind=InteractionKind.LINKEDIN, at=now,
                           note="Sent a connection request with a note", now=now, prefs=prefs)
