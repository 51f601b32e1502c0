from __future__ import annotations

import enum
from datetime import date
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, TimestampMixin, one_of


class EvaluationOutcome(enum.StrEnum):
    """What HR decided: `complete` ends the pairing, `extend` moves its evaluation date."""

    COMPLETE = "complete"
    EXTEND = "extend"


class Evaluation(TimestampMixin, Base):
    """HR's evaluation of a pairing's effectiveness at the end of its period (rule 12)."""

    __tablename__ = "evaluations"
    __table_args__ = (
        CheckConstraint(one_of("outcome", EvaluationOutcome), name="outcome"),
        CheckConstraint("effectiveness BETWEEN 1 AND 5", name="effectiveness"),
        CheckConstraint("mentor_kra_rating BETWEEN 1 AND 5", name="kra_rating"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    pairing_id: Mapped[int] = mapped_column(ForeignKey("pairings.id"), index=True)
    evaluated_on: Mapped[date]
    goals: Mapped[list[Any]] = mapped_column(JSON, default=list)
    skill_ratings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    effectiveness: Mapped[int]
    mentor_kra_rating: Mapped[int]
    outcome: Mapped[EvaluationOutcome] = mapped_column(String(10))
    extend_months: Mapped[int | None] = mapped_column(default=None)
    summary: Mapped[str | None] = mapped_column(Text, default=None)
    early: Mapped[bool] = mapped_column(default=False)
    early_reason: Mapped[str | None] = mapped_column(Text, default=None)
    due_date: Mapped[date]  # the evaluation date this evaluation answered
    evaluated_by: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(default=1)
