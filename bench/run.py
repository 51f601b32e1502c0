"""Load benchmark: a live server on the seeded 100,000-employee database, driven by wrk.

    make bench                                   # = .venv/bin/python bench/run.py
    .venv/bin/python bench/run.py --reseed       # recreate the database first
    .venv/bin/python bench/run.py --duration 10s --repeat 1   # a quicker look

It seeds the database if needed (bench/seed.py), starts the app with 2 workers on
127.0.0.1:8765 against it and, beside it, bench/baseline.py (a bare FastAPI JSON route and the
same route behind the app's JWT check, no database) with 2 workers on 8766. Then:

1. the ceiling: wrk at 50 connections on the baseline routes and, one path after the other,
   on every 50-row list (HR and a team leader, alternating with the idiomatic route in rounds)
   and the two records by id: throughput as a multiple of the idiomatic route's;
2. the realistic mix: every kind of traffic at once (SPA reads, team-leader lists, review
   forms, HRIS syncs, reports), one wrk per endpoint, 50 connections in all (bench/mix.py),
   with throughput, p50/p95/p99 and the SQL statements of one request of each endpoint;
3. every report, sequential requests (bench/reports.py), and the programme summary under wrk;
4. one HRIS sync call creating 10,000 employees, and the same call again (all unchanged).

The tables go to bench/results/latest.md and stdout. The servers are always stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from importlib import metadata
from typing import Any

import httpx
from common import (
    BENCH_DIR,
    DEPARTMENTS,
    ENCRYPTION_KEY,
    HR_EMAIL,
    HR_PASSWORD,
    HRIS_CLIENT_ID,
    HRIS_CLIENT_SECRET,
    LEADER_EMAIL,
    LEADER_EMPLOYEE_ID,
    LEADER_PASSWORD,
    PAIRINGS,
    PROJECT_ROOT,
    REPORTING_CLIENT_ID,
    REPORTING_CLIENT_SECRET,
    SKILLS,
    SYNC_PREFIX,
    connect,
    database_url,
    ensure_postgres_running,
)
from mix import Endpoint, MixResult, count_statements, run_wrk_scripted
from reports import SUMMARY_TARGET_RPS, TARGET_MS, ReportTiming, render_reports, run_reports
from seed import is_seeded, migrate, seed
from server import Server, token

RESULTS_DIR = BENCH_DIR / "results"


# -- wrk ---------------------------------------------------------------------------------


def find_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    apt = shutil.which("apt-get")
    if apt is None or os.geteuid() != 0:
        raise SystemExit("wrk is not installed (Debian/Ubuntu: apt-get install wrk)")
    print("wrk is missing: apt-get install -y wrk ...", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [apt, "install", "-y", "-q", "wrk"]
    if subprocess.run(install, env=env, check=False).returncode != 0:  # noqa: S603
        subprocess.run([apt, "update", "-q"], env=env, check=True)  # noqa: S603
        subprocess.run(install, env=env, check=True)  # noqa: S603
    found = shutil.which("wrk")
    if not found:
        raise SystemExit("wrk could not be installed")
    return found


# -- the HRIS sync -----------------------------------------------------------------------


def sync_payload(stamp: str, rows: int) -> dict[str, Any]:
    """`rows` new employees in blocks of 200 per department; row i is led by row i // 10 * 10,
    who is led by row i // 100 * 100, who is led by the seeded head of that department."""
    prefix = f"{SYNC_PREFIX}{stamp}-"
    employees = []
    for i in range(rows):
        department = (i // 200) % DEPARTMENTS + 1
        if i % 100 == 0:
            leader = f"E-{department}"  # a seeded department head (member 0: id = department)
        elif i % 10 == 0:
            leader = f"{prefix}{i // 100 * 100}"
        else:
            leader = f"{prefix}{i // 10 * 10}"
        managerial = i % 10 == 0
        employees.append(
            {
                "external_id": f"{prefix}{i}",
                "employee_number": f"S{stamp}{i:05d}",
                "full_name": f"Synced Person {i}",
                "email": f"sync-{stamp}-{i}@bench.example.com",
                "department_external_id": f"D-{department}",
                "function": "engineering",
                "level": ("M1" if managerial else ("P1", "P2", "P3")[i % 3]),
                "job_title": "Team lead" if managerial else "Specialist",
                "is_managerial": managerial,
                "hire_date": (date(2015, 1, 1) + timedelta(days=i % 3000)).isoformat(),
                "team_leader_external_id": leader,
                "status": "active",
                "skills": [
                    {"skill": SKILLS[(i + k * 7) % len(SKILLS)], "level": 1 + (i + k) % 5}
                    for k in range(3)
                ],
            }
        )
    return {"departments": [], "employees": employees, "performance_reviews": []}


@dataclass
class SyncResult:
    seconds: float
    status: int
    outcome: dict[str, Any]

    def counts(self) -> str:
        e = self.outcome.get("employees", {})
        return (
            f"{e.get('created', 0)} created, {e.get('updated', 0)} updated, "
            f"{e.get('unchanged', 0)} unchanged, {len(e.get('errors', []))} errors"
        )


def time_sync(client: httpx.Client, base: str, hris_token: str, body: bytes) -> SyncResult:
    started = time.perf_counter()
    response = client.post(
        base + "/api/v1/integrations/hris/sync",
        content=body,
        headers={"Authorization": f"Bearer {hris_token}", "Content-Type": "application/json"},
        timeout=120,
    )
    seconds = time.perf_counter() - started
    try:
        outcome = response.json()
    except ValueError:
        outcome = {"detail": response.text[:500]}
    return SyncResult(seconds=seconds, status=response.status_code, outcome=outcome)


def remove_synced_employees(url: str) -> int:
    """Delete what earlier sync runs created, so that every run starts from the seeded data."""
    with connect(url) as conn:
        conn.execute(
            "CREATE TEMP TABLE synced ON COMMIT DROP AS"
            " SELECT id FROM employees WHERE external_id LIKE %s",
            (SYNC_PREFIX + "%",),
        )
        count = conn.execute("SELECT count(*) FROM synced").fetchone()[0]  # type: ignore[index]
        if count:
            conn.execute(
                "DELETE FROM audit_events WHERE entity = 'employee'"
                " AND entity_id IN (SELECT id FROM synced)"
            )
            conn.execute("DELETE FROM employee_skills WHERE employee_id IN (SELECT id FROM synced)")
            conn.execute(
                "UPDATE employees SET team_leader_id = NULL WHERE id IN (SELECT id FROM synced)"
            )
            # Nothing references the synced employees, but checking so row by row scans the
            # tables whose references to employees have no index (the app never deletes an
            # employee): minutes for 10,000. The bench's superuser skips the checks.
            conn.execute("SET LOCAL session_replication_role = replica")
            conn.execute("DELETE FROM employees WHERE id IN (SELECT id FROM synced)")
    if count:
        with connect(url, autocommit=True) as conn:
            conn.execute("VACUUM (ANALYZE) employees, employee_skills, audit_events")
    return int(count)


# -- the report --------------------------------------------------------------------------


def versions(url: str, wrk: str) -> dict[str, str]:
    found = {"Python": platform.python_version()}
    for package in ("fastapi", "starlette", "uvicorn", "sqlalchemy", "psycopg", "pydantic"):
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = "?"
    with connect(url) as conn:
        found["PostgreSQL"] = str(conn.execute("SHOW server_version").fetchone()[0])  # type: ignore[index]
    wrk_out = subprocess.run([wrk, "--version"], capture_output=True, text=True, check=False)  # noqa: S603
    found["wrk"] = (
        (wrk_out.stdout + wrk_out.stderr).split("Copyright")[0].strip().removeprefix("wrk ")
    )
    return found


# -- what the mix sends ------------------------------------------------------------------


@dataclass(frozen=True)
class Tokens:
    hr: str
    leader: str
    hris: str
    reporting: str


def sign_in(client: httpx.Client, base: str) -> Tokens:
    def password(username: str, secret: str) -> str:
        form = {"grant_type": "password", "username": username, "password": secret}
        return token(base, form)

    def service(client_id: str, secret: str) -> str:
        form = {
            "grant_type": "client_credentials",
            "client_id": client_id,
            "client_secret": secret,
        }
        return token(base, form)

    return Tokens(
        hr=password(HR_EMAIL, HR_PASSWORD),
        leader=password(LEADER_EMAIL, LEADER_PASSWORD),
        hris=service(HRIS_CLIENT_ID, HRIS_CLIENT_SECRET),
        reporting=service(REPORTING_CLIENT_ID, REPORTING_CLIENT_SECRET),
    )


@dataclass(frozen=True)
class Fixtures:
    """Ids and bodies the requests pick from, read from the seeded database."""

    employee_ids: list[int]
    pairing_ids: list[int]
    review_ids: list[int]  # reviews of active pairings, not cancelled: forms are accepted
    department_id: int  # D-1, the team leader's department
    sync_body: bytes  # 50 seeded employees as the HRIS sends them (a periodic delta)


def read_fixtures(url: str) -> Fixtures:
    with connect(url) as conn:
        employee_ids = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM employees WHERE external_id NOT LIKE %s"
                " ORDER BY random() LIMIT 5000",
                (SYNC_PREFIX + "%",),
            )
        ]
        pairing_ids = [
            row[0] for row in conn.execute("SELECT id FROM pairings ORDER BY random() LIMIT 2000")
        ]
        review_ids = [
            row[0]
            for row in conn.execute(
                "SELECT r.id FROM periodic_reviews r JOIN pairings p ON p.id = r.pairing_id"
                " WHERE p.status = 'active' AND r.cancelled_at IS NULL"
                " ORDER BY random() LIMIT 2000"
            )
        ]
        department_id = conn.execute(
            "SELECT id FROM departments WHERE external_id = 'D-1'"
        ).fetchone()[0]  # type: ignore[index]
        people = conn.execute(
            "SELECT e.id, e.external_id, e.employee_number, e.full_name, e.email,"
            " d.external_id, e.function, e.level, e.job_title, e.is_managerial, e.hire_date,"
            " l.external_id, e.status"
            " FROM employees e JOIN departments d ON d.id = e.department_id"
            " LEFT JOIN employees l ON l.id = e.team_leader_id"
            " WHERE d.external_id = 'D-2' ORDER BY e.id LIMIT 50"
        ).fetchall()
        skills: dict[int, list[dict[str, Any]]] = {}
        for employee_id, skill, level in conn.execute(
            "SELECT employee_id, skill, level FROM employee_skills"
            " WHERE employee_id = ANY(%s) ORDER BY employee_id, skill",
            ([p[0] for p in people],),
        ):
            skills.setdefault(employee_id, []).append({"skill": skill, "level": level})
    employees = [
        {
            "external_id": p[1],
            "employee_number": p[2],
            "full_name": p[3],
            "email": p[4],
            "department_external_id": p[5],
            "function": p[6],
            "level": p[7],
            "job_title": p[8],
            "is_managerial": p[9],
            "hire_date": p[10].isoformat(),
            "team_leader_external_id": p[11],
            "status": p[12],
            "skills": skills.get(p[0], []),
        }
        for p in people
    ]
    body = {"departments": [], "employees": employees, "performance_reviews": []}
    return Fixtures(
        employee_ids=employee_ids,
        pairing_ids=pairing_ids,
        review_ids=review_ids,
        department_id=department_id,
        sync_body=json.dumps(body, separators=(",", ":")).encode(),
    )


