"""Sending queued e-mails by SMTP. Safe with any number of workers in any number of processes.

An e-mail is claimed in a short transaction (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so
concurrent workers take different rows; SQLite: the claim takes the write lock up front) that
counts the attempt and pushes `next_attempt_at` a lease ahead. It is then sent with no
transaction open, and the outcome is committed in a second short transaction. A crash loses
nothing: the e-mail in flight is tried again when its lease runs out, with the same
Message-ID. One attempt is bounded well inside the lease, so two workers never send the same
e-mail at the same time.

Outcomes: accepted -> `sent`. A recipient (or the message) refused with a 5xx -> `failed` at
once (a bounce: retrying cannot help). Anything else (connection refused, a timeout, a 4xx,
an authentication failure the operator can fix) -> retried after a growing delay, and
`failed` after `email_max_attempts` attempts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.errors import MessageError
from email.message import EmailMessage
from typing import Self

import aiosmtplib
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.core.config import Settings
from api.core.db import is_sqlite, utcnow
from api.email.message import (
    app_link,
    build_message,
    message_id_for,
    render,
    sender_address,
)
from api.email.models import EmailStatus, NotificationEmail
from api.notifications.models import Notification

logger = logging.getLogger("peermentor.email")

FIRST_RETRY = timedelta(minutes=1)
MAX_RETRY = timedelta(hours=6)
MAX_ERROR_LENGTH = 500
NOT_CONFIGURED = "e-mail is off (PEERMENTOR_SMTP_HOST is not set)"
INVITATION_KIND = "account_invitation"
INVITATION_ENDED = "the set-password link was used, replaced or has expired: not sent"

# The set-password link of an account invitation is rebuilt when its e-mail is sent, by the
# accounts domain, which sits above e-mail (it notifies through records): accounts registers
# its function here (`api/accounts/service.py`, loaded by the worker through
# `api/accounts/jobs.py`). Without it an invitation e-mail stays queued, never sent without
# its link.
InvitationLink = Callable[[AsyncSession, Settings, int], Awaitable[str | None]]
_invitation_link: InvitationLink | None = None


def register_invitation_links(link: InvitationLink) -> None:
    """Name the function that rebuilds an invitation e-mail's link from its notification's
    id (None: the invitation can no longer be used, the e-mail is not sent)."""
    global _invitation_link
    _invitation_link = link


async def _link_of_invitation(
    session: AsyncSession, settings: Settings, notification_id: int
) -> str | None:
    if _invitation_link is None:
        raise RuntimeError("no link for account invitations: api.accounts.service not loaded")
    return await _invitation_link(session, settings, notification_id)


def retry_delay(attempts: int) -> timedelta:
    """After the n-th failed attempt: 1 min, 4 min, 16 min, 64 min, ~4 h, then 6 h each."""
    return min(FIRST_RETRY * 4 ** (attempts - 1), MAX_RETRY)


def attempt_deadline(settings: Settings) -> float:
    """An upper bound on one attempt as a whole (connect, TLS, login, send)."""
    return 3 * settings.smtp_timeout


def claim_lease(settings: Settings) -> timedelta:
    # Longer than any attempt: a claimed e-mail is not claimed again while being sent.
    return timedelta(seconds=attempt_deadline(settings) + 60)


class PermanentFailure(Exception):
    """The server refused this e-mail for good (5xx for its recipient or its content)."""


@dataclass(frozen=True, slots=True)
class _Claim:
    email_id: int
    message: EmailMessage
    to_address: str
    attempts: int


async def _begin_write(session: AsyncSession) -> None:
    if is_sqlite(session):
        await session.connection(execution_options={"sqlite_immediate": True})


async def _claim_one(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, now: datetime
) -> _Claim | None:
    async with sessionmaker() as session:
        await _begin_write(session)
        while True:
            email = await session.scalar(
                select(NotificationEmail)
                .where(
                    NotificationEmail.status == EmailStatus.QUEUED,
                    NotificationEmail.next_attempt_at <= now,
                )
                .order_by(NotificationEmail.next_attempt_at, NotificationEmail.id)
                .limit(1)
                .with_for_update(skip_locked=True)
            )
            if email is None:
                await session.commit()  # the e-mails given up on below, if any
                return None
            if email.attempts >= settings.email_max_attempts:
                # Its last attempt was interrupted (a worker died while sending it): give up.
                _give_up(email, email.last_error or "interrupted during the last attempt")
                await session.flush()
                continue
            notification = await session.get_one(Notification, email.notification_id)
            link, link_label = app_link(settings.public_base_url), "Open PeerMentor"
            if email.kind == INVITATION_KIND:
                link = await _link_of_invitation(session, settings, notification.id)
                link_label = "Set your password"
                if link is None:
                    email.status = EmailStatus.SKIPPED
                    email.next_attempt_at = None
                    email.last_error = INVITATION_ENDED
                    await session.flush()
                    continue
            if email.message_id is None:
                email.message_id = message_id_for(notification.id, email.id, settings.email_from)
            content = render(
                email.kind, notification.title, notification.body, link=link, link_label=link_label
            )
            try:
                message = build_message(
                    content,
                    email_from=settings.email_from,
                    to_address=email.to_address,
                    message_id=email.message_id,
                    date=now,
                    kind=email.kind,
                )
            except (ValueError, TypeError, IndexError, MessageError) as exc:
                # An address no e-mail can carry: retrying cannot help.
                email.attempts += 1
                _give_up(email, f"invalid message: {exc}")
                await session.flush()
                logger.warning("e-mail %s cannot be built: %s", email.id, exc)
                continue
            break
        email.attempts += 1
        email.next_attempt_at = now + claim_lease(settings)
        claim = _Claim(
            email_id=email.id,
            message=message,
            to_address=email.to_address,
            attempts=email.attempts,
        )
        await session.commit()
        return claim


def _give_up(email: NotificationEmail, error: str) -> None:
    email.status = EmailStatus.FAILED
    email.next_attempt_at = None
    email.last_error = error[:MAX_ERROR_LENGTH]


class ConnectFailure(Exception):
    """The SMTP session could not be opened (connection, TLS or login)."""


class SmtpConnection:
    """One SMTP session, opened at the first e-mail and reused for the next ones."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._client: aiosmtplib.SMTP | None = None

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None and client.is_connected:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError):
                client.close()

    def abort(self) -> None:
        """Drop the connection without a goodbye (after an error or a timeout)."""
        client, self._client = self._client, None
        if client is not None:
            client.close()

    async def _connect(self) -> aiosmtplib.SMTP:
        settings = self.settings
        client = aiosmtplib.SMTP(
            hostname=settings.smtp_host,
            port=settings.smtp_port_or_default,
            use_tls=settings.smtp_security == "tls",
            start_tls=settings.smtp_security == "starttls",
            timeout=settings.smtp_timeout,
        )
        await client.connect()
        if settings.smtp_username:
            try:
                await client.login(
                    settings.smtp_username, settings.smtp_password.get_secret_value()
                )
            except BaseException:
                client.close()
                raise
        return client

    async def send(self, message: EmailMessage, *, sender: str, recipient: str) -> None:
        if self._client is None or not self._client.is_connected:
            await self.close()
            try:
                self._client = await self._connect()
            except (aiosmtplib.SMTPException, OSError) as exc:
                raise ConnectFailure(_describe(exc)) from exc
        try:
            await self._client.send_message(message, sender=sender, recipients=[recipient])
        except BaseException as exc:
            # The session may be in any state: the next e-mail starts afresh.
            self.abort()
            if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
                refusals = exc.recipients or []
                if refusals and all(r.code >= 500 for r in refusals):
                    raise PermanentFailure(_describe(refusals[0])) from None
            if isinstance(exc, aiosmtplib.SMTPDataError) and exc.code >= 500:
                raise PermanentFailure(_describe(exc)) from None
            raise


