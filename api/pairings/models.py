from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    FetchedValue,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.core.db import Base, TimestampMixin, one_of, utcnow


class PairingStatus(enum.StrEnum):
    """A pairing's states (PRODUCT.md rules 4-8 and 13): proposed -> approved -> active ->
    completed, or rejected / withdrawn / terminated. Only `pairings.service` changes them."""

    PROPOSED = "proposed"
    APPROVED = "approved"
    ACTIVE = "active"
    COMPLETED = "completed"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    TERMINATED = "terminated"


# Not yet ended: at most one per mentee.
OPEN_STATUSES = (PairingStatus.PROPOSED, PairingStatus.APPROVED, PairingStatus.ACTIVE)
# Agreed by both approvers, not yet ended: they hold one of the mentor's slots.
CAPACITY_STATUSES = (PairingStatus.APPROVED, PairingStatus.ACTIVE)
# Before the start: the terms may still be rejected or acknowledged.
PRE_START_STATUSES = (PairingStatus.PROPOSED, PairingStatus.APPROVED)
# Ended early, before an evaluation.
ENDED_EARLY_STATUSES = (PairingStatus.WITHDRAWN, PairingStatus.TERMINATED)
# Once started (activated), whatever happened since.
STARTED_STATUSES = (
    PairingStatus.ACTIVE,
    PairingStatus.COMPLETED,
    PairingStatus.WITHDRAWN,
    PairingStatus.TERMINATED,
)


class Pairing(TimestampMixin, Base):
    """The mentoring agreement between a mentor and a mentee."""

    __tablename__ = "pairings"
    __table_args__ = (
        CheckConstraint(one_of("status", PairingStatus), name="status"),
        CheckConstraint("mentor_id <> mentee_id", name="distinct_people"),
        Index("ix_pairings_mentor_id_status", "mentor_id", "status"),
        Index("ix_pairings_mentee_id_status", "mentee_id", "status"),
        Index("ix_pairings_mentee_department_id_id", "mentee_department_id", "id"),
        Index("ix_pairings_mentor_department_id_id", "mentor_department_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("mentoring_requests.id"), index=True)
    mentee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    mentor_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    goals: Mapped[list[Any]] = mapped_column(JSON, default=list)
    meeting_cadence: Mapped[str] = mapped_column(String(100))
    start_date: Mapped[date]
    status: Mapped[PairingStatus] = mapped_column(String(20), default=PairingStatus.PROPOSED)
    evaluation_due_date: Mapped[date | None] = mapped_column(default=None)
    # The evaluation date HR was last reminded of (an extension moves the date: a new one).
    evaluation_reminded_for: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    status_reason: Mapped[str | None] = mapped_column(Text, default=None)
    activated_at: Mapped[datetime | None] = mapped_column(default=None)
    proposed_by: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(default=1)
    # Copies of the two people's departments, kept by database triggers (on a pairing's insert
    # and an employee's move; migration c4d2e8f1a7b3): a team leader's lists filter on them.
    # The app never writes them.
    mentee_department_id: Mapped[int | None] = mapped_column(server_default=FetchedValue())
    mentor_department_id: Mapped[int | None] = mapped_column(server_default=FetchedValue())

    approvals: Mapped[list[PairingApproval]] = relationship(
        order_by="PairingApproval.id", lazy="selectin", cascade="all, delete-orphan"
    )
    acknowledgements: Mapped[list[PairingAcknowledgement]] = relationship(
        order_by="PairingAcknowledgement.id", lazy="selectin", cascade="all, delete-orphan"
    )


class PairingApproval(Base):
    __tablename__ = "pairing_approvals"
    __table_args__ = (UniqueConstraint("pairing_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairings.id"))
    role: Mapped[str] = mapped_column(String(20))  # team_leader | hr_admin
    by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class PairingAcknowledgement(Base):
    """A participant's acknowledgement of the agreement, with the purpose statement they saw."""

    __tablename__ = "pairing_acknowledgements"
    __table_args__ = (UniqueConstraint("pairing_id", "employee_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairings.id"))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    purpose_statement: Mapped[str] = mapped_column(Text)
