"""The worker's review jobs: remind of reviews due soon, announce newly overdue ones; once
each."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.core.config import Settings
from api.core.jobs import periodic_job
from api.programme import service as programme
from api.reviews import service


@periodic_job("reviews.announce_overdue", interval_seconds=300)
async def announce_overdue(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
) -> int:
    async with sessionmaker.begin() as session:
        return await service.emit_overdue(session, today=await programme.today(session))


@periodic_job("reviews.announce_due_soon", interval_seconds=300)
async def announce_due_soon(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
) -> int:
    async with sessionmaker.begin() as session:
        return await service.emit_due_soon(
            session, today=await programme.today(session), days=settings.review_reminder_days
        )
