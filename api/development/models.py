from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin


class DevelopmentRecord(TimestampMixin, Base):
    """The mentor's KRA ("peer mentoring") or the mentee's career-development record."""

    __tablename__ = "development_records"
    __table_args__ = (CheckConstraint("kind IN ('kra', 'career_development')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairings.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date]
    period_end: Mapped[date]
    rating: Mapped[int | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
