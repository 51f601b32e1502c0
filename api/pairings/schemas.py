from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from api.core.schemas import Day, Id, ReadModel, StrictModel, UtcTimestamp
from api.pairings.models import PairingStatus
from api.pairings.policy import ALLOWED_ACTIONS_DESCRIPTION, PairingAction

Goal = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Cadence = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
Goals = Annotated[list[Goal], Field(min_length=1, max_length=20)]


class PairingCreate(StrictModel):
    request_id: Id
    mentor_id: Id
    goals: Goals
    meeting_cadence: Cadence = Field(examples=["fortnightly, 1 hour"])
    start_date: Day


class PairingUpdate(StrictModel):
    """While proposed: changing the terms clears the acknowledgements given so far."""

    goals: Goals | None = None
    meeting_cadence: Cadence | None = None
    start_date: Day | None = None


class ApprovalRead(ReadModel):
    role: Literal["team_leader", "hr_admin"]
    by: int = Field(description="The approving user's id.")
    at: UtcTimestamp


class AcknowledgementRead(ReadModel):
    employee_id: int
    at: UtcTimestamp
    purpose_statement: str = Field(description="The programme purpose the person agreed to.")


class PairingRead(ReadModel):
    id: int
    request_id: int
    mentee_id: int
    mentor_id: int
    goals: list[str]
    meeting_cadence: str
    start_date: date
    status: PairingStatus
    approvals: list[ApprovalRead]
    acknowledgements: list[AcknowledgementRead]
    evaluation_due_date: date | None
    end_date: date | None
    status_reason: str | None
    activated_at: datetime | None
    version: int
    created_at: datetime
    allowed_actions: list[PairingAction] = Field(description=ALLOWED_ACTIONS_DESCRIPTION)
