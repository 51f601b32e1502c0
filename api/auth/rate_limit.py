"""Request rate limits for service accounts (the HRIS and reporting scripts run unattended).

A fixed one-minute window per account, counted in the database so that every worker shares
it; over the limit the answer is 429 with the seconds to the next window in Retry-After.
People are not limited here (their sign-in is throttled instead)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import case
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.auth.models import RateLimitWindow
from api.core.db import utcnow
from api.core.errors import TooManyRequests
from api.core.security import Actor

WINDOW = timedelta(minutes=1)


async def count_request(
    sessionmaker: async_sessionmaker[AsyncSession], actor: Actor, *, per_minute: int
) -> None:
    """Count one request of a service account; 429 once it is over `per_minute`."""
    if not actor.is_service or per_minute <= 0:
        return
    now = utcnow()
    window = now.replace(second=0, microsecond=0)
    row = RateLimitWindow
    async with sessionmaker.begin() as session:
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        upsert = (
            insert(row)
            .values(key=actor.label, window_start=window, count=1)
            .on_conflict_do_update(
                index_elements=["key"],
                set_={
                    "count": case((row.window_start == window, row.count + 1), else_=1),
                    "window_start": window,
                },
            )
            .returning(row.count)
        )
        count = (await session.execute(upsert)).scalar_one()
    if count > per_minute:
        retry_after = int((window + WINDOW - now).total_seconds()) + 1
        raise TooManyRequests(
            f"More than {per_minute} requests a minute from this service account",
            retry_after=retry_after,
        )
