from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from api.core.schemas import PersonSummary, Rating, ReadModel, StrictModel
from api.reviews.models import ReviewStatus

__all__ = ["ReviewStatus"]
Comments = Annotated[str, StringConstraints(strip_whitespace=True, max_length=5000)]


class ReviewFormInput(StrictModel):
    progress: Rating
    relationship_health: Rating
    comments: Comments | None = None
    concern: bool = False
    on_behalf_note: Comments | None = Field(
        default=None,
        description="Required when HR files the form on the participant's behalf: how it was "
        "received.",
    )


class ReviewForm(BaseModel):
    progress: int
    relationship_health: int
    comments: str | None
    concern: bool
    submitted_at: datetime
    submitted_by: str
    on_behalf_note: str | None = None


class FollowUpInput(StrictModel):
    notes: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5000)]
    action_required: bool = False


class FollowUp(BaseModel):
    notes: str
    action_required: bool
    at: datetime
    by: str


class ReviewRead(ReadModel):
    id: int
    pairing_id: int
    sequence: int
    due_date: date
    status: ReviewStatus
    mentor_form: ReviewForm | None
    mentee_form: ReviewForm | None
    hr_follow_up: FollowUp | None
    submitted_at: datetime | None
    version: int
    mentor: PersonSummary | None = Field(
        default=None,
        description="The pairing's mentor by name (on reads: the list and one review).",
    )
    mentee: PersonSummary | None = Field(
        default=None,
        description="The pairing's mentee by name (on reads: the list and one review).",
    )
    allowed_actions: list[str] = Field(
        description="What the caller may do to the review now: `submit_mentor_form` and "
        "`submit_mentee_form` (`PUT .../forms/mentor|mentee`: that participant, or HR on their "
        "behalf, while the review is not cancelled and its pairing is active) and `follow_up` "
        "(`PUT .../follow-up`, HR)."
    )
