from __future__ import annotations

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.security import Actor, Role
from api.employees.models import Employee
from api.employees.repository import employee_visibility
from api.pairings.models import OPEN_STATUSES, Pairing


def pairing_visibility(actor: Actor) -> ColumnElement[bool]:
    """HR and reporting: all. A team leader: pairings of people in their scope (department and
    the people they lead). An employee: the pairings they are mentor or mentee of."""
    if actor.role is Role.EMPLOYEE:
        return or_(Pairing.mentee_id == actor.employee_id, Pairing.mentor_id == actor.employee_id)
    scope = select(Employee.id).where(employee_visibility(actor))
    return or_(Pairing.mentee_id.in_(scope), Pairing.mentor_id.in_(scope))


def pairings_query(actor: Actor) -> Select[Pairing]:
    return select(Pairing).where(pairing_visibility(actor))


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


async def lock_employee(session: AsyncSession, employee_id: int) -> None:
    """Serialise decisions about one person (capacity, one open pairing) on PostgreSQL; on
    SQLite a writing request already holds the database's write lock."""
    await session.execute(select(Employee.id).where(Employee.id == employee_id).with_for_update())
