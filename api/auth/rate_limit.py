"""Request rate limits for service accounts (the HRIS and reporting scripts run unattended).

No 60-second window may hold more than the limit's requests, wherever its edges fall (a
fixed per-minute window lets twice the limit through across a minute's boundary, and so do
a token bucket or GCRA whose burst is the limit). The admitted requests are counted per
account in one-second buckets in the database, shared by every worker: any 60-second window
lies within 61 consecutive one-second buckets, so a request is admitted only while the last
61 buckets hold fewer than the limit. Refused requests are not counted. The decisions of one
account are serialised by a lock on its row; older buckets are deleted as they leave.
Over the limit the answer is 429, with the seconds until enough old buckets have left the
window in Retry-After. People are not limited here (their sign-in is throttled instead)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.auth import repository
from api.auth.models import RateLimitBucket
from api.core.db import utcnow
from api.core.errors import TooManyRequests, Unauthorized
from api.core.security import Actor

# Any 60-second window lies within this many consecutive one-second buckets.
BUCKETS = 61


async def count_request(
    sessionmaker: async_sessionmaker[AsyncSession], actor: Actor, *, per_minute: int
) -> None:
    """Count one request of a service account; 429 if it would make any 60 seconds hold more
    than `per_minute` requests."""
    if not actor.is_service or per_minute <= 0:
        return
    now = utcnow().timestamp()
    second = math.floor(now)
    bucket = RateLimitBucket
    of_account = bucket.key == actor.label
    async with sessionmaker() as session:
        sqlite = session.get_bind().dialect.name == "sqlite"
        await session.connection(execution_options={"sqlite_immediate": sqlite})
        # One decision at a time per account: the count read is the count written.
        if not await repository.lock_service_account(session, actor.id):
            raise Unauthorized("The account no longer exists")
        await session.execute(delete(bucket).where(of_account, bucket.second <= second - BUCKETS))
        rows = await session.execute(
            select(bucket.second, bucket.count).where(of_account).order_by(bucket.second)
        )
        counts = [(oldest, count) for oldest, count in rows]
        admitted = sum(count for _, count in counts)
        if admitted < per_minute:
            insert = sqlite_insert if sqlite else pg_insert
            await session.execute(
                insert(bucket)
                .values(key=actor.label, second=second, count=1)
                .on_conflict_do_update(
                    index_elements=["key", "second"], set_={"count": bucket.count + 1}
                )
            )
        await session.commit()
    if admitted >= per_minute:
        raise TooManyRequests(
            f"More than {per_minute} requests within 60 seconds from this service account",
            retry_after=_seconds_until_admitted(counts, admitted - per_minute + 1, now),
        )


def _seconds_until_admitted(counts: Sequence[tuple[int, int]], excess: int, now: float) -> int:
    """Seconds until the oldest buckets holding `excess` requests have left the window."""
    left = 0
    for second, count in counts:
        left += count
        if left >= excess:
            # A bucket is in the window of the BUCKETS seconds up to the current one.
            return max(1, math.ceil(second + BUCKETS - now))
    return 1
