"""People: departments, employees with their skills, and performance reviews."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.db import fetch_dicts
from api.core.errors import Conflict, NotFound, RuleViolation
from api.core.pagination import (
    PageParams,
    documents_page_json,
    keyset,
    page_json,
    page_of,
    paged,
)
from api.core.security import Actor
from api.core.sqljson import fetch_documents
from api.employees import repository
from api.employees.models import (
    Department,
    Employee,
    EmployeeSkill,
    EmployeeStatus,
    PerformanceReview,
)
from api.employees.schemas import (
    DepartmentCreate,
    DepartmentUpdate,
    EmployeeCreate,
    EmployeeFilters,
    EmployeeRead,
    EmployeeUpdate,
    PerformanceReviewCreate,
)
from api.programme import service as programme

DEPARTMENT_AUDIT_FIELDS = ("external_id", "name")
EMPLOYEE_AUDIT_FIELDS = (
    "external_id",
    "employee_number",
    "full_name",
    "email",
    "department_id",
    "function",
    "level",
    "job_title",
    "is_managerial",
    "hire_date",
    "team_leader_id",
    "status",
)
REVIEW_AUDIT_FIELDS = (
    "external_id",
    "employee_id",
    "period_start",
    "period_end",
    "rating",
    "summary",
    "improvement_areas",
)


# Kept for identity providers (SCIM); audited when set.
SCIM_AUDIT_FIELDS = ("scim_user_name", "scim_deleted_at")


def employee_snapshot(employee: Employee) -> dict[str, Any]:
    data = audit.snapshot(employee, EMPLOYEE_AUDIT_FIELDS)
    data.update(
        {k: v for k, v in audit.snapshot(employee, SCIM_AUDIT_FIELDS).items() if v is not None}
    )
    data["skills"] = {s.skill: s.level for s in employee.skills}
    return data


def apply_skills(employee: Employee, skills: list[tuple[str, int]]) -> bool:
    """Make the employee's skills exactly `skills`; return whether anything changed."""
    wanted = dict(skills)
    changed = False
    for current in list(employee.skills):
        if current.skill not in wanted:
            employee.skills.remove(current)
            changed = True
        elif current.level != wanted[current.skill]:
            current.level = wanted[current.skill]
            changed = True
    have = {s.skill for s in employee.skills}
    for name, level in skills:
        if name not in have:
            employee.skills.append(EmployeeSkill(skill=name, level=level))
            changed = True
    return changed


# -- departments -------------------------------------------------------------------------


async def list_departments(
    session: AsyncSession, page: PageParams, *, q: str | None = None, external_id: str | None = None
) -> tuple[list[Department], str | None]:
    stmt = repository.departments_query(q=q, external_id=external_id)
    return page_of((await session.scalars(keyset(stmt, page, Department.id))).all(), page)


async def get_department(session: AsyncSession, department_id: int) -> Department:
    department = await session.get(Department, department_id)
    if department is None:
        raise NotFound("Department not found")
    return department


async def _check_department_external_id(
    session: AsyncSession, external_id: str | None, department_id: int | None = None
) -> None:
    if external_id is None:
        return
    taken = await repository.department_id_by_external_id(session, external_id)
    if taken is not None and taken != department_id:
        raise Conflict("Another department has this external_id")


async def create_department(
    session: AsyncSession, actor: Actor, *, data: DepartmentCreate
) -> Department:
    await _check_department_external_id(session, data.external_id)
    department = Department(**data.model_dump())
    session.add(department)
    await session.flush()
    audit.record(
        session,
        actor,
        "department.create",
        entity="department",
        entity_id=department.id,
        after=audit.snapshot(department, DEPARTMENT_AUDIT_FIELDS),
    )
    return department


async def update_department(
    session: AsyncSession, actor: Actor, *, department_id: int, data: DepartmentUpdate
) -> Department:
    department = await get_department(session, department_id)
    changes = data.model_dump(exclude_unset=True)
    if "name" in changes and changes["name"] is None:
        raise RuleViolation("name cannot be null", loc=["body", "name"])
    if "external_id" in changes:
        await _check_department_external_id(session, changes["external_id"], department.id)
    before = audit.snapshot(department, DEPARTMENT_AUDIT_FIELDS)
    for name, value in changes.items():
        setattr(department, name, value)
    await session.flush()
    audit.record(
        session,
        actor,
        "department.update",
        entity="department",
        entity_id=department.id,
        changes=audit.diff(before, audit.snapshot(department, DEPARTMENT_AUDIT_FIELDS)),
    )
    return department


# -- employees ---------------------------------------------------------------------------


async def exists(session: AsyncSession, employee_id: int) -> bool:
    return await repository.employee_exists(session, employee_id)


async def status_of(session: AsyncSession, employee_id: int) -> str | None:
    """`active` or `terminated`; None when there is no such employee."""
    return await repository.employee_status(session, employee_id)


