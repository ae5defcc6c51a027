from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest


@dataclass
class Inbox:
    port: int
    messages: list[bytes] = field(default_factory=list)


class Accepting:
    def __init__(self, inbox: Inbox) -> None:
        self.inbox = inbox

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802
        self.inbox.messages.append(envelope.content)
        return "250 Message accepted for delivery"


class Refusing:
    async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]  # noqa: N802,E501
        return "550 5.1.1 mailbox unavailable"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _serve(handler_for, settings) -> Iterator[Inbox]:  # type: ignore[no-untyped-def]
    from aiosmtpd.controller import Controller

    inbox = Inbox(free_port())
    controller = Controller(handler_for(inbox), hostname="127.0.0.1", port=inbox.port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", inbox.port, False
    try:
        yield inbox
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(settings) -> Iterator[Inbox]:  # type: ignore[no-untyped-def]
    """A real SMTP server on loopback that accepts every message."""
    yield from _serve(Accepting, settings)


@pytest.fixture
def refusing_smtp_server(settings) -> Iterator[Inbox]:  # type: ignore[no-untyped-def]
    """A real SMTP server that refuses every recipient with a 5xx."""
    yield from _serve(lambda inbox: Refusing(), settings)


@pytest.fixture
def smtp_server_down(settings) -> int:  # type: ignore[no-untyped-def]
    """Mail settings pointing at a loopback port where nothing listens."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    return int(settings.EMAIL_PORT)


@pytest.fixture
def jane(run):  # type: ignore[no-untyped-def]
    run("met", "Jane Doe", "--at", "Chamber mixer", "--why", "she is hiring",
        "--need", "data engineers", "--give", "intro to Priya", "--email", "jane@example.com")
    from followthrough.models import Person

    return Person.objects.get(full_name="Jane Doe")
