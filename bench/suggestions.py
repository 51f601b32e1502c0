"""Mentor-suggestion latency for a department of 2,000 employees (the seeded bench database).

    .venv/bin/python bench/suggestions.py

Opts in 40% of department 1 as mentors, raises a request for one of its managers, then times
`GET /api/v1/mentoring-requests/{id}/mentor-suggestions` in-process (no network; uvloop, as
uvicorn runs it) for the four combinations of `require_same_level` and `include_ineligible`.
The changes are rolled back at the end, leaving the bench database as it was.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from typing import Any

import httpx
import uvloop
from common import HR_EMAIL, HR_PASSWORD, connect, database_url, ensure_postgres_running
from seed import migrate, seed, seeded_employees

DEPARTMENT_ID = 1
REQUESTS_PER_CASE = 60


def prepare(url: str) -> tuple[int, int]:
    """Profiles, one mentee's review and request; returns (request id, department size)."""
    with connect(url) as conn:
        size = conn.execute(
            "SELECT count(*) FROM employees WHERE department_id = %s", (DEPARTMENT_ID,)
        ).fetchone()[0]  # type: ignore[index]
        conn.execute(
            "INSERT INTO mentor_profiles (employee_id, available, capacity, bio, skills_offered,"
            " created_at, updated_at) SELECT id, true, NULL, NULL, '[]', now(), now()"
            " FROM employees WHERE department_id = %s AND id %% 5 < 2"
            " ON CONFLICT (employee_id) DO NOTHING",
            (DEPARTMENT_ID,),
        )
        conn.execute(
            "INSERT INTO performance_reviews (employee_id, period_start, period_end, rating,"
            " summary, improvement_areas, created_at, updated_at) SELECT employee_id,"
            " current_date - 180, current_date - 1, 5, 'bench-suggestions', '[]', now(), now()"
            " FROM mentor_profiles"
        )
        mentee_id = conn.execute(
            "SELECT id FROM employees WHERE department_id = %s AND is_managerial"
            " AND status = 'active' ORDER BY id LIMIT 1",
            (DEPARTMENT_ID,),
        ).fetchone()[0]  # type: ignore[index]
        review_id = conn.execute(
            "INSERT INTO performance_reviews (employee_id, period_start, period_end, rating,"
            " improvement_areas, created_at, updated_at) VALUES (%s, current_date - 180,"
            ' current_date - 1, 3, \'["coaching", "budgeting", "negotiation"]\', now(), now())'
            " RETURNING id",
            (mentee_id,),
        ).fetchone()[0]  # type: ignore[index]
        user_id = conn.execute("SELECT id FROM users WHERE email = %s", (HR_EMAIL,)).fetchone()[0]  # type: ignore[index]
        request_id = conn.execute(
            "INSERT INTO mentoring_requests (mentee_id, performance_review_id, discussion_date,"
            " improvement_areas, status, requested_by, created_at, updated_at) VALUES"
            ' (%s, %s, current_date, \'["coaching", "budgeting", "negotiation"]\', \'open\','
            " %s, now(), now()) RETURNING id",
            (mentee_id, review_id, user_id),
        ).fetchone()[0]  # type: ignore[index]
        conn.commit()
    return request_id, size


def clean_up(url: str, request_id: int) -> None:
    with connect(url) as conn:
        review_id = conn.execute(
            "SELECT performance_review_id FROM mentoring_requests WHERE id = %s", (request_id,)
        ).fetchone()[0]  # type: ignore[index]
        conn.execute("DELETE FROM mentoring_requests WHERE id = %s", (request_id,))
        conn.execute("DELETE FROM performance_reviews WHERE id = %s", (review_id,))
        conn.execute("DELETE FROM performance_reviews WHERE summary = 'bench-suggestions'")
        conn.execute("DELETE FROM mentor_profiles")
        conn.execute("UPDATE programme_settings SET require_same_level = true")
        conn.commit()


async def measure(url: str, request_id: int) -> list[dict[str, Any]]:
    from api.core.config import Settings
    from api.main import create_app

    settings = Settings(
        database_url=url, secret_key="bench-" + "k" * 40, data_dir=tempfile.mkdtemp()
    )
    app = create_app(settings)
    rows = []
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench"
        ) as client,
    ):
        token = (
            await client.post(
                "/api/v1/auth/token",
                data={
                    "grant_type": "password",
                    "username": HR_EMAIL,
                    "password": HR_PASSWORD,
                },
            )
        ).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}"}
        for same_level in (True, False):
            with connect(url) as conn:
                conn.execute("UPDATE programme_settings SET require_same_level = %s", (same_level,))
                conn.commit()
            for include_ineligible in (False, True):
                path = (
                    f"/api/v1/mentoring-requests/{request_id}/mentor-suggestions"
                    f"?limit=20&include_ineligible={str(include_ineligible).lower()}"
                )
                for _ in range(5):  # warm up
                    await client.get(path, headers=headers)
                timings = []
                for _ in range(REQUESTS_PER_CASE):
                    started = time.perf_counter()
                    response = await client.get(path, headers=headers)
                    timings.append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200, response.text
                timings.sort()
                rows.append(
                    {
                        "same_level": same_level,
                        "include_ineligible": include_ineligible,
                        "returned": len(response.json()["items"]),
                        "p50": statistics.median(timings),
                        "p95": timings[int(len(timings) * 0.95) - 1],
                        "max": timings[-1],
                    }
                )
    return rows


def main() -> int:
    url = database_url()
    ensure_postgres_running(url)
    if seeded_employees(url) is None:
        seed(url)
    migrate(url)
    request_id, size = prepare(url)
    try:
        rows = uvloop.run(measure(url, request_id))
    finally:
        clean_up(url, request_id)
    print(
        f"Mentor suggestions, department of {size} employees, 40% opted in, "
        f"{REQUESTS_PER_CASE} requests each (ms, in-process):\n"
    )
    print("| require_same_level | include_ineligible | returned | p50 | p95 | max |")
    print("|---|---|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['same_level']} | {row['include_ineligible']} | {row['returned']} | "
            f"{row['p50']:.1f} | {row['p95']:.1f} | {row['max']:.1f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
