"""Test harness: one migrated database per run (SQLite by default, PostgreSQL when
PEERMENTOR_TEST_DATABASE_URL names one), emptied after every test; the app served in-process
through TestClient; factories that write rows directly with a synchronous session."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session

from api.auth.models import ServiceAccount, User
from api.core.config import Settings, sync_database_url
from api.core.migrations import upgrade_to_head
from api.core.security import Actor, Role, create_access_token, hash_password_sync
from api.employees.models import Department, Employee, EmployeeSkill, PerformanceReview
from api.main import create_app
from api.models import Base
from api.programme.models import ProgrammeSettings

TEST_SECRET = "test-secret-key-that-is-long-enough-0123456789"
PASSWORD = "correct horse battery staple"


def _database_url(tmp_root: Path) -> tuple[str, str | None]:
    """The URL tests run against, and the admin URL used to create/drop it (PostgreSQL)."""
    requested = os.environ.get("PEERMENTOR_TEST_DATABASE_URL")
    if not requested or requested.startswith("sqlite"):
        return f"sqlite:///{tmp_root / 'test.db'}", None
    admin = sync_database_url(requested)
    name = f"pm_test_{uuid.uuid4().hex[:10]}"
    return make_url(admin).set(database=name).render_as_string(hide_password=False), admin


def pytest_report_header(config: pytest.Config) -> str:
    url = os.environ.get("PEERMENTOR_TEST_DATABASE_URL", "")
    return "database: " + ("postgresql" if url.startswith("postgres") else "sqlite")


@pytest.fixture(scope="session")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url, admin = _database_url(tmp_path_factory.mktemp("db"))
    if admin:
        name = make_url(url).database
        admin_engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with admin_engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url
    finally:
        if admin:
            with admin_engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin_engine.dispose()


@pytest.fixture(scope="session")
def is_postgres(database: str) -> bool:
    return database.startswith("postgresql")


@pytest.fixture(scope="session")
def settings(database: str, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = Settings(
        env="test",
        database_url=database,
        secret_key=TEST_SECRET,
        data_dir=tmp_path_factory.mktemp("data"),
        argon2_time_cost=1,
        argon2_memory_cost=8192,
        max_body_bytes=1024 * 1024,
    )
    upgrade_to_head(settings)
    return settings


@pytest.fixture(scope="session")
def engine(settings: Settings) -> Iterator[Engine]:
    engine = create_engine(sync_database_url(settings.resolved_database_url()))
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def app_client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(autouse=True)
def _empty_database(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "engine" not in request.fixturenames:
        return
    empty_database(request.getfixturevalue("engine"))


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


@dataclass
class Person:
    """A test user with their employee record (if any) and a ready token."""

    user: User | None
    employee: Employee | None
    actor: Actor
    token: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    @property
    def id(self) -> int:
        assert self.employee is not None
        return self.employee.id


class Factory:
    """Writes rows straight to the database, each committed, for tests to act on."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.settings = settings
        self._seq = 0
        self._password_hash: str | None = None

    def _next(self) -> int:
        self._seq += 1
        return self._seq

    def _save(self, *objects: Any) -> None:
        with Session(self.engine, expire_on_commit=False) as session:
            session.add_all(objects)
            session.commit()

    def department(self, name: str | None = None, **fields: Any) -> Department:
        n = self._next()
        department = Department(name=name or f"Department {n}", **fields)
        self._save(department)
        return department

    def employee(
        self,
        department: Department | None = None,
        *,
        skills: dict[str, int] | None = None,
        team_leader: Employee | None = None,
        **fields: Any,
    ) -> Employee:
        n = self._next()
        department = department or self.department()
        values: dict[str, Any] = {
            "full_name": f"Employee {n}",
            "email": f"employee{n}@example.com",
            "department_id": department.id,
            "level": "M2",
            "is_managerial": True,
            "hire_date": date(2020, 1, 1),
            "status": "active",
            "team_leader_id": team_leader.id if team_leader else None,
        }
        values.update(fields)
        employee = Employee(
            **values,
            skills=[EmployeeSkill(skill=s, level=lvl) for s, lvl in (skills or {}).items()],
        )
        self._save(employee)
        return employee

    def performance_review(self, employee: Employee, **fields: Any) -> PerformanceReview:
        values: dict[str, Any] = {
            "employee_id": employee.id,
            "period_start": date(2025, 1, 1),
            "period_end": date(2025, 6, 30),
            "rating": 4,
            "summary": "Solid half-year",
            "improvement_areas": ["Delegation"],
        }
        values.update(fields)
        review = PerformanceReview(**values)
        self._save(review)
        return review

    def token_for(self, actor: Actor) -> str:
        return create_access_token(self.settings, TEST_SECRET, actor)[0]

    def user(
        self,
        role: str,
        employee: Employee | None = None,
        *,
        email: str | None = None,
        password: str = PASSWORD,
        is_active: bool = True,
    ) -> Person:
        if self._password_hash is None:
            self._password_hash = hash_password_sync(self.settings, PASSWORD)
        password_hash = (
            self._password_hash
            if password == PASSWORD
            else hash_password_sync(self.settings, password)
        )
        user = User(
            email=email or f"user{self._next()}@example.com",
            password_hash=password_hash,
            role=role,
            employee_id=employee.id if employee else None,
            is_active=is_active,
        )
        self._save(user)
        actor = Actor(
            kind="user", id=user.id, role=Role(role), employee_id=employee.id if employee else None
        )
        return Person(user=user, employee=employee, actor=actor, token=self.token_for(actor))

    def service(self, role: str) -> Person:
        import hashlib

        account = ServiceAccount(
            name=f"{role} integration",
            role=role,
            client_id=f"pm_test_{self._next()}",
            secret_hash=hashlib.sha256(b"unused").hexdigest(),
        )
        self._save(account)
        actor = Actor(kind="service", id=account.id, role=Role(role))
        return Person(user=None, employee=None, actor=actor, token=self.token_for(actor))


