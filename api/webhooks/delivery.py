"""Sending queued deliveries: signed per Standard Webhooks, retried on a schedule, each attempt
kept. Safe with any number of workers in any number of processes.

A delivery is claimed in a short transaction that pushes its `next_attempt_at` a lease ahead
(PostgreSQL: `FOR UPDATE SKIP LOCKED`, so concurrent workers take different rows; SQLite: the
claim takes the write lock up front). It is then sent with no transaction open, and the outcome
is committed in a second short transaction. A crash loses nothing: the one delivery in flight
is sent again when its lease runs out, with the same `webhook-id`.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import raiseload

from api.core.config import Settings
from api.core.db import is_sqlite, utcnow
from api.webhooks.addresses import ForbiddenAddress, IPAddress, allowed_addresses
from api.webhooks.events import render_body
from api.webhooks.models import (
    DeliveryStatus,
    OutboxEvent,
    WebhookDelivery,
    WebhookDeliveryAttempt,
    WebhookSubscription,
)
from api.webhooks.schemas import SECRET_PREFIX

logger = logging.getLogger("peermentor.webhooks")

# After a failed attempt, wait this long before the next; after the last, give up (`failed`).
# Standard Webhooks' suggested schedule: 8 attempts over about 28 hours.
BACKOFF = (
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=10),
)
SEND_TIMEOUT_SECONDS = 10.0
# An upper bound on one attempt as a whole (resolution, connection, request, answer).
ATTEMPT_DEADLINE_SECONDS = 30.0
# A claimed delivery is not claimed again for this long (longer than any attempt).
CLAIM_LEASE = timedelta(minutes=2)
USER_AGENT = "PeerMentor-Webhooks/1.0"
MAX_ERROR_LENGTH = 500


def sign(secret: str, message_id: str, timestamp: int, body: str) -> str:
    """The `webhook-signature` header: `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`."""
    encoded = secret.removeprefix(SECRET_PREFIX)
    key = base64.b64decode(encoded + "=" * (-len(encoded) % 4))
    digest = hmac.new(key, f"{message_id}.{timestamp}.{body}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


@dataclass(frozen=True, slots=True)
class _Claim:
    delivery_id: int
    message_id: str
    url: str
    secret: str
    body: str


@dataclass(frozen=True, slots=True)
class _Outcome:
    sent_at: datetime
    status_code: int | None
    error: str | None
    duration_ms: int

    @property
    def delivered(self) -> bool:
        return self.error is None


async def _begin_write(session: AsyncSession) -> None:
    if is_sqlite(session):
        await session.connection(execution_options={"sqlite_immediate": True})


async def _claim_one(
    sessionmaker: async_sessionmaker[AsyncSession], now: datetime
) -> _Claim | None:
    async with sessionmaker() as session:
        await _begin_write(session)
        active = select(WebhookSubscription.id).where(WebhookSubscription.active.is_(True))
        delivery = await session.scalar(
            select(WebhookDelivery)
            .options(raiseload(WebhookDelivery.event))
            .where(
                WebhookDelivery.status == DeliveryStatus.PENDING,
                WebhookDelivery.next_attempt_at <= now,
                WebhookDelivery.subscription_id.in_(active),
            )
            .order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id)
            .limit(1)
            .with_for_update(skip_locked=True, of=WebhookDelivery)
        )
        if delivery is None:
            await session.rollback()
            return None
        subscription = await session.get_one(WebhookSubscription, delivery.subscription_id)
        event = await session.get_one(OutboxEvent, delivery.outbox_event_id)
        claim = _Claim(
            delivery_id=delivery.id,
            message_id=delivery.message_id,
            url=subscription.url,
            secret=subscription.secret,
            body=render_body(event.event_type, event.created_at, event.payload),
        )
        delivery.next_attempt_at = now + CLAIM_LEASE
        await session.commit()
        return claim


def _request_for(
    claim: _Claim, addresses: list[IPAddress]
) -> tuple[httpx.URL, dict[str, str], dict[str, object]]:
    """The URL, headers and extensions of the POST. With checked addresses, connect to the first
    of them (so the name cannot be re-pointed after the check) and name the host in the Host
    header and, for https, in SNI and the certificate check."""
    url = httpx.URL(claim.url)
    timestamp = int(time.time())
    headers = {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "webhook-id": claim.message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(claim.secret, claim.message_id, timestamp, claim.body),
    }
    extensions: dict[str, object] = {}
    if addresses:
        headers["host"] = url.netloc.decode("ascii")
        if url.scheme == "https":
            extensions["sni_hostname"] = url.raw_host.decode("ascii")
        url = url.copy_with(host=str(addresses[0]))
    return url, headers, extensions


async def _send(client: httpx.AsyncClient, claim: _Claim, settings: Settings) -> _Outcome:
    sent_at = utcnow()
    started = time.monotonic()
    status_code: int | None = None
    error: str | None = None
    try:
        async with asyncio.timeout(ATTEMPT_DEADLINE_SECONDS):
            addresses = await allowed_addresses(claim.url, settings)
            url, headers, extensions = _request_for(claim, addresses)
            async with client.stream(
                "POST", url, content=claim.body.encode(), headers=headers, extensions=extensions
            ) as response:
                status_code = response.status_code  # the answer's body is never read
        if not 200 <= status_code < 300:
            error = f"HTTP {status_code}"
    except ForbiddenAddress as exc:
        error = f"address not allowed: {exc}"
    except (TimeoutError, httpx.TimeoutException):
        error = "timed out"
    except httpx.HTTPError as exc:
        error = f"{type(exc).__name__}: {exc}"
    except Exception as exc:  # a bug must not leave the delivery leased without a record
        logger.exception("webhook delivery %s failed unexpectedly", claim.delivery_id)
        error = f"internal error: {type(exc).__name__}"
    duration_ms = int((time.monotonic() - started) * 1000)
    return _Outcome(sent_at, status_code, error and error[:MAX_ERROR_LENGTH], duration_ms)


async def _record(
    sessionmaker: async_sessionmaker[AsyncSession],
    claim: _Claim,
    outcome: _Outcome,
    now: datetime,
) -> None:
    async with sessionmaker() as session:
        await _begin_write(session)
        delivery = await session.scalar(
            select(WebhookDelivery)
            .options(raiseload(WebhookDelivery.event))
            .where(WebhookDelivery.id == claim.delivery_id)
            .with_for_update()
        )
        if delivery is None:  # pragma: no cover - deliveries are never deleted
            return
        session.add(
            WebhookDeliveryAttempt(
                delivery_id=delivery.id,
                at=outcome.sent_at,
                status_code=outcome.status_code,
                error=outcome.error,
                duration_ms=outcome.duration_ms,
            )
        )
        # Only a pending delivery moves on (a delivered one stays delivered).
        if delivery.status == DeliveryStatus.PENDING:
            delivery.attempt_count += 1
            delivery.last_status_code = outcome.status_code
            delivery.last_error = outcome.error
            if outcome.delivered:
                delivery.status = DeliveryStatus.DELIVERED
                delivery.delivered_at = now
                delivery.next_attempt_at = None
            elif delivery.attempt_count > len(BACKOFF):
                delivery.status = DeliveryStatus.FAILED
                delivery.next_attempt_at = None
            else:
                delivery.next_attempt_at = now + BACKOFF[delivery.attempt_count - 1]
        await session.commit()
    if outcome.delivered:
        logger.info("webhook %s delivered (%s)", claim.message_id, outcome.status_code)
    else:
        logger.warning("webhook %s attempt failed: %s", claim.message_id, outcome.error)


def http_client() -> httpx.AsyncClient:
    # No redirects (a 3xx is a failed attempt), no proxies from the environment, and no
    # kept-alive connections: each attempt connects to the address it has just checked.
    return httpx.AsyncClient(
        timeout=httpx.Timeout(SEND_TIMEOUT_SECONDS),
        follow_redirects=False,
        trust_env=False,
        limits=httpx.Limits(max_keepalive_connections=0),
    )


async def deliver_due(
    sessionmaker: async_sessionmaker[AsyncSession],
    settings: Settings,
    *,
    now: datetime | None = None,
    limit: int = 100,
    concurrency: int = 4,
) -> int:
    """Send up to `limit` deliveries that are due (at `now`, by default the current time),
    `concurrency` at a time; return how many were attempted."""
    attempted = 0

    async def lane(client: httpx.AsyncClient) -> None:
        nonlocal attempted
        while attempted < limit:
            attempted += 1  # reserved before the await, so lanes never exceed the limit
            claim = await _claim_one(sessionmaker, now or utcnow())
            if claim is None:
                attempted -= 1
                return
            outcome = await _send(client, claim, settings)
            await _record(sessionmaker, claim, outcome, now or utcnow())

    async with http_client() as client, asyncio.TaskGroup() as lanes:
        for _ in range(max(1, min(concurrency, limit))):
            lanes.create_task(lane(client))
    return attempted
