"""Queries of the people domain, and the one place that decides which rows an actor sees."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    Text,
    bindparam,
    exists,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from api.core import bulk
from api.core.db import fetch_dicts
from api.core.security import Actor, Role
from api.core.sqljson import json_array
from api.core.sqlsets import in_handful
from api.employees.models import Department, Employee, EmployeeSkill, PerformanceReview
from api.employees.schemas import EmployeeFilters

# Chunk size for IN (...) lookups: well under SQLite's and PostgreSQL's parameter limits.
IN_CHUNK = 1000


def own_department(employee_id: int) -> Any:
    return select(Employee.department_id).where(Employee.id == employee_id).scalar_subquery()


def sees_everyone(actor: Actor) -> bool:
    """HR and the services see every employee (and so every record kept with one)."""
    return actor.role in (Role.HR_ADMIN, Role.HRIS, Role.REPORTING)


def employee_visibility(
    actor: Actor, employee: type[Employee] | Any = Employee
) -> ColumnElement[bool]:
    """HR and services: everyone. A team leader: their department (to find peers to mentor)
    and the people they lead. An employee: themself. (`employee`: an alias to test instead.)"""
    if sees_everyone(actor):
        return true()
    if actor.employee_id is None:
        return false()
    if actor.role is Role.TEAM_LEADER:
        return or_(
            employee.department_id == own_department(actor.employee_id),
            employee.team_leader_id == actor.employee_id,
        )
    return employee.id == actor.employee_id


def led_by(team_leader_id: int) -> Select[int]:
    """The ids of the people a team leader leads: a handful, compared with `in_handful` so
    PostgreSQL plans for a handful."""
    return select(Employee.id).where(Employee.team_leader_id == team_leader_id)


def in_team_scope(actor: Actor, department: Any, person: Any) -> ColumnElement[bool]:
    """A team leader's scope (as `employee_visibility`: their department and the people they
    lead) on a record that carries a copy of its person's department (`department`, kept by
    database triggers) beside the person (`person`): compared on the record's own row, so a
    page is read in id order without looking up the person of every record it passes."""
    assert actor.employee_id is not None
    return or_(
        department == own_department(actor.employee_id),
        in_handful(person, led_by(actor.employee_id)),
    )


def performance_review_visibility(actor: Actor) -> ColumnElement[bool]:
    """Performance reviews: HR and services all; a team leader those of the people they lead
    and their own; an employee their own."""
    if sees_everyone(actor):
        return true()
    if actor.employee_id is None:
        return false()
    if actor.role is Role.TEAM_LEADER:
        return or_(
            PerformanceReview.employee_id == actor.employee_id,
            in_handful(PerformanceReview.employee_id, led_by(actor.employee_id)),
        )
    return PerformanceReview.employee_id == actor.employee_id


def like_pattern(text: str) -> str:
    """A LIKE pattern matching `text` anywhere, with its own wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def departments_query(
    *, q: str | None = None, external_id: str | None = None
) -> Select[Department]:
    stmt = select(Department)
    if external_id is not None:
        stmt = stmt.where(Department.external_id == external_id)
    if q:
        stmt = stmt.where(Department.name.ilike(like_pattern(q), escape="\\"))
    return stmt


async def department_id_by_external_id(session: AsyncSession, external_id: str) -> int | None:
    return await session.scalar(select(Department.id).where(Department.external_id == external_id))


async def employee_exists(session: AsyncSession, employee_id: int) -> bool:
    return bool(await session.scalar(select(exists().where(Employee.id == employee_id))))


async def employee_status(session: AsyncSession, employee_id: int) -> str | None:
    return await session.scalar(select(Employee.status).where(Employee.id == employee_id))


async def employee_id_by(session: AsyncSession, field: str, value: Any) -> int | None:
    """The id of the employee whose unique `field` (email, employee_number, external_id)
    holds `value`."""
    column = getattr(Employee, field)
    return await session.scalar(select(Employee.id).where(column == value))


