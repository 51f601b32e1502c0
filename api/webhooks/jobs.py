"""The worker's webhook delivery: on every round, before the periodic jobs, up to a batch of
the deliveries that are due."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.core.config import Settings
from api.core.jobs import every_round
from api.webhooks.delivery import deliver_due

BATCH = 100


@every_round("webhooks.deliver_due", batch=BATCH)
async def deliver(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, batch: int
) -> int:
    return await deliver_due(sessionmaker, settings, limit=batch)
