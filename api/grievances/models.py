from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.core.crypto import EncryptedText
from api.core.db import Base, TimestampMixin, utcnow


class GrievanceKind(enum.StrEnum):
    GRIEVANCE = "grievance"
    WITHDRAWAL = "withdrawal"


class GrievanceStatus(enum.StrEnum):
    """`open` -> `under_review` (HR's first step) -> `resolved` or `dismissed`."""

    OPEN = "open"
    UNDER_REVIEW = "under_review"
    RESOLVED = "resolved"
    DISMISSED = "dismissed"


OPEN_STATUSES = (GrievanceStatus.OPEN, GrievanceStatus.UNDER_REVIEW)


class GrievanceState(Protocol):
    """What the SLA and the policy read of a grievance: a loaded `Grievance`, or a row of the
    list's Core statement (same column names)."""

    @property
    def status(self) -> str: ...
    @property
    def due_date(self) -> date: ...
    @property
    def resolved_on(self) -> date | None: ...


def _sql_in(column: str, values: type[enum.StrEnum]) -> str:
    return f"{column} IN (" + ", ".join(f"'{value}'" for value in values) + ")"


class Grievance(TimestampMixin, Base):
    """A grievance or a withdrawal from the agreement, raised with HR (rule 14).

    The description, the actions' notes and the resolution are confidential: encrypted at
    rest, read only by HR and the person who raised it."""

    __tablename__ = "grievances"
    __table_args__ = (
        CheckConstraint(_sql_in("kind", GrievanceKind), name="kind"),
        CheckConstraint(_sql_in("status", GrievanceStatus), name="status"),
        Index("ix_grievances_status_due_date", "status", "due_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairings.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    raised_by: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    raised_on: Mapped[date]
    description: Mapped[str] = mapped_column(EncryptedText)
    status: Mapped[str] = mapped_column(String(16), default=GrievanceStatus.OPEN)
    # Fixed when raised: a holiday added later does not move it.
    due_date: Mapped[date]
    resolution: Mapped[str | None] = mapped_column(EncryptedText, default=None)
    resolved_on: Mapped[date | None] = mapped_column(default=None)
    resolved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    recorded_by: Mapped[str] = mapped_column(String(64))
    breach_notified_at: Mapped[datetime | None] = mapped_column(default=None)
    # When HR was warned that one working day is left (once per grievance).
    deadline_notified_at: Mapped[datetime | None] = mapped_column(default=None)
    version: Mapped[int] = mapped_column(default=1)

    actions: Mapped[list[GrievanceAction]] = relationship(
        order_by="GrievanceAction.id", lazy="selectin", cascade="all, delete-orphan"
    )


class GrievanceAction(Base):
    """One step of HR's due diligence."""

    __tablename__ = "grievance_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    grievance_id: Mapped[int] = mapped_column(ForeignKey("grievances.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str] = mapped_column(EncryptedText)
