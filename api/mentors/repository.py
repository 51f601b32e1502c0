"""Mentor eligibility as SQL: every rule of PRODUCT.md rule 4 is one boolean column, so the
eligibility endpoint, the proposal checks and the ranking of thousands of candidates all read
the same rules, computed by the database in one round trip."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    case,
    false,
    func,
    literal,
    or_,
    select,
)

from api.core.dates import latest_start_for
from api.employees.models import Employee, EmployeeSkill, EmployeeStatus, PerformanceReview
from api.mentors import ports
from api.mentors.models import MentorProfile
from api.programme.models import ProgrammeSettings

# The contract's reason codes, in the order they are reported.
REASONS = (
    "inactive",
    "not_managerial",
    "no_rating",
    "low_rating",
    "short_tenure",
    "not_available",
    "at_capacity",
)


def area_column(index: int) -> str:
    return f"area_{index}"


def _own_reasons(
    *,
    status: SQLColumnExpression[Any],
    is_managerial: SQLColumnExpression[Any],
    hire_date: SQLColumnExpression[Any],
    available: SQLColumnExpression[Any],
    settings: ProgrammeSettings,
    today: date,
) -> dict[str, ColumnElement[bool]]:
    """The reasons read from the employee and their profile alone (no lookup)."""
    return {
        "inactive": status != EmployeeStatus.ACTIVE,
        "not_managerial": (is_managerial.is_(False) if settings.managerial_cadre_only else false()),
        "short_tenure": hire_date > latest_start_for(today, settings.mentor_min_tenure_months),
        "not_available": or_(available.is_(None), available.is_(False)),
    }


def _none_of(reasons: dict[str, ColumnElement[bool]]) -> ColumnElement[bool]:
    """True when no reason holds: 0/1 through CASE, as `eligible` is, so that a NULL reads
    the same here as there (not a reason)."""
    return case((or_(*reasons.values()), 0), else_=1) == 1


def mentor_facts(
    where: ColumnElement[bool],
    *,
    settings: ProgrammeSettings,
    today: date,
    areas: list[str] | None = None,
    eligible_only: bool = False,
) -> tuple[Select[Any], dict[str, ColumnElement[Any]]]:
    """Rows of (id, full_name, job_title, latest_rating, active_mentees, capacity, one boolean
    per reason code, area_0, area_1, ... proficiency in each improvement area) for the
    employees matching `where`, and the ranking expressions (eligible, covered, depth,
    rating, spare_capacity) to order or filter by. `eligible_only` drops the candidates that
    fail a rule of their own row (inactive, not managerial, short tenure, not available)
    before any lookup: the caller still filters on `eligible`, the rows are the same, but the
    lookups read only the few opted-in candidates instead of every peer."""
    # Each lookup is one aggregate over the candidates, joined once: set-based, so the
    # database does the same small amount of work per candidate whatever their number.
    candidate_where = [where]
    if eligible_only:
        candidate_where.append(
            _none_of(
                _own_reasons(
                    status=Employee.status,
                    is_managerial=Employee.is_managerial,
                    hire_date=Employee.hire_date,
                    available=MentorProfile.available,
                    settings=settings,
                    today=today,
                )
            )
        )
    candidates = (
        select(
            Employee.id,
            Employee.full_name,
            Employee.job_title,
            Employee.status,
            Employee.is_managerial,
            Employee.hire_date,
            MentorProfile.available,
            MentorProfile.capacity.label("profile_capacity"),
        )
        .outerjoin(MentorProfile, MentorProfile.employee_id == Employee.id)
        .where(*candidate_where)
        .cte("candidates")
    )
    c = candidates.c
    ranked_reviews = (
        select(
            PerformanceReview.employee_id,
            PerformanceReview.rating,
            func.row_number()
            .over(
                partition_by=PerformanceReview.employee_id,
                order_by=(PerformanceReview.period_end.desc(), PerformanceReview.id.desc()),
            )
            .label("position"),
        )
        .join(candidates, c.id == PerformanceReview.employee_id)
        .subquery()
    )
    latest = (
        select(ranked_reviews.c.employee_id, ranked_reviews.c.rating)
        .where(ranked_reviews.c.position == 1)
        .subquery()
    )
    held = ports.held_pairings(candidates)
    wanted = [area.lower() for area in areas or []]
    skill_name = func.lower(EmployeeSkill.skill)
    skills = (
        select(
            EmployeeSkill.employee_id,
            *(
                func.max(case((skill_name == area, EmployeeSkill.level), else_=0)).label(
                    area_column(i)
                )
                for i, area in enumerate(wanted)
            ),
        )
        .join(candidates, c.id == EmployeeSkill.employee_id)
        .where(skill_name.in_(wanted) if wanted else false())
        .group_by(EmployeeSkill.employee_id)
        .subquery()
    )
    facts = (
        select(
            *c,
            latest.c.rating.label("latest_rating"),
            func.coalesce(held.c.held, 0).label("active_mentees"),
            *(
                func.coalesce(skills.c[area_column(i)], 0).label(area_column(i))
                for i in range(len(wanted))
            ),
        )
        .select_from(candidates)
        .outerjoin(latest, latest.c.employee_id == c.id)
        .outerjoin(held, held.c.mentor_id == c.id)
        .outerjoin(skills, skills.c.employee_id == c.id)
        .subquery("mentor_facts")
    )
    f = facts.c
    most = settings.max_mentees_per_mentor
    capacity = case(
        (and_(f.profile_capacity.is_not(None), f.profile_capacity < most), f.profile_capacity),
        else_=literal(most),
    )
    every: dict[str, ColumnElement[bool]] = {
        **_own_reasons(
            status=f.status,
            is_managerial=f.is_managerial,
            hire_date=f.hire_date,
            available=f.available,
            settings=settings,
            today=today,
        ),
        "no_rating": f.latest_rating.is_(None),
        "low_rating": f.latest_rating < settings.mentor_min_rating,
        "at_capacity": f.active_mentees >= capacity,
    }
    reasons = {name: every[name] for name in REASONS}
    levels = [f[area_column(i)] for i in range(len(areas or []))]
    threshold = settings.mentor_min_skill_level
    ranking: dict[str, ColumnElement[Any]] = {
        "eligible": case((or_(*reasons.values()), 0), else_=1),
        "covered": sum((case((level >= threshold, 1), else_=0) for level in levels), literal(0)),
        "depth": sum(levels, literal(0)),
        "rating": func.coalesce(f.latest_rating, 0),
        "spare_capacity": capacity - f.active_mentees,
        "id": f.id,
    }
    stmt = select(
        f.id,
        f.full_name,
        f.job_title,
        f.latest_rating,
        f.active_mentees,
        capacity.label("capacity"),
        *(case((condition, True), else_=False).label(name) for name, condition in reasons.items()),
        *levels,
    )
    return stmt, ranking