@pytest.fixture
def factory(engine: Engine, settings: Settings) -> Factory:
    return Factory(engine, settings)


@pytest.fixture
def client(app_client: TestClient, engine: Engine) -> TestClient:
    # Depends on `engine` so that the database is emptied after the test.
    return app_client


@dataclass
class Org:
    """A small organisation: two departments, each with a team leader and two people."""

    hr: Person
    hris: Person
    reporting: Person
    dept: Department
    other_dept: Department
    leader: Person  # team leader in `dept`, leads `member` and `peer`
    member: Person  # employee in `dept`
    peer: Person  # another employee in `dept`, same leader
    outsider: Person  # employee in `other_dept`
    other_leader: Person  # team leader of `other_dept`, leads `outsider`


@pytest.fixture
def org(factory: Factory) -> Org:
    return make_org(factory)


def make_org(factory: Factory) -> Org:
    dept = factory.department("Operations", external_id="D-OPS")
    other = factory.department("Finance", external_id="D-FIN")
    leader_emp = factory.employee(dept, full_name="Lena Leader", level="M3")
    member_emp = factory.employee(
        dept, team_leader=leader_emp, full_name="Mia Member", skills={"Delegation": 2}
    )
    peer_emp = factory.employee(
        dept, team_leader=leader_emp, full_name="Paul Peer", skills={"Delegation": 5}
    )
    other_leader_emp = factory.employee(other, full_name="Otto Other", level="M3")
    outsider_emp = factory.employee(other, team_leader=other_leader_emp, full_name="Olga Out")
    return Org(
        hr=factory.user("hr_admin", email="hr@example.com"),
        hris=factory.service("hris"),
        reporting=factory.service("reporting"),
        dept=dept,
        other_dept=other,
        leader=factory.user("team_leader", leader_emp),
        member=factory.user("employee", member_emp),
        peer=factory.user("employee", peer_emp),
        outsider=factory.user("employee", outsider_emp),
        other_leader=factory.user("team_leader", other_leader_emp),
    )


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
    from sqlalchemy import select

    from api.core.audit import AuditEvent

    stmt = select(AuditEvent).order_by(AuditEvent.id)
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if entity:
        stmt = stmt.where(AuditEvent.entity == entity)
    with Session(engine) as session:
        return list(session.scalars(stmt))


@dataclass
class Programme:
    """The org with a mentee (Mia), an eligible mentor (Paul) and Mia's open request."""

    org: Org
    review: PerformanceReview
    request: dict[str, Any]

    @property
    def mentee(self) -> Person:
        return self.org.member

    @property
    def mentor(self) -> Person:
        return self.org.peer


def make_eligible(
    factory: Factory,
    employee: Employee,
    *,
    skills: dict[str, int] | None = None,
    rating: int = 5,
    capacity: int | None = None,
) -> None:
    """A rated, opted-in mentor (with these skills, if given)."""
    from sqlalchemy import delete

    from api.mentors.models import MentorProfile

    factory.performance_review(employee, rating=rating, improvement_areas=[])
    factory._save(
        MentorProfile(employee_id=employee.id, available=True, capacity=capacity, skills_offered=[])
    )
    if skills is not None:
        with Session(factory.engine) as session:
            session.execute(delete(EmployeeSkill).where(EmployeeSkill.employee_id == employee.id))
            session.add_all(
                EmployeeSkill(employee_id=employee.id, skill=s, level=lvl)
                for s, lvl in skills.items()
            )
            session.commit()


