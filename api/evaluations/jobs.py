"""The worker's evaluation job: remind HR of each evaluation date once, shortly before it."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.core.config import Settings
from api.core.jobs import periodic_job
from api.evaluations import service
from api.programme import service as programme


@periodic_job("evaluations.announce_due_soon", interval_seconds=300)
async def announce_due_soon(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
) -> int:
    async with sessionmaker.begin() as session:
        return await service.emit_due_soon(
            session, today=await programme.today(session), days=settings.evaluation_reminder_days
        )