async def employees_page_json(
    session: AsyncSession, actor: Actor, page: PageParams, *, filters: EmployeeFilters
) -> bytes:
    """A page of employees, their skills included, as the JSON the API answers (one query).
    PostgreSQL writes each employee's document itself: the busiest list of the API skips
    decoding, validating and encoding 50 rows in Python."""
    dialect = session.get_bind().dialect.name
    stmt, params = repository.employees_query(actor, filters, dialect=dialect)
    stmt, page_params = paged(stmt, page, Employee.id)
    params |= page_params
    if dialect == "postgresql":
        documents = await fetch_documents(session, stmt, EmployeeRead, params)
        return documents_page_json(documents, page)
    rows = await fetch_dicts(session, stmt, params)
    items, cursor = page_of(rows, page, id_of=lambda row: row["id"])
    return page_json(EmployeeRead, items, cursor)


async def get_employee(session: AsyncSession, actor: Actor, employee_id: int) -> Employee:
    employee = await repository.visible_employee(session, actor, employee_id)
    if employee is None:
        raise NotFound("Employee not found")
    return employee


async def read_employee(session: AsyncSession, actor: Actor, employee_id: int) -> dict[str, Any]:
    """`GET /employees/{id}`: the visible employee as a plain row, skills included."""
    row = await repository.visible_employee_row(session, actor, employee_id)
    if row is None:
        raise NotFound("Employee not found")
    return row


async def _check_employee_references(
    session: AsyncSession, values: dict[str, Any], employee_id: int | None = None
) -> None:
    if (
        "department_id" in values
        and values["department_id"] is not None
        and (await session.get(Department, values["department_id"]) is None)
    ):
        raise RuleViolation("No department with this id", loc=["body", "department_id"])
    leader_id = values.get("team_leader_id")
    if leader_id is not None:
        if leader_id == employee_id:
            raise RuleViolation(
                "An employee cannot be their own team leader", loc=["body", "team_leader_id"]
            )
        if not await exists(session, leader_id):
            raise RuleViolation("No employee with this id", loc=["body", "team_leader_id"])
    for field in ("email", "employee_number", "external_id"):
        value = values.get(field)
        if value is None:
            continue
        taken = await repository.employee_id_by(session, field, value)
        if taken is not None and taken != employee_id:
            raise Conflict(f"Another employee has this {field}")


async def create_employee(
    session: AsyncSession,
    actor: Actor,
    *,
    data: EmployeeCreate,
    provisioning: dict[str, Any] | None = None,
) -> Employee:
    """`provisioning`: the SCIM fields (SCIM_AUDIT_FIELDS) an identity provider sets."""
    values = data.model_dump(exclude={"skills"}) | (provisioning or {})
    values["email"] = values["email"].lower()
    await _check_employee_references(session, values)
    employee = Employee(**values, skills=[])
    await record_status_day(session, [employee])
    apply_skills(employee, [(s.skill, s.level) for s in data.skills])
    session.add(employee)
    await session.flush()
    audit.record(
        session,
        actor,
        "employee.create",
        entity="employee",
        entity_id=employee.id,
        after=employee_snapshot(employee),
    )
    return employee


async def update_employee(
    session: AsyncSession,
    actor: Actor,
    *,
    employee_id: int,
    data: EmployeeUpdate,
    provisioning: dict[str, Any] | None = None,
) -> Employee:
    """`provisioning`: the SCIM fields (SCIM_AUDIT_FIELDS) an identity provider changes."""
    employee = await repository.employee_with_skills(session, employee_id)
    if employee is None:
        raise NotFound("Employee not found")
    changes = data.model_dump(exclude_unset=True)
    required = (
        "full_name",
        "email",
        "department_id",
        "level",
        "hire_date",
        "status",
        "is_managerial",
        "skills",
    )
    for name in required:
        if name in changes and changes[name] is None:
            raise RuleViolation(f"{name} cannot be null", loc=["body", name])
    if "email" in changes:
        changes["email"] = changes["email"].lower()
    await _check_employee_references(session, changes, employee.id)
    skills = changes.pop("skills", None)
    _changed, became_terminated = await apply_changes(
        session,
        actor,
        employee,
        values=changes | (provisioning or {}),
        skills=None if skills is None else [(s["skill"], s["level"]) for s in skills],
    )
    await session.flush()
    if became_terminated:
        await handle_leavers(session, actor, leavers=[employee])
    return employee


async def apply_changes(
    session: AsyncSession,
    actor: Actor,
    employee: Employee,
    *,
    values: dict[str, Any],
    skills: list[tuple[str, int]] | None = None,
) -> tuple[bool, bool]:
    """The one way an employee changes (HR, SCIM, the HRIS sync): set `values` (columns) and,
    when given, the whole list of skills; keep `terminated_on` in step; audit
    `employee.update` with what changed (nothing when nothing did). Returns whether anything
    audited changed, and whether the employee just became terminated: the caller then runs
    `handle_leavers` (once for a batch)."""
    before = employee_snapshot(employee)
    was_terminated = employee.status == EmployeeStatus.TERMINATED
    for name, value in values.items():
        setattr(employee, name, value)
    if skills is not None:
        apply_skills(employee, skills)
    await record_status_day(session, [employee])
    change_set = audit.diff(before, employee_snapshot(employee))
    if change_set["after"]:
        audit.record(
            session,
            actor,
            "employee.update",
            entity="employee",
            entity_id=employee.id,
            changes=change_set,
        )
    return bool(
        change_set["after"]
    ), employee.status == EmployeeStatus.TERMINATED and not was_terminated


