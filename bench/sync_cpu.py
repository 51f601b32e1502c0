"""The 10,000-employee HRIS sync in-process: wall time, the worker's CPU time and the SQL
statements (with their time at the driver) of a new and an unchanged call.

    .venv/bin/python bench/sync_cpu.py             # on BENCH_DATABASE_URL (seeded by seed.py)
    .venv/bin/python bench/sync_cpu.py --profile   # and a cProfile of each call

The synced employees are removed at the end, as bench/run.py does.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from common import HRIS_CLIENT_ID, HRIS_CLIENT_SECRET, database_url
from run import remove_synced_employees, sync_payload
from sqlalchemy import event
from sqlalchemy.engine import Engine

from api.core.config import Settings
from api.main import create_app

STATS: dict[str, Any] = {"n": 0, "sql": 0.0, "per": {}, "started": {}}


def _before(_conn: Any, cursor: Any, *_args: Any) -> None:
    STATS["started"][id(cursor)] = time.perf_counter()


def _after(_conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
    spent = time.perf_counter() - STATS["started"].pop(id(cursor), time.perf_counter())
    STATS["n"] += 1
    STATS["sql"] += spent
    key = " ".join(statement.split()[:4])[:70]
    STATS["per"][key] = STATS["per"].get(key, 0.0) + spent


async def measure(url: str, rows: int, profile: bool) -> None:
    settings = Settings(
        database_url=url,
        secret_key="s" * 48,
        data_dir=Path(tempfile.mkdtemp()),
        service_rate_limit_per_minute=0,
    )
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://bench") as client,
    ):
        form = {
            "grant_type": "client_credentials",
            "client_id": HRIS_CLIENT_ID,
            "client_secret": HRIS_CLIENT_SECRET,
        }
        token = (await client.post("/api/v1/auth/token", data=form)).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        payload = sync_payload(str(int(time.time())), rows)
        body = json.dumps(payload, separators=(",", ":")).encode()
        for name in ("created", "unchanged"):
            STATS.update(n=0, sql=0.0, per={})
            profiler = cProfile.Profile() if profile else None
            wall, cpu = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            response = await client.post(
                "/api/v1/integrations/hris/sync", content=body, headers=headers, timeout=600
            )
            if profiler:
                profiler.disable()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            outcome = response.json()["employees"]
            print(
                f"{name}: HTTP {response.status_code}, wall {wall:.2f} s, CPU {cpu:.2f} s, "
                f"{STATS['n']} statements ({STATS['sql']:.2f} s at the driver); "
                f"{outcome['created']} created, {outcome['updated']} updated, "
                f"{outcome['unchanged']} unchanged, {len(outcome['errors'])} errors",
                flush=True,
            )
            for key, spent in sorted(STATS["per"].items(), key=lambda kv: -kv[1])[:6]:
                print(f"    {spent:6.2f} s  {key}")
            if profiler:
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    url = database_url()
    event.listen(Engine, "before_cursor_execute", _before)
    event.listen(Engine, "after_cursor_execute", _after)
    try:
        asyncio.run(measure(url, args.rows, args.profile))
    finally:
        print(f"Removed {remove_synced_employees(url)} synced employees.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
