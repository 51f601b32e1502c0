from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, FetchedValue, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin


class TrainingKind(enum.StrEnum):
    ROLE_TRAINING = "role_training"  # mentor training or mentee orientation, recorded by HR
    PEER_SESSION = "peer_session"  # a session of an active pairing, recorded by the mentor


class TrainingRole(enum.StrEnum):
    """What role training prepares for: mentor training or mentee orientation."""

    MENTOR = "mentor"
    MENTEE = "mentee"


KIND_CHECK = "kind IN (" + ", ".join(f"'{kind}'" for kind in TrainingKind) + ")"


class TrainingRecord(TimestampMixin, Base):
    """Role training (mentor training, mentee orientation) or a peer-to-peer session."""

    __tablename__ = "training_records"
    __table_args__ = (
        CheckConstraint(KIND_CHECK, name="kind"),
        CheckConstraint("duration_minutes > 0", name="duration"),
        Index("ix_training_records_employee_id_kind", "employee_id", "kind"),
        Index("ix_training_records_employee_department_id_id", "employee_department_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))  # the trainee
    # A copy of the trainee's department, kept by database triggers (migration 5e8a1c7d3b20):
    # a team leader's list filters on it. The app never writes it.
    employee_department_id: Mapped[int | None] = mapped_column(server_default=FetchedValue())
    trainer_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), default=None)
    pairing_id: Mapped[int | None] = mapped_column(
        ForeignKey("pairings.id"), index=True, default=None
    )
    role: Mapped[str | None] = mapped_column(String(10), default=None)  # mentor | mentee
    title: Mapped[str] = mapped_column(String(200))
    provider: Mapped[str | None] = mapped_column(String(200), default=None)
    date: Mapped[date]
    duration_minutes: Mapped[int]
    topics: Mapped[list[Any]] = mapped_column(JSON, default=list)
    skills: Mapped[list[Any]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    recorded_by: Mapped[str] = mapped_column(String(64))
    confirmed_at: Mapped[datetime | None] = mapped_column(default=None)
