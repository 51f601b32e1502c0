"""Failed sign-ins, counted per account name in the database so every worker sees them.

Unknown names are counted too: the answer (401, then 429) must not reveal whether an
account exists. The counting runs in its own short transaction, because the request's
own transaction is rolled back when the sign-in fails.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.auth.models import LoginThrottle
from api.core.config import Settings
from api.core.db import utcnow
from api.core.errors import TooManyRequests


async def ensure_not_locked(session: AsyncSession, key: str) -> None:
    locked_until = await session.scalar(
        select(LoginThrottle.locked_until).where(LoginThrottle.key == key)
    )
    now = utcnow()
    if locked_until is not None and locked_until > now:
        raise TooManyRequests(
            "Too many failed sign-ins; try again later",
            retry_after=int((locked_until - now).total_seconds()) + 1,
        )


async def record_failure(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, key: str
) -> None:
    now = utcnow()
    window = timedelta(seconds=settings.login_failure_window_seconds)
    async with sessionmaker.begin() as session:
        dialect = session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        await session.execute(
            insert(LoginThrottle)
            .values(key=key, failures=0, window_started_at=now)
            .on_conflict_do_nothing(index_elements=["key"])
        )
        row = await session.scalar(
            select(LoginThrottle).where(LoginThrottle.key == key).with_for_update()
        )
        assert row is not None
        if row.window_started_at < now - window:
            row.failures = 0
            row.window_started_at = now
        row.failures += 1
        if row.failures >= settings.login_max_failures:
            row.locked_until = now + window


async def clear_failures(session: AsyncSession, key: str) -> None:
    await session.execute(delete(LoginThrottle).where(LoginThrottle.key == key))
