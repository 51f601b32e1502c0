"""Periodic reviews: the schedule (PRODUCT.md rule 10)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.dates import add_months
from api.core.db import utcnow
from api.reviews.models import PeriodicReview


def review_dates(start: date, until: date, interval_months: int) -> list[date]:
    """start + k x interval (k = 1, 2, ...) while strictly before `until`."""
    dates = []
    k = 1
    while (due := add_months(start, k * interval_months)) < until:
        dates.append(due)
        k += 1
    return dates


async def schedule(
    session: AsyncSession,
    *,
    pairing_id: int,
    start: date,
    until: date,
    interval_months: int,
) -> list[PeriodicReview]:
    """Schedule the reviews due before `until` that are not scheduled yet (so an extension
    adds only the new ones)."""
    existing = set(
        (
            await session.scalars(
                select(PeriodicReview.due_date).where(PeriodicReview.pairing_id == pairing_id)
            )
        ).all()
    )
    last = await session.scalar(
        select(func.max(PeriodicReview.sequence)).where(PeriodicReview.pairing_id == pairing_id)
    )
    sequence = last or 0
    created = []
    for due in review_dates(start, until, interval_months):
        if due in existing:
            continue
        sequence += 1
        review = PeriodicReview(pairing_id=pairing_id, sequence=sequence, due_date=due)
        session.add(review)
        created.append(review)
    await session.flush()
    return created


async def cancel_open(session: AsyncSession, *, pairing_id: int) -> None:
    """The pairing ended early: reviews without both forms are cancelled."""
    await session.execute(
        update(PeriodicReview)
        .where(
            PeriodicReview.pairing_id == pairing_id,
            PeriodicReview.submitted_at.is_(None),
            PeriodicReview.cancelled_at.is_(None),
        )
        .values(cancelled_at=utcnow())
    )
