from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.core.db import Base, TimestampMixin, one_of
from api.core.security import EmployeeStatus

__all__ = ["Department", "Employee", "EmployeeSkill", "EmployeeStatus", "PerformanceReview"]


class Department(TimestampMixin, Base):
    __tablename__ = "departments"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True, default=None)
    name: Mapped[str] = mapped_column(String(200))


class Employee(TimestampMixin, Base):
    __tablename__ = "employees"
    __table_args__ = (
        CheckConstraint(one_of("status", EmployeeStatus), name="status"),
        Index("ix_employees_department_id_level", "department_id", "level"),
        # Keyset pages of one department (and a team leader's view of theirs) walk this.
        Index("ix_employees_department_id_id", "department_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True, default=None)
    employee_number: Mapped[str | None] = mapped_column(String(50), unique=True, default=None)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("departments.id"))
    function: Mapped[str | None] = mapped_column(String(100), default=None)
    level: Mapped[str] = mapped_column(String(20))
    job_title: Mapped[str | None] = mapped_column(String(200), default=None)
    is_managerial: Mapped[bool] = mapped_column(default=False)
    hire_date: Mapped[date]
    team_leader_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id"), index=True, default=None
    )
    status: Mapped[str] = mapped_column(String(16), default="active")
    # The SCIM `userName` an identity provider gave the employee when it is not their work
    # e-mail (Entra ID's userPrincipalName may differ from `mail`); SCIM shows the e-mail else.
    scim_user_name: Mapped[str | None] = mapped_column(String(320), unique=True, default=None)
    # Set when an identity provider DELETEs the user over SCIM: the employee is terminated
    # (never deleted) and no longer a SCIM resource (404 there, as RFC 7644 3.6 asks).
    scim_deleted_at: Mapped[datetime | None] = mapped_column(default=None)
    # The day the status became `terminated` (HR or the HRIS sync); None while active.
    terminated_on: Mapped[date | None] = mapped_column(default=None)
    # Every performance rating packed as `days since 1970-01-01 of the period end * 10 +
    # rating`, comma-separated: a copy kept by `repository.refresh_rating_histories` whenever a
    # review is written, so that the impact report reads one short string per person instead
    # of aggregating every review of 100,000 people.
    rating_history: Mapped[str | None] = mapped_column(Text, default=None)

    skills: Mapped[list[EmployeeSkill]] = relationship(
        cascade="all, delete-orphan", order_by="EmployeeSkill.skill", lazy="raise"
    )


class EmployeeSkill(Base):
    """A skill an employee has, with proficiency 1-5 (the basis of mentor matching)."""

    __tablename__ = "employee_skills"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 5", name="level"),
        Index("ix_employee_skills_skill_level", "skill", "level"),
    )

    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), primary_key=True)
    skill: Mapped[str] = mapped_column(String(100), primary_key=True)
    level: Mapped[int]


# Matching looks a set of candidates' skills up by name, case-insensitively.
Index(
    "ix_employee_skills_lower_skill",
    func.lower(EmployeeSkill.skill),
    EmployeeSkill.employee_id,
    EmployeeSkill.level,
)


class PerformanceReview(TimestampMixin, Base):
    __tablename__ = "performance_reviews"
    __table_args__ = (
        CheckConstraint("rating BETWEEN 1 AND 5", name="rating"),
        CheckConstraint("period_end >= period_start", name="period"),
        Index("ix_performance_reviews_employee_id_period_end", "employee_id", "period_end"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str | None] = mapped_column(String(100), unique=True, default=None)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    period_start: Mapped[date]
    period_end: Mapped[date]
    rating: Mapped[int]
    summary: Mapped[str | None] = mapped_column(Text, default=None)
    improvement_areas: Mapped[list[Any]] = mapped_column(JSON, default=list)
