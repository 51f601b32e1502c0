"""Test data in one line: rows written straight to the database (departments, employees, users
with a ready token, reviews, mentor profiles), and pairings in any state built through the
app's own service functions (the rules, audit events, files and notices of the HTTP path,
without the HTTP round trips).

    org = make_org(factory)                      # two departments, their people and accounts
    p = make_programme(client, factory, org)     # Mia's open request, Paul an eligible mentor
    pairing = factory.pairing(p, "active")       # or proposed, approved, ready, rejected,
                                                 # terminated, withdrawn, completed

The HTTP tests of a transition build the state before it with these and call the route they
are about; `start_pairing` walks the whole path over HTTP for the tests of that path."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from fastapi.testclient import TestClient
from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from api.auth.models import ServiceAccount, User
from api.core import crypto
from api.core.config import Settings
from api.core.db import create_engine_for
from api.core.security import Actor, Role, create_access_token, hash_password_sync
from api.employees.models import Department, Employee, EmployeeSkill, PerformanceReview
from api.mentors.models import MentorProfile
from tests.helpers import TEST_SECRET

PASSWORD = "correct horse battery staple"
PAIRING_STATES = (
    "proposed",
    "approved",
    "ready",
    "active",
    "rejected",
    "terminated",
    "withdrawn",
    "completed",
)
T = TypeVar("T")

# argon2 is slow on purpose; a password hashed once serves every test of the run.
_password_hashes: dict[tuple[str, int, int], str] = {}


def password_hash(settings: Settings, password: str) -> str:
    key = (password, settings.argon2_time_cost, settings.argon2_memory_cost)
    if key not in _password_hashes:
        _password_hashes[key] = hash_password_sync(settings, password)
    return _password_hashes[key]


class ServiceRunner:
    """Runs the app's service functions as a writing request would: one session, one
    transaction (BEGIN IMMEDIATE on SQLite), committed at the end; on an engine and event loop
    of its own, kept for the whole run."""

    def __init__(self, settings: Settings) -> None:
        from api.main import install

        install()  # the services' inverted dependencies, wired as the app wires them
        self.settings = settings
        self.loop = asyncio.new_event_loop()
        self._engine: AsyncEngine | None = None
        self._sessionmaker: async_sessionmaker[AsyncSession] | None = None

    def run(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        return self.loop.run_until_complete(self._in_transaction(work))

    async def _in_transaction(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        if self._sessionmaker is None:
            crypto.configure(self.settings)  # confidential text is encrypted as the app does
            self._engine = create_engine_for(self.settings)
            self._sessionmaker = async_sessionmaker(self._engine, expire_on_commit=False)
        async with self._sessionmaker() as session:
            if session.get_bind().dialect.name == "sqlite":
                await session.connection(execution_options={"sqlite_immediate": True})
            result = await work(session)
            await session.commit()
            return result

    def close(self) -> None:
        if self._engine is not None:
            self.loop.run_until_complete(self._engine.dispose())
        self.loop.close()


_runners: dict[str, ServiceRunner] = {}


def service_runner(settings: Settings) -> ServiceRunner:
    """The runner of this database (one per run; conftest closes them at the end)."""
    url = settings.resolved_database_url()
    if url not in _runners:
        _runners[url] = ServiceRunner(settings)
    return _runners[url]


def close_service_runners() -> None:
    while _runners:
        _runners.popitem()[1].close()


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


GOALS = ["Delegate the weekly planning", "Coach one new hire"]


def pairing_body(p: Programme, **overrides: Any) -> dict[str, Any]:
    """The body of `POST /pairings` for the programme's request and mentor (today's start)."""
    return {
        "request_id": p.request["id"],
        "mentor_id": p.mentor.id,
        "goals": ["Delegate the weekly planning"],
        "meeting_cadence": "fortnightly",
        "start_date": date.today().isoformat(),
    } | overrides


class Factory:
    """Writes rows straight to the database, each committed, for tests to act on."""

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.settings = settings
        self._seq = 0
        self._batch: Session | None = None

    def _next(self) -> int:
        self._seq += 1
        return self._seq

    def _save(self, *objects: Any) -> None:
        if self._batch is not None:
            self._batch.add_all(objects)
            self._batch.flush()  # ids for what comes next
            return
        with Session(self.engine, expire_on_commit=False) as session:
            session.add_all(objects)
            session.commit()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Everything saved inside goes in one transaction, committed at the end (an org is
        some twenty rows: one commit instead of twenty)."""
        if self._batch is not None:
            yield
            return
        with Session(self.engine, expire_on_commit=False) as session:
            self._batch = session
            try:
                yield
                session.commit()
            finally:
                self._batch = None

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
        user = User(
            email=email or f"user{self._next()}@example.com",
            password_hash=password_hash(self.settings, password),
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
        account = ServiceAccount(
            name=f"{role} integration",
            role=role,
            client_id=f"pm_test_{self._next()}",
            secret_hash=hashlib.sha256(b"unused").hexdigest(),
        )
        self._save(account)
        actor = Actor(kind="service", id=account.id, role=Role(role))
        return Person(user=None, employee=None, actor=actor, token=self.token_for(actor))

    def run(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run `work(session)` in one committed transaction of the app's own engine."""
        return service_runner(self.settings).run(work)

    def role_training(self, hr: Person, employee_id: int, role: str) -> None:
        """HR records the mentor training or the mentee orientation (as role_training does)."""
        from api.training import service as training
        from api.training.schemas import RoleTrainingCreate

        data = RoleTrainingCreate.model_validate(role_training_body(employee_id, role))

        async def work(session: AsyncSession) -> None:
            await training.record_role_training(session, hr.actor, data=data)

        self.run(work)

    def pairing(
        self,
        p: Programme,
        state: str = "active",
        *,
        start: date | None = None,
        goals: list[str] | None = None,
        meeting_cadence: str = "fortnightly",
    ) -> dict[str, Any]:
        """The programme's request paired with its mentor, taken to `state` by the people whose
        step it is (the team leader proposes and approves, HR approves, each participant
        acknowledges, HR records both trainings and activates); returned as
        `GET /pairings/{id}` answers it. `ready`: approved, acknowledged and trained, not yet
        active. `rejected` by the team leader from proposed; `terminated` by HR,
        `withdrawn` (a resolved withdrawal) and `completed` (an early evaluation) from active."""
        from api.evaluations import service as evaluations
        from api.evaluations.schemas import EvaluationCreate
        from api.grievances import service as grievances
        from api.grievances.schemas import GrievanceCreate, ResolveBody
        from api.pairings import service as pairings
        from api.pairings.schemas import PairingCreate

        if state not in PAIRING_STATES:
            raise ValueError(f"{state!r} is not one of {PAIRING_STATES}")
        org = p.org
        data = PairingCreate(
            request_id=p.request["id"],
            mentor_id=p.mentor.id,
            goals=goals or GOALS,
            meeting_cadence=meeting_cadence,
            start_date=start or date.today(),
        )
        pairing_id = self.run(lambda s: _id(pairings.propose(s, org.leader.actor, data=data)))

        def step(action: Callable[..., Awaitable[Any]], actor: Actor, **kwargs: Any) -> None:
            async def work(session: AsyncSession) -> None:
                await action(session, actor, pairing_id=pairing_id, if_match=None, **kwargs)

            self.run(work)

        if state == "rejected":
            step(pairings.reject, org.leader.actor, reason="Another mentor suits better")
        if state not in ("proposed", "rejected"):
            step(pairings.approve, org.leader.actor)
            step(pairings.approve, org.hr.actor)
        if state not in ("proposed", "rejected", "approved"):
            step(pairings.acknowledge, p.mentor.actor)
            step(pairings.acknowledge, p.mentee.actor)
            self.role_training(org.hr, p.mentor.id, "mentor")
            self.role_training(org.hr, p.mentee.id, "mentee")
        if state in ("active", "terminated", "withdrawn", "completed"):
            step(pairings.activate, org.hr.actor)
        if state == "terminated":
            step(pairings.terminate, org.hr.actor, reason="The mentor moved to another site")
        if state == "withdrawn":
            raised = GrievanceCreate(
                pairing_id=pairing_id, kind="withdrawal", description="We cannot find the time"
            )
            grievance_id = self.run(
                lambda s: _id(grievances.raise_grievance(s, p.mentee.actor, data=raised))
            )
            resolved = ResolveBody(outcome="resolved", resolution="Agreed with both")

            async def resolve(session: AsyncSession) -> None:
                await grievances.resolve(
                    session, org.hr.actor, grievance_id=grievance_id, data=resolved, if_match=None
                )

            self.run(resolve)
        if state == "completed":
            evaluation = EvaluationCreate.model_validate(
                {
                    "goals": [{"goal": goal, "met": True} for goal in data.goals],
                    "skill_ratings": [{"skill": "Delegation", "before": 2, "after": 4}],
                    "effectiveness": 4,
                    "mentor_kra_rating": 4,
                    "outcome": "complete",
                    "early": True,
                    "early_reason": "Goals met ahead of time",
                }
            )
            step(evaluations.evaluate, org.hr.actor, data=evaluation)

        return self.pairing_read(pairing_id)

    def pairing_read(self, pairing_id: int, actor: Actor | None = None) -> dict[str, Any]:
        """The pairing as `GET /pairings/{id}` answers it to `actor` (HR by default: its
        `allowed_actions` are the caller's)."""
        from api.core.security import SYSTEM_ACTOR
        from api.employees import people
        from api.pairings import service
        from api.pairings.schemas import PairingRead

        async def read(session: AsyncSession) -> dict[str, Any]:
            row = await service.read_pairing(session, actor or SYSTEM_ACTOR, pairing_id)
            answer = PairingRead.model_validate(row)
            await people.attach(session, [answer], mentor="mentor_id", mentee="mentee_id")
            return answer.model_dump(mode="json")

        return self.run(read)


async def _id(created: Awaitable[Any]) -> int:
    record = await created
    return int(record.id)


def make_org(factory: Factory) -> Org:
    with factory.batch():
        return _make_org(factory)


def _make_org(factory: Factory) -> Org:
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


def make_eligible(
    factory: Factory,
    employee: Employee,
    *,
    skills: dict[str, int] | None = None,
    rating: int = 5,
    capacity: int | None = None,
) -> None:
    """A rated, opted-in mentor (with these skills, if given)."""
    with factory.batch():
        factory.performance_review(employee, rating=rating, improvement_areas=[])
        factory._save(
            MentorProfile(
                employee_id=employee.id, available=True, capacity=capacity, skills_offered=[]
            )
        )
        if skills is not None:
            assert factory._batch is not None
            factory._batch.execute(
                delete(EmployeeSkill).where(EmployeeSkill.employee_id == employee.id)
            )
            factory._save(
                *(
                    EmployeeSkill(employee_id=employee.id, skill=s, level=lvl)
                    for s, lvl in skills.items()
                )
            )


def make_programme(client: TestClient, factory: Factory, org: Org) -> Programme:
    """Mia rated 3 with Delegation and Coaching to improve, Paul an eligible mentor offering
    both, and the request her team leader raised for her (over HTTP)."""
    assert org.member.employee is not None and org.peer.employee is not None
    with factory.batch():
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


def role_training_body(employee_id: int, role: str) -> dict[str, Any]:
    return {
        "kind": "role_training",
        "employee_id": employee_id,
        "role": role,
        "title": "Mentor training" if role == "mentor" else "Mentee orientation",
        "provider": "HR Academy",
        "date": date.today().isoformat(),
        "duration_minutes": 90,
    }


def role_training(client: TestClient, hr: Person, employee_id: int, role: str) -> None:
    """HR records the mentor training or the mentee orientation over HTTP."""
    response = client.post(
        "/api/v1/training-records", headers=hr.headers, json=role_training_body(employee_id, role)
    )
    assert response.status_code == 201, response.text


def start_pairing(client: TestClient, p: Programme, *, start: date | None = None) -> dict[str, Any]:
    """Over HTTP: propose, approve twice, acknowledge twice, train both, activate: an active
    pairing (the body of the activation's answer)."""
    org = p.org
    created = client.post(
        "/api/v1/pairings",
        headers=org.leader.headers,
        json=pairing_body(p, goals=GOALS, start_date=(start or date.today()).isoformat()),
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
