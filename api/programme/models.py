from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin

DEFAULT_PURPOSE = (
    "Peer mentoring at our organisation is for development: it helps colleagues grow in the "
    "improvement areas found in their performance review, with a peer at the same level. It "
    "is not a promotion fast track, and what is said in mentoring conversations stays "
    "confidential between mentor and mentee."
)


DEFAULT_TIMEZONE = "UTC"


class ProgrammeSettings(TimestampMixin, Base):
    """The HR policy's numbers: one row (id 1), changed only by HR."""

    __tablename__ = "programme_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    managerial_cadre_only: Mapped[bool] = mapped_column(default=True)
    require_same_department: Mapped[bool] = mapped_column(default=True)
    require_same_level: Mapped[bool] = mapped_column(default=True)
    mentor_min_rating: Mapped[int] = mapped_column(default=4)
    mentor_min_tenure_months: Mapped[int] = mapped_column(default=12)
    max_mentees_per_mentor: Mapped[int] = mapped_column(default=2)
    mentor_min_skill_level: Mapped[int] = mapped_column(default=4)
    review_interval_months: Mapped[int] = mapped_column(default=1)
    evaluation_after_months: Mapped[int] = mapped_column(default=6)
    grievance_sla_working_days: Mapped[int] = mapped_column(default=4)
    holiday_country: Mapped[str | None] = mapped_column(String(10), default=None)
    timezone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIMEZONE)
    programme_purpose: Mapped[str] = mapped_column(Text, default=DEFAULT_PURPOSE)
    # Months after a leaver's termination (or last pairing's end) before HR may anonymise them.
    data_retention_months: Mapped[int] = mapped_column(default=24)
    # The programme-impact report withholds a figure when either group is smaller than this.
    impact_min_sample: Mapped[int] = mapped_column(default=10)


class Holiday(TimestampMixin, Base):
    """An organisation's own non-working day (on top of the country's public holidays)."""

    __tablename__ = "holidays"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(200))
