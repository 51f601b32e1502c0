from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.employees.models import PerformanceReview
from api.employees.repository import chunks
from api.mentors.models import MentorProfile
from api.pairings.models import Pairing

# Pairings that hold one of a mentor's slots.
CAPACITY_STATUSES = ("approved", "active")


async def latest_ratings(session: AsyncSession, employee_ids: Iterable[int]) -> dict[int, int]:
    """Each employee's rating in their most recent performance review."""
    ratings: dict[int, int] = {}
    for batch in chunks(employee_ids):
        ranked = (
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
            .where(PerformanceReview.employee_id.in_(batch))
            .subquery()
        )
        rows = await session.execute(
            select(ranked.c.employee_id, ranked.c.rating).where(ranked.c.position == 1)
        )
        ratings.update({employee_id: rating for employee_id, rating in rows})
    return ratings


async def mentee_counts(session: AsyncSession, mentor_ids: Iterable[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for batch in chunks(mentor_ids):
        rows = await session.execute(
            select(Pairing.mentor_id, func.count())
            .where(Pairing.mentor_id.in_(batch), Pairing.status.in_(CAPACITY_STATUSES))
            .group_by(Pairing.mentor_id)
        )
        counts.update({mentor_id: count for mentor_id, count in rows})
    return counts


async def profiles(session: AsyncSession, employee_ids: Iterable[int]) -> dict[int, MentorProfile]:
    found: dict[int, MentorProfile] = {}
    for batch in chunks(employee_ids):
        for profile in await session.scalars(
            select(MentorProfile).where(MentorProfile.employee_id.in_(batch))
        ):
            found[profile.employee_id] = profile
    return found
