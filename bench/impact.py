"""Time the programme-impact report on the bench database, in process (no HTTP).

    .venv/bin/python bench/impact.py            # HR's view of the whole programme, 9 runs
    BENCH_DATABASE_URL=postgresql://... .venv/bin/python bench/impact.py

Prints each run's wall time and the figures, so the effect the seed builds in can be seen.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time

from common import database_url
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine

from api.core.config import async_database_url
from api.core.security import Actor, Role
from api.reports import service

RUNS = 9


async def main() -> int:
    engine = create_async_engine(async_database_url(database_url()))
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    hr = Actor(kind="user", id=1, role=Role.HR_ADMIN, employee_id=None)
    timings = []
    cpu = []  # this process's CPU time: what the run costs here when it need not wait for a core
    report = None
    for _ in range(RUNS):
        async with sessions() as session:
            started, started_cpu = time.perf_counter(), time.process_time()
            scope = await service.scope(
                session, hr, department_id=None, date_from=None, date_to=None
            )
            report = await service.programme_impact(session, scope)
            timings.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
    await engine.dispose()
    print("runs (s):", " ".join(f"{t:.3f}" for t in timings))
    print(
        f"min {min(timings):.3f} s, median {sorted(timings)[len(timings) // 2]:.3f} s"
        f" (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores);"
        f" API process CPU: median {sorted(cpu)[len(cpu) // 2]:.3f} s"
    )
    assert report is not None
    for f in report.items:
        if f.measure != "skill_rating" or f.status == "reported":
            print(
                f"  {f.group:<8} {f.measure:<20} {f.skill or '':<22} {f.status:<9}"
                f" n={f.sample_size:<6} unmatched={f.unmatched:<5}"
                f" {f.participant_mean} vs {f.comparison_mean}: {f.difference}"
                f" [{f.ci_low}, {f.ci_high}]"
            )
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