FORM = {
    "progress": 4,
    "relationship_health": 4,
    "comments": "Steady progress on the goals",
    "concern": False,
    "on_behalf_note": "Given on paper at the review meeting",
}


def get(
    path: str,
    actor: str,
    token: str,
    connections: int,
    ids: list[int] | None = None,
    *,
    name: str | None = None,
) -> Endpoint:
    return Endpoint(name or f"GET {path}", actor, "GET", path, token, connections, ids or ())


BASELINE_PATHS = ("/bare", "/jwt", "/idiomatic")
IDIOMATIC_NAME = "GET /idiomatic (FastAPI + SQLAlchemy ORM, sync route, 50 employees)"
# Every list of the programme's reads, 50 rows a page, as HR and as the team leader.
LISTS = (
    "/api/v1/employees?limit=50",
    "/api/v1/pairings?limit=50",
    "/api/v1/mentoring-requests?limit=50",
    "/api/v1/reviews?limit=50",
    "/api/v1/training-records?limit=50",
    "/api/v1/grievances?limit=50",
    "/api/v1/notifications?limit=50",
)


def ceiling_endpoints(tokens: Tokens, fixtures: Fixtures, connections: int) -> list[Endpoint]:
    """One after the other at full load: the framework's ceiling, the idiomatic route, every
    list as HR and as the team leader, and the two records read by id."""
    leader = f"team leader (employee {LEADER_EMPLOYEE_ID})"
    endpoints = [
        get("/bare", "-", "", connections, name="GET /bare (FastAPI JSON route, no auth, no DB)"),
        get("/jwt", "HR", tokens.hr, connections, name="GET /jwt (the app's JWT check, no DB)"),
        get("/idiomatic", "-", "", connections, name=IDIOMATIC_NAME),
    ]
    for path in LISTS:
        endpoints.append(get(path, "HR", tokens.hr, connections))
        endpoints.append(get(path, leader, tokens.leader, connections))
    endpoints += [
        get("/api/v1/employees/{id}", "HR", tokens.hr, connections, fixtures.employee_ids),
        get("/api/v1/pairings/{id}", "HR", tokens.hr, connections, fixtures.pairing_ids),
    ]
    return endpoints


