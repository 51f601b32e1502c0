from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints, field_validator

from api.core.schemas import Day, Id, PersonSummary, ReadModel, SkillName, StrictModel
from api.employees.schemas import unique_skills
from api.mentors.schemas import EligibilityReason
from api.requests.models import RequestStatus

__all__ = ["RequestStatus"]


class MentoringRequestCreate(StrictModel):
    mentee_id: Id
    performance_review_id: Id
    discussion_date: Day
    improvement_areas: list[SkillName] | None = Field(
        default=None,
        max_length=20,
        description="Skills to improve; left out, the performance review's improvement areas.",
    )
    notes: Annotated[str, StringConstraints(max_length=5000)] | None = None

    @field_validator("improvement_areas")
    @classmethod
    def areas_unique(cls, areas: list[str] | None) -> list[str] | None:
        if areas is not None:
            unique_skills(areas)
        return areas


class MentoringRequestRead(ReadModel):
    id: int
    mentee_id: int
    performance_review_id: int
    discussion_date: date
    improvement_areas: list[str]
    notes: str | None
    status: RequestStatus
    requested_by: int
    confirmed_by: int | None
    confirmed_at: datetime | None
    status_reason: str | None
    created_at: datetime
    mentee: PersonSummary | None = Field(
        default=None, description="The mentee by name (on reads: the list and one request)."
    )
    allowed_actions: list[str] = Field(
        description="What the caller may do to the request now, given its status: `confirm`, "
        "`reject`, `cancel` (the endpoints of the same names) and `propose_pairing` (`POST "
        "/pairings` with this request: it is open and the caller chooses its mentor; the mentor's "
        "eligibility and the mentee's other pairings are checked when proposing)."
    )


class MentorSuggestion(BaseModel):
    mentor_id: int
    full_name: str
    job_title: str | None
    score: float = Field(description="Share of the improvement areas the mentor covers, 0-100.")
    covered_skills: list[str]
    missing_skills: list[str]
    depth: float = Field(description="Mean proficiency (0-5) over the improvement areas.")
    latest_rating: int | None
    spare_capacity: int
    eligible: bool
    reasons: list[EligibilityReason]


class MentorSuggestions(BaseModel):
    items: list[MentorSuggestion]
