"""What tests assert with and run on: problem documents, the audit log and the outbox as
written, emptying the database, worker jobs, and the app served live by uvicorn."""

from __future__ import annotations

import asyncio
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import httpx
from fastapi import FastAPI
from sqlalchemy import select, text
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlalchemy.orm import Session

from api.core.audit import AuditEvent
from api.core.config import Settings
from api.core.db import create_engine_for
from api.main import create_app
from api.models import Base
from api.programme.models import ProgrammeSettings
from api.webhooks.models import OutboxEvent

TEST_SECRET = "test-secret-key-that-is-long-enough-0123456789"


@cache
def development_app() -> FastAPI:
    """The app as `peermentor openapi` builds it (api.cli.openapi_document), built once for the
    tests that only read its routes or its document."""
    return create_app(Settings(env="development"))


def openapi_spec() -> dict[str, Any]:
    """What `api.cli.openapi_document()` returns, generated once per run (FastAPI keeps the
    document on the app). Read it, never change it."""
    return development_app().openapi()


def assert_problem(response: Any, status: int) -> dict[str, Any]:
    """The response is an RFC 9457 problem with this status; return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["type"].startswith("https://")
    assert body["title"]
    if status == 422:
        assert body["errors"], body
        assert all({"loc", "msg"} <= set(e) for e in body["errors"])
    return body


def audit_events(
    engine: Engine, *, action: str | None = None, entity: str | None = None
) -> list[Any]:
    """The audit events written so far, oldest first (JSON decoded on every database)."""
    stmt = select(AuditEvent).order_by(AuditEvent.id)
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if entity:
        stmt = stmt.where(AuditEvent.entity == entity)
    with Session(engine) as session:
        return list(session.scalars(stmt))


def outbox(engine: Engine, event_type: str) -> list[dict[str, Any]]:
    """The payloads of the events of this type in the outbox, oldest first."""
    with Session(engine) as session:
        return [
            e.payload
            for e in session.scalars(
                select(OutboxEvent)
                .where(OutboxEvent.event_type == event_type)
                .order_by(OutboxEvent.id)
            )
        ]


def empty_database(engine: Engine) -> None:
    """Delete every row, then put back the programme settings row the migrations create."""
    tables = [t.name for t in reversed(Base.metadata.sorted_tables)]
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
        else:
            conn.execute(text("PRAGMA foreign_keys=OFF"))
            for table in tables:
                conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - table names
            conn.execute(text("PRAGMA foreign_keys=ON"))
    # As migrated: the programme settings row with the policy's defaults.
    with Session(engine) as session:
        session.add(ProgrammeSettings(id=1))
        session.commit()


def run_job(settings: Settings, job: Any) -> Any:
    """Run a worker job once, on its own engine and event loop, as the worker would."""

    async def main() -> Any:
        engine = create_engine_for(settings)
        try:
            return await job(async_sessionmaker(engine, expire_on_commit=False), settings)
        finally:
            await engine.dispose()

    return asyncio.run(main())


@cache
def tls_context() -> ssl.SSLContext:
    """One verifying TLS context for every httpx client of the run: httpx loads the CA bundle
    afresh for each client otherwise (tens of milliseconds each), even for plain http://."""
    return ssl.create_default_context()


def http_client(**options: Any) -> httpx.Client:
    return httpx.Client(verify=tls_context(), **options)


@contextmanager
def serve_live(settings: Settings, **extra_env: str) -> Iterator[str]:
    """Serve the app with uvicorn, two worker processes, on the test database (with these
    environment variables as well); yield its base URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = os.environ | {
        "DATABASE_URL": settings.database_url,
        "PEERMENTOR_SECRET_KEY": TEST_SECRET,
        "PEERMENTOR_ENV": "test",
        # The same data folder as the in-process app: the same encryption key for the
        # confidential text either of them writes.
        "PEERMENTOR_DATA_DIR": str(settings.data_dir),
        "PEERMENTOR_ARGON2_TIME_COST": "1",
        "PEERMENTOR_ARGON2_MEMORY_COST": "8192",
        **extra_env,
    }
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        [
            sys.executable,
            "-m",
            "uvicorn",
            "api.main:app_factory",
            "--factory",
            "--workers",
            "2",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60  # two workers importing the app on a busy machine
        with http_client(base_url=base, timeout=1) as probe:
            while True:
                try:
                    if probe.get("/readyz").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the live server did not start")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)


def race(base: str, requests: list[tuple[str, str, dict[str, str], Any]]) -> list[Any]:
    """Send the requests at the same moment from separate threads; return the responses."""
    barrier = threading.Barrier(len(requests))
    results: list[Any] = [None] * len(requests)

    def send(index: int, method: str, path: str, headers: dict[str, str], body: Any) -> None:
        with http_client(base_url=base, timeout=30) as http:
            barrier.wait()
            results[index] = http.request(method, path, headers=headers, json=body)

    threads = [threading.Thread(target=send, args=(i, *r)) for i, r in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
