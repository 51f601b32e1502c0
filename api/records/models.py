from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, utcnow

DOCUMENT_TYPES = (
    "mentoring_request",
    "agreement",
    "acknowledgement",
    "role_training",
    "peer_session",
    "review_form",
    "evaluation",
    "grievance_outcome",
)


class PersonnelFileEntry(Base):
    """A document filed in an employee's personnel file (a reference, never a copy of text)."""

    __tablename__ = "personnel_file_entries"
    __table_args__ = (Index("ix_personnel_file_entries_employee_id_id", "employee_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    document_type: Mapped[str] = mapped_column(String(40))
    document_id: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    filed_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_to_team_leader_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id"), default=None
    )


class Notification(Base):
    """A message for one person (by employee record) or for everyone holding a role (the HR
    team's shared inbox), shown in the app and sent onwards."""

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_recipient_id_id", "recipient_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("employees.id"), default=None)
    recipient_role: Mapped[str | None] = mapped_column(String(32), index=True, default=None)
    kind: Mapped[str] = mapped_column(String(60))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str | None] = mapped_column(Text, default=None)
    document_type: Mapped[str | None] = mapped_column(String(40), default=None)
    document_id: Mapped[int | None] = mapped_column(default=None)
    subject_employee_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id"), default=None
    )
    # The record the notification opens (`pairing`, `mentoring_request`, `grievance`,
    # `employee`).
    record_type: Mapped[str | None] = mapped_column(String(40), default=None)
    record_id: Mapped[int | None] = mapped_column(default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(default=None)