# Lists read plain columns, not ORM objects: a page of 50 is the hottest read of the API.
EMPLOYEE_COLUMNS = tuple(Employee.__table__.c)


# The filters of the employee list, in the order the statement applies them.
EMPLOYEE_FILTERS = (
    "external_id",
    "department_id",
    "team_leader_id",
    "status",
    "level",
    "is_managerial",
    "q",
)


def employees_query(
    actor: Actor, filters: EmployeeFilters, *, dialect: str
) -> tuple[Select[Any], dict[str, Any]]:
    """The employees the actor may see, filtered, each with their skills (one statement), and
    the filters' values to run it with. The statement is built once per kind of reader and set
    of filters, the values being parameters: building it (the skills' JSON subquery, the
    visibility) costs as much Python as running it, and the same statement object lets
    SQLAlchemy skip computing its cache key (`pagination.paged` keeps its paged form too)."""
    values = {
        name: value for name in EMPLOYEE_FILTERS if (value := getattr(filters, name)) is not None
    }
    if values.get("q") == "":
        del values["q"]  # an empty search matches everyone
    elif "q" in values:
        values["q"] = like_pattern(values["q"])
    stmt = _employees_statement(actor.role, actor.employee_id, dialect, tuple(values))
    return stmt, {f"filter_{name}": value for name, value in values.items()}


@lru_cache(maxsize=1024)
def _employees_statement(
    role: Role, employee_id: int | None, dialect: str, filtered: tuple[str, ...]
) -> Select[Any]:
    # The statement reads only the actor's role and employee (employee_visibility).
    actor = Actor(kind="user", id=0, role=role, employee_id=employee_id)
    stmt = select(*EMPLOYEE_COLUMNS, skills_column(dialect)).where(employee_visibility(actor))
    for name in filtered:
        if name == "q":
            pattern = bindparam("filter_q", type_=String)
            stmt = stmt.where(
                or_(
                    Employee.full_name.ilike(pattern, escape="\\"),
                    Employee.email.ilike(pattern, escape="\\"),
                    Employee.employee_number.ilike(pattern, escape="\\"),
                )
            )
        else:
            stmt = stmt.where(getattr(Employee, name) == bindparam(f"filter_{name}"))
    return stmt


def skills_column(dialect: str) -> ColumnElement[list[dict[str, Any]]]:
    """Each listed employee's skills, `[{skill, level}]`, built in the page's own query."""
    return json_array(
        dialect,
        {"skill": EmployeeSkill.skill, "level": EmployeeSkill.level},
        where=EmployeeSkill.employee_id == Employee.id,
        # Code point order, as the read model sorts them (a database's own collation may not).
        order_by=EmployeeSkill.skill.collate("C"),
    ).label("skills")


async def visible_employee(
    session: AsyncSession, actor: Actor, employee_id: int, *, with_skills: bool = True
) -> Employee | None:
    stmt = select(Employee).where(Employee.id == employee_id, employee_visibility(actor))
    if with_skills:
        stmt = stmt.options(selectinload(Employee.skills))
    return await session.scalar(stmt)


async def visible_employee_row(
    session: AsyncSession, actor: Actor, employee_id: int
) -> dict[str, Any] | None:
    """One employee as a plain row with their skills, as the list reads them (one statement,
    no ORM object: the read of one record is as hot as a page)."""
    stmt = _employee_row_statement(actor.role, actor.employee_id, session.get_bind().dialect.name)
    rows = await fetch_dicts(session, stmt, {"employee_id": employee_id})
    return rows[0] if rows else None


@lru_cache(maxsize=1024)
def _employee_row_statement(role: Role, employee_id: int | None, dialect: str) -> Select[Any]:
    """`visible_employee_row`'s statement, built once per kind of reader (the record's id is
    a parameter), like the list's."""
    stmt, _ = employees_query(
        Actor(kind="user", id=0, role=role, employee_id=employee_id),
        EmployeeFilters(),
        dialect=dialect,
    )
    return stmt.where(Employee.id == bindparam("employee_id", type_=Integer))


