from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, Field, Strict, StringConstraints, model_validator

from api.core.schemas import Day, Rating, ReadModel, SkillName, StrictModel
from api.evaluations.models import EvaluationOutcome
from api.evaluations.policy import ALLOWED_ACTIONS_DESCRIPTION

# Lax: FastAPI validates the decoded JSON in Python mode, where a strict enum takes members only.
Outcome = Annotated[EvaluationOutcome, Strict(False)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)]


class GoalResult(StrictModel):
    goal: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
    met: bool


class SkillRating(StrictModel):
    skill: SkillName
    before: Rating
    after: Rating


class EvaluationCreate(StrictModel):
    evaluated_on: Day | None = Field(default=None, description="Defaults to today.")
    goals: list[GoalResult] = Field(min_length=1, max_length=20)
    skill_ratings: list[SkillRating] = Field(min_length=1, max_length=20)
    effectiveness: Rating
    mentor_kra_rating: Rating
    outcome: Outcome
    extend_months: Annotated[int, Field(ge=1, le=12)] | None = None
    summary: LongText | None = None
    early: bool = Field(default=False, description="Required before 80% of the period.")
    early_reason: LongText | None = None

    @model_validator(mode="after")
    def consistent(self) -> EvaluationCreate:
        if self.outcome == EvaluationOutcome.EXTEND and self.extend_months is None:
            raise ValueError("extend_months is required when the outcome is extend")
        if self.outcome == EvaluationOutcome.COMPLETE and self.extend_months is not None:
            raise ValueError("extend_months is only for the extend outcome")
        if self.early and not self.early_reason:
            raise ValueError("an early evaluation needs an early_reason")
        skills = [r.skill.lower() for r in self.skill_ratings]
        if len(skills) != len(set(skills)):
            raise ValueError("each skill is rated once")
        return self


class EvaluationRead(ReadModel):
    id: int
    pairing_id: int
    evaluated_on: date
    goals: list[GoalResult]
    skill_ratings: list[SkillRating]
    effectiveness: int
    mentor_kra_rating: int | None = Field(description="Hidden (null) from the mentee.")
    outcome: Outcome
    extend_months: int | None
    summary: str | None
    early: bool
    early_reason: str | None
    due_date: date = Field(description="The evaluation date this evaluation answered.")
    created_at: datetime
    allowed_actions: list[str] = Field(description=ALLOWED_ACTIONS_DESCRIPTION)


class EvaluationDue(BaseModel):
    pairing_id: int
    mentor_id: int
    mentee_id: int
    evaluation_due_date: date
    days_overdue: int = Field(description="0 when due today.")
