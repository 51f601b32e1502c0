"""The stack's floor: CPU per request of the app's own layers, in-process, on the bench database.

    .venv/bin/python bench/floor.py            # after bench/seed.py (or make bench) seeded it

Every request is one ASGI call straight into the app (no HTTP, no network, no concurrency) and
the figure is the process's CPU time per request (`time.process_time`), median of 5 rounds.
Beside the real endpoints, three probe routes are put in front of the app's routes for this
measurement only (the app serves no such routes):

- `/floor/token`: the token's signature and claims and the page parameters, nothing else;
- `/floor/auth`: the app's whole bearer check (the token, then its account as it is now: the
  request's database session and one primary-key lookup) and the page parameters;
- `/floor/select-1-token-only`: the token check, the request's session and `SELECT 1`: a
  database route as it was before the account check;
- `/floor/select-1`: the same with the whole bearer check: the difference to the line above is
  what checking the account costs a route that uses the database anyway.

Read against bench/baseline.py's `/jwt` (the same bearer check in a bare app), the probes say
how much of a list request the stack costs before the list does anything.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from baseline import app_factory as baseline_factory
from common import ENCRYPTION_KEY, HR_EMAIL, connect, database_url, ensure_postgres_running
from sqlalchemy import text

from api.auth.dependencies import CurrentActor, TokenActor
from api.core.config import Settings
from api.core.db import SessionDep
from api.core.pagination import PageDep
from api.core.security import Actor, Role, create_access_token
from api.main import create_app


async def asgi_get(app: Any, path: str, token: str) -> int:
    """One GET straight into the app; its status code."""
    route, _, query = path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": route,
        "raw_path": route.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"bench"), (b"authorization", f"Bearer {token}".encode())],
        "client": ("127.0.0.1", 1),
        "server": ("bench", 80),
        "state": {},
    }
    status = 0

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def cpu_per_request(app: Any, path: str, token: str, requests: int) -> float:
    for _ in range(30):  # warm up: caches, prepared statements, the pool
        status = await asgi_get(app, path, token)
    if status != 200:
        raise SystemExit(f"{path} answered {status}")
    rounds = []
    for _ in range(5):
        started = time.process_time()
        for _ in range(requests):
            await asgi_get(app, path, token)
        rounds.append((time.process_time() - started) / requests * 1000)
    return statistics.median(rounds)


def add_probes(app: Any) -> None:
    @app.get("/floor/token")
    async def token(actor: TokenActor, page: PageDep) -> dict[str, bool]:
        return {"ok": True}

    @app.get("/floor/auth")
    async def auth(actor: CurrentActor, page: PageDep) -> dict[str, bool]:
        return {"ok": True}

    @app.get("/floor/select-1-token-only")
    async def select_1_token_only(
        db: SessionDep, actor: TokenActor, page: PageDep
    ) -> dict[str, int]:
        return {"ok": (await db.execute(text("SELECT 1"))).scalar_one()}

    @app.get("/floor/select-1")
    async def select_1(db: SessionDep, actor: CurrentActor, page: PageDep) -> dict[str, int]:
        return {"ok": (await db.execute(text("SELECT 1"))).scalar_one()}

    # In front of the app's routes (the SPA's catch-all would take them otherwise).
    probes = app.router.routes[-4:]
    del app.router.routes[-4:]
    app.router.routes[0:0] = probes


async def measure(url: str, requests: int) -> list[tuple[str, float]]:
    settings = Settings(
        database_url=url,
        secret_key="bench-floor-" + "k" * 40,
        data_dir=Path(tempfile.mkdtemp()),
        encryption_keys=ENCRYPTION_KEY,
    )
    app = create_app(settings)
    add_probes(app)
    with connect(url) as conn:
        row = conn.execute("SELECT id FROM users WHERE email = %s", (HR_EMAIL,)).fetchone()
    if row is None:
        raise SystemExit("no bench HR user: seed the database first (bench/seed.py)")
    results = []
    async with app.router.lifespan_context(app):
        token, _ = create_access_token(
            settings, app.state.secret_key, Actor(kind="user", id=row[0], role=Role.HR_ADMIN)
        )
        baseline = baseline_factory()
        baseline.state.settings = settings
        baseline.state.secret_key = app.state.secret_key
        results.append(
            ("/jwt (bench/baseline.py)", await cpu_per_request(baseline, "/jwt", token, requests))
        )
        for path in (
            "/floor/token",
            "/floor/auth",
            "/floor/select-1-token-only",
            "/floor/select-1",
            "/api/v1/employees/1",
            "/api/v1/employees?limit=50",
            "/api/v1/pairings?limit=50",
        ):
            results.append((path, await cpu_per_request(app, path, token, requests)))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=300, help="requests per round")
    args = parser.parse_args()
    url = database_url()
    ensure_postgres_running(url)
    results = asyncio.run(measure(url, args.requests))
    jwt = results[0][1]
    print("| Request | CPU ms per request | JWT route / this |")
    print("|---|---:|---:|")
    for path, ms in results:
        print(f"| `GET {path}` | {ms:.2f} | {jwt / ms:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
