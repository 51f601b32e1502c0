"""The PostgreSQL pool keeps the connections it opens: a busy worker does not open a new
session (a server process, its prepared statements and plans gone) for every burst."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import event, text

from api.core.db import create_engine_for


def test_a_second_burst_reuses_the_connections_of_the_first(settings, is_postgres):
    if not is_postgres:
        pytest.skip("SQLite's connections are files in the process")
    engine = create_engine_for(settings)  # the configured pool, as a worker has it
    opened: list[object] = []
    event.listen(engine.sync_engine, "connect", lambda conn, _record: opened.append(conn))
    # As many requests at once as a worker may hold connections for.
    burst = settings.db_pool_size + settings.db_max_overflow

    async def one() -> None:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT pg_sleep(0.05)"))

    async def bursts() -> tuple[int, int]:
        try:
            await asyncio.gather(*(one() for _ in range(burst)))
            first = len(opened)
            await asyncio.gather(*(one() for _ in range(burst)))
            return first, len(opened) - first
        finally:
            await engine.dispose()

    first, second = asyncio.run(bursts())
    assert first == burst
    assert second == 0, f"{second} connections opened again for the second burst"
