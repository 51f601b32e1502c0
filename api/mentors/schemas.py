from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, field_validator

from api.core.schemas import ReadModel, SkillName, StrictModel
from api.employees.schemas import unique_skills

EligibilityReason = Literal[
    "low_rating",
    "no_rating",
    "short_tenure",
    "not_available",
    "at_capacity",
    "not_managerial",
    "inactive",
]


class MentorProfileUpdate(StrictModel):
    available: bool
    capacity: Annotated[int, Field(ge=1, le=20)] | None = Field(
        default=None, description="A personal cap below the programme's maximum, if any."
    )
    bio: Annotated[str, StringConstraints(max_length=2000)] | None = None
    skills_offered: list[SkillName] = Field(default_factory=list, max_length=50)

    @field_validator("skills_offered")
    @classmethod
    def skills_unique(cls, skills: list[str]) -> list[str]:
        unique_skills(skills)
        return skills


class MentorProfileRead(ReadModel):
    employee_id: int
    available: bool
    capacity: int | None
    bio: str | None
    skills_offered: list[str]


class MentorEligibility(ReadModel):
    employee_id: int
    eligible: bool
    reasons: list[EligibilityReason]
    latest_rating: int | None
    active_mentees: int
    capacity: int


class MentorInvitationCreate(StrictModel):
    message: Annotated[str, StringConstraints(strip_whitespace=True, max_length=1000)] | None = (
        Field(default=None, description="A personal word, shown in the notification.")
    )


class MentorInvitationRead(ReadModel):
    employee_id: int
    notification_id: int
    invited_at: datetime
