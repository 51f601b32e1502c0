from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, field_validator

from api.core.schemas import Day, Id, PersonSummary, ReadModel, StrictModel
from api.matching.solver import Objective
from api.pairings.schemas import Cadence, Goals, PairingRead

UnmatchedReason = Literal["no_eligible_mentor", "mentors_taken"]
RequestIds = Annotated[list[Id], Field(min_length=1, max_length=5000)]


def _unique(ids: list[int] | None) -> list[int] | None:
    if ids is not None and len(set(ids)) != len(ids):
        raise ValueError("request ids must be unique")
    return ids


class MatchingRunCreate(StrictModel):
    objective: Objective = Field(
        description=(
            "`best_coverage`: the largest sum of scores (then the most matched); "
            "`most_matched`: the most matched requests (then the largest sum of scores)."
        )
    )
    department_id: Id | None = Field(default=None, description="Only this department's mentees.")
    request_ids: RequestIds | None = Field(
        default=None, description="Only these open requests (each must be in the caller's scope)."
    )

    _unique_ids = field_validator("request_ids")(_unique)


class MatchingProposal(BaseModel):
    request_id: int
    mentee_id: int
    mentor_id: int
    score: float = Field(description="The suggestion score: share of the areas covered, 0-100.")
    covered_skills: list[str]
    missing_skills: list[str]


class UnmatchedRequest(BaseModel):
    request_id: int
    mentee_id: int
    reasons: list[UnmatchedReason]


class ProposedPairing(BaseModel):
    request_id: int
    pairing_id: int


class MatchingRunRead(ReadModel):
    id: int
    objective: Objective
    created_at: datetime
    created_by: int = Field(description="The user who ran it.")
    department_id: int | None
    request_ids: list[int] | None
    total_score: float
    proposals: list[MatchingProposal]
    unmatched: list[UnmatchedRequest]
    proposed: list[ProposedPairing] = Field(description="Proposals made pairings since.")
    people: list[PersonSummary] = Field(
        default_factory=list,
        description="The mentees and mentors its proposals and unmatched requests name, by id "
        "and name (the proposals keep their `mentee_id` and `mentor_id`).",
    )


class MatchingRunPropose(StrictModel):
    request_ids: RequestIds | None = Field(
        default=None, description="The proposals to make pairings of; left out, all of them."
    )
    start_date: Day
    meeting_cadence: Cadence = Field(examples=["fortnightly, 1 hour"])
    goals: Goals | None = Field(
        default=None, description="Left out, one goal per improvement area of each request."
    )

    _unique_ids = field_validator("request_ids")(_unique)


class MatchingRunProposed(BaseModel):
    run: MatchingRunRead
    pairings: list[PairingRead] = Field(description="The pairings created, all `proposed`.")