async def employee_with_skills(session: AsyncSession, employee_id: int) -> Employee | None:
    return await session.scalar(
        select(Employee).where(Employee.id == employee_id).options(selectinload(Employee.skills))
    )


def reviews_query(actor: Actor, employee_id: int) -> Select[PerformanceReview]:
    return select(PerformanceReview).where(
        PerformanceReview.employee_id == employee_id, performance_review_visibility(actor)
    )


async def can_see_reviews_of(session: AsyncSession, actor: Actor, employee_id: int) -> bool:
    if sees_everyone(actor):
        return True
    if actor.employee_id == employee_id:
        return True
    if actor.role is Role.TEAM_LEADER:
        leader = await session.scalar(
            select(Employee.team_leader_id).where(Employee.id == employee_id)
        )
        return leader is not None and leader == actor.employee_id
    return False


def chunks(values: Iterable[Any], size: int = IN_CHUNK) -> Iterable[list[Any]]:
    batch: list[Any] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def departments_by_external_id(
    session: AsyncSession, external_ids: Iterable[str]
) -> dict[str, Department]:
    found: dict[str, Department] = {}
    for batch in chunks(set(external_ids)):
        for dept in await session.scalars(
            select(Department).where(Department.external_id.in_(batch))
        ):
            assert dept.external_id is not None
            found[dept.external_id] = dept
    return found


async def employees_by_external_id(
    session: AsyncSession, external_ids: Iterable[str]
) -> dict[str, Employee]:
    found: dict[str, Employee] = {}
    for batch in chunks(set(external_ids)):
        rows = await session.scalars(
            select(Employee)
            .where(Employee.external_id.in_(batch))
            .options(selectinload(Employee.skills))
        )
        for employee in rows:
            assert employee.external_id is not None
            found[employee.external_id] = employee
    return found


async def employees_with_skills(
    session: AsyncSession, employee_ids: Iterable[int]
) -> dict[int, Employee]:
    """The employees (ORM objects, for a change) with their skills, by id."""
    found: dict[int, Employee] = {}
    for batch in chunks(set(employee_ids)):
        rows = await session.scalars(
            select(Employee).where(Employee.id.in_(batch)).options(selectinload(Employee.skills))
        )
        for employee in rows:
            found[employee.id] = employee
    return found


# What a bulk sync compares a stored employee with: its columns and skills as plain values (no
# ORM objects for the thousands of employees that did not change).
STORED_COLUMNS = tuple(
    c for c in Employee.__table__.c if c.name not in ("created_at", "updated_at", "rating_history")
)


async def stored_employees(
    session: AsyncSession, external_ids: Iterable[str]
) -> dict[str, dict[str, Any]]:
    """Employees by external id, each a dict of its columns and `skills` ({skill: level})."""
    found: dict[str, dict[str, Any]] = {}
    for batch in chunks(set(external_ids)):
        rows = await session.execute(select(*STORED_COLUMNS).where(Employee.external_id.in_(batch)))
        by_id = {}
        for row in rows.mappings():
            employee = {**row, "skills": {}}
            found[row["external_id"]] = by_id[row["id"]] = employee
        skills = await session.execute(
            select(EmployeeSkill.employee_id, EmployeeSkill.skill, EmployeeSkill.level).where(
                EmployeeSkill.employee_id.in_(list(by_id))
            )
        )
        for employee_id, skill, level in skills:
            by_id[employee_id]["skills"][skill] = level
    return found


async def insert_employees(session: AsyncSession, rows: list[dict[str, Any]]) -> dict[str, int]:
    """New employees in one bulk INSERT (every row names the same columns, `external_id`
    among them); their ids by external id."""
    created = await bulk.insert_rows(
        session, Employee, rows, returning=(Employee.id, Employee.external_id)
    )
    return {str(external_id): employee_id for employee_id, external_id in created}


