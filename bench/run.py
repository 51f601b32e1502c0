"""Load benchmark: a live server on the seeded 100,000-employee database, driven by wrk.

    make bench                                   # = .venv/bin/python bench/run.py
    .venv/bin/python bench/run.py --reseed       # recreate the database first
    .venv/bin/python bench/run.py --duration 10s --repeat 1   # a quicker look

It seeds the database if needed (bench/seed.py), starts `peermentor serve --workers 2` on
127.0.0.1:8765 against it, signs in, runs wrk against the read endpoints (each scenario
`--repeat` times, keeping the run with the most requests/s), times every report (bench/
reports.py: sequential requests as HR, the reporting account and a team leader, as CSV,
filtered by department and by a 90-day range; plus wrk at 10 connections on the programme
summary), then times one HRIS sync call creating 10,000 new employees and the same call again
(all unchanged). The tables go to bench/results/latest.md and stdout. The server is always
stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from importlib import metadata
from pathlib import Path
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
    VENV_BIN,
    connect,
    database_url,
    ensure_postgres_running,
)
from reports import TARGET_MS, ReportTiming, render_reports, run_reports
from seed import is_seeded, migrate, seed

HOST = "127.0.0.1"
RESULTS_DIR = BENCH_DIR / "results"

# Picks a random seeded employee id per request; `wrk ... -- <lowest> <highest>`.
RANDOM_EMPLOYEE_LUA = """
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end
function init(args)
  lo = tonumber(args[1])
  hi = tonumber(args[2])
  math.randomseed(os.time() * 1000 + seed)
end
function request()
  return wrk.format("GET", "/api/v1/employees/" .. math.random(lo, hi))
