"""The `peermentor` command against the test database."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from api import cli
from api.employees.models import Employee, PerformanceReview


@pytest.fixture
def use_test_database(settings, monkeypatch, engine):
    monkeypatch.setattr(cli, "get_settings", lambda: settings)


def test_users_create_makes_the_first_hr_account(use_test_database, client, capsys):
    code = cli.main(
        [
            "users",
            "create",
            "--email",
            "First.HR@example.com",
            "--password",
            "a long enough password",
            "--role",
            "hr_admin",
        ]
    )
    assert code == 0
    assert "first.hr@example.com" in capsys.readouterr().out
    token = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": "first.hr@example.com",
            "password": "a long enough password",
        },
    )
    assert token.status_code == 200
    again = cli.main(
        [
            "users",
            "create",
            "--email",
            "first.hr@example.com",
            "--password",
            "a long enough password",
            "--role",
            "hr_admin",
        ]
    )
    assert again == 1
    assert "already exists" in capsys.readouterr().err
    short = cli.main(
        ["users", "create", "--email", "x@example.com", "--password", "short", "--role", "hr_admin"]
    )
    assert short == 2


def test_seed_demo_loads_once(use_test_database, engine, client, capsys):
    assert cli.main(["seed-demo"]) == 0
    out = capsys.readouterr().out
    assert "Demo data loaded." in out and "hr@example.com" in out
    with Session(engine) as session:
        employees = session.scalar(select(func.count()).select_from(Employee))
        reviews = session.scalar(select(func.count()).select_from(PerformanceReview))
        departments = session.execute(text("SELECT count(*) FROM departments")).scalar()
    # Four departments of 15 in every programme state, and Customer Care's past cohort of 100.
    assert employees == 160 and departments == 5 and reviews > 100
    with Session(engine) as session:
        states = set(session.execute(text("SELECT DISTINCT status FROM pairings")).scalars())
        reviews_scheduled = session.execute(text("SELECT count(*) FROM periodic_reviews")).scalar()
    assert states == {
        "proposed",
        "approved",
        "active",
        "completed",
        "rejected",
        "withdrawn",
        "terminated",
    }
    assert reviews_scheduled > 0
    with Session(engine) as session:
        counts = {
            table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar()  # noqa: S608
            for table in ("evaluations", "grievances", "training_records")
        }
        submitted = session.execute(
            text("SELECT count(*) FROM periodic_reviews WHERE submitted_at IS NOT NULL")
        ).scalar()
    assert counts["evaluations"] >= 1 and counts["grievances"] >= 2 and submitted > 0
    assert cli.main(["seed-demo"]) == 0
    assert "already present" in capsys.readouterr().out
    with Session(engine) as session:
        assert session.scalar(select(func.count()).select_from(Employee)) == 160
    token = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": "lena.fischer@example.com",
            "password": "mentor-demo-2026",
        },
    ).json()["access_token"]
    team = client.get(
        "/api/v1/employees", headers={"Authorization": f"Bearer {token}"}, params={"limit": 500}
    ).json()["items"]
    assert len(team) == 15  # her department
    # Every demo request was raised before its pairing started: the dashboard reads it.
    with Session(engine) as session:
        late = session.execute(
            text(
                "SELECT count(*) FROM pairings p JOIN mentoring_requests r ON r.id = p.request_id"
                " WHERE p.activated_at IS NOT NULL AND r.created_at > p.activated_at"
            )
        ).scalar()
    assert late == 0
