from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, FetchedValue, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin

REQUEST_STATUSES = ("awaiting_supervisor", "open", "matched", "rejected", "cancelled")
PENDING_STATUSES = ("awaiting_supervisor", "open")
# The database's own rule that a mentee has at most one pending request: concurrent creates
# cannot both pass the service's check.
PENDING_WHERE = text("status IN ('awaiting_supervisor', 'open')")
ONE_PENDING_INDEX = "ix_mentoring_requests_one_pending_per_mentee"


class MentoringRequest(TimestampMixin, Base):
    """A request for a mentor, after a performance discussion, on the review's improvement
    areas."""

    __tablename__ = "mentoring_requests"
    __table_args__ = (
        CheckConstraint(
            "status IN ('awaiting_supervisor', 'open', 'matched', 'rejected', 'cancelled')",
            name="status",
        ),
        Index("ix_mentoring_requests_mentee_id_status", "mentee_id", "status"),
        Index("ix_mentoring_requests_mentee_department_id_id", "mentee_department_id", "id"),
        Index(
            ONE_PENDING_INDEX,
            "mentee_id",
            unique=True,
            postgresql_where=PENDING_WHERE,
            sqlite_where=PENDING_WHERE,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    # A copy of the mentee's department, kept by database triggers (migration 5e8a1c7d3b20):
    # a team leader's list filters on it. The app never writes it.
    mentee_department_id: Mapped[int | None] = mapped_column(server_default=FetchedValue())
    performance_review_id: Mapped[int] = mapped_column(ForeignKey("performance_reviews.id"))
    discussion_date: Mapped[date]
    improvement_areas: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    status: Mapped[str] = mapped_column(String(24))
    requested_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    confirmed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    confirmed_at: Mapped[datetime | None] = mapped_column(default=None)
    status_reason: Mapped[str | None] = mapped_column(Text, default=None)
