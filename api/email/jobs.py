"""The worker's e-mail job: send the queued e-mails that are due."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.core.config import Settings
from api.core.jobs import periodic_job
from api.email.delivery import send_due

BATCH = 100


@periodic_job("email.send_due", interval_seconds=5)
async def send_emails(sessionmaker: async_sessionmaker[AsyncSession], settings: Settings) -> int:
    return await send_due(sessionmaker, settings, limit=BATCH)
