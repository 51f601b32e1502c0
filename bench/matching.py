"""Programme-wide matching for one department: 2,000 employees, every one of them with an open
mentoring request (2,000 requests), 40% of them opted-in, highly rated mentors.

    .venv/bin/python bench/matching.py                      # a fresh SQLite database
    .venv/bin/python bench/matching.py --database-url postgresql://postgres@127.0.0.1:5432/x

Creates the database with the app's migrations (a PostgreSQL database named in the URL is
dropped and recreated, and dropped again at the end), seeds it deterministically, then times
`POST /api/v1/matching-runs` in process (httpx on the ASGI app: no network) for both
objectives. Prints the run's size (proposals, unmatched, total score) and the timings.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from api.auth.models import User
from api.core.config import Settings, sync_database_url
from api.core.migrations import upgrade_to_head
from api.core.security import Actor, Role, create_access_token
from api.employees.models import Department, Employee, EmployeeSkill, PerformanceReview
from api.main import create_app
from api.matching import solver
from api.mentors.models import MentorProfile
from api.programme.models import ProgrammeSettings
from api.requests.models import MentoringRequest

EMPLOYEES = 2_000
MENTOR_SHARE = 0.4
SKILLS = [
    "Coaching",
    "Delegation",
    "Budgeting",
    "Negotiation",
    "Planning",
    "Hiring",
    "Presenting",
    "Writing",
    "Forecasting",
    "Conflict resolution",
    "Stakeholder management",
    "Prioritisation",
]
LEVELS = ["M1", "M2", "M3", "M4"]
SECRET = "bench-matching-secret-key-not-for-production-0123456789"


def prepare_database(url: str | None, data_dir: Path) -> str:
    if url is None:
        return f"sqlite:///{data_dir / 'matching.db'}"
    sync = make_url(sync_database_url(url))
    admin = create_engine(sync.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{sync.database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{sync.database}"'))
    admin.dispose()
    return url


def drop_database(url: str) -> None:
    sync = make_url(sync_database_url(url))
    admin = create_engine(sync.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{sync.database}" WITH (FORCE)'))
    admin.dispose()


def seed(settings: Settings) -> int:
    """The department, its people, profiles, reviews and requests; returns HR's user id."""
    rng = random.Random(17)
    engine = create_engine(sync_database_url(settings.resolved_database_url()))
    today = date.today()
    with Session(engine) as session:
        if session.get(ProgrammeSettings, 1) is None:
            session.add(ProgrammeSettings(id=1))
        department = Department(name="Operations", external_id="D-BENCH")
        session.add(department)
        hr = User(email="hr@example.com", password_hash="x", role="hr_admin")
        session.add(hr)
        session.flush()
        employees = []
        for n in range(EMPLOYEES):
            leader = employees[n - n % 10].id if n % 10 and employees else None
            employee = Employee(
                full_name=f"Employee {n}",
                email=f"employee{n}@example.com",
                department_id=department.id,
                level=LEVELS[n % len(LEVELS)],
                is_managerial=True,
                hire_date=date(2015, 1, 1) + timedelta(days=rng.randrange(3000)),
                status="active",
                team_leader_id=leader,
                skills=[
                    EmployeeSkill(skill=skill, level=rng.randint(1, 5))
                    for skill in rng.sample(SKILLS, 4)
                ],
            )
            session.add(employee)
            if n % 10 == 0:
                session.flush()
            employees.append(employee)
        session.flush()
        for employee in employees:
            mentor = rng.random() < MENTOR_SHARE
            areas = rng.sample(SKILLS, rng.randint(1, 3))
            review = PerformanceReview(
                employee_id=employee.id,
                period_start=today - timedelta(days=180),
                period_end=today - timedelta(days=1),
                rating=rng.choice([4, 5]) if mentor else rng.choice([2, 3]),
                improvement_areas=areas,
            )
            session.add(review)
            if mentor:
                session.add(
                    MentorProfile(
                        employee_id=employee.id,
                        available=True,
                        capacity=rng.choice([None, 1]),
                        skills_offered=[],
                    )
                )
            session.flush()
            session.add(
                MentoringRequest(
                    mentee_id=employee.id,
                    performance_review_id=review.id,
                    discussion_date=today,
                    improvement_areas=areas,
                    status="open",
                    requested_by=hr.id,
                )
            )
        session.commit()
        hr_id = hr.id
    if engine.dialect.name == "postgresql":
        # As after any bulk load (and as autovacuum would do soon): planner statistics.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    engine.dispose()
    return hr_id


async def time_runs(settings: Settings, token: str, repeat: int) -> dict[str, list[float]]:
    app = create_app(settings)
    timings: dict[str, list[float]] = {}
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://bench"
        ) as client,
    ):
        headers = {"Authorization": f"Bearer {token}"}
        for objective in solver.OBJECTIVES:
            for _ in range(repeat):
                start = time.perf_counter()
                response = await client.post(
                    "/api/v1/matching-runs", headers=headers, json={"objective": objective}
                )
                elapsed = time.perf_counter() - start
                assert response.status_code == 201, response.text
                timings.setdefault(objective, []).append(elapsed)
            body = response.json()
            print(
                f"{objective}: {len(body['proposals'])} proposals, {len(body['unmatched'])} "
                f"unmatched, total score {body['total_score']}"
            )
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        url = prepare_database(args.database_url, Path(data_dir))
        settings = Settings(
            env="test", database_url=url, secret_key=SECRET, data_dir=Path(data_dir)
        )
        upgrade_to_head(settings)
        started = time.perf_counter()
        hr_id = seed(settings)
        print(f"seeded {EMPLOYEES} employees and requests in {time.perf_counter() - started:.1f} s")
        token = create_access_token(
            settings, SECRET, Actor(kind="user", id=hr_id, role=Role.HR_ADMIN, employee_id=None)
        )[0]
        try:
            timings = asyncio.run(time_runs(settings, token, args.repeat))
        finally:
            if args.database_url is not None:
                drop_database(args.database_url)
    for objective, values in timings.items():
        print(
            f"POST /matching-runs {objective}: median {statistics.median(values) * 1000:.0f} ms,"
            f" max {max(values) * 1000:.0f} ms over {len(values)}"
        )


if __name__ == "__main__":
    main()
