"""The HRIS sync payload. Rows are validated one by one by the service, so that a bad row is
reported and skipped instead of failing the whole call; the schemas still document them."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    BaseModel,
    EmailStr,
    Field,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    field_validator,
    model_validator,
)

from api.core.schemas import Day, ExternalId, Rating, SkillName, StrictModel
from api.employees.schemas import (
    EmployeeNumber,
    GradeCode,
    Name,
    ShortText,
    SkillLevel,
    Status,
    sane_date,
    unique_skills,
)

MAX_ROWS = 20000


class DepartmentSyncRow(StrictModel):
    external_id: ExternalId
    name: Name


def _required(what: str) -> str:
    return f"Required for a new {what}; never null."


def _optional(what: str) -> str:
    return f"{what} Left out: unchanged (empty for a new record); `null` clears it."


class EmployeeSyncRow(StrictModel):
    """An employee, keyed by `external_id`. A row the HRIS sent before may be sparse: a field
    left out keeps its stored value, and an explicit `null` clears an optional field (the PATCH
    rule)."""

    external_id: ExternalId
    employee_number: EmployeeNumber | None = Field(
        default=None, description=_optional("The HRIS's employee number.")
    )
    full_name: Name | None = Field(default=None, description=_required("employee"))
    email: EmailStr | None = Field(default=None, description=_required("employee"))
    department_external_id: ExternalId | None = Field(
        default=None, description=_required("employee")
    )
    function: ShortText | None = Field(default=None, description=_optional("The function."))
    level: GradeCode | None = Field(default=None, description=_required("employee"))
    job_title: ShortText | None = Field(default=None, description=_optional("The job title."))
    is_managerial: bool | None = Field(
        default=None, description="Left out: unchanged (false for a new employee); never null."
    )
    hire_date: Day | None = Field(default=None, description=_required("employee"))
    team_leader_external_id: ExternalId | None = Field(
        default=None, description=_optional("The team leader's `external_id`.")
    )
    status: Status | None = Field(
        default=None, description="Left out: unchanged (active for a new employee); never null."
    )
    skills: list[SkillLevel] | None = Field(
        default=None,
        max_length=200,
        description=_optional("The whole list of skills (it replaces the stored one)."),
    )

    @field_validator("skills")
    @classmethod
    def skills_unique(cls, skills: list[SkillLevel] | None) -> list[SkillLevel] | None:
        unique_skills([s.skill for s in skills or []])
        return skills

    @model_validator(mode="after")
    def consistent(self) -> EmployeeSyncRow:
        for name in EMPLOYEE_NOT_NULL:
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        sane_date(self.hire_date)
        if self.team_leader_external_id == self.external_id:
            raise ValueError("an employee cannot be their own team leader")
        return self


# Fields a new employee must have, and the ones that may be left out but never nulled.
EMPLOYEE_REQUIRED = ("full_name", "email", "department_external_id", "level", "hire_date")
EMPLOYEE_NOT_NULL = (*EMPLOYEE_REQUIRED, "is_managerial", "status")


class PerformanceReviewSyncRow(StrictModel):
    """A performance review, keyed by `external_id`. A row the HRIS sent before may be sparse:
    a field left out keeps its stored value, and an explicit `null` clears an optional field
    (the PATCH rule)."""

    external_id: ExternalId
    employee_external_id: ExternalId | None = Field(
        default=None, description=_required("performance review")
    )
    period_start: Day | None = Field(default=None, description=_required("performance review"))
    period_end: Day | None = Field(default=None, description=_required("performance review"))
    rating: Rating | None = Field(default=None, description=_required("performance review"))
    summary: Annotated[str, Field(max_length=10000)] | None = Field(
        default=None, description=_optional("The review's summary.")
    )
    improvement_areas: list[SkillName] | None = Field(
        default=None, max_length=50, description=_optional("The improvement areas (skills).")
    )

    @model_validator(mode="after")
    def period_in_order(self) -> PerformanceReviewSyncRow:
        for name in REVIEW_REQUIRED:
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        sane_date(self.period_start)
        sane_date(self.period_end)
        unique_skills(self.improvement_areas or [])
        return self


REVIEW_REQUIRED = ("employee_external_id", "period_start", "period_end", "rating")


def _keep_as_sent(value: Any, _handler: ValidatorFunctionWrapHandler) -> Any:
    return value


# A row kept as sent: the service validates each one and reports a bad row instead of refusing
# the call. Unlike `SkipValidation` (whose JSON schema inlines the model), the wrap validator
# leaves the schema to the model, so the document refers to it as a named component.
Unvalidated = WrapValidator(_keep_as_sent)


class HrisSyncRequest(StrictModel):
    departments: list[Annotated[DepartmentSyncRow, Unvalidated]] = Field(
        default_factory=list, max_length=MAX_ROWS
    )
    employees: list[Annotated[EmployeeSyncRow, Unvalidated]] = Field(
        default_factory=list, max_length=MAX_ROWS
    )
    performance_reviews: list[Annotated[PerformanceReviewSyncRow, Unvalidated]] = Field(
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