def _describe(exc: BaseException) -> str:
    if isinstance(exc, aiosmtplib.SMTPResponseException):
        return f"{exc.code} {exc.message}".strip()
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused):
        return "; ".join(_describe(r) for r in exc.recipients)
    return str(exc) or type(exc).__name__


@dataclass(frozen=True, slots=True)
class _Outcome:
    error: str | None = None
    permanent: bool = False
    connection_failed: bool = False


async def _attempt(connection: SmtpConnection, claim: _Claim, settings: Settings) -> _Outcome:
    try:
        async with asyncio.timeout(attempt_deadline(settings)):
            await connection.send(
                claim.message,
                sender=sender_address(settings.email_from),
                recipient=claim.to_address,
            )
    except PermanentFailure as exc:
        return _Outcome(error=f"refused: {exc}", permanent=True)
    except ConnectFailure as exc:
        return _Outcome(error=f"cannot connect: {exc}", connection_failed=True)
    except aiosmtplib.SMTPRecipientsRefused as exc:
        return _Outcome(error=f"refused for now: {_describe(exc)}")
    except aiosmtplib.SMTPResponseException as exc:
        return _Outcome(error=f"{type(exc).__name__}: {_describe(exc)}")
    except (aiosmtplib.SMTPServerDisconnected, OSError) as exc:
        # Timeouts included: the server went away; the next e-mails would fail the same way.
        connection.abort()
        return _Outcome(error=f"connection lost: {_describe(exc)}", connection_failed=True)
    except aiosmtplib.SMTPException as exc:
        return _Outcome(error=f"{type(exc).__name__}: {_describe(exc)}")
    except Exception as exc:  # a bug must not leave the e-mail leased without a record
        logger.exception("e-mail %s failed unexpectedly", claim.email_id)
        connection.abort()
        return _Outcome(error=f"internal error: {type(exc).__name__}")
    return _Outcome()


