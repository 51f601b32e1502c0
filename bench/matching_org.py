"""Programme-wide matching over the whole bench organisation: one run per department, every open
request of the 100,000 employees, as HR would press "Run matching" department by department.

    .venv/bin/python bench/matching_org.py          # after bench/seed.py (or make bench) seeded it

The runs are timed in process (httpx on the ASGI app: no network), against the bench database
(`BENCH_DATABASE_URL`), brought to the latest migration first. Each run is stored like any other
(they are kept and audited); nothing is proposed.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

import httpx
from common import ENCRYPTION_KEY, HR_EMAIL, connect, database_url, ensure_postgres_running

from api.core.config import Settings
from api.core.migrations import upgrade_to_head
from api.core.security import Actor, Role, create_access_token
from api.main import create_app


async def run_every_department(settings: Settings, objective: str) -> None:
    url = database_url()
    with connect(url) as conn:
        hr = conn.execute("SELECT id FROM users WHERE email = %s", (HR_EMAIL,)).fetchone()
        departments = [row[0] for row in conn.execute("SELECT id FROM departments ORDER BY id")]
        open_requests = conn.execute(
            "SELECT count(*) FROM mentoring_requests WHERE status = 'open'"
        ).fetchone()
    if hr is None:
        raise SystemExit("no bench HR user: seed the database first (bench/seed.py)")
    app = create_app(settings)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench"
        ) as client,
    ):
        token, _ = create_access_token(
            settings, app.state.secret_key, Actor(kind="user", id=hr[0], role=Role.HR_ADMIN)
        )
        headers = {"Authorization": f"Bearer {token}"}
        proposals = unmatched = 0
        slowest = 0.0
        started = time.perf_counter()
        for department_id in departments:
            began = time.perf_counter()
            response = await client.post(
                "/api/v1/matching-runs",
                headers=headers,
                json={"objective": objective, "department_id": department_id},
            )
            slowest = max(slowest, time.perf_counter() - began)
            if response.status_code != 201:
                raise SystemExit(f"department {department_id}: {response.text}")
            body = response.json()
            proposals += len(body["proposals"])
            unmatched += len(body["unmatched"])
        total = time.perf_counter() - started
    print(
        f"{objective}: {len(departments)} departments, {open_requests[0] if open_requests else 0} "
        f"open requests: {proposals} proposed, {unmatched} unmatched; {total:.2f} s in all, "
        f"slowest department {slowest * 1000:.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objective", choices=["best_coverage", "most_matched"], default=None)
    args = parser.parse_args()
    url = database_url()
    ensure_postgres_running(url)
    settings = Settings(
        database_url=url,
        secret_key="bench-matching-" + "k" * 40,
        data_dir=Path(tempfile.mkdtemp()),
        encryption_keys=ENCRYPTION_KEY,
    )
    upgrade_to_head(settings)
    for objective in [args.objective] if args.objective else ["best_coverage", "most_matched"]:
        asyncio.run(run_every_department(settings, objective))


if __name__ == "__main__":
    main()
