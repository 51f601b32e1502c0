"""The training report on built data: every row and total equal to a naive count of the same
rows in Python, for every scope (HR, the reporting account, a team leader, a department, date
ranges, nothing at all), and its JSON and CSV exactly what the report's schema writes."""

from __future__ import annotations

import csv
import io
import random
from datetime import UTC, date, datetime, timedelta
from operator import attrgetter

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.core.csvout import csv_chunks
from api.employees.models import Department, Employee, PerformanceReview
from api.pairings.models import Pairing, PairingStatus
from api.reports.schemas import TrainingReport, TrainingRow
from api.requests.models import MentoringRequest
from api.training.models import TrainingKind, TrainingRecord

URL = "/api/v1/reports/training"
FIRST_DAY = date(2025, 1, 1)
# Names a CSV must quote or guard (a formula, a comma and quotes) and one beyond ASCII.
NAMES = ["Zoë Ångström", "=cmd|' /C calc'!A0", 'Ann "Nan" Lee, Jr.', "-Minus", "Plain Name"]


def build(engine, org) -> None:
    """Pairings in every state across three departments (some mentees led by the org's team
    leader from another department), with peer sessions over two years (some confirmed, a
    few days apart or on the same day) and role training that the report must not count."""
    rng = random.Random(16)
    with Session(engine, expire_on_commit=False) as session:
        third = Department(name="Research, \"R&D\"")
        session.add(third)
        session.flush()
        departments = [org.dept.id, org.other_dept.id, third.id]
        people = []
        for i in range(30):
            person = Employee(
                full_name=NAMES[i % len(NAMES)] + f" {i}",
                email=f"training-report-{i}@example.com",
                department_id=departments[i % 3],
                level="M2",
                is_managerial=True,
                hire_date=date(2020, 1, 1),
                team_leader_id=org.leader.id if i % 5 == 1 else None,
            )
            people.append(person)
        session.add_all(people)
        session.flush()
        review = PerformanceReview(
            employee_id=people[0].id,
            period_start=date(2024, 1, 1),
            period_end=date(2024, 6, 30),
            rating=3,
        )
        session.add(review)
        session.flush()
        request = MentoringRequest(
            mentee_id=people[0].id,
            performance_review_id=review.id,
            discussion_date=date(2024, 12, 1),
            status="matched",
            requested_by=org.hr.user.id,
        )
        session.add(request)
        session.flush()
        statuses = list(PairingStatus)
        pairings = []
        for i in range(45):
            mentee, mentor = rng.sample(people, 2)
            status = statuses[i % len(statuses)]
            start = FIRST_DAY + timedelta(days=rng.randrange(0, 600))
            started = status not in (
                PairingStatus.PROPOSED,
                PairingStatus.APPROVED,
                PairingStatus.REJECTED,
            )
            ended = status in (
                PairingStatus.COMPLETED,
                PairingStatus.TERMINATED,
                PairingStatus.WITHDRAWN,
            )
            pairings.append(
                Pairing(
                    request_id=request.id,
                    mentee_id=mentee.id,
                    mentor_id=mentor.id,
                    meeting_cadence="monthly",
                    start_date=start,
                    end_date=start + timedelta(days=rng.randrange(30, 200)) if ended else None,
                    status=status,
                    activated_at=datetime.combine(start, datetime.min.time(), UTC)
                    if started
                    else None,
                    proposed_by="test",
                )
            )
        session.add_all(pairings)
        session.flush()
        records = []
        for pairing in pairings:
            # Some pairings have none; a few that never started have some (recorded by hand).
            for _ in range(rng.choice((0, 0, 1, 2, 3, 5, 8))):
                day = pairing.start_date + timedelta(days=rng.randrange(0, 300))
                records.append(
                    TrainingRecord(
                        kind=TrainingKind.PEER_SESSION,
                        employee_id=pairing.mentee_id,
                        pairing_id=pairing.id,
                        title="Session",
                        date=day,
                        duration_minutes=rng.choice((15, 20, 45, 50, 60, 90, 125)),
                        recorded_by="test",
                        confirmed_at=datetime.combine(day, datetime.min.time(), UTC)
                        if rng.random() < 0.6
                        else None,
                    )
                )
            records.append(
                TrainingRecord(
                    kind=TrainingKind.ROLE_TRAINING,
                    employee_id=pairing.mentor_id,
                    pairing_id=pairing.id,  # not a session: never counted
                    role="mentor",
                    title="Mentor training",
                    date=pairing.start_date,
                    duration_minutes=240,
                    recorded_by="test",
                )
            )
        session.add_all(records)
        session.commit()


