"""The reports scenario of bench/run.py: each `GET /api/v1/reports/...` timed with httpx.

Requests are sequential (one at a time, so the figure is one report's own latency, not
queueing): per report and variant `requests` timed calls after one untimed warm-up call that
also checks the answer (HTTP 200). Each series is run `repeat` times and the one with the lower
median is kept (the machine is shared and noisy).
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import httpx

REPORTS = ["programme-summary", "overdue-reviews", "grievance-sla", "evaluations", "training"]
TARGET_MS = 200.0  # issue 16: every report variant's median under 200 ms at the bench scale
SUMMARY_TARGET_RPS = 50.0  # issue 16: the programme summary under 10 clients
RANGE_DAYS = 90


@dataclass(frozen=True)
class Variant:
    name: str
    actor: str  # a key of the tokens dict
    query: dict[str, str]
    csv: bool = False


@dataclass
class ReportTiming:
    report: str
    variant: str
    actor: str
    rows: int
    bytes: int
    p50_ms: float
    max_ms: float
    requests: int
    status: int


def variants(today: date, department_id: int) -> list[Variant]:
    since = today - timedelta(days=RANGE_DAYS)
    return [
        Variant("all", "HR", {}),
        Variant("all", "reporting account", {}),
        Variant("all, ?format=csv", "HR", {"format": "csv"}, csv=True),
        Variant(f"department_id={department_id}", "HR", {"department_id": str(department_id)}),
        Variant(
            f"last {RANGE_DAYS} days",
            "HR",
            {"date_from": since.isoformat(), "date_to": today.isoformat()},
        ),
        Variant("all (own scope)", "team leader", {}),
    ]


def count_rows(report: str, response: httpx.Response, csv: bool) -> int:
    """Data rows of the answer: CSV lines after the header; JSON items; for the summary (one
    row of figures) the pairings it counts."""
    if csv:
        return max(response.text.count("\r\n") - 1, 0)
    body: dict[str, Any] = response.json()
    if report == "programme-summary":
        return sum(body["pairings_by_status"].values())
    return len(body["items"])


def time_series(
    client: httpx.Client, url: str, params: dict[str, str], headers: dict[str, str], n: int
) -> tuple[list[float], httpx.Response]:
    timings = []
    response = None
    for _ in range(n):
        started = time.perf_counter()
        response = client.get(url, params=params, headers=headers, timeout=120)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            break
    assert response is not None
    return timings, response


def run_reports(
    client: httpx.Client,
    base: str,
    tokens: dict[str, str],
    *,
    today: date,
    department_id: int,
    requests: int,
    repeat: int,
) -> list[ReportTiming]:
    results = []
    for report in REPORTS:
        url = f"{base}/api/v1/reports/{report}"
        for variant in variants(today, department_id):
            headers = {"Authorization": f"Bearer {tokens[variant.actor]}"}
            warm = client.get(url, params=variant.query, headers=headers, timeout=120)
            if warm.status_code != 200:
                raise SystemExit(
                    f"{report} {variant.query} answered {warm.status_code}: {warm.text[:300]}"
                )
            best: tuple[list[float], httpx.Response] | None = None
            for _ in range(repeat):
                timings, response = time_series(client, url, variant.query, headers, requests)
                if best is None or statistics.median(timings) < statistics.median(best[0]):
                    best = (timings, response)
            assert best is not None
            timings, response = best
            timing = ReportTiming(
                report=report,
                variant=variant.name,
                actor=variant.actor,
                rows=count_rows(report, response, variant.csv)
                if response.status_code == 200
                else 0,
                bytes=len(response.content),
                p50_ms=statistics.median(timings),
                max_ms=max(timings),
                requests=len(timings),
                status=response.status_code,
            )
            print(
                f"  {report:<18} {variant.name:<24} {variant.actor:<18} "
                f"{timing.rows:>6} rows {timing.bytes / 1024:>8.1f} KiB  "
                f"p50 {timing.p50_ms:7.1f} ms  max {timing.max_ms:7.1f} ms",
                flush=True,
            )
            results.append(timing)
    return results


def render_reports(timings: list[ReportTiming], *, requests: int, repeat: int) -> list[str]:
    lines = [
        "",
        f"Reports, `GET /api/v1/reports/...`, sequential httpx requests (one at a time): "
        f"{requests} timed requests per row after one warm-up, the series run {repeat}x and "
        f"the one with the lower median shown. Rows: items of the answer (CSV: lines after "
        f"the header; programme summary: the pairings it counts). Target: a median under "
        f"{TARGET_MS:.0f} ms.",
        "",
        "| Report | Variant | Actor | HTTP | Rows | Size KiB | p50 ms | max ms | p50 < target |",
        "|---|---|---|---:|---:|---:|---:|---:|---|",
    ]
    for t in timings:
        ok = "yes" if t.p50_ms < TARGET_MS else "**no**"
        lines.append(
            f"| {t.report} | {t.variant} | {t.actor} | {t.status} | {t.rows:,} | "
            f"{t.bytes / 1024:,.1f} | {t.p50_ms:,.1f} | {t.max_ms:,.1f} | {ok} |"
        )
    return lines
