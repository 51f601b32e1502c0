from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, utcnow


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
