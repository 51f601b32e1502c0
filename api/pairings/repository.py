from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Integer,
    Select,
    and_,
    bindparam,
    exists,
    false,
    func,
    or_,
    select,
    true,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.core.security import Actor, Role
from api.core.sqljson import json_array
from api.core.sqlsets import in_handful
from api.employees.models import Employee
from api.employees.people import person_columns
from api.employees.repository import led_by, own_department, sees_everyone
from api.pairings.models import (
    CAPACITY_STATUSES,
    OPEN_STATUSES,
    Pairing,
    PairingAcknowledgement,
    PairingApproval,
    PairingStatus,
)
from api.training.repository import has_role_training, role_training_flag


def pairing_visibility(actor: Actor) -> ColumnElement[bool]:
    """HR and reporting: all. A team leader: pairings of people in their scope (department and
    the people they lead). An employee: the pairings they are mentor or mentee of."""
    # Those who see everyone get no predicate at all: `IN (SELECT id FROM employees)` is
    # still planned as a semi-join over every employee.
    if sees_everyone(actor):
        return true()
    if actor.role is Role.EMPLOYEE:
        return or_(Pairing.mentee_id == actor.employee_id, Pairing.mentor_id == actor.employee_id)
    if actor.role is not Role.TEAM_LEADER or actor.employee_id is None:
        return false()
    # A team leader (employee_visibility's scope: their department and the people they lead):
    # the departments copied onto the pairing (kept by triggers) are compared on the pairing's
    # own row; the people they lead are a handful, looked up once.
    department = own_department(actor.employee_id)
    led = led_by(actor.employee_id)
    return or_(
        Pairing.mentee_department_id == department,
        Pairing.mentor_department_id == department,
        in_handful(Pairing.mentee_id, led),
        in_handful(Pairing.mentor_id, led),
    )


def leads_mentee(actor: Actor, mentee: Any = None) -> ColumnElement[bool]:
    """SQL: the actor is the pairing's mentee's team leader, or a team leader of the mentee's
    department (policy.supervises reads it). `mentee`: the mentee's row when the statement joins
    it already (read on the row; as a subquery PostgreSQL hashes the whole department)."""
    if actor.role is not Role.TEAM_LEADER or actor.employee_id is None:
        return false()
    if mentee is not None:
        return or_(
            mentee.team_leader_id == actor.employee_id,
            mentee.department_id == own_department(actor.employee_id),
        )
    return exists().where(
        Employee.id == Pairing.mentee_id,
        or_(
            Employee.team_leader_id == actor.employee_id,
            Employee.department_id == own_department(actor.employee_id),
        ),
    )


async def caller_leads_mentee(session: AsyncSession, actor: Actor, pairing_id: int) -> bool:
    if actor.role is not Role.TEAM_LEADER or actor.employee_id is None:
        return False
    return bool(await session.scalar(select(leads_mentee(actor)).where(Pairing.id == pairing_id)))


def approved_as(role: str) -> ColumnElement[bool]:
    """SQL: the pairing has the approval of `role` (team_leader or hr_admin)."""
    return exists().where(PairingApproval.pairing_id == Pairing.id, PairingApproval.role == role)


def acknowledged_by(employee_id: Any) -> ColumnElement[bool]:
    """SQL: this participant (a column or value) has acknowledged the agreement."""
    return exists().where(
        PairingAcknowledgement.pairing_id == Pairing.id,
        PairingAcknowledgement.employee_id == employee_id,
    )


def ready_to_activate() -> ColumnElement[bool]:
    """SQL: every condition of the activation holds, as `service.unmet_activation_conditions`
    checks them one pairing at a time: approved, acknowledged by both, both role-trained."""
    return and_(
        Pairing.status == PairingStatus.APPROVED,
        acknowledged_by(Pairing.mentor_id),
        acknowledged_by(Pairing.mentee_id),
        has_role_training(Pairing.mentor_id, "mentor"),
        has_role_training(Pairing.mentee_id, "mentee"),
    )


def pairings_query(actor: Actor) -> Select[Pairing]:
    return select(Pairing).where(pairing_visibility(actor))


# Lists read plain rows, the approvals and acknowledgements built as JSON in the same query.
LIST_COLUMNS = tuple(
    column
    for column in Pairing.__table__.c
    if column.key not in ("evaluation_reminded_for", "mentee_department_id", "mentor_department_id")
)


# Built once: an alias costs more Python to build than a page's query takes to run.
_MENTOR = aliased(Employee, name="mentor")
_MENTEE = aliased(Employee, name="mentee")