end
"""


# -- wrk ---------------------------------------------------------------------------------


@dataclass
class WrkResult:
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    non_2xx: int = 0
    socket_errors: dict[str, int] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return self.non_2xx + sum(self.socket_errors.values())


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _to_ms(text: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not match:
        raise ValueError(f"unreadable wrk duration {text!r}")
    return float(match.group(1)) * _UNITS_MS[match.group(2)]


def parse_wrk(output: str) -> WrkResult:
    percentiles = {
        int(p): _to_ms(v) for p, v in re.findall(r"^\s+(50|90|99)%\s+(\S+)\s*$", output, re.M)
    }
    total = re.search(r"^\s*(\d+) requests in ([\d.]+\w+),", output, re.M)
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M)
    if not (total and rps and len(percentiles) == 3):
        raise ValueError("unexpected wrk output:\n" + output)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    sockets = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    socket_errors = {}
    if sockets:
        socket_errors = dict(
            zip(("connect", "read", "write", "timeout"), map(int, sockets.groups()), strict=True)
        )
    return WrkResult(
        requests=int(total.group(1)),
        seconds=_to_ms(total.group(2)) / 1000,
        rps=float(rps.group(1)),
        p50_ms=percentiles[50],
        p90_ms=percentiles[90],
        p99_ms=percentiles[99],
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=socket_errors,
    )


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


def run_wrk(
    wrk: str,
    url: str,
    *,
    token: str | None,
    threads: int,
    connections: int,
    duration: str,
    script: Path | None = None,
    script_args: list[str] | None = None,
) -> WrkResult:
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{duration}", "--latency"]
    # wrk's default 2 s timeout would drop slow responses from the latency figures.
    command += ["--timeout", "30s"]
    if token:
        command += ["-H", f"Authorization: Bearer {token}"]
    if script:
        command += ["-s", str(script)]
    command.append(url)
    if script_args:
        command += ["--", *script_args]
    done = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    return parse_wrk(done.stdout)


# -- the server --------------------------------------------------------------------------


class Server:
    """`peermentor serve` in its own process group, stopped (group and all) by stop()."""

    def __init__(self, *, url: str, port: int, workers: int, log_path: Path) -> None:
        self.base = f"http://{HOST}:{port}"
        self.env = {
            **os.environ,
            "DATABASE_URL": url,
            "PEERMENTOR_SECRET_KEY": secrets.token_urlsafe(36),  # 48 characters
            # The key the seeded grievance texts are encrypted with.
            "PEERMENTOR_ENCRYPTION_KEYS": ENCRYPTION_KEY,
            "PEERMENTOR_LOG_LEVEL": "warning",
        }
        self.command = [
            str(VENV_BIN / "peermentor"),
            "serve",
            "--host",
            HOST,
            "--port",
            str(port),
            "--workers",
            str(workers),
        ]
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 60.0) -> None:
        with httpx.Client() as client:
            try:
                client.get(self.base + "/healthz", timeout=1)
            except httpx.TransportError:
                pass
            else:
                raise SystemExit(f"something already answers on {self.base}; pick --port")
        self.log = self.log_path.open("wb")
        self.process = subprocess.Popen(  # noqa: S603
            self.command,
            env=self.env,
            cwd=PROJECT_ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        last = "no answer"
        with httpx.Client() as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise SystemExit(f"the server exited; see {self.log_path}")
                try:
                    response = client.get(self.base + "/readyz", timeout=2)
                except httpx.TransportError as exc:
                    last = repr(exc)
                else:
                    if response.status_code == 200:
                        return
                    last = f"{response.status_code} {response.text[:300]}"
                time.sleep(0.25)
        raise SystemExit(
            f"the server was not ready within {timeout:.0f} s (last /readyz: {last}); "
            f"see {self.log_path}"
        )

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            for sig, wait in ((signal.SIGTERM, 20), (signal.SIGKILL, 5)):
                try:
                    os.killpg(self.process.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    self.process.wait(wait)
                    break
                except subprocess.TimeoutExpired:
                    continue
        self.log.close()
        self.process = None


def token(client: httpx.Client, base: str, form: dict[str, str]) -> str:
    response = client.post(base + "/api/v1/auth/token", data=form, timeout=30)
    response.raise_for_status()
    return str(response.json()["access_token"])


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


def render(
    *,
    args: argparse.Namespace,
    rows: list[tuple[str, str, WrkResult]],
    healthz_rps: float | None,
    syncs: list[tuple[str, SyncResult]],
    payload_bytes: int,
    env: dict[str, str],
    employees: int,
    report_timings: list[ReportTiming],
    summary_wrk: WrkResult | None,
) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"# PeerMentor load benchmark ({when})",
        "",
        f"Database: PostgreSQL, {employees:,} employees in {DEPARTMENTS} departments, "
        f"{PAIRINGS:,} pairings with their reviews, sessions, evaluations and grievances "
        f"(seeded by bench/seed.py). Server: `peermentor serve --workers {args.workers}`. "
        f"Machine: {os.cpu_count()} CPU cores ({platform.machine()}), shared by server, "
        "PostgreSQL and wrk.",
        "",
        f"wrk: `-t{args.threads} -c{args.connections} -d{args.duration} --latency "
        f"--timeout 30s`; each scenario run {args.repeat}x, the run with the most "
        "requests/s is shown.",
        "",
        "| Scenario | Actor | Requests/s | p50 ms | p90 ms | p99 ms | Non-2xx | Socket errors "
        "| vs /healthz |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, actor, r in rows:
        ratio = f"{r.rps / healthz_rps:.1%}" if healthz_rps else "-"
        sockets = sum(r.socket_errors.values())
        lines.append(
            f"| {name} | {actor} | {r.rps:,.0f} | {r.p50_ms:.1f} | {r.p90_ms:.1f} | "
            f"{r.p99_ms:.1f} | {r.non_2xx} | {sockets} | {ratio} |"
        )
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
            f"`-t2 -c{args.report_connections} -d{args.report_duration}` "
            f"(best of {args.repeat}): {r.rps:,.1f} requests/s, p50 {r.p50_ms:,.1f} ms, "
            f"p90 {r.p90_ms:,.1f} ms, p99 {r.p99_ms:,.1f} ms, {r.requests} requests, "
            f"{r.non_2xx} non-2xx, {sum(r.socket_errors.values())} socket errors.",
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reseed", action="store_true", help="recreate the database first")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--duration", default="20s")
    parser.add_argument("--repeat", type=int, default=2, help="runs per measurement (best kept)")
    parser.add_argument("--sync-rows", type=int, default=10_000)
    parser.add_argument(
        "--report-requests", type=int, default=10, help="timed requests per report variant"
    )
    parser.add_argument(
        "--report-connections", type=int, default=10, help="wrk -c on the programme summary"
    )
    parser.add_argument("--report-duration", default="20s", help="wrk -d on the summary")
    parser.add_argument(
        "--skip-load", action="store_true", help="skip the wrk scenarios of /api/v1/employees"
    )
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
        low, high, employees = conn.execute(
            "SELECT min(id), max(id), count(*) FROM employees"
        ).fetchone()  # type: ignore[misc]
        department_id = conn.execute(
            "SELECT id FROM departments WHERE external_id = 'D-17'"
        ).fetchone()[0]  # type: ignore[index]
        report_department_id = conn.execute(
            "SELECT id FROM departments WHERE external_id = 'D-1'"
        ).fetchone()[0]  # type: ignore[index]

    RESULTS_DIR.mkdir(exist_ok=True)
    server = Server(
        url=url, port=args.port, workers=args.workers, log_path=RESULTS_DIR / "server.log"
    )
    rows: list[tuple[str, str, WrkResult]] = []
    syncs: list[tuple[str, SyncResult]] = []
    payload_bytes = 0
    healthz_rps: float | None = None
    report_timings: list[ReportTiming] = []
    summary_wrk: WrkResult | None = None
    try:
        print(f"Starting the server on {server.base} ...", flush=True)
        server.start()
        base = server.base
        with httpx.Client() as client:
            hr = token(
                client,
                base,
                {"grant_type": "password", "username": HR_EMAIL, "password": HR_PASSWORD},
            )
            leader = token(
                client,
                base,
                {"grant_type": "password", "username": LEADER_EMAIL, "password": LEADER_PASSWORD},
            )
            hris = token(
                client,
                base,
                {
                    "grant_type": "client_credentials",
                    "client_id": HRIS_CLIENT_ID,
                    "client_secret": HRIS_CLIENT_SECRET,
                },
            )

            with tempfile.TemporaryDirectory() as tmp:
                script = Path(tmp) / "random_employee.lua"
                script.write_text(RANDOM_EMPLOYEE_LUA)
                scenarios: list[tuple[str, str, str, str | None, Path | None, list[str]]] = [
                    ("GET /healthz (baseline, no auth, no DB)", "-", "/healthz", None, None, []),
                    (
                        "GET /api/v1/employees?limit=50",
                        "HR",
                        "/api/v1/employees?limit=50",
                        hr,
                        None,
                        [],
                    ),
                    (
                        f"GET /api/v1/employees?limit=50&department_id={department_id}",
                        "HR",
                        f"/api/v1/employees?limit=50&department_id={department_id}",
                        hr,
                        None,
                        [],
                    ),
                    (
                        "GET /api/v1/employees?limit=50 (department-scoped)",
                        f"team leader (employee {LEADER_EMPLOYEE_ID})",
                        "/api/v1/employees?limit=50",
                        leader,
                        None,
                        [],
                    ),
                    (
                        "GET /api/v1/employees/{random id}",
                        "HR",
                        "/api/v1/employees/1",
                        hr,
                        script,
                        [str(low), str(high)],
                    ),
                ]
                for name, actor, path, bearer, lua, lua_args in (
                    scenarios if not args.skip_load else []
                ):
                    # A correctness check first: a benchmark of error pages is worthless.
                    headers = {"Authorization": f"Bearer {bearer}"} if bearer else {}
                    check = client.get(base + path, headers=headers, timeout=30)
                    if check.status_code != 200:
                        raise SystemExit(f"{path} answered {check.status_code}: {check.text[:300]}")
                    if "items" in check.json() and len(check.json()["items"]) != 50:
                        raise SystemExit(f"{path} returned {len(check.json()['items'])} items")
                    runs = []
                    for attempt in range(1, args.repeat + 1):
                        print(f"wrk {name} [{actor}] run {attempt}/{args.repeat} ...", flush=True)
                        result = run_wrk(
                            wrk,
                            base + path,
                            token=bearer,
                            threads=args.threads,
                            connections=args.connections,
                            duration=args.duration,
                            script=lua,
                            script_args=lua_args,
                        )
                        print(
                            f"    {result.rps:,.1f} req/s  p50 {result.p50_ms:.1f} ms  "
                            f"p90 {result.p90_ms:.1f} ms  p99 {result.p99_ms:.1f} ms  "
                            f"errors {result.errors}",
                            flush=True,
                        )
                        runs.append(result)
                    best = max(runs, key=lambda r: r.rps)
                    rows.append((name, actor, best))
                    if path == "/healthz":
                        healthz_rps = best.rps

            if not args.skip_reports:
                # Fresh tokens: the load phase may have taken a while.
                tokens = {
                    "HR": token(
                        client,
                        base,
                        {"grant_type": "password", "username": HR_EMAIL, "password": HR_PASSWORD},
                    ),
                    "reporting account": token(
                        client,
                        base,
                        {
                            "grant_type": "client_credentials",
                            "client_id": REPORTING_CLIENT_ID,
                            "client_secret": REPORTING_CLIENT_SECRET,
                        },
                    ),
                    "team leader": token(
                        client,
                        base,
                        {
                            "grant_type": "password",
                            "username": LEADER_EMAIL,
                            "password": LEADER_PASSWORD,
                        },
                    ),
                }
                # The seeded grievance texts are Fernet tokens: the server must read them.
                check = client.get(
                    base + "/api/v1/grievances/1",
                    headers={"Authorization": f"Bearer {tokens['HR']}"},
                    timeout=30,
                )
                if check.status_code != 200 or not check.json().get("description"):
                    raise SystemExit(f"grievance 1: {check.status_code} {check.text[:300]}")
                print("Reports (sequential requests) ...", flush=True)
                report_timings = run_reports(
                    client,
                    base,
                    tokens,
                    today=datetime.now(UTC).date(),  # the programme's time zone is UTC
                    department_id=report_department_id,
                    requests=args.report_requests,
                    repeat=args.repeat,
                )
                summary_runs = []
                for attempt in range(1, args.repeat + 1):
                    print(
                        f"wrk programme summary -c{args.report_connections} "
                        f"run {attempt}/{args.repeat} ...",
                        flush=True,
                    )
                    result = run_wrk(
                        wrk,
                        base + "/api/v1/reports/programme-summary",
                        token=tokens["HR"],
                        threads=2,
                        connections=args.report_connections,
                        duration=args.report_duration,
                    )
                    print(
                        f"    {result.rps:,.1f} req/s  p50 {result.p50_ms:.1f} ms  "
                        f"p99 {result.p99_ms:.1f} ms  errors {result.errors}",
                        flush=True,
                    )
                    summary_runs.append(result)
                summary_wrk = max(summary_runs, key=lambda r: r.rps)

            if not args.skip_sync:
                # A fresh token: the load phase may have taken a while.
                hris = token(
                    client,
                    base,
                    {
                        "grant_type": "client_credentials",
                        "client_id": HRIS_CLIENT_ID,
                        "client_secret": HRIS_CLIENT_SECRET,
                    },
                )
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
        print("Stopping the server ...", flush=True)
        server.stop()

    report = render(
        args=args,
        rows=rows,
        healthz_rps=healthz_rps,
        syncs=syncs,
        payload_bytes=payload_bytes,
        env=versions(url, wrk),
        employees=employees,
        report_timings=report_timings,
        summary_wrk=summary_wrk,
    )
    (RESULTS_DIR / "latest.md").write_text(report)
    print()
    print(report)
    print(f"Written to {(RESULTS_DIR / 'latest.md').relative_to(PROJECT_ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