def mix_endpoints(tokens: Tokens, fixtures: Fixtures) -> list[Endpoint]:
    """The realistic mix, 50 connections in all: mostly reads from the SPA (HR, team
    leaders), review forms, the HRIS pushing its deltas, analysts' reports."""
    hr, leader, reporting = tokens.hr, tokens.leader, tokens.reporting
    evaluations = f"/api/v1/reports/evaluations?department_id={fixtures.department_id}"
    return [
        get("/api/v1/employees?limit=50", "HR", hr, 8),
        get("/api/v1/pairings?limit=50", "HR", hr, 8),
        get("/api/v1/employees/{id}", "HR", hr, 4, fixtures.employee_ids),
        get("/api/v1/reviews?status=overdue&limit=50", "HR", hr, 4),
        get("/api/v1/employees?limit=50", "team leader", leader, 5),
        get("/api/v1/pairings?limit=50", "team leader", leader, 5),
        get("/api/v1/mentoring-requests?limit=50", "team leader", leader, 3),
        get("/api/v1/notifications?limit=20", "team leader", leader, 1),
        Endpoint(
            "PUT /api/v1/reviews/{id}/forms/mentor",
            "HR (on behalf)",
            "PUT",
            "/api/v1/reviews/{id}/forms/mentor",
            hr,
            6,
            fixtures.review_ids,
            json.dumps(FORM).encode(),
        ),
        Endpoint(
            "POST /api/v1/integrations/hris/sync (50 employees)",
            "HRIS",
            "POST",
            "/api/v1/integrations/hris/sync",
            tokens.hris,
            2,
            body=fixtures.sync_body,
        ),
        get("/api/v1/reports/programme-summary", "HR", hr, 1),
        get("/api/v1/reports/overdue-reviews", "team leader", leader, 1),
        get("/api/v1/reports/grievance-sla", "reporting account", reporting, 1),
        get(evaluations, "reporting account", reporting, 1),
    ]


