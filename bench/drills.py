"""Fault drills (issue 7): the database restarted under load, the webhook receiver down for a
while, the server killed in the middle of an HRIS sync.

    make drills                                   # = make install, then this script
    .venv/bin/python bench/drills.py              # every drill
    .venv/bin/python bench/drills.py db-restart   # some of them: db-restart webhooks crash-sync
    .venv/bin/python bench/drills.py --keep       # leave the private cluster's directory behind

The shared PostgreSQL server is never touched: the drills make a private cluster (initdb into a
temporary directory, as the `postgres` OS user when run as root, since initdb refuses root),
start it with pg_ctl on a free port of 127.0.0.1, migrate and seed a small organisation into a
template database, and give each drill its own copy. Each drill starts `peermentor serve
--workers 2` on it, prints its checks ([ok]/[FAIL]) and figures, and ends with PASS or FAIL;
the script exits 1 if any drill failed. Server and worker logs go to bench/results/drills/, the
summary table to bench/results/drills.md.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import itertools
import json
import os
import platform
import random
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import psycopg
from common import (
    HR_EMAIL,
    HR_PASSWORD,
    HRIS_CLIENT_ID,
    HRIS_CLIENT_SECRET,
    LEADER_EMAIL,
    LEADER_PASSWORD,
    PROJECT_ROOT,
    SKILLS,
    VENV_BIN,
    connect,
)
from psycopg import sql
from seed import (
    DEPARTMENTS_SQL,
    EMPLOYEES_SQL,
    PAIRINGS_SQL,
    PLAN_SQL,
    REQUESTS_SQL,
    REVIEWS_SQL,
    SEQUENCED_TABLES,
    SKILLS_SQL,
    migrate,
)
from server import HOST, Server, free_port, token
from standardwebhooks import Webhook

LOG_DIR = PROJECT_ROOT / "bench" / "results" / "drills"
RESULTS_FILE = PROJECT_ROOT / "bench" / "results" / "drills.md"

# The small organisation every drill starts from (bench/seed.py's statements, smaller sizes):
# 5 departments of 60 employees in teams of 10, their skills and reviews, 40 pairings.
SMALL = {"departments": 5, "employees": 300, "team": 10, "pairings": 40}
TEMPLATE_DB = "drill_template"

# -- plumbing ------------------------------------------------------------------------------


def clock() -> float:
    return time.monotonic()


def wait_until(predicate: Callable[[], bool], timeout: float) -> bool:
    deadline = clock() + timeout
    while clock() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


@dataclass
class Report:
    """One drill's outcome: named checks (all must hold) and the figures worth recording."""

    name: str
    what: str = ""
    checks: list[tuple[str, bool]] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)

    def check(self, ok: object, text: str) -> bool:
        self.checks.append((text, bool(ok)))
        print(f"  [{'ok' if ok else 'FAIL'}] {text}", flush=True)
        return bool(ok)

    def figure(self, text: str) -> None:
        self.figures.append(text)
        print(f"  - {text}", flush=True)

    @property
    def passed(self) -> bool:
        return bool(self.checks) and all(ok for _, ok in self.checks)


class PrivatePostgres:
    """A throwaway cluster in a temporary directory, on a free port: never the shared server."""

    def __init__(self) -> None:
        found = sorted(
            Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
            key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
        )
        if not found:
            raise SystemExit("no PostgreSQL binaries in /usr/lib/postgresql/*/bin")
        self.bin = found[-1].parent
        self.version = found[-1].parent.parent.name
        self.root = Path(tempfile.mkdtemp(prefix="peermentor-drills-"))
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        self.port = free_port()
        self.as_owner: list[str] = []
        if os.geteuid() == 0:
            # initdb refuses to run as root: the cluster belongs to the postgres OS user.
            shutil.chown(self.root, "postgres", "postgres")
            self.as_owner = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(  # noqa: S603 - the cluster's own binaries
            [*self.as_owner, *args], cwd=self.root, capture_output=True, text=True, check=False
        )
        if check and done.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:2])} failed: {done.stdout}{done.stderr}")
        return done

    def init(self) -> None:
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"\nport = {self.port}\nlisten_addresses = '{HOST}'\n"
                f"unix_socket_directories = '{self.root}'\n"
                "max_connections = 120\nshared_buffers = 64MB\n"
            )
        self.start()

    def start(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w",
                  "-t", "60", "start")  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "60",
                  "stop")  # fmt: skip

    def ensure_running(self) -> None:
        """Start it if a drill that failed midway left it stopped."""
        if self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "status", check=False
        ).returncode:
            self.start()

    def url(self, dbname: str) -> str:
        return f"postgresql://postgres@{HOST}:{self.port}/{dbname}"

    def create_database(self, name: str, template: str | None = None) -> str:
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            if template:
                statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
            conn.execute(statement)
        return self.url(name)

    def destroy(self, keep: bool) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop",
                  check=False)  # fmt: skip
        if keep:
            print(f"The private cluster's directory is kept: {self.root}")
        else:
            shutil.rmtree(self.root, ignore_errors=True)


