"""The `peermentor` command: migrate, serve, worker, users create, seed-demo, openapi."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

import yaml

from api.core.config import Settings, WeakSecretKeyError, ensure_secret_key, get_settings


def _migrate(settings: Settings, _args: argparse.Namespace) -> int:
    from api.core.migrations import upgrade_to_head

    upgrade_to_head(settings)
    print("Database migrated to the latest revision.")
    return 0


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    # Made (or checked) once here, before workers start, so that they all share one key.
    ensure_secret_key(settings)
    if args.with_worker:
        # Read by every server process's lifespan (api.core.jobs.WorkerSettings).
        os.environ["PEERMENTOR_RUN_WORKER"] = "true"
    uvicorn.run(
        "api.main:app_factory",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=settings.log_level,
        proxy_headers=True,
        server_header=False,
    )
    return 0


def _worker(settings: Settings, args: argparse.Namespace) -> int:
    """Deliver webhooks and run the periodic jobs until SIGINT or SIGTERM."""
    import logging
    import signal

    from api.core import crypto
    from api.core.jobs import run_worker
    from api.main import install

    crypto.configure(settings)  # periodic jobs may read encrypted columns
    install()  # the jobs run the domains' services without the app
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

    async def run() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await run_worker(settings, stop=stop, poll_seconds=args.poll_seconds)

    asyncio.run(run())
    return 0


def _users_create(settings: Settings, args: argparse.Namespace) -> int:
    from api.accounts.schemas import UserCreate
    from api.accounts.service import create_user
    from api.core.errors import AppError
    from api.core.security import SYSTEM_ACTOR

    data = UserCreate(
        email=args.email, password=args.password, role=args.role, employee_id=args.employee_id
    )

    async def run(session: Any) -> None:
        user, _ = await create_user(session, SYSTEM_ACTOR, settings, data=data)
        print(f"Created user {user.id} <{user.email}> with role {user.role}.")

    try:
        asyncio.run(_in_transaction(settings, run))
    except AppError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    return 0


def _seed_demo(settings: Settings, _args: argparse.Namespace) -> int:
    from api.cli.demo import seed_demo

    async def run(session: Any) -> None:
        created = await seed_demo(session, settings)
        if created:
            print("Demo data loaded.")
        else:
            print("Demo data already present; nothing changed.")

    asyncio.run(_in_transaction(settings, run))
    from api.cli.demo import DEMO_LOGINS

    print(f"Demo logins (password for all: {DEMO_LOGINS['password']}):")
    for role, email in DEMO_LOGINS["accounts"]:
        print(f"  {role:<12} {email}")
    return 0


def openapi_document() -> dict[str, Any]:
    from api.main import create_app

    return create_app(Settings(env="development")).openapi()


def render_openapi() -> str:
    return yaml.safe_dump(openapi_document(), sort_keys=False, allow_unicode=True, width=100)


def _openapi(_settings: Settings, args: argparse.Namespace) -> int:
    text = render_openapi()
    target = Path(args.output)
    if args.check:
        if not target.exists() or target.read_text() != text:
            print(f"{target} is stale: run `peermentor openapi`", file=sys.stderr)
            return 1
        print(f"{target} is up to date.")
        return 0
    if args.output == "-":
        sys.stdout.write(text)
    else:
        target.write_text(text)
        print(f"Wrote {target}.")
    return 0


async def _in_transaction(settings: Settings, work: Any) -> None:
    from sqlalchemy.ext.asyncio import async_sessionmaker

    from api.core import crypto
    from api.core.db import create_engine_for
    from api.main import install

    crypto.configure(settings)
    install()  # the command runs the domains' services without the app
    engine = create_engine_for(settings)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False).begin() as session:
            await work(session)
    finally:
        await engine.dispose()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="peermentor", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    commands.add_parser("migrate", help="upgrade the database to the latest migration")

    serve = commands.add_parser("serve", help="serve the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument(
        "--with-worker",
        action="store_true",
        help="also deliver webhooks and run periodic jobs in each server process",
    )

    worker = commands.add_parser("worker", help="deliver webhooks and run periodic jobs")
    worker.add_argument("--poll-seconds", type=float, default=2.0)

    users = commands.add_parser("users", help="manage user accounts")
    users_commands = users.add_subparsers(dest="users_command", required=True)
    create = users_commands.add_parser("create", help="create a user account")
    create.add_argument("--email", required=True)
    create.add_argument("--password", required=True)
    create.add_argument("--role", required=True, choices=["hr_admin", "team_leader", "employee"])
    create.add_argument("--employee-id", type=int, default=None)

    commands.add_parser("seed-demo", help="load the demo organisation (once)")

    openapi = commands.add_parser("openapi", help="write openapi.yaml from the app")
    openapi.add_argument("--output", default="openapi.yaml")
    openapi.add_argument("--check", action="store_true", help="fail if the file is stale")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = get_settings()
    handlers = {
        "migrate": _migrate,
        "serve": _serve,
        "worker": _worker,
        "seed-demo": _seed_demo,
        "openapi": _openapi,
    }
    try:
        if args.command == "users":
            return _users_create(settings, args)
        return handlers[args.command](settings, args)
    except WeakSecretKeyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # a readable message, not a traceback, for operators
        from pydantic import ValidationError

        if isinstance(exc, ValidationError):
            print(
                "error: "
                + json.dumps(exc.errors(include_url=False, include_context=False), default=str),
                file=sys.stderr,
            )
            return 2
        raise
