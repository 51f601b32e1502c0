"""The worker's grievance jobs: warn HR of each deadline the working day before, announce
each SLA breach; once each."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.core.config import Settings
from api.core.jobs import periodic_job
from api.grievances import service
from api.programme import service as programme


@periodic_job("grievances.announce_breaches", interval_seconds=300)
async def announce_breaches(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
) -> int:
    async with sessionmaker.begin() as session:
        return await service.emit_breaches(session, today=await programme.today(session))


@periodic_job("grievances.announce_deadlines", interval_seconds=300)
async def announce_deadlines(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings
) -> int:
    async with sessionmaker.begin() as session:
        today, calendar = await programme.today_and_calendar(session)
        return await service.emit_deadlines(session, today=today, calendar=calendar)