def seed_small(url: str) -> None:
    """Migrate, then load SMALL with bench/seed.py's statements, the bench logins (cheap
    argon2 parameters: the drills sign in, they do not measure hashing) and the HRIS account."""
    from api.core.config import Settings
    from api.core.security import hash_password_sync

    migrate(url)
    settings = Settings(argon2_time_cost=1, argon2_memory_cost=8192)
    params: dict[str, Any] = {**SMALL, "skills": SKILLS}
    with connect(url) as conn:
        for statement in (DEPARTMENTS_SQL, EMPLOYEES_SQL, SKILLS_SQL, REVIEWS_SQL):
            conn.execute(statement, params)
        leader_employee = SMALL["team"] * SMALL["departments"] + 1  # a team lead, as in seed.py
        hr_user, leader_user = (
            row[0]
            for row in conn.execute(
                "INSERT INTO users (email, password_hash, role, employee_id, is_active,"
                " created_at, updated_at) VALUES"
                " (%s, %s, 'hr_admin', NULL, true, now(), now()),"
                " (%s, %s, 'team_leader', %s, true, now(), now()) RETURNING id",
                (
                    HR_EMAIL,
                    hash_password_sync(settings, HR_PASSWORD),
                    LEADER_EMAIL,
                    hash_password_sync(settings, LEADER_PASSWORD),
                    leader_employee,
                ),
            ).fetchall()
        )
        conn.execute(
            "INSERT INTO service_accounts (name, role, client_id, secret_hash, is_active,"
            " created_at, updated_at) VALUES ('Drill HRIS', 'hris', %s, %s, true, now(), now())",
            # Stored as its SHA-256, as the app does (api.auth.service).
            (HRIS_CLIENT_ID, hashlib.sha256(HRIS_CLIENT_SECRET.encode()).hexdigest()),
        )
        # Pairings and their requests only: enough for grievances (raised on active pairings).
        params |= {"hr_user": hr_user, "leader_user": leader_user}
        for statement in (PLAN_SQL, REQUESTS_SQL, PAIRINGS_SQL):
            conn.execute(statement, params)
        for table in SEQUENCED_TABLES:
            conn.execute(
                sql.SQL(
                    "SELECT setval(pg_get_serial_sequence({t}, 'id'),"
                    " coalesce(max(id), 1), max(id) IS NOT NULL) FROM {i}"
                ).format(t=sql.Literal(table), i=sql.Identifier(table))
            )


class DrillServer(Server):
    """The app with 2 workers on a free port, logging at info (uvicorn's lines on workers dying
    and starting explain a failure) to LOG_DIR/<log_name>, and ways to crash it."""

    def __init__(
        self,
        url: str,
        log_name: str,
        *,
        with_worker: bool = False,
        env: dict[str, str] | None = None,
    ) -> None:
        super().__init__(
            url=url,
            log_path=LOG_DIR / log_name,
            secret_key=secrets.token_urlsafe(36),
            with_worker=with_worker,
            log_level="info",
            extra_env={
                "PEERMENTOR_DATA_DIR": str(Path(tempfile.gettempdir()) / "peermentor-drills-data"),
                **(env or {}),
            },
        )

    def workers(self) -> list[int]:
        """The uvicorn worker processes (multiprocessing spawn children of the supervisor)."""
        found = []
        for child in _child_pids(self.process.pid if self.process else -1):
            try:
                if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                    found.append(child)
            except OSError:
                continue
        return found

    def kill_workers(self) -> None:
        """kill -9 the worker processes only: uvicorn's supervisor starts new ones."""
        for pid in self.workers():
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                continue

    def crash(self) -> None:
        """kill -9 the whole server, supervisor and workers, as a crashed host would."""
        if self.process is not None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def _child_pids(pid: int) -> list[int]:
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        # The command name (in parentheses) may hold spaces: the fields after it are fixed.
        if int(text.rsplit(")", 1)[1].split()[1]) == pid:
            children.append(int(stat.parent.name))
    return children


def start_server(
    url: str, log_name: str, *, with_worker: bool = False, env: dict[str, str] | None = None
) -> DrillServer:
    server = DrillServer(url, log_name, with_worker=with_worker, env=env)
    try:
        server.start()
    except BaseException:
        server.stop()
        raise
    return server


def hr_token(base: str) -> str:
    return token(base, {"grant_type": "password", "username": HR_EMAIL, "password": HR_PASSWORD})


def hris_token(base: str) -> str:
    form = {
        "grant_type": "client_credentials",
        "client_id": HRIS_CLIENT_ID,
        "client_secret": HRIS_CLIENT_SECRET,
    }
    return token(base, form)


def active_pairings(url: str) -> list[tuple[int, int]]:
    """(pairing id, mentee id) of the seeded active pairings: grievances are raised on them."""
    with connect(url) as conn:
        rows = conn.execute(
            "SELECT id, mentee_id FROM pairings WHERE status = 'active' ORDER BY id"
        ).fetchall()
    return [(int(p), int(m)) for p, m in rows]


def grievance_body(pairing: tuple[int, int], n: int) -> dict[str, Any]:
    return {
        "pairing_id": pairing[0],
        "kind": "grievance",
        "raised_by": pairing[1],  # HR records it on the mentee's behalf
        "description": f"Drill grievance {n}: sessions keep being cancelled.",
    }


# -- drill 1: the database restarted under load ------------------------------------------


@dataclass
class Call:
    kind: str  # "read", "employee" (a create) or "grievance" (a raise)
    key: str | None
    started: float
    ended: float
    status: int | None  # None: no HTTP answer at all
    content_type: str = ""
    retry_after: str | None = None
    error: str | None = None
    entity_id: int | None = None


Request = tuple[str, str, str, dict[str, Any] | None, str | None]  # kind, method, path, body, key


def _pick(
    rng: random.Random, numbers: itertools.count[int], pairings: list[tuple[int, int]]
) -> Request:
    """70% reads (a page of a department, one employee), 25% employee creations, 5%
    grievances; every write carries a unique key to find it (or not) in the database."""
    roll = rng.random()
    if roll < 0.40:
        return (
            "read",
            "GET",
            f"/api/v1/employees?limit=20&department_id={rng.randint(1, 5)}",
            None,
            None,
        )
    if roll < 0.70:
        return "read", "GET", f"/api/v1/employees/{rng.randint(1, SMALL['employees'])}", None, None
    n = next(numbers)
    if roll < 0.95:
        body = {
            "external_id": f"DRILL-{n}",
            "employee_number": f"DRILL{n:06d}",
            "full_name": f"Drill Person {n}",
            "email": f"drill-{n}@drill.example.com",
            "department_id": rng.randint(1, 5),
            "level": "P2",
            "hire_date": "2020-01-01",
            "skills": [{"skill": "python", "level": 3}, {"skill": "sql", "level": 2}],
        }
        return "employee", "POST", "/api/v1/employees", body, f"DRILL-{n}"
    body = grievance_body(rng.choice(pairings), n)
    return "grievance", "POST", "/api/v1/grievances", body, f"G-{n}"


