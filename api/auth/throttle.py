"""Sign-in attempts, counted per account name in the database so every worker sees them.

An attempt is reserved, atomically, before its password is checked: one upsert increments the
count and returns it, so however many requests race, at most `login_max_failures` passwords
are ever checked within the window; the others are refused with 429 without a check. The
count holds failed attempts and those still being checked; a successful sign-in clears it.
The attempt that reaches the limit starts the lock-out (`locked_until`), so that requests
racing it wait too; if it succeeds, clearing the count lifts the lock.

Unknown names are counted too: the answer (401, then 429) must not reveal whether an
account exists. The counting runs in its own short transactions, because the request's
own transaction is rolled back when the sign-in fails.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, delete, literal, null, or_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.auth.models import LoginThrottle
from api.core.config import Settings
from api.core.db import utcnow
from api.core.errors import TooManyRequests


async def reserve_attempt(
    sessionmaker: async_sessionmaker[AsyncSession], settings: Settings, key: str
) -> None:
    """Count one sign-in attempt before its password is checked; 429 once over the limit."""
    now = utcnow()
    window = timedelta(seconds=settings.login_failure_window_seconds)
    limit = settings.login_max_failures
    row = LoginThrottle
    # A count starts again once its window has passed and no lock-out is running, or once
    # the lock-out has passed.
    stamp = row.locked_until.type

    def at(moment: datetime | None) -> Any:
        return null() if moment is None else literal(moment, stamp)

    lock_at_first = now + window if limit <= 1 else None
    expired = or_(
        and_(row.locked_until.is_(None), row.window_started_at <= now - window),
        row.locked_until <= now,
    )
    async with sessionmaker() as session:
        immediate = session.get_bind().dialect.name == "sqlite"
        await session.connection(execution_options={"sqlite_immediate": immediate})
        insert = sqlite_insert if immediate else pg_insert
        upsert = (
            insert(row)
            .values(
                key=key,
                failures=1,
                window_started_at=now,
                locked_until=lock_at_first,
            )
            .on_conflict_do_update(
                index_elements=["key"],
                set_={
                    "failures": case((expired, 1), else_=row.failures + 1),
                    "window_started_at": case((expired, at(now)), else_=row.window_started_at),
                    "locked_until": case(
                        (expired, at(lock_at_first)),
                        (row.locked_until.is_not(None), row.locked_until),
                        (row.failures + 1 >= limit, at(now + window)),
                        else_=null(),
                    ),
                },
            )
            .returning(row.failures, row.window_started_at, row.locked_until)
        )
        attempts, started_at, locked_until = (await session.execute(upsert)).one()
        await session.commit()
    if attempts > limit:
        until = locked_until or started_at + window
        raise TooManyRequests(
            "Too many failed sign-ins; try again later",
            retry_after=int((until - now).total_seconds()) + 1,
        )


async def clear_failures(session: AsyncSession, key: str) -> None:
    await session.execute(delete(LoginThrottle).where(LoginThrottle.key == key))
