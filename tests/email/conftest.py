"""A real SMTP server (aiosmtpd) on the loopback, and the app's settings pointing at it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from api.core.config import Settings
from api.email.models import NotificationEmail

SENDER = "mentoring@acme.example"
PUBLIC_BASE_URL = "https://mentoring.acme.example"


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class Mailbox:
    """aiosmtpd's handler: keeps what it accepts; refuses some recipients for good (550, a
    bounce) or for now (450)."""

    received: list[Received] = field(default_factory=list)
    unknown: set[str] = field(default_factory=set)
    busy: set[str] = field(default_factory=set)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if address in self.unknown:
            return "550 5.1.1 <" + address + ">: mailbox unknown"
        if address in self.busy:
            return "450 4.2.1 mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 2.0.0 queued"

    def to(self, address: str) -> list[EmailMessage]:
        return [r.message for r in self.received if address in r.rcpt_tos]


class SmtpServer:
    def __init__(self, port: int) -> None:
        self.port = port
        self.mailbox = Mailbox()
        self._controller: Controller | None = None

    def start(self) -> None:
        self._controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer(free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mailbox(smtp: SmtpServer) -> Mailbox:
    return smtp.mailbox


@pytest.fixture
def email_settings(settings: Settings, smtp: SmtpServer) -> Settings:
    """The test settings with e-mail on: plain SMTP to the test server."""
    return settings.model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port,
            "smtp_security": "none",
            "smtp_timeout": 5.0,
            "email_from": f"PeerMentor <{SENDER}>",
            "public_base_url": PUBLIC_BASE_URL,
        }
    )


def emails(engine: Engine, **where: Any) -> list[NotificationEmail]:
    """The outbox's rows, oldest first (optionally filtered by column values)."""
    stmt = select(NotificationEmail).order_by(NotificationEmail.id)
    for name, value in where.items():
        stmt = stmt.where(getattr(NotificationEmail, name) == value)
    with Session(engine) as session:
        return list(session.scalars(stmt))
