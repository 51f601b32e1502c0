from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field, Strict, StringConstraints, model_validator

from api.core.schemas import Day, Id, PersonSummary, ReadModel, SkillName, StrictModel
from api.training.models import TrainingKind, TrainingRole

__all__ = ["TrainingKind", "TrainingRole"]
Text200 = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


Topics = Annotated[
    list[Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]],
    Field(max_length=20, description="What was covered."),
]
Skills = Annotated[list[SkillName], Field(max_length=20, description="Skills worked on.")]
Notes = Annotated[str, StringConstraints(max_length=5000)]


class RoleTrainingCreate(StrictModel):
    """Mentor training or mentee orientation, recorded by HR; it counts once recorded."""

    kind: Literal["role_training"]
    employee_id: Id = Field(description="The trainee.")
    # Lax: an enum member is read from its JSON string (any other value is still refused).
    role: Annotated[TrainingRole, Strict(False)] = Field(
        description="mentor: mentor training; mentee: mentee orientation"
    )
    pairing_id: Id | None = Field(
        default=None,
        description="The pairing this training prepares; the trainee must be its mentor or "
        "mentee as `role` says.",
    )
    title: Text200
    provider: Text200 | None = None
    date: Day
    duration_minutes: Annotated[int, Field(ge=1, le=24 * 60)]
    trainer_id: Id | None = None
    topics: Topics = Field(default_factory=list)
    skills: Skills = Field(default_factory=list)
    notes: Notes | None = None

    @model_validator(mode="after")
    def sane_date(self) -> RoleTrainingCreate:
        if not date(2000, 1, 1) <= self.date <= date(2200, 1, 1):
            raise ValueError("date out of range")
        return self


class PeerSessionCreate(StrictModel):
    """A peer-to-peer session of an active pairing, recorded by the mentor (or HR)."""

    kind: Literal["peer_session"]
    pairing_id: Id
    employee_id: Id | None = Field(
        default=None, description="The trainee: the pairing's mentee (derived when left out)."
    )
    trainer_id: Id | None = Field(
        default=None, description="The trainer: the pairing's mentor (derived when left out)."
    )
    role: None = Field(default=None, description="Only for role training: leave it out.")
    title: Text200 = "Peer mentoring session"
    date: Day
    duration_minutes: Annotated[int, Field(ge=5, le=8 * 60)]
    topics: Topics = Field(default_factory=list)
    skills: Skills = Field(default_factory=list)
    notes: Notes | None = None


TrainingRecordCreate = Annotated[
    RoleTrainingCreate | PeerSessionCreate, Field(discriminator="kind")
]


class TrainingRecordRead(ReadModel):
    id: int
    kind: TrainingKind
    employee_id: int
    trainer_id: int | None
    pairing_id: int | None
    role: TrainingRole | None
    title: str
    provider: str | None
    date: date
    duration_minutes: int
    topics: list[str]
    skills: list[SkillName]
    notes: str | None
    confirmed_at: datetime | None
    created_at: datetime
    employee: PersonSummary | None = Field(
        default=None, description="The trainee by name (on reads: the list and one record)."
    )
    trainer: PersonSummary | None = Field(
        default=None, description="The trainer by name, when one is recorded (on reads)."
    )
    allowed_actions: list[str] = Field(
        description="What the caller may do to the record now: `confirm` (`POST .../confirm`: "
        "the trainee, while it is unconfirmed)."
    )