def check(client: httpx.Client, base: str, endpoint: Endpoint) -> None:
    """A correctness check before a load run: a benchmark of error pages is worthless."""
    path = endpoint.path.replace("{id}", str(endpoint.ids[0] if endpoint.ids else 0))
    headers = {"Authorization": f"Bearer {endpoint.token}"} if endpoint.token else {}
    if endpoint.body is not None:
        headers["Content-Type"] = "application/json"
    response = client.request(
        endpoint.method, base + path, headers=headers, content=endpoint.body, timeout=60
    )
    if response.status_code >= 300:
        raise SystemExit(
            f"{endpoint.method} {path} answered {response.status_code}: {response.text[:300]}"
        )
    if (
        endpoint.method == "GET"
        and "limit=50" in path
        and endpoint.actor == "HR"
        and "/notifications" not in path
    ):
        # HR's lists must hold rows; a team leader's may be short or empty by the rules (they
        # read only the grievances they raised), and the seed sends no notifications (the
        # mix's review forms do: the list is timed with what it holds).
        if not response.json()["items"]:
            raise SystemExit(f"{path} (HR) returned no items")


def sequential_ms(client: httpx.Client, base: str, endpoint: Endpoint, requests: int) -> float:
    """The median latency of one client sending `requests` requests one after the other
    (after one untimed warm-up): the latency of a single read, no queueing."""
    headers = {"Authorization": f"Bearer {endpoint.token}"} if endpoint.token else {}
    ids = list(endpoint.ids) or [0]
    timings = []
    for attempt in range(requests + 1):
        path = endpoint.path.replace("{id}", str(ids[attempt % len(ids)]))
        started = time.perf_counter()
        response = client.get(base + path, headers=headers, timeout=30)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise SystemExit(f"GET {path} answered {response.status_code}")
        if attempt:
            timings.append(elapsed)
    return statistics.median(timings)


# -- the report --------------------------------------------------------------------------

# The read-path targets, as multiples of the idiomatic route's requests/s.
EMPLOYEE_LIST_TARGET = 2.0  # the employee list as HR
RECORD_TARGET = 2.0  # an employee and a pairing by id
LIST_TARGET = 1.0  # every other list, every role
LEADER_SHARE = 0.8  # a team leader's list within 20% of HR's
SEQUENTIAL_TARGET_MS = 10.0  # one client, every list and record, median