@dataclass
class NewEmployee:
    """A new employee of a bulk creation: its columns, skills and team leader (by external id:
    an employee of `ids`, or another new one)."""

    values: dict[str, Any]
    skills: list[tuple[str, int]]
    team_leader: str | None = None


async def create_employees(
    session: AsyncSession, actor: Actor, new: list[NewEmployee], ids: dict[str, int]
) -> None:
    """Many new employees at once (an HRIS sends thousands), with bulk statements: the rows,
    their skills, their team leaders (who may be new themselves), then one `employee.create`
    audit event each, as `create_employee` records it. Every `values` names the same columns,
    `external_id` among them; the caller has checked the references. `ids` maps external ids to
    ids and receives the new ones."""
    if not new:
        return
    today = None
    rows = []
    for item in new:
        row = dict(item.values)
        if row.get("status") == EmployeeStatus.TERMINATED:
            if today is None:
                today = await programme.today(session)
            row["terminated_on"] = today
        else:
            row["terminated_on"] = None  # every row names the same columns (one statement)
        rows.append(row)
    ids.update(await repository.insert_employees(session, rows))
    await repository.insert_skills(
        session,
        [
            {"employee_id": ids[item.values["external_id"]], "skill": skill, "level": level}
            for item in new
            for skill, level in item.skills
        ],
    )
    await repository.set_team_leaders(
        session,
        {
            ids[item.values["external_id"]]: ids[item.team_leader]
            for item in new
            if item.team_leader
        },
    )
    await audit.record_many(
        session,
        actor,
        "employee.create",
        entity="employee",
        events=[
            (
                ids[item.values["external_id"]],
                {
                    "before": None,
                    "after": {
                        **item.values,
                        "team_leader_id": ids.get(item.team_leader or ""),
                        "skills": dict(item.skills),
                    },
                },
            )
            for item in new
        ],
    )


async def record_status_day(session: AsyncSession, employees: list[Employee]) -> None:
    """Keep `terminated_on` in step with `status`: the programme's today when someone becomes
    terminated (the first time), None again when they are back (the impact report's retention
    figures read it)."""
    changed = [
        e
        for e in employees
        if (e.status == EmployeeStatus.TERMINATED) != (e.terminated_on is not None)
    ]
    if not changed:
        return
    today = await programme.today(session)
    for employee in changed:
        employee.terminated_on = today if employee.status == EmployeeStatus.TERMINATED else None


# What happens when people leave is the work of the domains above this one (their logins stop,
# HR is told of their open pairings): `api.offboarding` names its handler here when it is
# loaded (the app and every path that terminates people import it); employees imports none of
# those domains.
LeaversHandler = Callable[[AsyncSession, Actor, list[Employee]], Awaitable[None]]
_leavers_handler: LeaversHandler | None = None


def handle_leavers_with(handler: LeaversHandler) -> None:
    global _leavers_handler
    _leavers_handler = handler


async def handle_leavers(session: AsyncSession, actor: Actor, *, leavers: list[Employee]) -> None:
    """People who just became terminated (by HR, the HRIS sync or SCIM): the handler that
    `api.offboarding` installed acts on them."""
    if not leavers:
        return
    if _leavers_handler is None:
        raise RuntimeError("no handler for leavers: api.offboarding is not loaded")
    await _leavers_handler(session, actor, leavers)


# -- performance reviews -----------------------------------------------------------------


async def list_performance_reviews(
    session: AsyncSession, actor: Actor, page: PageParams, *, employee_id: int
) -> tuple[list[PerformanceReview], str | None]:
    await get_employee(session, actor, employee_id)
    if not await repository.can_see_reviews_of(session, actor, employee_id):
        raise NotFound("Employee not found")
    stmt = keyset(repository.reviews_query(actor, employee_id), page, PerformanceReview.id)
    return page_of((await session.scalars(stmt)).all(), page)


async def create_performance_review(
    session: AsyncSession, actor: Actor, *, employee_id: int, data: PerformanceReviewCreate
) -> PerformanceReview:
    await get_employee(session, actor, employee_id)
    if data.external_id is not None and await repository.review_id_by_external_id(
        session, data.external_id
    ):
        raise Conflict("Another performance review has this external_id")
    review = PerformanceReview(employee_id=employee_id, **data.model_dump())
    session.add(review)
    await session.flush()
    await repository.refresh_rating_histories(session, [employee_id])
    audit.record(
        session,
        actor,
        "performance_review.create",
        entity="performance_review",
        entity_id=review.id,
        after=audit.snapshot(review, REVIEW_AUDIT_FIELDS),
    )
    return review