@pytest.fixture
def programme(client: TestClient, org: Org, factory: Factory) -> Programme:
    review = factory.performance_review(
        org.member.employee, rating=3, improvement_areas=["Delegation", "Coaching"]
    )
    make_eligible(factory, org.peer.employee, skills={"Delegation": 5, "Coaching": 4})
    response = client.post(
        "/api/v1/mentoring-requests",
        headers=org.leader.headers,
        json={
            "mentee_id": org.member.id,
            "performance_review_id": review.id,
            "discussion_date": date.today().isoformat(),
        },
    )
    assert response.status_code == 201, response.text
    return Programme(org=org, review=review, request=response.json())


def role_training(client: TestClient, hr: Person, employee_id: int, role: str) -> None:
    response = client.post(
        "/api/v1/training-records",
        headers=hr.headers,
        json={
            "kind": "role_training",
            "employee_id": employee_id,
            "role": role,
            "title": "Mentor training" if role == "mentor" else "Mentee orientation",
            "provider": "HR Academy",
            "date": date.today().isoformat(),
            "duration_minutes": 90,
        },
    )
    assert response.status_code == 201, response.text


def start_pairing(client: TestClient, p: Programme, *, start: date | None = None) -> dict[str, Any]:
    """Propose, approve twice, acknowledge twice, train both, activate: an active pairing."""
    org = p.org
    created = client.post(
        "/api/v1/pairings",
        headers=org.leader.headers,
        json={
            "request_id": p.request["id"],
            "mentor_id": p.mentor.id,
            "goals": ["Delegate the weekly planning", "Coach one new hire"],
            "meeting_cadence": "fortnightly",
            "start_date": (start or date.today()).isoformat(),
        },
    )
    assert created.status_code == 201, created.text
    pairing_id = created.json()["id"]
    for person, action in (
        (org.leader, "approve"),
        (org.hr, "approve"),
        (p.mentor, "acknowledge"),
        (p.mentee, "acknowledge"),
    ):
        response = client.post(f"/api/v1/pairings/{pairing_id}/{action}", headers=person.headers)
        assert response.status_code == 200, response.text
    role_training(client, org.hr, p.mentor.id, "mentor")
    role_training(client, org.hr, p.mentee.id, "mentee")
    response = client.post(f"/api/v1/pairings/{pairing_id}/activate", headers=org.hr.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture(scope="session")
def live_server(settings: Settings) -> Iterator[str]:
    """The app served by uvicorn with two worker processes, on the test database."""
    with serve_live(settings) as base:
        yield base


@contextmanager
def serve_live(settings: Settings, **extra_env: str) -> Iterator[str]:
    """Serve the app with uvicorn, two worker processes, on the test database (with these
    environment variables as well); yield its base URL."""
    import socket
    import subprocess
    import sys
    import time

    import httpx

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
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError("the live server did not start")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=15)


def race(base: str, requests: list[tuple[str, str, dict[str, str], Any]]) -> list[Any]:
    """Send the requests at the same moment from separate threads; return the responses."""
    import threading

    import httpx

    barrier = threading.Barrier(len(requests))
    results: list[Any] = [None] * len(requests)

    def send(index: int, method: str, path: str, headers: dict[str, str], body: Any) -> None:
        with httpx.Client(base_url=base, timeout=30) as http:
            barrier.wait()
            results[index] = http.request(method, path, headers=headers, json=body)

    threads = [threading.Thread(target=send, args=(i, *r)) for i, r in enumerate(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def run_job(settings: Settings, job: Any) -> Any:
    """Run a worker job once, on its own engine and event loop, as the worker would."""
    import asyncio

    from sqlalchemy.ext.asyncio import async_sessionmaker

    from api.core.db import create_engine_for

    async def main() -> Any:
        engine = create_engine_for(settings)
        try:
            return await job(async_sessionmaker(engine, expire_on_commit=False), settings)
        finally:
            await engine.dispose()

    return asyncio.run(main())


def outbox(engine: Engine, event_type: str) -> list[dict[str, Any]]:
    """The payloads of the events of this type in the outbox, oldest first."""
    from sqlalchemy import select

    from api.webhooks.models import OutboxEvent

    with Session(engine) as session:
        return [
            e.payload
            for e in session.scalars(
                select(OutboxEvent)
                .where(OutboxEvent.event_type == event_type)
                .order_by(OutboxEvent.id)
            )
        ]