def targets(
    ceiling: list[MixResult],
    idiomatic: MixResult,
    sequential: dict[tuple[str, str], float],
    alongside: dict[tuple[str, str], float],
) -> list[str]:
    """One line per target of the issue, met or not (the ratios paired: `alongside`)."""
    lines = []

    def ratio_of(r: MixResult) -> float:
        return r.rps / alongside.get((r.endpoint.name, r.endpoint.actor), idiomatic.rps)

    hr = {r.endpoint.path: r for r in ceiling if r.endpoint.actor == "HR"}
    for r in ceiling:
        path, actor = r.endpoint.path, r.endpoint.actor
        if not path.startswith("/api/"):
            continue
        ratio = ratio_of(r)
        if path == "/api/v1/employees?limit=50" and actor == "HR":
            goal = EMPLOYEE_LIST_TARGET
        elif "{id}" in path:
            goal = RECORD_TARGET
        else:
            goal = LIST_TARGET
        checks = [(f">= {goal:.1f}x idiomatic ({ratio:.2f}x)", ratio >= goal)]
        if actor != "HR" and path in hr:
            # HR's and the team leader's runs alternated (best_in_rounds).
            share = r.rps / hr[path].rps
            checks.append((f"within 20% of HR ({share:.0%})", share >= LEADER_SHARE))
        one = sequential.get((r.endpoint.name, actor))
        if one is not None:
            checks.append(
                (
                    f"1 client p50 < {SEQUENTIAL_TARGET_MS:.0f} ms ({_ms(one)})",
                    one < SEQUENTIAL_TARGET_MS,
                )
            )
        verdict = "; ".join(f"{text} {'met' if ok else '**not met**'}" for text, ok in checks)
        lines.append(f"- {r.endpoint.name} ({actor}): {verdict}.")
    return lines


def _ms(value: float) -> str:
    return f"{value:,.1f}"


