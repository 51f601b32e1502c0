from __future__ import annotations

from sqlalchemy import ColumnElement, Select, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.security import Actor, Role
from api.employees.models import Employee
from api.employees.repository import employee_visibility, in_team_scope, sees_everyone
from api.requests.models import PENDING_STATUSES, MentoringRequest


def request_visibility(actor: Actor) -> ColumnElement[bool]:
    """A request is visible with its mentee: HR and services all, a team leader their
    department and the people they lead, an employee their own."""
    if sees_everyone(actor):
        return true()
    if actor.role is Role.TEAM_LEADER and actor.employee_id is not None:
        return in_team_scope(
            actor, MentoringRequest.mentee_department_id, MentoringRequest.mentee_id
        )
    return MentoringRequest.mentee_id.in_(select(Employee.id).where(employee_visibility(actor)))


def requests_query(actor: Actor) -> Select[MentoringRequest]:
    return select(MentoringRequest).where(request_visibility(actor))


async def visible_request(
    session: AsyncSession, actor: Actor, request_id: int, *, for_update: bool = False
) -> MentoringRequest | None:
    stmt = requests_query(actor).where(MentoringRequest.id == request_id)
    if for_update:
        stmt = stmt.with_for_update(of=MentoringRequest)
    return await session.scalar(stmt)


async def pending_request_id(session: AsyncSession, mentee_id: int) -> int | None:
    """The mentee's pending request (awaiting the supervisor, or open), if any."""
    return await session.scalar(
        select(MentoringRequest.id).where(
            MentoringRequest.mentee_id == mentee_id, MentoringRequest.status.in_(PENDING_STATUSES)
        )
    )