def pairing_rows_query(actor: Actor, *, dialect: str) -> Select[Any]:
    """The pairings the actor sees as the list answers them, its people by name (`mentor__*`,
    `mentee__*`: `people.take_people`) and what the policy reads, in one statement. Built once
    per kind of caller: building it is a millisecond of Python, as long as running it."""
    return _rows_query(actor.role, actor.employee_id, dialect)


def pairing_row_query(actor: Actor, *, dialect: str) -> Select[Any]:
    """`pairing_rows_query` of one pairing, its id the parameter `pairing_id`: built once per
    kind of caller too (the cache key of a new statement this size costs half a millisecond)."""
    return _row_query(actor.role, actor.employee_id, dialect)


@lru_cache(maxsize=1024)
def _row_query(role: Role, employee_id: int | None, dialect: str) -> Select[Any]:
    one = Pairing.id == bindparam("pairing_id", type_=Integer)
    return _rows_query(role, employee_id, dialect).where(one)


@lru_cache(maxsize=1024)
def _rows_query(role: Role, employee_id: int | None, dialect: str) -> Select[Any]:
    # The statement reads only the actor's role and employee (visibility, leads_mentee).
    actor = Actor(kind="user", id=0, role=role, employee_id=employee_id)
    mentor, mentee = _MENTOR, _MENTEE
    approvals = json_array(
        dialect,
        {
            "id": PairingApproval.id,
            "role": PairingApproval.role,
            "by": PairingApproval.by,
            "at": PairingApproval.at,
        },
        where=PairingApproval.pairing_id == Pairing.id,
        order_by=PairingApproval.id,
    )
    acknowledgements = json_array(
        dialect,
        {
            "id": PairingAcknowledgement.id,
            "employee_id": PairingAcknowledgement.employee_id,
            "at": PairingAcknowledgement.at,
            "purpose_statement": PairingAcknowledgement.purpose_statement,
        },
        where=PairingAcknowledgement.pairing_id == Pairing.id,
        order_by=PairingAcknowledgement.id,
    )
    # What the policy reads besides the row (allowed_actions), in the same statement.
    return (
        select(
            *LIST_COLUMNS,
            approvals.label("approvals"),
            acknowledgements.label("acknowledgements"),
            leads_mentee(actor, mentee).label("leads_mentee"),
            role_training_flag(Pairing.mentor_id, "mentor").label("mentor_trained"),
            role_training_flag(Pairing.mentee_id, "mentee").label("mentee_trained"),
            *person_columns(mentor, "mentor"),
            *person_columns(mentee, "mentee"),
        )
        .join(mentor, mentor.id == Pairing.mentor_id)
        .join(mentee, mentee.id == Pairing.mentee_id)
        .where(pairing_visibility(actor))
    )


async def visible_pairing(
    session: AsyncSession, actor: Actor, pairing_id: int, *, for_update: bool = False
) -> Pairing | None:
    stmt = pairings_query(actor).where(Pairing.id == pairing_id)
    if for_update:
        stmt = stmt.with_for_update(of=Pairing)
    return await session.scalar(stmt.execution_options(populate_existing=for_update))


async def open_pairing_of_mentee(session: AsyncSession, mentee_id: int) -> int | None:
    return await session.scalar(
        select(Pairing.id).where(Pairing.mentee_id == mentee_id, Pairing.status.in_(OPEN_STATUSES))
    )


async def open_pairings_of(session: AsyncSession, employee_ids: list[int]) -> list[Pairing]:
    """The proposed, approved and active pairings these people are mentor or mentee of."""
    stmt = (
        select(Pairing)
        .where(
            Pairing.status.in_(OPEN_STATUSES),
            or_(Pairing.mentor_id.in_(employee_ids), Pairing.mentee_id.in_(employee_ids)),
        )
        .order_by(Pairing.id)
    )
    return list((await session.scalars(stmt)).all())


def held_pairings(candidates: FromClause) -> Select[int, int]:
    """(mentor_id, held): for each of the candidates (a selectable with an `id` column), the
    pairings holding one of their slots. Mentor eligibility joins it (`mentors.ports`)."""
    return (
        select(Pairing.mentor_id, func.count().label("held"))
        .join(candidates, candidates.c.id == Pairing.mentor_id)
        .where(Pairing.status.in_(CAPACITY_STATUSES))
        .group_by(Pairing.mentor_id)
    )


async def lock_employee(session: AsyncSession, employee_id: int) -> None:
    """Serialise decisions about one person (capacity, one open pairing) on PostgreSQL; on
    SQLite a writing request already holds the database's write lock."""
    await session.execute(select(Employee.id).where(Employee.id == employee_id).with_for_update())
