"""Webhook subscriptions (HR): create, change, rotate the secret, inspect and retry deliveries."""

from __future__ import annotations

import base64
import secrets
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.config import Settings
from api.core.db import utcnow
from api.core.errors import Conflict, NotFound, RuleViolation
from api.core.pagination import PageParams
from api.core.security import Actor
from api.webhooks import repository
from api.webhooks.addresses import ForbiddenAddress, allowed_addresses
from api.webhooks.models import DeliveryStatus, WebhookDelivery, WebhookSubscription
from api.webhooks.schemas import SECRET_PREFIX, WebhookCreate, WebhookUpdate

# Audited fields: never the secret.
AUDIT_FIELDS = ("url", "events", "description", "active")
SECRET_BYTES = 32


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


async def check_destination(settings: Settings, url: str) -> None:
    """Refuse URLs that point at non-public addresses (outside development)."""
    try:
        await allowed_addresses(url, settings)
    except ForbiddenAddress as exc:
        raise RuleViolation(f"The URL may not be used: {exc}", loc=["body", "url"]) from None


async def get_subscription(
    session: AsyncSession, subscription_id: int, *, for_update: bool = False
) -> WebhookSubscription:
    subscription = await repository.get_subscription(
        session, subscription_id, for_update=for_update
    )
    if subscription is None:
        raise NotFound("Webhook not found")
    return subscription


async def list_subscriptions(
    session: AsyncSession, page: PageParams, *, active: bool | None = None
) -> tuple[list[WebhookSubscription], str | None]:
    return await repository.list_subscriptions(session, page, active=active)


async def create_subscription(
    session: AsyncSession, actor: Actor, *, settings: Settings, data: WebhookCreate
) -> tuple[WebhookSubscription, str]:
    """The new subscription and its secret (to be shown this once)."""
    await check_destination(settings, data.url)
    secret = data.secret or new_secret()
    subscription = WebhookSubscription(
        url=data.url,
        events=list(data.events),
        secret=secret,
        description=data.description,
        active=True,
    )
    session.add(subscription)
    await session.flush()
    audit.record(
        session,
        actor,
        "webhook.create",
        entity="webhook",
        entity_id=subscription.id,
        after=audit.snapshot(subscription, AUDIT_FIELDS),
    )
    return subscription, secret


async def update_subscription(
    session: AsyncSession,
    actor: Actor,
    *,
    settings: Settings,
    subscription_id: int,
    data: WebhookUpdate,
) -> WebhookSubscription:
    subscription = await get_subscription(session, subscription_id, for_update=True)
    changes: dict[str, Any] = data.model_dump(exclude_unset=True)
    for name, value in changes.items():
        if value is None and name != "description":
            raise RuleViolation(f"{name} cannot be null", loc=["body", name])
    if "url" in changes:
        await check_destination(settings, changes["url"])
    before = audit.snapshot(subscription, AUDIT_FIELDS)
    for name, value in changes.items():
        setattr(subscription, name, list(value) if name == "events" else value)
    await session.flush()
    change_set = audit.diff(before, audit.snapshot(subscription, AUDIT_FIELDS))
    if change_set["after"]:
        audit.record(
            session,
            actor,
            "webhook.update",
            entity="webhook",
            entity_id=subscription.id,
            changes=change_set,
        )
    return subscription


async def rotate_secret(
    session: AsyncSession, actor: Actor, *, subscription_id: int
) -> tuple[WebhookSubscription, str]:
    """A new generated secret; deliveries from now on are signed with it."""
    subscription = await get_subscription(session, subscription_id, for_update=True)
    subscription.secret = new_secret()
    await session.flush()
    audit.record(
        session,
        actor,
        "webhook.rotate_secret",
        entity="webhook",
        entity_id=subscription.id,
        changes={"secret_rotated": True},
    )
    return subscription, subscription.secret


async def list_deliveries(
    session: AsyncSession,
    page: PageParams,
    *,
    subscription_id: int,
    status: DeliveryStatus | None = None,
    event_type: str | None = None,
) -> tuple[list[WebhookDelivery], str | None]:
    await get_subscription(session, subscription_id)
    return await repository.list_deliveries(
        session,
        page,
        subscription_id=subscription_id,
        status=status.value if status else None,
        event_type=event_type,
    )


async def retry_delivery(
    session: AsyncSession, actor: Actor, *, subscription_id: int, delivery_id: int
) -> WebhookDelivery:
    """Put a delivery that gave up back in the queue, due now, with a fresh retry schedule.
    It keeps its `webhook-id` (receivers drop duplicates by it)."""
    await get_subscription(session, subscription_id)
    delivery = await repository.get_delivery(session, subscription_id, delivery_id, for_update=True)
    if delivery is None:
        raise NotFound("Delivery not found")
    if delivery.status == DeliveryStatus.DELIVERED:
        raise Conflict("The delivery already succeeded", reasons=["delivered"])
    if delivery.status == DeliveryStatus.PENDING:
        raise Conflict("The delivery is still queued", reasons=["pending"])
    before = audit.snapshot(delivery, ("status", "attempt_count"))
    delivery.status = DeliveryStatus.PENDING
    delivery.attempt_count = 0
    delivery.next_attempt_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        "webhook_delivery.retry",
        entity="webhook_delivery",
        entity_id=delivery.id,
        changes=audit.diff(before, audit.snapshot(delivery, ("status", "attempt_count"))),
    )
    return delivery
