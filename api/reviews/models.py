from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin


class PeriodicReview(TimestampMixin, Base):
    """One scheduled review of an active pairing: a mentor form, a mentee form, HR's note.

    Its status is derived (scheduled, submitted, overdue), never stored, except that a review
    of a pairing that ended early is cancelled."""

    __tablename__ = "periodic_reviews"
    __table_args__ = (
        UniqueConstraint("pairing_id", "sequence"),
        Index("ix_periodic_reviews_due_date", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairings.id"))
    sequence: Mapped[int]
    due_date: Mapped[date]
    mentor_form: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    mentee_form: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    hr_follow_up: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    submitted_at: Mapped[datetime | None] = mapped_column(default=None)
    cancelled_at: Mapped[datetime | None] = mapped_column(default=None)
    # When the review.overdue event went out (once per review).
    overdue_notified_at: Mapped[datetime | None] = mapped_column(default=None)
    # When the participants were reminded that it is due soon (once per review).
    due_reminder_sent_at: Mapped[datetime | None] = mapped_column(default=None)
    version: Mapped[int] = mapped_column(default=1)