def naive(engine, *, leader=None, department_id=None, date_from=None, date_to=None) -> dict:
    """The report counted row by row in Python from plain reads of the tables."""
    with Session(engine) as session:
        people = {e.id: e for e in session.scalars(select(Employee))}
        departments = {d.id: d.name for d in session.scalars(select(Department))}
        pairings = sorted(session.scalars(select(Pairing)), key=attrgetter("id"))
        sessions = [
            r
            for r in session.scalars(select(TrainingRecord))
            if r.kind == TrainingKind.PEER_SESSION
            and (date_from is None or r.date >= date_from)
            and (date_to is None or r.date <= date_to)
        ]
    if leader is not None:
        own = people[leader.id].department_id
    items = []
    for p in pairings:
        mentee, mentor = people[p.mentee_id], people[p.mentor_id]
        if leader is not None and not (
            mentee.department_id == own or mentee.team_leader_id == leader.id
        ):
            continue
        if department_id is not None and mentee.department_id != department_id:
            continue
        mine = [r for r in sessions if r.pairing_id == p.id]
        ran = (
            p.activated_at is not None
            and (date_to is None or p.start_date <= date_to)
            and (date_from is None or p.end_date is None or p.end_date >= date_from)
        )
        if not ran and not mine:
            continue
        items.append(
            {
                "pairing_id": p.id,
                "department": departments[mentee.department_id],
                "status": p.status,
                "mentor_id": mentor.id,
                "mentor": mentor.full_name,
                "mentee_id": mentee.id,
                "mentee": mentee.full_name,
                "sessions": len(mine),
                "confirmed_sessions": sum(1 for r in mine if r.confirmed_at is not None),
                "hours": round(sum(r.duration_minutes for r in mine) / 60.0, 2),
                "last_session": max(r.date for r in mine).isoformat() if mine else None,
            }
        )
    return {
        "generated_on": date.today().isoformat(),
        "sessions": sum(i["sessions"] for i in items),
        "hours": round(sum((i["hours"] for i in items), 0.0), 1),
        "items": items,
    }


SCOPES = [
    {},
    {"department": "dept"},
    {"department": "third"},
    {"date_from": date(2025, 6, 1), "date_to": date(2025, 12, 31)},
    {"date_from": date(2026, 3, 1)},
    {"date_to": date(2025, 4, 30)},
    {"date_from": date(2025, 3, 1), "date_to": date(2025, 9, 30), "department": "other"},
    {"date_to": date(2000, 1, 1)},  # nothing: an empty report
]


@pytest.mark.parametrize("as_leader", [False, True], ids=["hr", "team-leader"])
def test_training_report_is_a_naive_count(client, org, engine, as_leader):
    build(engine, org)
    with Session(engine) as session:
        third = session.scalar(select(Department.id).where(Department.name.startswith("Res")))
    department_ids = {"dept": org.dept.id, "other": org.other_dept.id, "third": third}
    callers = [org.leader] if as_leader else [org.hr, org.reporting]
    seen_rows = 0
    for scope in SCOPES:
        department_id = department_ids.get(scope.get("department", ""))
        params = {k: v.isoformat() for k, v in scope.items() if k != "department"}
        if department_id is not None:
            params["department_id"] = str(department_id)
        expected = naive(
            engine,
            leader=org.leader if as_leader else None,
            department_id=department_id,
            date_from=scope.get("date_from"),
            date_to=scope.get("date_to"),
        )
        for caller in callers:
            response = client.get(URL, headers=caller.headers, params=params)
            assert response.status_code == 200, response.text
            assert response.json() == expected, (caller, scope)
            # Byte for byte what the schema writes (every float a float, fields in order).
            model = TrainingReport.model_validate_json(response.content)
            assert response.content == model.model_dump_json().encode(), scope
            as_csv = client.get(URL, headers=caller.headers, params=params | {"format": "csv"})
            assert as_csv.status_code == 200, as_csv.text
            header = list(TrainingRow.model_fields)
            cells = attrgetter(*header)
            assert as_csv.text == "".join(
                csv_chunks(header, [cells(row) for row in model.items])
            ), scope
            rows = list(csv.DictReader(io.StringIO(as_csv.text)))
            assert [int(r["pairing_id"]) for r in rows] == [
                i["pairing_id"] for i in expected["items"]
            ]
        seen_rows += len(expected["items"])
    assert seen_rows > 40, "the built data should give the scopes rows to compare"
    # Names that a spreadsheet would read as a formula are quoted in the CSV.
    as_csv = client.get(URL, headers=callers[0].headers, params={"format": "csv"}).text
    assert "'=cmd|" in as_csv and "'-Minus" in as_csv and ",=cmd" not in as_csv


@pytest.fixture
def executed(app_client):
    """The SQL statements the app's engine runs (SQLite's explicit BEGIN left out)."""
    from sqlalchemy import event

    engine = app_client.app.state.engine.sync_engine
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        if not statement.startswith("BEGIN"):
            seen.append(" ".join(statement.split()[:4]))

    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def test_training_report_is_one_statement_whatever_its_rows(client, org, engine, executed):
    """The caller's account, the programme's settings (today), then the report in one
    statement: JSON or CSV, a few rows or many."""
    counts = []
    for built in (False, True):
        if built:
            build(engine, org)
        for params in ({}, {"format": "csv"}):
            executed.clear()
            response = client.get(URL, headers=org.hr.headers, params=params)
            assert response.status_code == 200, response.text
            counts.append(len(executed))
    assert counts == [3, 3, 3, 3], (counts, executed)
