"""Concurrent creates of a mentee's request, on PostgreSQL through a live two-worker server."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from tests.helpers import audit_events, race

pytestmark = pytest.mark.postgres_only


@pytest.fixture(autouse=True)
def _postgres_only(is_postgres):
    if not is_postgres:
        pytest.skip("concurrent transactions are exercised on PostgreSQL")


def count(engine, sql, **params):
    with engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def test_eight_parallel_requests_for_one_mentee_file_one(client, org, factory, live_server, engine):
    mentee = org.member
    review = factory.performance_review(mentee.employee, improvement_areas=["Delegation"])
    body = {
        "mentee_id": mentee.id,
        "performance_review_id": review.id,
        "discussion_date": date.today().isoformat(),
    }
    responses = race(
        live_server, [("POST", "/api/v1/mentoring-requests", mentee.headers, body)] * 8
    )
    assert sorted(r.status_code for r in responses) == [201] + [409] * 7, [
        r.text for r in responses
    ]
    for loser in (r for r in responses if r.status_code == 409):
        assert loser.headers["content-type"].startswith("application/problem+json")
        assert loser.json()["reasons"] == ["pending_request"]
    [winner] = [r.json() for r in responses if r.status_code == 201]
    pending = count(
        engine,
        "SELECT count(*) FROM mentoring_requests WHERE mentee_id = :m "
        "AND status IN ('awaiting_supervisor', 'open')",
        m=mentee.id,
    )
    assert pending == 1
    assert count(engine, "SELECT count(*) FROM mentoring_requests") == 1
    filed = count(
        engine,
        "SELECT count(*) FROM personnel_file_entries "
        "WHERE document_type = 'mentoring_request' AND employee_id = :m AND document_id = :r",
        m=mentee.id,
        r=winner["id"],
    )
    assert filed == 1
    assert count(engine, "SELECT count(*) FROM personnel_file_entries") == 1
    notified = count(
        engine,
        "SELECT count(*) FROM notifications "
        "WHERE document_type = 'mentoring_request' AND recipient_id = :leader",
        leader=org.leader.id,
    )
    assert notified == 1
    assert len(audit_events(engine, action="mentoring_request.create")) == 1
