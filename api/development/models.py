from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin, one_of


class DevelopmentKind(enum.StrEnum):
    KRA = "kra"  # the mentor's KRA "peer mentoring", rated at the evaluation
    CAREER_DEVELOPMENT = "career_development"  # the mentee's development record


class DevelopmentRecord(TimestampMixin, Base):
    """The mentor's KRA ("peer mentoring") or the mentee's career-development record."""

    __tablename__ = "development_records"
    __table_args__ = (CheckConstraint(one_of("kind", DevelopmentKind), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), index=True)
    kind: Mapped[DevelopmentKind] = mapped_column(String(20))
    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairings.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    period_start: Mapped[date]
    period_end: Mapped[date]
    rating: Mapped[int | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
