"""The HRIS sync payload. Rows are validated one by one by the service, so that a bad row is
reported and skipped instead of failing the whole call; the schemas still document them."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, EmailStr, Field, SkipValidation, field_validator, model_validator

from api.core.schemas import Day, ExternalId, Rating, SkillName, StrictModel
from api.employees.schemas import (
    EmployeeNumber,
    EmployeeStatus,
    GradeCode,
    Name,
    ShortText,
    SkillLevel,
    sane_date,
    unique_skills,
)

MAX_ROWS = 20000


class DepartmentSyncRow(StrictModel):
    external_id: ExternalId
    name: Name


class EmployeeSyncRow(StrictModel):
    """A full record: an optional field left out is stored as empty."""

    external_id: ExternalId
    employee_number: EmployeeNumber | None = None
    full_name: Name
    email: EmailStr
    department_external_id: ExternalId
    function: ShortText | None = None
    level: GradeCode
    job_title: ShortText | None = None
    is_managerial: bool = False
    hire_date: Day
    team_leader_external_id: ExternalId | None = None
    status: EmployeeStatus = "active"
    skills: list[SkillLevel] = Field(default_factory=list, max_length=200)

    @field_validator("skills")
    @classmethod
    def skills_unique(cls, skills: list[SkillLevel]) -> list[SkillLevel]:
        unique_skills([s.skill for s in skills])
        return skills

    @model_validator(mode="after")
    def consistent(self) -> EmployeeSyncRow:
        sane_date(self.hire_date)
        if self.team_leader_external_id == self.external_id:
            raise ValueError("an employee cannot be their own team leader")
        return self


class PerformanceReviewSyncRow(StrictModel):
    external_id: ExternalId
    employee_external_id: ExternalId
    period_start: Day
    period_end: Day
    rating: Rating
    summary: Annotated[str, Field(max_length=10000)] | None = None
    improvement_areas: list[SkillName] = Field(default_factory=list, max_length=50)

    @model_validator(mode="after")
    def period_in_order(self) -> PerformanceReviewSyncRow:
        sane_date(self.period_start)
        sane_date(self.period_end)
        if self.period_end < self.period_start:
            raise ValueError("period_end must not be before period_start")
        unique_skills(self.improvement_areas)
        return self


class HrisSyncRequest(StrictModel):
    departments: list[SkipValidation[DepartmentSyncRow]] = Field(
        default_factory=list, max_length=MAX_ROWS
    )
    employees: list[SkipValidation[EmployeeSyncRow]] = Field(
        default_factory=list, max_length=MAX_ROWS
    )
    performance_reviews: list[SkipValidation[PerformanceReviewSyncRow]] = Field(
        default_factory=list, max_length=MAX_ROWS
    )


class RowError(BaseModel):
    index: int = Field(description="Position of the row in its list, from 0.")
    external_id: str | None
    msg: str


class SyncOutcome(BaseModel):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = Field(default_factory=list)


class HrisSyncResult(BaseModel):
    departments: SyncOutcome
    employees: SyncOutcome
    performance_reviews: SyncOutcome


RawRow = Any
