"""Webhook test helpers: a real HTTP receiver on 127.0.0.1, and `emit` run through an async
session on the test database."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, TypeVar

import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session, selectinload
from standardwebhooks import Webhook

from api.core.config import Settings
from api.core.db import create_engine_for
from api.webhooks.events import emit
from api.webhooks.models import WebhookDelivery

T = TypeVar("T")
WEBHOOKS = "/api/v1/webhooks"


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes

    def verify(self, secret: str) -> Any:
        """The payload, if the Standard Webhooks signature verifies (raises otherwise)."""
        return Webhook(secret).verify(self.body, self.headers)


@dataclass
class Receiver:
    """An HTTP server that records every request and answers the queued statuses (then 200)."""

    port: int
    requests: list[Received] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/peermentor"

    def answer(self, *statuses: int) -> None:
        with self.lock:
            self.statuses.extend(statuses)

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        """Wait until `count` requests have arrived (False if they did not in time)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                if len(self.requests) >= count:
                    return True
            time.sleep(0.02)
        return False

    def next_status(self) -> int:
        with self.lock:
            return self.statuses.pop(0) if self.statuses else 200


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state: Receiver

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            with state.lock:
                state.requests.append(Received(self.path, dict(self.headers.items()), body))
            status = state.next_status()
            self.send_response(status)
            if 300 <= status < 400:
                self.send_header("location", f"http://127.0.0.1:{state.port}/elsewhere")
            self.send_header("content-length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state = Receiver(port=server.server_address[1])
    # shutdown() waits for the loop's next poll: 0.5 s by default, after every test.
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


def run_async(
    settings: Settings, work: Callable[[async_sessionmaker[AsyncSession]], Awaitable[T]]
) -> T:
    """Run `work(sessionmaker)` on a fresh async engine of the test database."""

    async def main() -> T:
        engine = create_engine_for(settings)
        try:
            return await work(async_sessionmaker(engine, expire_on_commit=False))
        finally:
            await engine.dispose()

    return asyncio.run(main())


def emit_event(settings: Settings, event_type: str, data: dict[str, Any]) -> None:
    """Emit an event in its own committed transaction, as a service would in a request's."""

    async def work(sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        async with sessionmaker.begin() as session:
            await emit(session, event_type, data)

    run_async(settings, work)


def create_webhook(client: Any, headers: dict[str, str], url: str, *events: str) -> dict[str, Any]:
    response = client.post(
        WEBHOOKS, headers=headers, json={"url": url, "events": list(events or ["review.submitted"])}
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def deliveries(engine: Engine) -> list[WebhookDelivery]:
    with Session(engine) as session:
        return list(
            session.scalars(
                select(WebhookDelivery)
                .options(selectinload(WebhookDelivery.attempts))
                .order_by(WebhookDelivery.id)
            )
        )