async def _send(http: httpx.AsyncClient, request: Request) -> Call:
    kind, method, path, body, key = request
    started = clock()
    call = Call(kind, key, started, started, None)
    try:
        response = await http.request(method, path, json=body)
    except httpx.HTTPError as exc:
        call.error = type(exc).__name__
    else:
        call.status = response.status_code
        call.content_type = response.headers.get("content-type", "")
        call.retry_after = response.headers.get("retry-after")
        if response.status_code == 201:
            call.entity_id = int(response.json()["id"])
    call.ended = clock()
    return call


async def _load_client(
    http: httpx.AsyncClient,
    rng: random.Random,
    stop: asyncio.Event,
    calls: list[Call],
    numbers: itertools.count[int],
    pairings: list[tuple[int, int]],
) -> None:
    """One client, about 10 requests/s at most. It does not honour Retry-After (it pauses
    0.2 s after an error instead), so that it sees the recovery as soon as it happens."""
    while not stop.is_set():
        call = await _send(http, _pick(rng, numbers, pairings))
        calls.append(call)
        ok = call.status is not None and call.status < 400
        await asyncio.sleep(rng.uniform(0.05, 0.15) if ok else 0.2)


async def _restart_under_load(
    base: str,
    bearer: str,
    pg: PrivatePostgres,
    pairings: list[tuple[int, int]],
    numbers: itertools.count[int],
    *,
    clients: int,
    before: float,
    outage: float,
    after: float,
) -> tuple[list[Call], dict[str, float]]:
    """Drive the load; `before` seconds in, stop PostgreSQL (fast: sessions are cut), keep it
    down `outage` seconds, start it, go on `after` seconds. Times are from the start."""
    calls: list[Call] = []
    stop = asyncio.Event()
    headers = {"Authorization": f"Bearer {bearer}"}
    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30, limits=limits) as http:
        t0 = clock()
        tasks = [
            asyncio.create_task(
                _load_client(http, random.Random(i), stop, calls, numbers, pairings)
            )
            for i in range(clients)
        ]
        marks: dict[str, float] = {}
        await asyncio.sleep(before)
        marks["stop"] = clock()
        await asyncio.to_thread(pg.stop, "fast")
        marks["stopped"] = clock()
        await asyncio.sleep(outage)
        marks["start"] = clock()
        await asyncio.to_thread(pg.start)
        marks["back"] = clock()
        await asyncio.sleep(after)
        stop.set()
        await asyncio.gather(*tasks)
    for call in calls:
        call.started -= t0
        call.ended -= t0
    return calls, {name: at - t0 for name, at in marks.items()}


