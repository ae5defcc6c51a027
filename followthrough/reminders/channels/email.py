"""Email through Django's backend (EMAIL_* settings), with SMTP errors sorted into retry or not."""

from __future__ import annotations

import smtplib
import socket

from django.core.mail import EmailMultiAlternatives, get_connection

from followthrough.reminders.channels import ChannelError, NotConfigured, Notice
from followthrough.services.mail_server import mail_server_missing


class EmailChannel:
    def notify(self, notice: Notice) -> None:
        missing = mail_server_missing()
        if missing:
            raise NotConfigured(missing)
        message = EmailMultiAlternatives(
            subject=notice.subject, body=notice.text, to=[notice.to],
            headers={**notice.headers, **({"Message-ID": notice.message_id}
                                          if notice.message_id else {})},
        )
        if notice.html:
            message.attach_alternative(notice.html, "text/html")
        try:
            with get_connection(fail_silently=False) as connection:
                connection.send_messages([message])
        except Exception as exc:  # every transport fault becomes a ChannelError
            raise classify_smtp_error(exc) from exc


def classify_smtp_error(exc: BaseException) -> ChannelError:
    """4xx replies, refused or dropped connections and timeouts pass; 5xx replies do not."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in exc.recipients.values()]
        worst = max(codes) if codes else 550
        return ChannelError(f"the mail server refused the address ({worst})", retry=worst < 500)
    if isinstance(exc, smtplib.SMTPResponseException):
        reply = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) \
            else str(exc.smtp_error)
        return ChannelError(f"the mail server answered {exc.smtp_code} {reply}"[:500],
                            retry=exc.smtp_code < 500)
    if isinstance(exc, socket.timeout | TimeoutError) or "timed out" in str(exc):
        return ChannelError("the mail server did not answer in time", retry=True)
    if isinstance(exc, ConnectionRefusedError):
        return ChannelError("the mail server refused the connection (is it running?)", retry=True)
    if isinstance(exc, smtplib.SMTPException | OSError):
        return ChannelError(f"could not talk to the mail server: {exc}"[:500], retry=True)
    return ChannelError(f"sending failed: {exc!r}"[:500], retry=False)
