from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    exists,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    true,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.core.pagination import PageParams, paged
from api.core.security import Actor, Role, built_per_reader
from api.employees.listfilters import in_department, narrowed
from api.employees.models import Employee
from api.employees.people import person_columns, summary_of
from api.employees.repository import employee_visibility, in_team_scope, sees_everyone
from api.training.models import TrainingKind, TrainingRecord


def training_visibility(actor: Actor) -> ColumnElement[bool]:
    """Visible with the trainee (HR and services all, team leaders their scope, employees their
    own); a trainer also sees what they recorded."""
    if sees_everyone(actor):
        return true()
    if actor.role is Role.TEAM_LEADER and actor.employee_id is not None:
        visible = in_team_scope(
            actor, TrainingRecord.employee_department_id, TrainingRecord.employee_id
        )
    else:
        visible = TrainingRecord.employee_id.in_(
            select(Employee.id).where(employee_visibility(actor))
        )
    if actor.employee_id is not None:
        return or_(visible, TrainingRecord.trainer_id == actor.employee_id)
    return visible


def training_query(actor: Actor) -> Select[TrainingRecord]:
    return select(TrainingRecord).where(training_visibility(actor))


async def visible_record(
    session: AsyncSession, actor: Actor, record_id: int
) -> TrainingRecord | None:
    return await session.scalar(training_query(actor).where(TrainingRecord.id == record_id))


# Built once: an alias costs more Python to build than the page's query takes to run.
_TRAINEE = aliased(Employee, name="trainee")
_TRAINER = aliased(Employee, name="trainer")


@built_per_reader
def _page_query(actor: Actor) -> Select[Any]:
    """The list's statement before its filters."""
    return (
        training_query(actor)
        .add_columns(*person_columns(_TRAINEE, "employee"), *person_columns(_TRAINER, "trainer"))
        .join(_TRAINEE, _TRAINEE.id == TrainingRecord.employee_id)
        .outerjoin(_TRAINER, _TRAINER.id == TrainingRecord.trainer_id)
    )


async def list_page(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    employee_id: int | None,
    pairing_id: int | None,
    kind: TrainingKind | None,
    date_from: date | None,
    date_to: date | None,
    department_id: int | None = None,
) -> list[tuple[TrainingRecord, dict[str, Any] | None, dict[str, Any] | None]]:
    """A page of records, each with its trainee and trainer (if any) by name (`PersonSummary`
    fields), in one statement."""
    stmt = _page_query(actor)
    if employee_id is not None:
        stmt = stmt.where(TrainingRecord.employee_id == employee_id)
    if pairing_id is not None:
        stmt = stmt.where(TrainingRecord.pairing_id == pairing_id)
    if kind is not None:
        stmt = stmt.where(TrainingRecord.kind == kind)
    if date_from is not None:
        stmt = stmt.where(TrainingRecord.date >= date_from)
    if date_to is not None:
        stmt = stmt.where(TrainingRecord.date <= date_to)
    stmt = narrowed(stmt, in_department(TrainingRecord.employee_id, department_id))
    return [
        (record, summary_of(*people[0:4]), summary_of(*people[4:8]))
        for record, *people in await session.execute(*paged(stmt, page, TrainingRecord.id))
    ]


async def employee(session: AsyncSession, employee_id: int) -> Employee | None:
    return await session.get(Employee, employee_id)


async def participants(
    session: AsyncSession, mentor_id: int, mentee_id: int
) -> tuple[Employee, Employee]:
    mentor = await session.get(Employee, mentor_id)
    mentee = await session.get(Employee, mentee_id)
    assert mentor is not None and mentee is not None
    return mentor, mentee


def has_role_training(employee_id: Any, role: str) -> ColumnElement[bool]:
    """SQL: the employee (a column or value) has a role-training record for `role` (what
    `trained_roles` reads, for queries over many pairings at once)."""
    return exists().where(
        TrainingRecord.kind == TrainingKind.ROLE_TRAINING,
        TrainingRecord.employee_id == employee_id,
        TrainingRecord.role == role,
    )


def role_training_flag(employee_id: Any, role: str) -> ColumnElement[bool]:
    """`has_role_training` as a column of a page's rows, looked up by index for each row.

    PostgreSQL may plan an EXISTS in the select list as a hashed subplan over every role-training
    record (it expects the 20,000 rows before the page's LIMIT): 100,000 records read for a
    50-row page. A scalar subquery is never hashed. Its constants are written into the SQL,
    not sent as parameters: PostgreSQL then keeps one generic plan of the page's prepared
    statement instead of planning it on every request (tests/test_query_counts.py)."""
    found = (
        select(true())
        .where(
            TrainingRecord.kind == literal(TrainingKind.ROLE_TRAINING, literal_execute=True),
            TrainingRecord.employee_id == employee_id,
            TrainingRecord.role == literal(role, literal_execute=True),
        )
        .limit(literal_column("1"))
        .scalar_subquery()
    )
    return func.coalesce(found, false())


async def trained_roles(
    session: AsyncSession, employee_ids: list[int]
) -> set[tuple[int, str | None]]:
    """(employee_id, role) pairs that have a role-training record."""
    rows = await session.execute(
        select(TrainingRecord.employee_id, TrainingRecord.role).where(
            TrainingRecord.kind == TrainingKind.ROLE_TRAINING,
            TrainingRecord.employee_id.in_(employee_ids),
        )
    )
    return {(employee_id, role) for employee_id, role in rows}