def render(
    *,
    args: argparse.Namespace,
    ceiling: list[MixResult],
    mix: list[MixResult],
    report_timings: list[ReportTiming],
    summary_wrk: MixResult | None,
    syncs: list[tuple[str, SyncResult]],
    payload_bytes: int,
    env: dict[str, str],
    employees: int,
    sequential: dict[tuple[str, str], float],
    alongside: dict[tuple[str, str], float],
) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# PeerMentor load benchmark ({when})",
        "",
        f"Database: PostgreSQL, {employees:,} employees in {DEPARTMENTS} departments, "
        f"{PAIRINGS:,} pairings with their reviews, sessions, evaluations and grievances "
        f"(bench/seed.py). Servers: the app and bench/baseline.py, {args.workers} uvicorn "
        f"workers each. Machine: {os.cpu_count()} CPU cores ({platform.machine()}), shared by "
        "the servers, PostgreSQL and wrk.",
    ]
    idiomatic = next((r for r in ceiling if r.endpoint.path == "/idiomatic"), None)
    jwt = next((r for r in ceiling if r.endpoint.path == "/jwt"), None)

    def ratios(rps: float, paired: float | None = None) -> str:
        yardstick = paired or (idiomatic.rps if idiomatic else None)
        vs_idiomatic = f"{rps / yardstick:.2f}x" if yardstick else "-"
        vs_jwt = f"{rps / jwt.rps:.1%}" if jwt and jwt.rps else "-"
        return f"{vs_idiomatic} | {vs_jwt}"

    if ceiling:
        lines += [
            "",
            f"## Ceiling: one endpoint at a time, wrk `-t1 -c{args.connections} "
            f"-d{args.duration}` (best of {args.repeat})",
            "",
            "`vs idiomatic`: requests/s as a multiple of `GET /idiomatic` (a sync FastAPI route "
            "listing 50 employees through an ORM session, bench/baseline.py) measured in the "
            "same rounds as the endpoint (`idiomatic alongside`: yardstick, HR, team leader, "
            "yardstick, HR, team leader, ..., the best run of each): the host's speed drifts by "
            "up to 2x within minutes, so each endpoint is compared with the yardstick of its own "
            "moment (the routes without one, with the run's first), and a team leader's list "
            "with HR's of the same moments. `vs JWT`: as a share of `GET /jwt`. `1 client p50`: "
            "the median of "
            f"{args.sequential_requests} sequential requests from one client.",
            "",
            "| Endpoint | Actor | Requests/s | p50 ms | p95 ms | p99 ms | Errors "
            "| idiomatic alongside | vs idiomatic | vs JWT | 1 client p50 ms |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in ceiling:
            one = sequential.get((r.endpoint.name, r.endpoint.actor))
            paired = alongside.get((r.endpoint.name, r.endpoint.actor))
            lines.append(
                f"| {r.endpoint.name} | {r.endpoint.actor} | {r.rps:,.0f} | {_ms(r.p50_ms)} | "
                f"{_ms(r.p95_ms)} | {_ms(r.p99_ms)} | {r.non_2xx + r.socket_errors} | "
                f"{'-' if paired is None else f'{paired:,.0f}'} | "
                f"{ratios(r.rps, paired)} | {'-' if one is None else _ms(one)} |"
            )
        if idiomatic is not None:
            lines += ["", *targets(ceiling, idiomatic, sequential, alongside)]
    if mix:
        total = sum(r.rps for r in mix)
        lines += [
            "",
            f"## Realistic mix: all at once, {sum(r.endpoint.connections for r in mix)} "
            f"connections, {args.mix_duration}",
            "",
            f"Total {total:,.0f} requests/s. SQL statements: one request of the endpoint, "
            "counted at the driver (the app in-process on the same database).",
            "",
            "| Endpoint | Actor | Connections | Requests/s | p50 ms | p95 ms | p99 ms "
            "| Non-2xx | Socket errors | SQL statements | vs idiomatic | vs JWT |",
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in mix:
            sql = "-" if r.sql_statements is None else str(r.sql_statements)
            lines.append(
                f"| {r.endpoint.name} | {r.endpoint.actor} | {r.endpoint.connections} | "
                f"{r.rps:,.1f} | {_ms(r.p50_ms)} | {_ms(r.p95_ms)} | {_ms(r.p99_ms)} | "
                f"{r.non_2xx} | {r.socket_errors} | {sql} | {ratios(r.rps)} |"
            )
        lines += [
            "",
            "The mix's ratios divide each endpoint's requests/s (with its share of the 50 "
            "connections, everything else running) by the ceiling's idiomatic and JWT routes "
            "(alone, 50 connections) of the same run.",
        ]
    if report_timings:
        lines += render_reports(report_timings, requests=args.report_requests, repeat=args.repeat)
        slowest = max(report_timings, key=lambda t: t.p50_ms)
        over = sorted({t.report for t in report_timings if t.p50_ms >= TARGET_MS})
        lines += [
            "",
            f"Slowest: {slowest.report} ({slowest.variant}, {slowest.actor}): p50 "
            f"{slowest.p50_ms:,.0f} ms. Reports with a median over {TARGET_MS:.0f} ms in any "
            f"variant: {', '.join(over) if over else 'none'}.",
        ]
    if summary_wrk is not None:
        r = summary_wrk
        lines += [
            "",
            f"`GET /api/v1/reports/programme-summary` as HR under wrk "
            f"`-t1 -c{args.report_connections} -d{args.report_duration}` "
            f"(best of {args.repeat}): {r.rps:,.1f} requests/s, p50 {_ms(r.p50_ms)} ms, "
            f"p95 {_ms(r.p95_ms)} ms, p99 {_ms(r.p99_ms)} ms, {r.requests} requests, "
            f"{r.non_2xx} non-2xx, {r.socket_errors} socket errors. Target: at least "
            f"{SUMMARY_TARGET_RPS:.0f} requests/s: "
            f"{'met' if r.rps >= SUMMARY_TARGET_RPS else '**not met**'}.",
        ]
    if syncs:
        lines += [
            "",
            f"HRIS sync, one `POST /api/v1/integrations/hris/sync` call of {args.sync_rows:,} "
            f"employees ({payload_bytes / 1024 / 1024:.2f} MiB of JSON, 3 skills each), "
            f"best of {args.repeat}:",
            "",
            "| Call | HTTP | Wall time s | Employees |",
            "|---|---:|---:|---|",
        ]
        for name, s in syncs:
            lines.append(f"| {name} | {s.status} | {s.seconds:.2f} | {s.counts()} |")
    lines += ["", "Versions: " + ", ".join(f"{k} {v}" for k, v in env.items()), ""]
    return "\n".join(lines)


# -- main --------------------------------------------------------------------------------


def best_of(wrk: str, base: str, endpoint: Endpoint, *, duration: str, repeat: int) -> MixResult:
    [best] = best_in_rounds(wrk, [(base, endpoint)], duration=duration, repeat=repeat)
    return best


def best_in_rounds(
    wrk: str, runs: list[tuple[str, Endpoint]], *, duration: str, repeat: int
) -> list[MixResult]:
    """Each (base, endpoint) `repeat` times, in rounds (A, B, C, A, B, C, ...), and the best run
    of each: endpoints compared with each other (an endpoint and the idiomatic route, a team
    leader's list and HR's) are measured at neighbouring moments of a host whose speed drifts
    by up to 2x within minutes, not minutes apart."""
    results: list[list[MixResult]] = [[] for _ in runs]
    for attempt in range(1, repeat + 1):
        for (base, endpoint), mine in zip(runs, results, strict=True):
            print(f"wrk {endpoint.name} [{endpoint.actor}] run {attempt}/{repeat} ...", flush=True)
            [result] = run_wrk_scripted(wrk, base, [endpoint], duration=duration)
            print(
                f"    {result.rps:,.1f} req/s  p50 {_ms(result.p50_ms)} ms  p95 "
                f"{_ms(result.p95_ms)} ms  p99 {_ms(result.p99_ms)} ms  "
                f"errors {result.non_2xx + result.socket_errors}",
                flush=True,
            )
            mine.append(result)
    return [max(mine, key=lambda r: r.rps) for mine in results]


def ceiling_groups(endpoints: list[Endpoint]) -> list[list[Endpoint]]:
    """The ceiling's endpoints in the groups measured together: each baseline route alone, and
    each list or record with the other actors' runs of the same path."""
    groups: dict[str, list[Endpoint]] = {}
    for endpoint in endpoints:
        key = endpoint.path if endpoint.path.startswith("/api/") else endpoint.name
        groups.setdefault(key, []).append(endpoint)
    return list(groups.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reseed", action="store_true", help="recreate the database first")
    parser.add_argument("--port", type=int, default=8765, help="the app; the baseline: +1")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--duration", default="15s", help="wrk -d of each ceiling run")
    parser.add_argument("--mix-duration", default="30s", help="wrk -d of the mix")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement (best kept)")
    parser.add_argument("--sync-rows", type=int, default=10_000)
    parser.add_argument(
        "--report-requests", type=int, default=10, help="timed requests per report variant"
    )
    parser.add_argument(
        "--report-connections", type=int, default=10, help="wrk -c on the programme summary"
    )
    parser.add_argument("--report-duration", default="15s", help="wrk -d on the summary")
    parser.add_argument(
        "--sequential-requests",
        type=int,
        default=50,
        help="timed one-client requests per list and record (the median is reported)",
    )
    parser.add_argument("--skip-ceiling", action="store_true", help="skip the one-at-a-time runs")
    parser.add_argument("--skip-mix", action="store_true", help="skip the realistic mix")
    parser.add_argument("--skip-reports", action="store_true", help="skip the reports")
    parser.add_argument("--skip-sync", action="store_true", help="skip the HRIS sync")
    args = parser.parse_args()

    url = database_url()
    ensure_postgres_running(url)
    wrk = find_wrk()
    if args.reseed or not is_seeded(url):
        # Also when the database holds an older seed (no pairings, no reporting account).
        seed(url)
    else:
        migrate(url)  # the app may have gained migrations since the database was seeded
    removed = remove_synced_employees(url)
    if removed:
        print(f"Removed {removed} employees left by earlier sync runs.")
    with connect(url) as conn:
        employees = conn.execute("SELECT count(*) FROM employees").fetchone()[0]  # type: ignore[index]
    fixtures = read_fixtures(url)

    RESULTS_DIR.mkdir(exist_ok=True)
    secret_key = secrets.token_urlsafe(36)  # 48 characters, shared by both servers
    # The HRIS pushes deltas in a loop here, above the default 1,200 requests a minute.
    unlimited = {"PEERMENTOR_SERVICE_RATE_LIMIT_PER_MINUTE": "0"}
    server = Server(
        url=url,
        port=args.port,
        workers=args.workers,
        log_path=RESULTS_DIR / "server.log",
        secret_key=secret_key,
        extra_env=unlimited,
    )
    baseline = Server(
        url=url,
        port=args.port + 1,
        workers=args.workers,
        log_path=RESULTS_DIR / "baseline.log",
        secret_key=secret_key,
        app="bench.baseline:app_factory",
    )
    ceiling: list[MixResult] = []
    sequential: dict[tuple[str, str], float] = {}
    alongside: dict[tuple[str, str], float] = {}
    mix: list[MixResult] = []
    syncs: list[tuple[str, SyncResult]] = []
    payload_bytes = 0
    report_timings: list[ReportTiming] = []
    summary_wrk: MixResult | None = None
    try:
        print(f"Starting the app on {server.base} and the baseline on {baseline.base} ...")
        server.start()
        baseline.start()
        base = server.base
        with httpx.Client() as client:
            tokens = sign_in(client, base)
            if not args.skip_ceiling:
                endpoints = ceiling_endpoints(tokens, fixtures, args.connections)
                [yardstick] = [e for e in endpoints if e.path == "/idiomatic"]
                for group in ceiling_groups(endpoints):
                    runs = []
                    for endpoint in group:
                        target = baseline.base if endpoint.path in BASELINE_PATHS else base
                        check(client, target, endpoint)
                        runs.append((target, endpoint))
                    ours = group[0].path.startswith("/api/")
                    if ours:
                        # The yardstick, in the same rounds as the endpoints it is compared with.
                        runs.insert(0, (baseline.base, yardstick))
                    bests = best_in_rounds(wrk, runs, duration=args.duration, repeat=args.repeat)
                    if ours:
                        paired, *bests = bests
                        for endpoint in group:
                            alongside[(endpoint.name, endpoint.actor)] = paired.rps
                    ceiling += bests
                    for target, endpoint in runs:
                        if endpoint.path.startswith("/api/"):
                            sequential[(endpoint.name, endpoint.actor)] = sequential_ms(
                                client, target, endpoint, args.sequential_requests
                            )
            if not args.skip_mix:
                endpoints = mix_endpoints(tokens, fixtures)
                for endpoint in endpoints:
                    check(client, base, endpoint)
                print(f"The mix, {len(endpoints)} wrk processes for {args.mix_duration} ...")
                mix = run_wrk_scripted(wrk, base, endpoints, duration=args.mix_duration)
                counts = count_statements(
                    url, endpoints, secret_key=secret_key, encryption_key=ENCRYPTION_KEY
                )
                for result in mix:
                    result.sql_statements = counts[result.endpoint.name]
                    print(
                        f"    {result.endpoint.name} [{result.endpoint.actor}]: "
                        f"{result.rps:,.1f} req/s p99 {_ms(result.p99_ms)} ms, "
                        f"{result.sql_statements} SQL statements",
                        flush=True,
                    )

            if not args.skip_reports:
                tokens = sign_in(client, base)  # fresh: the load phase may have taken a while
                # The seeded grievance texts are Fernet tokens: the server must read them.
                grievance = client.get(
                    base + "/api/v1/grievances/1",
                    headers={"Authorization": f"Bearer {tokens.hr}"},
                    timeout=30,
                )
                if grievance.status_code != 200 or not grievance.json().get("description"):
                    raise SystemExit(f"grievance 1: {grievance.status_code} {grievance.text[:300]}")
                print("Reports (sequential requests) ...", flush=True)
                report_timings = run_reports(
                    client,
                    base,
                    {
                        "HR": tokens.hr,
                        "reporting account": tokens.reporting,
                        "team leader": tokens.leader,
                    },
                    today=datetime.now(UTC).date(),  # the programme's time zone is UTC
                    department_id=fixtures.department_id,
                    requests=args.report_requests,
                    repeat=args.repeat,
                )
                summary = Endpoint(
                    "GET /api/v1/reports/programme-summary",
                    "HR",
                    "GET",
                    "/api/v1/reports/programme-summary",
                    tokens.hr,
                    args.report_connections,
                )
                summary_wrk = best_of(
                    wrk, base, summary, duration=args.report_duration, repeat=args.repeat
                )

            if not args.skip_sync:
                hris = sign_in(client, base).hris
                firsts: list[SyncResult] = []
                repeats: list[SyncResult] = []
                for attempt in range(1, args.repeat + 1):
                    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S") + f"r{attempt}"
                    body = json.dumps(
                        sync_payload(stamp, args.sync_rows), separators=(",", ":")
                    ).encode()
                    payload_bytes = len(body)
                    for label, bucket in (("new", firsts), ("same again", repeats)):
                        print(
                            f"HRIS sync of {args.sync_rows} employees ({label}), "
                            f"run {attempt}/{args.repeat} ...",
                            flush=True,
                        )
                        timed = time_sync(client, base, hris, body)
                        print(f"    HTTP {timed.status} in {timed.seconds:.2f} s: {timed.counts()}")
                        if timed.status != 200:
                            print("    " + json.dumps(timed.outcome)[:1000])
                        bucket.append(timed)
                for label, bucket in (
                    (f"{args.sync_rows:,} new employees (created)", firsts),
                    ("the same payload again (unchanged)", repeats),
                ):
                    ok = [r for r in bucket if r.status == 200] or bucket
                    syncs.append((label, min(ok, key=lambda r: r.seconds)))
    finally:
        print("Stopping the servers ...", flush=True)
        server.stop()
        baseline.stop()

    report = render(
        args=args,
        ceiling=ceiling,
        mix=mix,
        report_timings=report_timings,
        summary_wrk=summary_wrk,
        syncs=syncs,
        payload_bytes=payload_bytes,
        env=versions(url, wrk),
        employees=employees,
        sequential=sequential,
        alongside=alongside,
    )
    (RESULTS_DIR / "latest.md").write_text(report)
    print()
    print(report)
    print(f"Written to {(RESULTS_DIR / 'latest.md').relative_to(PROJECT_ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
