"""Migrations go up, down and up again, and describe exactly the models' schema."""

from __future__ import annotations

import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from api.core.config import sync_database_url
from api.core.migrations import downgrade_to_base, upgrade_to_head
from api.models import Base


def _scratch_database(settings, tmp_path):
    url = sync_database_url(settings.resolved_database_url())
    if url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'migrations.db'}", None
    name = f"pm_mig_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(url).set(database=name).render_as_string(hide_password=False), (admin, name)


# SQLite cannot reflect expression indexes; PostgreSQL's run compares them too.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_upgrade_downgrade_upgrade_and_no_drift(settings, tmp_path):
    url, cleanup = _scratch_database(settings, tmp_path)
    scratch = settings.model_copy(update={"database_url": url})
    try:
        upgrade_to_head(scratch)
        downgrade_to_base(scratch)
        engine = create_engine(url)
        with engine.connect() as conn:
            leftover = set(inspect(conn).get_table_names()) - {"alembic_version"}
        assert leftover == set()
        upgrade_to_head(scratch)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            drift = compare_metadata(context, Base.metadata)
        engine.dispose()
        assert drift == [], f"models and migrations disagree: {drift}"
    finally:
        if cleanup:
            admin, name = cleanup
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()


def test_one_pending_request_migration_keeps_the_newest_and_cancels_older_duplicates(
    settings, tmp_path
):
    """Before the unique index on a mentee's pending request can be built, duplicates left by
    the old race are resolved: the newest pending request stays, older ones are cancelled."""
    from datetime import UTC, date, datetime, timedelta

    from alembic import command

    from api.auth.models import User
    from api.core.migrations import alembic_config
    from api.employees.models import Department, Employee, PerformanceReview
    from api.requests.models import MentoringRequest

    url, cleanup = _scratch_database(settings, tmp_path)
    scratch = settings.model_copy(update={"database_url": url})
    config = alembic_config(scratch)
    try:
        command.upgrade(config, "a1e1c0de0010")
        engine = create_engine(url)
        start = datetime(2026, 1, 1, tzinfo=UTC)
        with engine.begin() as conn:
            conn.execute(Department.__table__.insert(), [{"id": 1, "name": "Ops"}])
            conn.execute(
                Employee.__table__.insert(),
                [
                    {
                        "id": n,
                        "full_name": f"Person {n}",
                        "email": f"p{n}@example.com",
                        "department_id": 1,
                        "level": "M2",
                        "hire_date": date(2020, 1, 1),
                    }
                    for n in (1, 2)
                ],
            )
            conn.execute(
                User.__table__.insert(),
                [{"id": 1, "email": "hr@example.com", "password_hash": "x", "role": "hr_admin"}],
            )
            conn.execute(
                PerformanceReview.__table__.insert(),
                [
                    {
                        "id": n,
                        "employee_id": n,
                        "period_start": date(2025, 1, 1),
                        "period_end": date(2025, 6, 30),
                        "rating": 3,
                    }
                    for n in (1, 2)
                ],
            )
            rows = [
                # mentee 1: three pending (the newest is id 3), one already matched
                (1, 1, "open", 0),
                (2, 1, "awaiting_supervisor", 1),
                (3, 1, "awaiting_supervisor", 2),
                (4, 1, "matched", 3),
                # mentee 2: one pending, untouched
                (5, 2, "open", 0),
            ]
            conn.execute(
                MentoringRequest.__table__.insert(),
                [
                    {
                        "id": rid,
                        "mentee_id": mentee,
                        "performance_review_id": mentee,
                        "discussion_date": date(2025, 7, 1),
                        "status": status,
                        "requested_by": 1,
                        "created_at": start + timedelta(days=day),
                        "updated_at": start + timedelta(days=day),
                    }
                    for rid, mentee, status, day in rows
                ],
            )
        command.upgrade(config, "head")
        with engine.connect() as conn:
            after = dict(
                conn.execute(text("SELECT id, status FROM mentoring_requests ORDER BY id")).all()
            )
            reasons = conn.execute(
                text("SELECT status_reason FROM mentoring_requests WHERE id IN (1, 2)")
            ).scalars()
            assert all("duplicate" in (reason or "") for reason in reasons)
        assert after == {
            1: "cancelled",
            2: "cancelled",
            3: "awaiting_supervisor",
            4: "matched",
            5: "open",
        }
        # The index now refuses a second pending request; the downgrade lifts it again.
        duplicate = {
            "id": 6,
            "mentee_id": 2,
            "performance_review_id": 2,
            "discussion_date": date(2025, 7, 1),
            "status": "open",
            "requested_by": 1,
        }
        with pytest.raises(IntegrityError) as refused, engine.begin() as conn:
            conn.execute(MentoringRequest.__table__.insert(), [duplicate])
        assert "mentee_id" in str(refused.value.orig)
        command.downgrade(config, "a1e1c0de0010")
        with engine.begin() as conn:
            conn.execute(MentoringRequest.__table__.insert(), [duplicate])
        engine.dispose()
    finally:
        if cleanup:
            admin, name = cleanup
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