async def insert_skills(session: AsyncSession, rows: list[dict[str, Any]]) -> None:
    """Skills (employee_id, skill, level) in one bulk INSERT."""
    await bulk.insert_rows(session, EmployeeSkill, rows)


async def set_team_leaders(session: AsyncSession, leaders: dict[int, int]) -> None:
    """Each employee's team leader ({employee id: leader id}) in one bulk UPDATE."""
    await bulk.update_rows(
        session,
        Employee,
        [{"id": employee_id, "team_leader_id": leader} for employee_id, leader in leaders.items()],
    )


async def employee_owners(
    session: AsyncSession, column: Any, values: Iterable[str]
) -> dict[str, tuple[int, str | None]]:
    """Map each taken value of a unique column (email, employee number) to (id, external_id)."""
    owners: dict[str, tuple[int, str | None]] = {}
    for batch in chunks(set(values)):
        rows = await session.execute(
            select(column, Employee.id, Employee.external_id).where(column.in_(batch))
        )
        for value, employee_id, external_id in rows:
            owners[value] = (employee_id, external_id)
    return owners


async def reviews_by_external_id(
    session: AsyncSession, external_ids: Iterable[str]
) -> dict[str, PerformanceReview]:
    found: dict[str, PerformanceReview] = {}
    for batch in chunks(set(external_ids)):
        for review in await session.scalars(
            select(PerformanceReview).where(PerformanceReview.external_id.in_(batch))
        ):
            assert review.external_id is not None
            found[review.external_id] = review
    return found


async def review_id_by_external_id(session: AsyncSession, external_id: str) -> int | None:
    return await session.scalar(
        select(PerformanceReview.id).where(PerformanceReview.external_id == external_id)
    )


async def latest_rating(session: AsyncSession, employee_id: int) -> int | None:
    return await session.scalar(
        select(PerformanceReview.rating)
        .where(PerformanceReview.employee_id == employee_id)
        .order_by(PerformanceReview.period_end.desc(), PerformanceReview.id.desc())
        .limit(1)
    )


# The packed code of a review: its period end as days since 1970-01-01, times 10, plus the
# rating (1-5), as 7 digits (zero-padded: codes then sort as text in date order, and a reader
# needs no parsing to compare them).
_CODE = {
    "postgresql": "(performance_reviews.period_end - DATE '1970-01-01') * 10"
    " + performance_reviews.rating",
    "sqlite": "CAST(julianday(performance_reviews.period_end) - 2440587.5 AS INTEGER) * 10"
    " + performance_reviews.rating",
}
_CHUNK = 500


def rating_history_of_employee(dialect: str) -> Any:
    """A correlated scalar subquery: the packed ratings of `employees.id`, or NULL."""
    code: Any = literal_column(_CODE[dialect])
    if dialect == "postgresql":
        # In date order (PostgreSQL guarantees an aggregate's ORDER BY).
        packed = func.string_agg(
            func.lpad(func.cast(code, Text), 7, "0"), aggregate_order_by(literal(","), code)
        )
        return (
            select(packed)
            .where(PerformanceReview.employee_id == Employee.id)
            .correlate(Employee)
            .scalar_subquery()
        )
    # SQLite: in no promised order (readers on SQLite sort).
    padded = func.printf("%07d", code)
    return (
        select(func.group_concat(padded, ","))
        .where(PerformanceReview.employee_id == Employee.id)
        .correlate(Employee)
        .scalar_subquery()
    )


async def refresh_rating_histories(session: AsyncSession, employee_ids: Iterable[int]) -> None:
    """Recompute `employees.rating_history` of these employees from their reviews (call after
    writing reviews, with the employees whose reviews changed, before and after a move)."""
    ids = sorted(set(employee_ids))
    if not ids:
        return
    await session.flush()
    history = rating_history_of_employee(session.get_bind().dialect.name)
    for start in range(0, len(ids), _CHUNK):
        await session.execute(
            update(Employee)
            .where(Employee.id.in_(ids[start : start + _CHUNK]))
            .values(rating_history=history)
            .execution_options(synchronize_session=False)
        )
