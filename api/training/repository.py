from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, exists, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.security import Actor, Role
from api.employees.models import Employee
from api.employees.repository import employee_visibility, in_team_scope, sees_everyone
from api.training.models import TrainingRecord


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


def has_role_training(employee_id: Any, role: str) -> ColumnElement[bool]:
    """SQL: the employee (a column or value) has a role-training record for `role` (what
    `trained_roles` reads, for queries over many pairings at once)."""
    return exists().where(
        TrainingRecord.kind == "role_training",
        TrainingRecord.employee_id == employee_id,
        TrainingRecord.role == role,
    )


async def trained_roles(
    session: AsyncSession, employee_ids: list[int]
) -> set[tuple[int, str | None]]:
    """(employee_id, role) pairs that have a role-training record."""
    rows = await session.execute(
        select(TrainingRecord.employee_id, TrainingRecord.role).where(
            TrainingRecord.kind == "role_training", TrainingRecord.employee_id.in_(employee_ids)
        )
    )
    return {(employee_id, role) for employee_id, role in rows}