async def _record(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    claim: _Claim,
    outcome: _Outcome,
    now: datetime,
) -> None:
    error = outcome.error[:MAX_ERROR_LENGTH] if outcome.error else None
    async with sessionmaker() as session:
        await _begin_write(session)
        email = await session.scalar(
            select(NotificationEmail)
            .where(NotificationEmail.id == claim.email_id)
            .with_for_update()
        )
        if email is None or email.status != EmailStatus.QUEUED:  # pragma: no cover
            await session.rollback()
            return
        email.last_error = error
        if error is None:
            email.status = EmailStatus.SENT
            email.sent_at = now
            email.next_attempt_at = None
        elif outcome.permanent or email.attempts >= settings.email_max_attempts:
            email.status = EmailStatus.FAILED
            email.next_attempt_at = None
        else:
            email.next_attempt_at = now + retry_delay(email.attempts)
        await session.commit()
    # Addresses stay out of the log (HR's view of the outbox shows them).
    if error is None:
        logger.info("e-mail %s sent (%s)", claim.email_id, claim.message["Message-ID"])
    else:
        logger.warning("e-mail %s, attempt %s: %s", claim.email_id, claim.attempts, error)


async def skip_unconfigured(sessionmaker: async_sessionmaker[AsyncSession]) -> int:
    """E-mail is off: mark the queued e-mails skipped, so that turning it on later does not
    send a backlog of old news."""
    async with sessionmaker() as session:
        await _begin_write(session)
        result = await session.execute(
            update(NotificationEmail)
            .where(NotificationEmail.status == EmailStatus.QUEUED)
            .values(
                status=EmailStatus.SKIPPED,
                next_attempt_at=None,
                last_error=NOT_CONFIGURED,
                updated_at=utcnow(),
            )
        )
        await session.commit()
    return result.rowcount or 0  # type: ignore[attr-defined]


async def send_due(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    *,
    now: datetime | None = None,
    limit: int = 100,
) -> int:
    """Send up to `limit` e-mails that are due (at `now`, by default the current time) over
    one SMTP connection; return how many were attempted. A connection failure ends the round
    (the server is not there: the next e-mails would fail the same way)."""
    if not settings.smtp_host:
        await skip_unconfigured(sessionmaker)
        return 0
    attempted = 0
    async with SmtpConnection(settings) as connection:
        while attempted < limit:
            claim = await _claim_one(sessionmaker, settings, now or utcnow())
            if claim is None:
                break
            attempted += 1
            outcome = await _attempt(connection, claim, settings)
            await _record(sessionmaker, settings, claim, outcome, now or utcnow())
            if outcome.connection_failed:
                break
    return attempted
