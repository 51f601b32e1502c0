from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import (
    BaseModel,
    EmailStr,
    Field,
    Strict,
    StringConstraints,
    field_validator,
    model_validator,
)

from api.core.schemas import (
    MAX_DATE,
    MIN_DATE,
    Day,
    ExternalId,
    Id,
    Rating,
    ReadModel,
    SkillName,
    StrictModel,
)
from api.employees.models import EmployeeStatus

# The status as JSON text: lax inside StrictModel, since a JSON string is never an enum instance
# (any other value is still a 422).
Status = Annotated[EmployeeStatus, Strict(False)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
GradeCode = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
EmployeeNumber = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50)
]


def unique_skills(names: list[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name.lower() in seen:
            raise ValueError(f"skill {name!r} is listed twice")
        seen.add(name.lower())


def sane_date(value: date | None) -> date | None:
    if value is not None and not MIN_DATE <= value <= MAX_DATE:
        raise ValueError(f"date must be between {MIN_DATE} and {MAX_DATE}")
    return value


class SkillLevel(StrictModel):
    skill: SkillName
    level: Rating


class DepartmentCreate(StrictModel):
    external_id: ExternalId | None = None
    name: Name


class DepartmentUpdate(StrictModel):
    external_id: ExternalId | None = None
    name: Name | None = None


class DepartmentRead(ReadModel):
    id: int
    external_id: str | None
    name: str


class _EmployeeFields(StrictModel):
    @field_validator("skills", check_fields=False)
    @classmethod
    def skills_unique(cls, skills: list[SkillLevel] | None) -> list[SkillLevel] | None:
        if skills is not None:
            unique_skills([s.skill for s in skills])
        return skills

    @field_validator("hire_date", check_fields=False)
    @classmethod
    def hire_date_sane(cls, value: date | None) -> date | None:
        return sane_date(value)


class EmployeeCreate(_EmployeeFields):
    external_id: ExternalId | None = None
    employee_number: EmployeeNumber | None = None
    full_name: Name
    email: EmailStr
    department_id: Id
    function: ShortText | None = None
    level: GradeCode = Field(description='Grade code, e.g. "M2"; peers share it.')
    job_title: ShortText | None = None
    is_managerial: bool = False
    hire_date: Day
    team_leader_id: Id | None = None
    status: Status = EmployeeStatus.ACTIVE
    skills: list[SkillLevel] = Field(default_factory=list, max_length=200)


class EmployeeUpdate(_EmployeeFields):
    external_id: ExternalId | None = None
    employee_number: EmployeeNumber | None = None
    full_name: Name | None = None
    email: EmailStr | None = None
    department_id: Id | None = None
    function: ShortText | None = None
    level: GradeCode | None = None
    job_title: ShortText | None = None
    is_managerial: bool | None = None
    hire_date: Day | None = None
    team_leader_id: Id | None = None
    status: Status | None = None
    skills: list[SkillLevel] | None = Field(default=None, max_length=200)


class SkillLevelRead(ReadModel):
    skill: str
    level: int


class EmployeeRead(ReadModel):
    id: int
    external_id: str | None
    employee_number: str | None
    full_name: str
    email: str
    department_id: int
    function: str | None
    level: str
    job_title: str | None
    is_managerial: bool
    hire_date: date
    team_leader_id: int | None
    status: Status
    skills: list[SkillLevelRead]

    @field_validator("skills")
    @classmethod
    def skills_by_name(cls, skills: list[SkillLevelRead]) -> list[SkillLevelRead]:
        return sorted(skills, key=lambda s: s.skill)


class PerformanceReviewCreate(StrictModel):
    external_id: ExternalId | None = None
    period_start: Day
    period_end: Day
    rating: Rating
    summary: Annotated[str, StringConstraints(max_length=10000)] | None = None
    improvement_areas: list[SkillName] = Field(default_factory=list, max_length=50)

    @model_validator(mode="after")
    def period_in_order(self) -> PerformanceReviewCreate:
        sane_date(self.period_start)
        sane_date(self.period_end)
        if self.period_end < self.period_start:
            raise ValueError("period_end must not be before period_start")
        unique_skills(self.improvement_areas)
        return self


class PerformanceReviewRead(ReadModel):
    id: int
    external_id: str | None
    employee_id: int
    period_start: date
    period_end: date
    rating: int
    summary: str | None
    improvement_areas: list[str]


class EmployeeFilters(BaseModel):
    department_id: int | None = None
    team_leader_id: int | None = None
    status: Status | None = None
    level: str | None = None
    is_managerial: bool | None = None
    q: str | None = None
    external_id: str | None = None