async def _restart_while_idle(
    base: str,
    bearer: str,
    pg: PrivatePostgres,
    pairings: list[tuple[int, int]],
    numbers: itertools.count[int],
    *,
    clients: int,
) -> list[list[Call]]:
    """Restart PostgreSQL while nobody calls, so that the pools still hold the old sessions
    (there is no pre-ping), then send bursts of `clients` requests at once until a burst is
    all 2xx (at most 5). Returns the bursts."""
    await asyncio.to_thread(pg.stop, "fast")
    await asyncio.to_thread(pg.start)
    rng = random.Random(99)
    bursts: list[list[Call]] = []
    headers = {"Authorization": f"Bearer {bearer}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as http:
        for _ in range(5):
            burst = [_send(http, _pick(rng, numbers, pairings)) for _ in range(clients)]
            bursts.append(list(await asyncio.gather(*burst)))
            if all(c.status in (200, 201) for c in bursts[-1]):
                break
            await asyncio.sleep(0.5)
    return bursts


def _timeline(calls: list[Call], marks: dict[str, float]) -> list[str]:
    """Answers per second (by the time they arrived): 2xx, 503, other, no answer."""
    buckets: dict[int, Counter[str]] = {}
    for call in calls:
        if call.status is None:
            label = "none"
        elif 200 <= call.status < 300:
            label = "2xx"
        elif call.status == 503:
            label = "503"
        else:
            label = str(call.status)
        buckets.setdefault(int(call.ended), Counter())[label] += 1
    events = {int(at): name for name, at in marks.items()}
    lines = []
    for second in range(0, max(buckets) + 1):
        counts = buckets.get(second, Counter())
        others = ", ".join(f"{k} {v}" for k, v in counts.items() if k not in ("2xx", "503"))
        note = f"  <- PostgreSQL {events[second]}" if second in events else ""
        lines.append(
            f"    {second:3d} s  2xx {counts['2xx']:3d}  503 {counts['503']:3d}"
            f"{'  ' + others if others else ''}{note}"
        )
    return lines


def _check_writes(url: str, calls: list[Call], report: Report) -> None:
    """Every write the client saw succeed is in the database with its audit event (and, for
    a grievance, its outbox event); every write that was refused left nothing behind."""
    employees = [c for c in calls if c.kind == "employee"]
    created = {str(c.key): c.entity_id for c in employees if c.status == 201}
    refused = {str(c.key) for c in employees if c.status is not None and c.status != 201}
    unknown = {str(c.key) for c in employees if c.status is None}
    grievances = [c for c in calls if c.kind == "grievance"]
    raised = {c.entity_id for c in grievances if c.status == 201}
    with connect(url) as conn:
        rows: dict[str, int] = dict(
            conn.execute("SELECT external_id, id FROM employees WHERE external_id LIKE 'DRILL-%'")
        )
        skills: dict[str, int] = dict(
            conn.execute(
                "SELECT e.external_id, count(*) FROM employees AS e"
                " JOIN employee_skills AS s ON s.employee_id = e.id"
                " WHERE e.external_id LIKE 'DRILL-%' GROUP BY e.external_id"
            )
        )
        audits: dict[str, list[int]] = {}
        for key, entity_id in conn.execute(
            "SELECT changes->'after'->>'external_id', entity_id FROM audit_events"
            " WHERE action = 'employee.create'"
            " AND changes->'after'->>'external_id' LIKE 'DRILL-%'"
        ):
            audits.setdefault(key, []).append(entity_id)
        grievance_rows = {row[0] for row in conn.execute("SELECT id FROM grievances")}
        grievance_audits = Counter(
            row[0]
            for row in conn.execute(
                "SELECT entity_id FROM audit_events WHERE action = 'grievance.raise'"
            )
        )
        grievance_events = Counter(
            int(row[0])
            for row in conn.execute(
                "SELECT payload->>'grievance_id' FROM outbox_events"
                " WHERE event_type = 'grievance.raised'"
            )
        )
    complete = [
        k
        for k, i in created.items()
        if rows.get(k) == i and skills.get(k) == 2 and audits.get(k) == [i]
    ]
    leftovers = [k for k in refused if k in rows or k in audits]
    strays = [k for k in rows if k not in created and k not in unknown]
    report.figure(
        f"employee creations: {len(created)} answered 201, {len(refused)} refused, "
        f"{len(unknown)} without an answer; grievances: {len(raised)} answered 201, "
        f"{sum(1 for c in grievances if c.status is not None and c.status != 201)} refused"
    )
    report.check(
        len(complete) == len(created),
        f"each of the {len(created)} employees answered 201 is in the database with its 2 "
        f"skills and one audit event ({len(created) - len(complete)} incomplete)",
    )
    report.check(
        not leftovers and not strays,
        f"none of the {len(refused)} refused creations left a row or an audit event "
        f"({len(leftovers)} did; {len(strays)} rows nobody was told about)",
    )
    consistent = all(grievance_audits[g] == 1 and grievance_events[g] == 1 for g in grievance_rows)
    report.check(
        grievance_rows == raised and consistent and sum(grievance_audits.values()) == len(raised),
        f"grievances: the database holds exactly the {len(raised)} answered 201 "
        f"({len(grievance_rows)} rows), each with one audit and one outbox event",
    )


def drill_db_restart(pg: PrivatePostgres, args: argparse.Namespace, report: Report) -> None:
    url = pg.create_database("drill_db_restart", template=TEMPLATE_DB)
    pairings = active_pairings(url)
    numbers = itertools.count(1)  # the unique keys of the writes, across both phases
    server = start_server(url, "db-restart.log", with_worker=True)
    try:
        bearer = hr_token(server.base)
        print(
            f"  {args.clients} clients; PostgreSQL stopped (-m fast) after {args.before:.0f} s, "
            f"down {args.outage:.0f} s, then {args.after:.0f} s more",
            flush=True,
        )
        calls, marks = asyncio.run(
            _restart_under_load(
                server.base,
                bearer,
                pg,
                pairings,
                numbers,
                clients=args.clients,
                before=args.before,
                outage=args.outage,
                after=args.after,
            )
        )
        for line in _timeline(calls, marks):
            print(line)
        print("  then PostgreSQL restarted with no traffic, and bursts of requests", flush=True)
        bursts = asyncio.run(
            _restart_while_idle(server.base, bearer, pg, pairings, numbers, clients=args.clients)
        )
    finally:
        server.stop()
    idle_calls = [call for burst in bursts for call in burst]
    every = calls + idle_calls
    back = marks["back"]
    unavailable = [c for c in every if c.status == 503]
    first_ok = min(
        (c.ended for c in calls if c.started >= back and c.status in (200, 201)), default=None
    )
    last_503 = max((c.ended for c in calls if c.status == 503), default=None)
    after_back = [c for c in calls if c.started >= back]
    report.what = (
        f"{len(calls):,} requests from {args.clients} clients (70% reads, 30% writes); "
        f"PostgreSQL stopped with `pg_ctl stop -m fast` {marks['stop']:.0f} s in, started "
        f"again {args.outage:.0f} s later; then restarted once more with no traffic, followed "
        f"by bursts of {args.clients} simultaneous requests"
    )
    statuses = Counter(c.status for c in calls)
    report.figure(
        "under load: "
        + ", ".join(f"{s or 'no answer'} x{n}" for s, n in sorted(statuses.items(), key=str))
        + f"; PostgreSQL down from {marks['stop']:.1f} s to {back:.1f} s"
    )
    if first_ok is not None:
        report.figure(f"first 2xx {first_ok - back:.2f} s after PostgreSQL accepted connections")
    if last_503 is not None:
        report.figure(
            f"503 answers from {min(c.ended for c in calls if c.status == 503):.1f} s to "
            f"{last_503:.1f} s (the last {last_503 - back:+.2f} s from the restart); of the "
            f"{len(after_back)} requests sent after it, "
            f"{sum(1 for c in after_back if c.status not in (200, 201))} not 2xx"
        )
    report.figure(
        "idle restart, bursts: "
        + " then ".join(f"{sum(1 for c in b if c.status == 503)} x 503 / {len(b)}" for b in bursts)
    )
    report.check(unavailable, f"the outage was seen: {len(unavailable)} answers 503")
    server_errors = [c for c in every if c.status is not None and c.status >= 500]
    report.check(
        len(server_errors) == len(unavailable),
        f"no 500 (no 5xx but 503): {len(server_errors) - len(unavailable)}",
    )
    unexpected = Counter(c.status for c in every if c.status not in (200, 201, 503))
    report.check(not unexpected, f"no answer other than 200/201/503: {dict(unexpected)}")
    report.check(
        all(
            c.content_type.startswith("application/problem+json") and c.retry_after
            for c in unavailable
        ),
        "every 503 is application/problem+json with a Retry-After header",
    )
    report.check(
        first_ok is not None and first_ok - back < 5,
        "the service recovered by itself: a 2xx within 5 s of the restart",
    )
    settled = [c for c in after_back if c.started >= back + 5 and c.status not in (200, 201)]
    report.check(
        not settled, f"every request sent 5 s or more after the restart succeeded: {len(settled)}"
    )
    report.check(
        all(c.status in (200, 201) for c in bursts[-1]),
        f"after the idle restart, a burst was all 2xx by burst {len(bursts)}",
    )
    _check_writes(url, every, report)


# -- drill 2: the webhook receiver down for a while ---------------------------------------

# Run by the drill's worker processes: `peermentor worker` with the Standard Webhooks retry
# schedule compressed 60x (minutes become seconds: 5 s, 5 min, 30 min, 2 h ... become 0.08 s,
# 5 s, 30 s, 2 min ...), so that a receiver outage and its retries fit in a minute. The claim,
# lease, signing and recording are the app's own code.
WORKER_CODE = """
import sys
from api.webhooks import delivery
delivery.BACKOFF = tuple(step / 60 for step in delivery.BACKOFF)
from api.cli import main
sys.exit(main(["worker", "--poll-seconds", "0.5"]))
"""


class Receiver:
    """A webhook endpoint on 127.0.0.1 that checks every Standard Webhooks signature and
    records what it accepted; down() closes the port (connection refused), up() reopens it."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}/hooks/peermentor"
        self.secret = ""
        self.accepted: list[tuple[str, dict[str, Any], float]] = []  # (webhook-id, body, when)
        self.invalid = 0
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    def up(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                try:
                    payload = Webhook(receiver.secret).verify(body, dict(self.headers.items()))
                except Exception:
                    with receiver.lock:
                        receiver.invalid += 1
                    self.send_response(400)
                else:
                    with receiver.lock:
                        receiver.accepted.append((self.headers["webhook-id"], payload, clock()))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer((HOST, self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def down(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None

    def count(self) -> int:
        with self.lock:
            return len({webhook_id for webhook_id, _, _ in self.accepted})


async def _raise_grievances(
    base: str, bearer: str, pairings: list[tuple[int, int]], numbers: range, spread: float
) -> list[int]:
    """Raise a grievance per number (each emits grievance.raised), evenly over `spread`
    seconds; return the ids of those answered 201."""
    ids: list[int] = []
    step = spread / max(1, len(numbers))
    started = clock()
    headers = {"Authorization": f"Bearer {bearer}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as http:
        for i, n in enumerate(numbers):
            await asyncio.sleep(max(0.0, started + i * step - clock()))
            response = await http.post(
                "/api/v1/grievances", json=grievance_body(pairings[n % len(pairings)], n)
            )
            if response.status_code == 201:
                ids.append(int(response.json()["id"]))
            else:
                print(f"  grievance {n}: {response.status_code} {response.text[:200]}")
    return ids


def drill_webhooks(pg: PrivatePostgres, args: argparse.Namespace, report: Report) -> None:
    url = pg.create_database("drill_webhooks", template=TEMPLATE_DB)
    pairings = active_pairings(url)
    # Development mode: the only way the SSRF guard lets deliveries go to a loopback receiver.
    env = {"PEERMENTOR_ENV": "development"}
    server = start_server(url, "webhooks-server.log", env=env)
    workers: list[subprocess.Popen[bytes]] = []
    receiver = Receiver()
    try:
        for n in (1, 2):  # two worker processes: they must not send the same delivery twice
            with (LOG_DIR / f"webhooks-worker-{n}.log").open("wb") as log:
                workers.append(
                    subprocess.Popen(  # noqa: S603 - our own interpreter and code
                        [str(VENV_BIN / "python"), "-c", WORKER_CODE],
                        env=server.env,
                        cwd=PROJECT_ROOT,
                        stdout=log,
                        stderr=subprocess.STDOUT,
                        start_new_session=True,
                    )
                )
        bearer = hr_token(server.base)
        receiver.up()
        with httpx.Client(base_url=server.base, timeout=30) as http:
            created = http.post(
                "/api/v1/webhooks",
                headers={"Authorization": f"Bearer {bearer}"},
                json={"url": receiver.url, "events": ["grievance.raised"]},
            )
        created.raise_for_status()
        subscription = int(created.json()["id"])
        receiver.secret = created.json()["secret"]

        before, during, after = args.events
        raised = asyncio.run(_raise_grievances(server.base, bearer, pairings, range(before), 4))
        wait_until(lambda: receiver.count() >= before, 60)
        print(f"  {receiver.count()} delivered with the receiver up; taking it down", flush=True)
        receiver.down()
        down_at = clock()
        raised += asyncio.run(
            _raise_grievances(
                server.base, bearer, pairings, range(before, before + during), args.down - 3
            )
        )
        time.sleep(max(0.0, args.down - (clock() - down_at)))
        receiver.up()
        up_at = clock()
        print(f"  receiver back after {up_at - down_at:.1f} s", flush=True)
        total = before + during + after
        raised += asyncio.run(
            _raise_grievances(server.base, bearer, pairings, range(before + during, total), 2)
        )
        all_in = wait_until(lambda: receiver.count() >= len(raised), args.deliver_timeout)
        last_in = clock()
        time.sleep(5)  # any duplicate would arrive within a poll or two
    finally:
        receiver.down()
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            try:
                worker.wait(20)
            except subprocess.TimeoutExpired:
                worker.kill()
        server.stop()

    with connect(url) as conn:
        deliveries = conn.execute(
            "SELECT message_id, status, attempt_count FROM webhook_deliveries"
            " WHERE subscription_id = %s",
            (subscription,),
        ).fetchall()
        attempts = conn.execute(
            "SELECT delivery_id, error IS NULL, error FROM webhook_delivery_attempts"
        ).fetchall()
        events = conn.execute(
            "SELECT count(*) FROM outbox_events WHERE event_type = 'grievance.raised'"
        ).fetchone()[0]  # type: ignore[index]
    accepted = Counter(webhook_id for webhook_id, _, _ in receiver.accepted)
    duplicates = {webhook_id: n for webhook_id, n in accepted.items() if n > 1}
    delivered_ids = {row[0] for row in deliveries if row[1] == "delivered"}
    successes = Counter(delivery for delivery, ok, _ in attempts if ok)
    failures = Counter(error.split(":")[0] for _, ok, error in attempts if not ok)
    attempt_counts = Counter(row[2] for row in deliveries)
    payload_ids = {payload["data"]["grievance_id"] for _, payload, _ in receiver.accepted}
    late = [t for _, _, t in receiver.accepted if t > up_at]
    report.what = (
        f"{len(raised)} grievance.raised events ({before} with the receiver up, {during} "
        f"while it refused connections for {up_at - down_at:.0f} s, {after} after); 2 worker "
        "processes, retry schedule compressed 60x"
    )
    report.figure(
        f"attempts recorded: {len(attempts)} ({len(attempts) - sum(failures.values())} "
        f"succeeded, {sum(failures.values())} failed: "
        + ", ".join(f"{k} x{v}" for k, v in failures.most_common())
        + ")"
    )
    report.figure(
        "deliveries by attempts needed: "
        + ", ".join(
            f"{n} attempt{'s' if n > 1 else ''}: {c}" for n, c in sorted(attempt_counts.items())
        )
    )
    if late:
        report.figure(
            f"after the receiver came back, {len(late)} deliveries arrived within "
            f"{max(late) - up_at:.1f} s"
        )
    report.check(
        all_in,
        f"the receiver got every event ({last_in - up_at:.1f} s after it came back)",
    )
    report.check(
        len(raised) == total == events == len(deliveries),
        f"{total} raised, {len(raised)} answered 201, {events} outbox events, "
        f"{len(deliveries)} deliveries queued",
    )
    report.check(
        set(accepted) == delivered_ids and len(delivered_ids) == len(deliveries),
        f"none lost: {len(delivered_ids)} of {len(deliveries)} deliveries `delivered`, "
        f"{len(accepted)} distinct webhook-ids accepted",
    )
    report.check(payload_ids == set(raised), "the payloads name exactly the grievances raised")
    report.check(
        not duplicates and all(n == 1 for n in successes.values()),
        f"no webhook-id accepted twice: {len(duplicates)} duplicates at the receiver, "
        f"{sum(1 for n in successes.values() if n > 1)} deliveries with 2+ successful attempts",
    )
    report.check(receiver.invalid == 0, f"every signature verified ({receiver.invalid} did not)")
    report.check(
        failures and max(attempt_counts) > 1,
        "the outage's deliveries were retried (failed attempts recorded, then delivered)",
    )


# -- drill 3: the server killed in the middle of an HRIS sync -----------------------------


def sync_payload(tag: str, rows: int) -> dict[str, Any]:
    """A new department, `rows` employees in it (every 10th leads the next 9), 3 skills each,
    and a performance review for every 5th: all keyed `DRILL-<tag>-...`."""
    prefix = f"DRILL-{tag}-"
    employees = [
        {
            "external_id": f"{prefix}E{i}",
            "employee_number": f"{tag}{i:06d}",
            "full_name": f"Synced Person {i}",
            "email": f"{tag.lower()}-{i}@drill.example.com",
            "department_external_id": f"{prefix}D",
            "level": "M1" if i % 10 == 0 else ("P1", "P2", "P3")[i % 3],
            "is_managerial": i % 10 == 0,
            "hire_date": (date(2015, 1, 1) + timedelta(days=i % 3000)).isoformat(),
            "team_leader_external_id": None if i % 10 == 0 else f"{prefix}E{i // 10 * 10}",
            "skills": [
                {"skill": SKILLS[(i + k * 7) % len(SKILLS)], "level": 1 + (i + k) % 5}
                for k in range(3)
            ],
        }
        for i in range(rows)
    ]
    reviews = [
        {
            "external_id": f"{prefix}R{i}",
            "employee_external_id": f"{prefix}E{i}",
            "period_start": "2025-01-01",
            "period_end": "2025-06-30",
            "rating": 1 + i % 5,
            "improvement_areas": [SKILLS[i % len(SKILLS)]],
        }
        for i in range(0, rows, 5)
    ]
    return {
        "departments": [{"external_id": f"{prefix}D", "name": f"Drill {tag}"}],
        "employees": employees,
        "performance_reviews": reviews,
    }


def sync_footprint(url: str, tag: str, key: str) -> dict[str, int]:
    """What the database holds of one sync call: rows, audit events, idempotency record."""
    like = f"DRILL-{tag}-%"
    with connect(url) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM departments WHERE external_id LIKE %(like)s),"
            " (SELECT count(*) FROM employees WHERE external_id LIKE %(like)s),"
            " (SELECT count(*) FROM employees WHERE external_id LIKE %(like)s"
            "   AND team_leader_id IS NOT NULL),"
            " (SELECT count(*) FROM employee_skills AS s JOIN employees AS e"
            "   ON e.id = s.employee_id WHERE e.external_id LIKE %(like)s),"
            " (SELECT count(*) FROM performance_reviews WHERE external_id LIKE %(like)s),"
            " (SELECT count(*) FROM audit_events"
            "   WHERE changes->'after'->>'external_id' LIKE %(like)s),"
            " (SELECT count(*) FROM idempotency_records WHERE key = %(key)s)",
            {"like": like, "key": key},
        ).fetchone()
    names = ("departments", "employees", "led", "skills", "reviews", "audit", "idempotency")
    return dict(zip(names, map(int, row or ()), strict=True))


def expected_footprint(payload: dict[str, Any]) -> dict[str, int]:
    employees = payload["employees"]
    rows = len(payload["departments"]) + len(employees) + len(payload["performance_reviews"])
    return {
        "departments": len(payload["departments"]),
        "employees": len(employees),
        "led": sum(1 for e in employees if e["team_leader_external_id"]),
        "skills": sum(len(e["skills"]) for e in employees),
        "reviews": len(payload["performance_reviews"]),
        "audit": rows,  # one *.create event per row
        "idempotency": 1,
    }


def _sync_open(url: str, table: str = "employees") -> tuple[bool, str]:
    """Whether the sync's transaction has written `table` and is still open (a write holds
    the table's RowExclusiveLock until the transaction ends), and what it is running."""
    with connect(url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT round(extract(epoch FROM now() - a.xact_start)::numeric, 1),"
            " left(regexp_replace(a.query, '\\s+', ' ', 'g'), 40)"
            " FROM pg_locks AS l JOIN pg_class AS c ON c.oid = l.relation"
            " JOIN pg_stat_activity AS a ON a.pid = l.pid"
            " WHERE l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            " AND c.relname = %s AND l.mode = 'RowExclusiveLock'"
            " AND l.pid <> pg_backend_pid() LIMIT 1",
            (table,),
        ).fetchone()
    if row is None:
        return False, ""
    return True, f"transaction open {row[0]} s, running {row[1]}..."


@dataclass
class SyncCall:
    status: int | None
    seconds: float
    body: dict[str, Any] | None
    error: str | None = None


async def _post_sync(base: str, bearer: str, body: bytes, key: str) -> SyncCall:
    started = clock()
    headers = {
        "Authorization": f"Bearer {bearer}",
        "Content-Type": "application/json",
        "Idempotency-Key": key,
    }
    try:
        async with httpx.AsyncClient(timeout=180) as http:
            response = await http.post(
                base + "/api/v1/integrations/hris/sync", content=body, headers=headers
            )
    except httpx.HTTPError as exc:
        return SyncCall(None, clock() - started, None, f"{type(exc).__name__}: {exc}"[:120])
    try:
        answer = response.json()
    except ValueError:
        answer = {"text": response.text[:300]}
    return SyncCall(response.status_code, clock() - started, answer)


async def _kill_mid_sync(
    url: str,
    base: str,
    bearer: str,
    body: bytes,
    key: str,
    *,
    kill: Callable[[], None],
    table: str,
    delay: float,
) -> tuple[SyncCall, str, float]:
    """Send the sync; once its transaction has started writing `table`, wait `delay` seconds,
    check it is still open, and kill. Returns the call, the state at the kill, and how long
    into the request it came."""
    request = asyncio.create_task(_post_sync(base, bearer, body, key))
    started = clock()
    while not request.done():
        is_open, _ = await asyncio.to_thread(_sync_open, url, table)
        if is_open:
            break
        await asyncio.sleep(0.05)
    await asyncio.sleep(delay)
    is_open, state = await asyncio.to_thread(_sync_open, url, table)
    at = clock() - started
    if not is_open:
        state = "the sync's transaction was no longer open"
    kill()
    return await request, state, at


def _describe(call: SyncCall) -> str:
    if call.status is None:
        return f"no answer ({call.error})"
    employees = (call.body or {}).get("employees", {})
    return (
        f"HTTP {call.status} in {call.seconds:.1f} s: employees {employees.get('created')} "
        f"created, {employees.get('unchanged')} unchanged"
    )


def _wait_rolled_back(url: str, timeout: float = 60) -> float:
    """Wait until the killed request's transaction has ended; return how long it took."""
    started = clock()
    wait_until(lambda: not _sync_open(url)[0], timeout)
    return clock() - started


def _crash_round(
    url: str,
    server: DrillServer,
    args: argparse.Namespace,
    report: Report,
    *,
    name: str,
    target: str,
    table: str,
) -> bool:
    """One sync killed mid-request, then checked, re-sent and replayed. Returns False, having
    recorded nothing, if the server was stopped from outside the drill meanwhile (a shared
    machine: uvicorn logs an outside SIGTERM), so that the round can be run again."""
    tag, key = name.upper().replace(" ", ""), f"drill-crash-{secrets.token_hex(6)}"
    payload = sync_payload(tag, args.sync_rows)
    body = json.dumps(payload, separators=(",", ":")).encode()
    full = expected_footprint(payload)
    print(
        f"  {name}: kill -9 the {target} once the sync writes {table} "
        f"({args.sync_rows:,} employees, {len(body) / 1024 / 1024:.1f} MiB)",
        flush=True,
    )
    log_offset = server.log_path.stat().st_size
    kill = server.kill_workers if target == "workers" else server.crash
    call, state, at = asyncio.run(
        _kill_mid_sync(
            url, server.base, hris_token(server.base), body, key,
            kill=kill, table=table, delay=args.kill_delay,
        )
    )  # fmt: skip
    killed_at = clock()
    rolled_back = _wait_rolled_back(url)
    if target == "workers":  # uvicorn's supervisor starts new workers
        ready = wait_until(server.ready, 60)
        with server.log_path.open("rb") as log:
            log.seek(log_offset)
            outside = b"Received SIGTERM" in log.read()
        if not ready and outside:
            report.figure(f"{name}: the server got a SIGTERM from outside the drill; run again")
            server.stop()
            server.start()
            return False
    else:  # started again, as the host's service manager would
        server.start()
        ready = True
    back_in = clock() - killed_at
    after_crash = sync_footprint(url, tag, key)
    report.figure(
        f"{name}: {target} killed {at:.1f} s into the request ({state}); client saw "
        f"{_describe(call)}; transaction gone {rolled_back:.1f} s later; serving again after "
        f"{back_in:.1f} s"
    )
    report.check(ready, f"{name}: the server answers /readyz after the kill")
    report.check(
        call.status is None and not state.startswith("the sync"),
        f"{name}: the kill came while the sync's transaction was open",
    )
    report.check(
        after_crash in (dict.fromkeys(full, 0), full),
        f"{name}: all or nothing after the crash: "
        + ", ".join(f"{k} {v}" for k, v in after_crash.items()),
    )
    bearer = hris_token(server.base)
    again = asyncio.run(_post_sync(server.base, bearer, body, key))
    after_retry = sync_footprint(url, tag, key)
    replay = asyncio.run(_post_sync(server.base, bearer, body, key))
    after_replay = sync_footprint(url, tag, key)
    created = (again.body or {}).get("employees", {}).get("created")
    report.figure(
        f"{name}: the same Idempotency-Key after the restart: {_describe(again)}; once more: "
        f"{_describe(replay)}"
    )
    report.check(
        again.status == 200
        and (created == args.sync_rows or after_crash == full)
        and after_retry == full,
        f"{name}: the re-sent call completed the sync in full: "
        + ", ".join(f"{k} {v}" for k, v in after_retry.items()),
    )
    report.check(
        replay.status == again.status and replay.body == again.body and after_replay == full,
        f"{name}: a third send with the key replays the stored answer and changes nothing",
    )
    return True


def drill_crash_sync(pg: PrivatePostgres, args: argparse.Namespace, report: Report) -> None:
    url = pg.create_database("drill_crash_sync", template=TEMPLATE_DB)
    server = start_server(url, "crash-sync.log")
    # Round 1 kills the workers early in the writes (the employees' INSERTs), round 2 the
    # whole server late (the performance reviews, written after employees, skills, leaders
    # and audit events).
    rounds = (("workers", "employees"), ("server", "performance_reviews"))
    try:
        for number, (target, table) in enumerate(rounds, start=1):
            for attempt in "", "b":
                name = f"round {number}{attempt}"
                if _crash_round(url, server, args, report, name=name, target=target, table=table):
                    break
            else:
                report.check(False, f"round {number}: stopped from outside the drill twice")
    finally:
        server.stop()
    report.what = (
        f"HRIS sync of {args.sync_rows:,} employees (+ a department, "
        f"{args.sync_rows // 5:,} reviews) with an Idempotency-Key, kill -9 mid-request: "
        "round 1 the 2 uvicorn workers while it inserts employees, round 2 the whole server "
        "while it inserts the reviews; then the same call again, and once more"
    )


# -- main ----------------------------------------------------------------------------------

DRILLS: dict[str, tuple[str, Callable[[PrivatePostgres, argparse.Namespace, Report], None]]] = {
    "db-restart": ("Database restart under load", drill_db_restart),
    "webhooks": ("Webhook receiver down", drill_webhooks),
    "crash-sync": ("Crash mid-sync", drill_crash_sync),
}


def render(reports: list[Report], pg: PrivatePostgres, seconds: float) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# Fault drills ({when})",
        "",
        f"`bench/drills.py` on a private PostgreSQL {pg.version} cluster, "
        f"`peermentor serve --workers 2`; machine: {os.cpu_count()} CPU cores "
        f"({platform.machine()}); {seconds:.0f} s in all.",
        "",
        "| Drill | What happened | Figures | Verdict |",
        "|---|---|---|---|",
    ]
    for r in reports:
        failed = [text for text, ok in r.checks if not ok]
        verdict = "**PASS**" if r.passed else "**FAIL**: " + "; ".join(failed or ["crashed"])
        figures = "<br>".join(r.figures).replace("|", "\\|")
        lines.append(f"| {r.name} | {r.what.replace('|', '/')} | {figures} | {verdict} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drills", nargs="*", help=f"any of {', '.join(DRILLS)} (default: all)")
    parser.add_argument("--keep", action="store_true", help="keep the private cluster")
    parser.add_argument("--clients", type=int, default=12, help="db-restart: concurrent clients")
    parser.add_argument("--before", type=float, default=10, help="db-restart: s before the stop")
    parser.add_argument("--outage", type=float, default=5, help="db-restart: s PostgreSQL is down")
    parser.add_argument("--after", type=float, default=20, help="db-restart: s after the start")
    parser.add_argument(
        "--events",
        type=int,
        nargs=3,
        default=(30, 40, 20),
        metavar=("BEFORE", "DURING", "AFTER"),
        help="webhooks: events raised with the receiver up, down, and back up",
    )
    parser.add_argument("--down", type=float, default=20, help="webhooks: s the receiver is down")
    parser.add_argument("--deliver-timeout", type=float, default=120)
    parser.add_argument("--sync-rows", type=int, default=5000, help="crash-sync: employees")
    parser.add_argument(
        "--kill-delay", type=float, default=0.5, help="crash-sync: s after the first write"
    )
    args = parser.parse_args()
    chosen = args.drills or list(DRILLS)
    unknown = [name for name in chosen if name not in DRILLS]
    if unknown:
        parser.error(f"unknown drill {unknown[0]!r}; choose from {', '.join(DRILLS)}")

    started = clock()
    pg = PrivatePostgres()
    reports: list[Report] = []
    try:
        print(f"Private PostgreSQL {pg.version} in {pg.root}, port {pg.port} ...", flush=True)
        pg.init()
        print("Migrating and seeding the template database ...", flush=True)
        seed_small(pg.create_database(TEMPLATE_DB))
        for name in chosen:
            title, drill = DRILLS[name]
            report = Report(title)
            print(f"\n== {title} ({name}) ==", flush=True)
            drill_started = clock()
            try:
                pg.ensure_running()
                drill(pg, args, report)
            except Exception as exc:  # a drill that breaks is a failed drill, and says why
                report.check(False, f"the drill stopped: {type(exc).__name__}: {exc}")
            reports.append(report)
            print(
                f"{'PASS' if report.passed else 'FAIL'}: {title} ({clock() - drill_started:.0f} s)",
                flush=True,
            )
    finally:
        pg.destroy(keep=args.keep)
    text = render(reports, pg, clock() - started)
    RESULTS_FILE.parent.mkdir(parents=True, exist_ok=True)
    RESULTS_FILE.write_text(text)
    print("\n" + text)
    print(f"Written to {RESULTS_FILE.relative_to(PROJECT_ROOT)}.")
    return 0 if reports and all(r.passed for r in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
