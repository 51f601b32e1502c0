from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, Strict, StringConstraints

from api.core.schemas import Day, Id, PersonSummary, ReadModel, StrictModel, UtcTimestamp
from api.grievances.models import GrievanceKind, GrievanceStatus

__all__ = ["GrievanceKind", "GrievanceStatus"]
Text5000 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5000)]


class GrievanceCreate(StrictModel):
    pairing_id: Id
    # Lax: an enum member is read from its JSON string (any other value is still refused).
    kind: Annotated[GrievanceKind, Strict(False)]
    description: Text5000
    raised_on: Day | None = Field(
        default=None, description="HR only: when it was received (today or earlier)."
    )
    raised_by: Id | None = Field(
        default=None, description="HR only: the mentor or mentee it was received from."
    )


class ActionCreate(StrictModel):
    note: Text5000


class ResolveBody(StrictModel):
    outcome: Literal["resolved", "dismissed"]
    resolution: Text5000


class ActionRead(BaseModel):
    at: UtcTimestamp
    by: int
    note: str


class GrievanceRead(ReadModel):
    id: int
    pairing_id: int
    kind: GrievanceKind
    raised_by: int
    raised_on: date
    description: str
    status: GrievanceStatus
    due_date: date = Field(description="The SLA's last working day, fixed when raised.")
    breached: bool = Field(description="Not resolved by the end of its due date.")
    working_days_left: int | None = Field(
        description="Working days from today to the due date (negative once breached; "
        "0 on the due date)."
    )
    actions: list[ActionRead]
    resolution: str | None
    resolved_on: date | None
    version: int
    created_at: datetime
    raised_by_person: PersonSummary | None = Field(
        default=None,
        description="Who raised it, by name (on reads: the list and one grievance). Only those "
        "who may read the grievance get it: HR and the person who raised it.",
    )
    mentor: PersonSummary | None = Field(
        default=None, description="The pairing's mentor by name (on reads)."
    )
    mentee: PersonSummary | None = Field(
        default=None, description="The pairing's mentee by name (on reads)."
    )
    allowed_actions: list[str] = Field(
        description="What the caller may do to the grievance now, given its status: "
        "`add_action` (`POST .../actions`) and `resolve` (`POST .../resolve`); HR only, while it "
        "is open or under review."
    )
