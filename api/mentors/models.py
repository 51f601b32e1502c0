from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin


class MentorProfile(TimestampMixin, Base):
    """An employee's opt-in to mentor: the desire to mentor, a personal cap, what they offer."""

    __tablename__ = "mentor_profiles"

    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), primary_key=True)
    available: Mapped[bool] = mapped_column(default=False)
    capacity: Mapped[int | None] = mapped_column(default=None)
    bio: Mapped[str | None] = mapped_column(Text, default=None)
    skills_offered: Mapped[list[Any]] = mapped_column(JSON, default=list)
