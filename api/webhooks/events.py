"""The events PeerMentor publishes, and `emit`, which queues one inside the caller's transaction.

Callers pass ids, states and dates only: webhook payloads leave the organisation's systems, so
they never carry confidential text (review forms, grievance details, mentoring notes).
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any, Literal, get_args

from pydantic_core import to_jsonable_python
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.db import utcnow
from api.webhooks.models import DeliveryStatus, OutboxEvent, WebhookDelivery, WebhookSubscription

EventType = Literal[
    "pairing.activated",
    "pairing.completed",
    "pairing.withdrawn",
    "pairing.terminated",
    "review.submitted",
    "review.overdue",
    "evaluation.completed",
    "grievance.raised",
    "grievance.breached",
    "grievance.resolved",
]
EVENT_TYPES: tuple[str, ...] = get_args(EventType)


def message_id(event_id: str, subscription_id: int) -> str:
    """The `webhook-id` of one event's delivery to one subscription: the same on every retry,
    so that receivers can drop duplicates."""
    return f"msg_{event_id}_{subscription_id}"


def render_body(event_type: str, created_at: datetime, data: dict[str, Any]) -> str:
    """The JSON body sent for an event; deterministic, so every retry sends the same bytes."""
    return json.dumps(
        {"type": event_type, "timestamp": created_at.isoformat(), "data": data},
        separators=(",", ":"),
        ensure_ascii=False,
    )


async def emit(session: AsyncSession, event_type: str, data: dict[str, Any]) -> None:
    """Record an event in the outbox and queue a delivery to every active subscription that
    lists its type, all in the caller's transaction: the event goes out exactly when the
    business change commits, and never when it rolls back. Flushes, never commits."""
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown webhook event type {event_type!r}")
    now = utcnow()
    event = OutboxEvent(
        event_id=f"evt_{uuid.uuid4().hex}",
        event_type=event_type,
        payload=to_jsonable_python(data),
        created_at=now,
    )
    session.add(event)
    await session.flush()
    subscriptions = await session.scalars(
        select(WebhookSubscription)
        .where(WebhookSubscription.active.is_(True))
        .order_by(WebhookSubscription.id)
    )
    for subscription in subscriptions:
        if event_type in subscription.events:
            session.add(
                WebhookDelivery(
                    subscription_id=subscription.id,
                    outbox_event_id=event.id,
                    message_id=message_id(event.event_id, subscription.id),
                    status=DeliveryStatus.PENDING,
                    next_attempt_at=now,
                    created_at=now,
                )
            )
    await session.flush()
