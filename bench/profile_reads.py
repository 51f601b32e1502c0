"""Where a read's time goes: cProfile over in-process requests on the bench database.

    .venv/bin/python bench/profile_reads.py                          # every list and record
    .venv/bin/python bench/profile_reads.py "/api/v1/pairings?limit=50" --as leader --top 30

Every request is one ASGI call straight into the app (bench/floor.py's `asgi_get`): no HTTP,
no concurrency, so the profile is the app's own CPU per request, with the wall time per request
beside it (the rest of the wall time is the database).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import tempfile
import time
from pathlib import Path

from common import ENCRYPTION_KEY, HR_EMAIL, LEADER_EMAIL, connect, database_url
from floor import asgi_get

from api.core.config import Settings
from api.core.security import Actor, Role, create_access_token
from api.main import create_app

PATHS = (
    "/api/v1/employees?limit=50",
    "/api/v1/pairings?limit=50",
    "/api/v1/mentoring-requests?limit=50",
    "/api/v1/reviews?limit=50",
    "/api/v1/training-records?limit=50",
    "/api/v1/grievances?limit=50",
    "/api/v1/notifications?limit=50",
    "/api/v1/employees/{employee}",
    "/api/v1/pairings/{pairing}",
)


async def run(
    paths: list[str], who: str, requests: int, top: int, sort: str, explain: bool
) -> None:
    url = database_url()
    settings = Settings(
        database_url=url,
        secret_key="bench-profile-" + "k" * 40,
        data_dir=Path(tempfile.mkdtemp()),
        encryption_keys=ENCRYPTION_KEY,
    )
    app = create_app(settings)
    email = HR_EMAIL if who == "hr" else LEADER_EMAIL
    with connect(url) as conn:
        user = conn.execute(
            "SELECT id, role, employee_id FROM users WHERE email = %s", (email,)
        ).fetchone()
        pairing = conn.execute("SELECT min(id) + 777 FROM pairings").fetchone()
    assert user is not None and pairing is not None
    actor = Actor(kind="user", id=user[0], role=Role(user[1]), employee_id=user[2])
    async with app.router.lifespan_context(app):
        token, _ = create_access_token(settings, app.state.secret_key, actor)
        for raw in paths:
            path = raw.format(employee=user[2] or 1, pairing=pairing[0])
            for _ in range(20):
                status = await asgi_get(app, path, token)
            if status != 200:
                print(f"{path}: HTTP {status}")
                continue
            if explain:
                await explain_request(app, path, token, url)
                continue
            profile = cProfile.Profile(time.process_time)  # CPU, not waits
            wall, cpu = time.perf_counter(), time.process_time()
            profile.enable()
            for _ in range(requests):
                await asgi_get(app, path, token)
            profile.disable()
            wall = (time.perf_counter() - wall) / requests * 1000
            cpu = (time.process_time() - cpu) / requests * 1000
            print(f"\n### {path} as {who}: {wall:.2f} ms wall, {cpu:.2f} ms CPU per request")
            pstats.Stats(profile).sort_stats(sort).print_stats(top)


async def explain_request(app: object, path: str, token: str, url: str) -> None:
    """Every SQL statement of one request, run again under EXPLAIN (ANALYZE, BUFFERS)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    seen: list[tuple[str, object]] = []

    def record(_conn: object, _cursor: object, statement: str, params: object, *_: object) -> None:
        seen.append((statement, params))

    event.listen(Engine, "before_cursor_execute", record)
    try:
        await asgi_get(app, path, token)
    finally:
        event.remove(Engine, "before_cursor_execute", record)
    print(f"\n### {path}: {len(seen)} statements")
    with connect(url) as conn:
        for statement, params in seen:
            print("\n" + statement, params)
            plan = conn.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, params)  # type: ignore[call-overload]
            print("\n".join(row[0] for row in plan))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=list(PATHS))
    parser.add_argument("--as", dest="who", choices=("hr", "leader"), default="hr")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--sort", default="cumulative", help="pstats order: cumulative, tottime")
    parser.add_argument("--explain", action="store_true", help="plans instead of a profile")
    args = parser.parse_args()
    asyncio.run(run(args.paths, args.who, args.requests, args.top, args.sort, args.explain))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
