"""Where a report's time goes: SQL against Python, and the plans of its slow statements.

    .venv/bin/python bench/explain_reports.py                  # every report, unfiltered
    .venv/bin/python bench/explain_reports.py training --explain 50

Runs the app in-process on the seeded bench database (no network; uvloop, as uvicorn runs
it), makes an HR token and calls each report (one warm-up, then `--requests` timed calls). Every
SQL statement is timed at the driver (`before/after_cursor_execute`: the round trip including
the transfer of the rows); the rest of the request is Python (building rows, pydantic, JSON).
With `--explain MS`, each statement slower than MS is run again under
`EXPLAIN (ANALYZE, BUFFERS)` with the same parameters and its plan printed.
It migrates the database to the app's head first; otherwise it writes nothing.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from typing import Any

import httpx
import uvloop
from common import (
    ENCRYPTION_KEY,
    HR_EMAIL,
    connect,
    database_url,
    ensure_postgres_running,
)
from reports import REPORTS
from seed import migrate
from sqlalchemy import event
from sqlalchemy.engine import Engine

statements: list[tuple[str, Any, float]] = []


@event.listens_for(Engine, "before_cursor_execute")
def _started(conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool) -> None:
    conn.info.setdefault("bench_started", []).append(time.perf_counter())


@event.listens_for(Engine, "after_cursor_execute")
def _finished(
    conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool
) -> None:
    started = conn.info["bench_started"].pop()
    statements.append((statement, params, (time.perf_counter() - started) * 1000))


async def measure(url: str, reports: list[str], query: dict[str, str], requests: int) -> list[Any]:
    from api.core.config import Settings
    from api.core.security import Actor, Role, create_access_token
    from api.main import create_app

    settings = Settings(
        database_url=url,
        secret_key="bench-" + "k" * 40,
        data_dir=tempfile.mkdtemp(),
        encryption_keys=ENCRYPTION_KEY,
    )
    app = create_app(settings)
    found = []
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://b") as client,
    ):
        # A token made directly (no sign-in round trip): the HR user's id and role.
        with connect(url) as conn:
            hr_id = conn.execute("SELECT id FROM users WHERE email = %s", (HR_EMAIL,)).fetchone()
        assert hr_id is not None, "no bench HR user: seed the database (bench/seed.py)"
        token, _ = create_access_token(
            settings, app.state.secret_key, Actor(kind="user", id=hr_id[0], role=Role.HR_ADMIN)
        )
        headers = {"Authorization": f"Bearer {token}"}
        for report in reports:
            path = f"/api/v1/reports/{report}"
            await client.get(path, params=query, headers=headers)  # warm up
            totals, sql_totals = [], []
            slowest: dict[str, tuple[Any, float]] = {}
            for _ in range(requests):
                statements.clear()
                started = time.perf_counter()
                response = await client.get(path, params=query, headers=headers, timeout=120)
                totals.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.text[:300]
                # Every statement of the request (the report's and the settings lookup).
                sql_totals.append(sum(ms for _, _, ms in statements))
                for statement, params, ms in statements:
                    if statement not in slowest or ms < slowest[statement][1]:
                        slowest[statement] = (params, ms)
            found.append((report, totals, sql_totals, len(statements), slowest))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="*", default=REPORTS)
    parser.add_argument("--requests", type=int, default=5)
    parser.add_argument("--department-id", type=int)
    parser.add_argument("--date-from")
    parser.add_argument("--date-to")
    parser.add_argument("--explain", type=float, metavar="MS", help="plans of slower statements")
    args = parser.parse_args()
    url = database_url()
    ensure_postgres_running(url)
    migrate(url)  # the app may have gained migrations since the database was seeded
    query = {
        k: str(v)
        for k, v in (
            ("department_id", args.department_id),
            ("date_from", args.date_from),
            ("date_to", args.date_to),
        )
        if v is not None
    }
    found = uvloop.run(measure(url, args.reports, query, args.requests))
    print(f"In-process, HR, {query or 'no filter'}, median of {args.requests} (ms):\n")
    print("| Report | total | SQL | Python (total - SQL) | statements | slowest statement |")
    print("|---|---:|---:|---:|---:|---:|")
    for report, totals, sql_totals, count, slowest in found:
        total, sql_ms = statistics.median(totals), statistics.median(sql_totals)
        worst = max(ms for _, ms in slowest.values())
        print(
            f"| {report} | {total:.1f} | {sql_ms:.1f} | {total - sql_ms:.1f} | {count} | "
            f"{worst:.1f} |"
        )
    if args.explain is not None:
        with connect(url) as conn:
            for report, _, _, _, slowest in found:
                for statement, (params, ms) in slowest.items():
                    if ms < args.explain:
                        continue
                    print(f"\n--- {report}: {ms:.1f} ms at the driver\n{statement}\n{params}\n")
                    plan = conn.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, params)
                    print("\n".join(row[0] for row in plan))
            conn.rollback()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
