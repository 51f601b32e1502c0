from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, CheckConstraint, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin


class MatchingRun(TimestampMixin, Base):
    """One programme-wide matching, kept as it was computed: its scope, its objective, the
    proposals with their explanations, the unmatched requests with their reasons, and which
    proposals have since become pairings."""

    __tablename__ = "matching_runs"
    __table_args__ = (
        CheckConstraint("objective IN ('best_coverage', 'most_matched')", name="objective"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    objective: Mapped[str] = mapped_column(String(20))
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("departments.id"), default=None)
    request_ids: Mapped[list[Any] | None] = mapped_column(JSON, default=None)
    total_score: Mapped[float] = mapped_column(Float, default=0.0)
    proposals: Mapped[list[Any]] = mapped_column(JSON, default=list)
    unmatched: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # [{request_id, pairing_id}] once proposed as pairings.
    proposed: Mapped[list[Any]] = mapped_column(JSON, default=list)
