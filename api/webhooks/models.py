from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.core.db import Base, TimestampMixin, utcnow


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"  # waiting for its next attempt
    DELIVERED = "delivered"  # a 2xx answer: never sent again
    FAILED = "failed"  # the retry schedule ran out (HR may re-queue it)


class WebhookSubscription(TimestampMixin, Base):
    """An HTTPS endpoint of an integrator and the events it wants."""

    __tablename__ = "webhook_subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    events: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Kept as given: it is the HMAC key deliveries are signed with. Shown once, then masked.
    secret: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(String(500), default=None)
    active: Mapped[bool] = mapped_column(default=True)

    @property
    def secret_hint(self) -> str:
        return "whsec_..." + self.secret[-4:]


class OutboxEvent(Base):
    """An event written in the same transaction as the change it reports (the outbox)."""

    __tablename__ = "outbox_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(40), unique=True)
    event_type: Mapped[str] = mapped_column(String(60), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class WebhookDelivery(TimestampMixin, Base):
    """One event on its way to one subscription; `message_id` is its stable `webhook-id`."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'delivered', 'failed')", name="status"),
        UniqueConstraint("subscription_id", "outbox_event_id"),
        # What the worker claims: due pending deliveries, oldest first.
        Index("ix_webhook_deliveries_status_next_attempt_at", "status", "next_attempt_at"),
        Index("ix_webhook_deliveries_subscription_id_id", "subscription_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("webhook_subscriptions.id"))
    outbox_event_id: Mapped[int] = mapped_column(ForeignKey("outbox_events.id"), index=True)
    message_id: Mapped[str] = mapped_column(String(100), unique=True)
    status: Mapped[str] = mapped_column(String(20), default=DeliveryStatus.PENDING)
    attempt_count: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(default=None)
    last_status_code: Mapped[int | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(String(500), default=None)
    delivered_at: Mapped[datetime | None] = mapped_column(default=None)

    event: Mapped[OutboxEvent] = relationship(lazy="joined", innerjoin=True)
    attempts: Mapped[list[WebhookDeliveryAttempt]] = relationship(
        order_by="WebhookDeliveryAttempt.id", lazy="raise"
    )

    @property
    def event_id(self) -> str:
        return self.event.event_id

    @property
    def event_type(self) -> str:
        return self.event.event_type


class WebhookDeliveryAttempt(Base):
    """One HTTP attempt of a delivery: every try is kept, successful or not."""

    __tablename__ = "webhook_delivery_attempts"
    __table_args__ = (Index("ix_webhook_delivery_attempts_delivery_id_id", "delivery_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("webhook_deliveries.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    status_code: Mapped[int | None] = mapped_column(default=None)
    error: Mapped[str | None] = mapped_column(String(500), default=None)
    duration_ms: Mapped[int] = mapped_column(default=0)
