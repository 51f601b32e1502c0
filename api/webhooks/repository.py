"""Queries of the webhooks domain (HR sees every subscription: there is no narrower view)."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from api.core.pagination import PageParams, keyset, page_of
from api.webhooks.models import OutboxEvent, WebhookDelivery, WebhookSubscription


async def get_subscription(
    session: AsyncSession, subscription_id: int, *, for_update: bool = False
) -> WebhookSubscription | None:
    stmt = select(WebhookSubscription).where(WebhookSubscription.id == subscription_id)
    if for_update:
        stmt = stmt.with_for_update()
    return await session.scalar(stmt)


async def list_subscriptions(
    session: AsyncSession, page: PageParams, *, active: bool | None = None
) -> tuple[list[WebhookSubscription], str | None]:
    stmt = select(WebhookSubscription)
    if active is not None:
        stmt = stmt.where(WebhookSubscription.active.is_(active))
    rows = (await session.scalars(keyset(stmt, page, WebhookSubscription.id))).all()
    return page_of(rows, page)


def _deliveries() -> Select[WebhookDelivery]:
    return select(WebhookDelivery).options(selectinload(WebhookDelivery.attempts))


async def get_delivery(
    session: AsyncSession, subscription_id: int, delivery_id: int, *, for_update: bool = False
) -> WebhookDelivery | None:
    stmt = _deliveries().where(
        WebhookDelivery.id == delivery_id, WebhookDelivery.subscription_id == subscription_id
    )
    if for_update:
        stmt = stmt.with_for_update(of=WebhookDelivery)
    return await session.scalar(stmt)


async def list_deliveries(
    session: AsyncSession,
    page: PageParams,
    *,
    subscription_id: int,
    status: str | None = None,
    event_type: str | None = None,
) -> tuple[list[WebhookDelivery], str | None]:
    """Newest first."""
    stmt = _deliveries().where(WebhookDelivery.subscription_id == subscription_id)
    if status is not None:
        stmt = stmt.where(WebhookDelivery.status == status)
    if event_type is not None:
        stmt = stmt.where(
            WebhookDelivery.outbox_event_id.in_(
                select(OutboxEvent.id).where(OutboxEvent.event_type == event_type)
            )
        )
    rows = (await session.scalars(keyset(stmt, page, WebhookDelivery.id, descending=True))).all()
    return page_of(rows, page)
