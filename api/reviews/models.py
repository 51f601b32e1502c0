from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any, Protocol

from sqlalchemy import JSON, ForeignKey, Index, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin

# A form's concern flag, in each database's JSON dialect. Spelt the same in the partial index
# below and in the queries that it serves (the inbox's follow_up_concern): a database uses a
# partial index only for a query that states the index's condition.
_CONCERN = {
    "postgresql": "(({side}_form ->> 'concern') = 'true')",
    "sqlite": "(json_extract({side}_form, '$.concern') = 1)",
}


class ReviewStatus(enum.StrEnum):
    """A review's status, derived from its dates (never stored): `submitted` once both forms
    are in, `cancelled` when its pairing ended early without them, otherwise `overdue` past
    its due date and `scheduled` before."""

    SCHEDULED = "scheduled"
    SUBMITTED = "submitted"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"


def concern_sql(dialect: str, side: str) -> str:
    """SQL: the `side` (mentor or mentee) form flags a concern."""
    if side not in ("mentor", "mentee"):
        raise ValueError(side)
    return _CONCERN[dialect].format(side=side)


def concern_to_follow_up_sql(dialect: str) -> str:
    """SQL: a form flags a concern and HR has not followed the review up."""
    mentor, mentee = concern_sql(dialect, "mentor"), concern_sql(dialect, "mentee")
    return f"hr_follow_up IS NULL AND ({mentor} OR {mentee})"


class ReviewFields(Protocol):
    """A review as its rules and its read model read it: the loaded `PeriodicReview`, or a row
    of the list's Core statement (the same column names, nothing to track)."""

    @property
    def id(self) -> int: ...
    @property
    def pairing_id(self) -> int: ...
    @property
    def sequence(self) -> int: ...
    @property
    def due_date(self) -> date: ...
    @property
    def mentor_form(self) -> dict[str, Any] | None: ...
    @property
    def mentee_form(self) -> dict[str, Any] | None: ...
    @property
    def hr_follow_up(self) -> dict[str, Any] | None: ...
    @property
    def submitted_at(self) -> datetime | None: ...
    @property
    def cancelled_at(self) -> datetime | None: ...
    @property
    def version(self) -> int: ...


class PeriodicReview(TimestampMixin, Base):
    """One scheduled review of an active pairing: a mentor form, a mentee form, HR's note.

    Its status is derived (scheduled, submitted, overdue), never stored, except that a review
    of a pairing that ended early is cancelled."""

    __tablename__ = "periodic_reviews"
    __table_args__ = (
        UniqueConstraint("pairing_id", "sequence"),
        Index("ix_periodic_reviews_due_date", "due_date"),
        # The few reviews whose concern awaits HR, found without reading every form.
        Index(
            "ix_periodic_reviews_concern_to_follow_up",
            "pairing_id",
            postgresql_where=text(concern_to_follow_up_sql("postgresql")),
            sqlite_where=text(concern_to_follow_up_sql("sqlite")),
        ),
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
