from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.core.db import Base, TimestampMixin
from api.notifications.models import Notification


class EmailStatus(enum.StrEnum):
    QUEUED = "queued"  # waiting for its (next) attempt
    SENT = "sent"  # accepted by the SMTP server: never sent again
    FAILED = "failed"  # refused for good (a bounce) or out of attempts
    SKIPPED = "skipped"  # never sent: the recipient opted out, or e-mail is off


class NotificationEmail(TimestampMixin, Base):
    """One notification on its way to one address (the e-mail outbox). Written in the
    transaction that creates the notification; sent by the worker.

    Neither subject nor body is copied here: they are rendered from the notification when
    sent, so anonymising the notification leaves no personal data behind in the outbox."""

    __tablename__ = "notification_emails"
    __table_args__ = (
        CheckConstraint("status IN ('queued', 'sent', 'failed', 'skipped')", name="status"),
        UniqueConstraint("notification_id", "to_address"),
        # What the worker claims: queued e-mails that are due, oldest first.
        Index("ix_notification_emails_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    notification_id: Mapped[int] = mapped_column(ForeignKey("notifications.id"))
    to_address: Mapped[str] = mapped_column(String(320), index=True)
    kind: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(20), default=EmailStatus.QUEUED)
    attempts: Mapped[int] = mapped_column(default=0)
    # When it is due; while a worker sends it, the end of that worker's lease.
    next_attempt_at: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(String(500), default=None)
    # Fixed at the first attempt, the same on every retry: `<notification-N-M@domain>`.
    message_id: Mapped[str | None] = mapped_column(String(200), unique=True, default=None)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)

    notification: Mapped[Notification] = relationship(lazy="raise")


class NotificationPreference(TimestampMixin, Base):
    """A user's choice of e-mail for one kind of notification (no row: e-mail is on)."""

    __tablename__ = "notification_preferences"
    __table_args__ = (UniqueConstraint("user_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(60))
    email_enabled: Mapped[bool] = mapped_column(default=True)
