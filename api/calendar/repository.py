"""The feed's rows and the dated records a feed shows (read-only, columns only: a grievance's
encrypted text is never even loaded)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.auth.models import User
from api.calendar.models import CalendarFeed
from api.employees.models import Employee
from api.grievances.models import OPEN_STATUSES, Grievance
from api.pairings.models import Pairing, PairingStatus
from api.reviews.models import PeriodicReview
from api.reviews.repository import is_pending

Mentor = aliased(Employee, name="mentor")
Mentee = aliased(Employee, name="mentee")


async def feed_of_user(session: AsyncSession, user_id: int) -> CalendarFeed | None:
    return await session.scalar(select(CalendarFeed).where(CalendarFeed.user_id == user_id))


async def active_feed_owner(session: AsyncSession, token_hash: str) -> User | None:
    """The active user whose live feed has this token digest."""
    return await session.scalar(
        select(User)
        .join(CalendarFeed, CalendarFeed.user_id == User.id)
        .where(
            CalendarFeed.token_hash == token_hash,
            CalendarFeed.revoked_at.is_(None),
            User.is_active.is_(True),
        )
    )


def _of_employee(employee_id: int) -> Any:
    return or_(Pairing.mentor_id == employee_id, Pairing.mentee_id == employee_id)


async def pending_reviews(session: AsyncSession, employee_id: int) -> Sequence[Any]:
    """Reviews of the person's active pairings still waiting for forms (scheduled or overdue)."""
    stmt = (
        select(
            PeriodicReview.id,
            PeriodicReview.sequence,
            PeriodicReview.due_date,
            PeriodicReview.updated_at,
            Pairing.id.label("pairing_id"),
            Pairing.mentor_id,
            Mentor.full_name.label("mentor_name"),
            Mentee.full_name.label("mentee_name"),
        )
        .join(Pairing, Pairing.id == PeriodicReview.pairing_id)
        .join(Mentor, Mentor.id == Pairing.mentor_id)
        .join(Mentee, Mentee.id == Pairing.mentee_id)
        .where(
            _of_employee(employee_id),
            Pairing.status == PairingStatus.ACTIVE,
            is_pending(),
        )
        .order_by(PeriodicReview.due_date, PeriodicReview.id)
    )
    return (await session.execute(stmt)).all()


async def evaluations_due(session: AsyncSession, employee_id: int) -> Sequence[Any]:
    stmt = (
        select(
            Pairing.id,
            Pairing.evaluation_due_date,
            Pairing.updated_at,
            Pairing.mentor_id,
            Mentor.full_name.label("mentor_name"),
            Mentee.full_name.label("mentee_name"),
        )
        .join(Mentor, Mentor.id == Pairing.mentor_id)
        .join(Mentee, Mentee.id == Pairing.mentee_id)
        .where(
            _of_employee(employee_id),
            Pairing.status == PairingStatus.ACTIVE,
            Pairing.evaluation_due_date.is_not(None),
        )
        .order_by(Pairing.evaluation_due_date, Pairing.id)
    )
    return (await session.execute(stmt)).all()


async def open_grievance_deadlines(session: AsyncSession) -> Sequence[Any]:
    """Every open grievance's due date, without its (confidential) text."""
    stmt = (
        select(
            Grievance.id,
            Grievance.kind,
            Grievance.status,
            Grievance.due_date,
            Grievance.pairing_id,
            Grievance.updated_at,
        )
        .where(Grievance.status.in_(OPEN_STATUSES))
        .order_by(Grievance.due_date, Grievance.id)
    )
    return (await session.execute(stmt)).all()
