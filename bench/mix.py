"""The realistic mix: every kind of traffic at once, one wrk process per endpoint.

Each endpoint gets its own wrk (one thread, a share of the 50 connections) so that its
throughput and latency percentiles are its own while all of them load the server together.
A Lua script per endpoint sets the method, headers and body, picks random ids where the
endpoint takes one, and prints the figures wrk keeps (p50/p95/p99 of every request) in
`done()`, which wrk's own summary lacks (it prints no p95).
"""

from __future__ import annotations

import json
import re
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

RESULT_LINE = re.compile(r"^PM-RESULT (.*)$", re.M)

# Printed by every script once the run ends: counts, then latencies in milliseconds.
DONE_LUA = """
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    "PM-RESULT {\\"requests\\": %d, \\"duration_us\\": %d, \\"p50\\": %.3f, \\"p95\\": %.3f, "
    .. "\\"p99\\": %.3f, \\"non_2xx\\": %d, \\"socket_errors\\": %d}\\n",
    summary.requests, summary.duration,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
"""


@dataclass(frozen=True)
class Endpoint:
    """One kind of request of the mix."""

    name: str
    actor: str
    method: str
    path: str  # may hold `{id}`, replaced per request by a random one of `ids`
    token: str
    connections: int
    ids: Sequence[int] = ()
    body: bytes | None = None

    def lua(self) -> str:
        headers = {"Authorization": f"Bearer {self.token}"}
        if self.body is not None:
            headers["Content-Type"] = "application/json"
        lines = [
            f"wrk.method = {json.dumps(self.method)}",
            *(f"wrk.headers[{json.dumps(k)}] = {json.dumps(v)}" for k, v in headers.items()),
        ]
        if self.body is not None:
            lines.append(f"wrk.body = {lua_string(self.body.decode())}")
        if "{id}" in self.path:
            before, after = self.path.split("{id}", 1)
            lines += [
                "local ids = {" + ",".join(str(i) for i in self.ids) + "}",
                "math.randomseed(os.time())",
                "request = function()",
                f"  local path = {json.dumps(before)} .. ids[math.random(#ids)] .. "
                f"{json.dumps(after)}",
                "  return wrk.format(nil, path)",
                "end",
            ]
        return "\n".join(lines) + "\n" + DONE_LUA


def lua_string(text: str) -> str:
    """A Lua long string holding `text` exactly."""
    level = 0
    while f"]{'=' * level}]" in text:
        level += 1
    return f"[{'=' * level}[{text}]{'=' * level}]"


@dataclass
class MixResult:
    endpoint: Endpoint
    requests: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    non_2xx: int
    socket_errors: int
    sql_statements: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def run_wrk_scripted(
    wrk: str, base: str, endpoints: Sequence[Endpoint], *, duration: str, timeout: str = "30s"
) -> list[MixResult]:
    """Run one wrk per endpoint, all at the same time; their figures when all have ended."""
    with tempfile.TemporaryDirectory() as tmp:
        processes = []
        for index, endpoint in enumerate(endpoints):
            script = Path(tmp) / f"endpoint-{index}.lua"
            script.write_text(endpoint.lua())
            url = base + endpoint.path.replace("{id}", str(endpoint.ids[0] if endpoint.ids else 0))
            command = [
                wrk,
                "-t1",
                f"-c{endpoint.connections}",
                f"-d{duration}",
                "--timeout",
                timeout,
                "-s",
                str(script),
                url,
            ]
            processes.append(
                subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # noqa: S603
            )
        results = []
        for endpoint, process in zip(endpoints, processes, strict=True):
            out, err = process.communicate()
            found = RESULT_LINE.search(out)
            if process.returncode != 0 or not found:
                raise SystemExit(f"wrk for {endpoint.name} failed:\n{out}\n{err}")
            figures = json.loads(found.group(1))
            results.append(
                MixResult(
                    endpoint=endpoint,
                    requests=figures["requests"],
                    seconds=figures["duration_us"] / 1_000_000,
                    p50_ms=figures["p50"],
                    p95_ms=figures["p95"],
                    p99_ms=figures["p99"],
                    non_2xx=figures["non_2xx"],
                    socket_errors=figures["socket_errors"],
                )
            )
    return results


def count_statements(
    url: str, endpoints: Sequence[Endpoint], *, secret_key: str, encryption_key: str
) -> dict[str, int]:
    """SQL statements of one request of each endpoint, counted at the driver with the app
    served in-process on the same database (the server's secret, so the tokens verify)."""
    import asyncio

    import httpx
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from api.core.config import Settings
    from api.main import create_app

    executed: list[str] = []

    def count(*args: object) -> None:
        executed.append("")

    async def measure() -> dict[str, int]:
        settings = Settings(
            database_url=url,
            secret_key=secret_key,
            data_dir=Path(tempfile.mkdtemp()),
            encryption_keys=encryption_key,
            service_rate_limit_per_minute=0,
        )
        app = create_app(settings)
        counts = {}
        async with (
            app.router.lifespan_context(app),
            httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://b"
            ) as client,
        ):
            for endpoint in endpoints:
                path = endpoint.path.replace("{id}", str(endpoint.ids[0] if endpoint.ids else 0))
                headers = {"Authorization": f"Bearer {endpoint.token}"}
                if endpoint.body is not None:
                    headers["Content-Type"] = "application/json"
                await client.request(endpoint.method, path, headers=headers, content=endpoint.body)
                executed.clear()
                response = await client.request(
                    endpoint.method, path, headers=headers, content=endpoint.body, timeout=120
                )
                if response.status_code >= 300:
                    raise SystemExit(
                        f"{endpoint.name}: HTTP {response.status_code} {response.text}"
                    )
                counts[endpoint.name] = len(executed)
        return counts

    event.listen(Engine, "after_cursor_execute", count)
    try:
        return asyncio.run(measure())
    finally:
        event.remove(Engine, "after_cursor_execute", count)
