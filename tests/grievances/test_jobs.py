from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from api.grievances.jobs import announce_breaches
from tests.helpers import outbox, run_job


def test_breaches_are_announced_once_without_the_text(client, programme, engine, settings, factory):
    active = factory.pairing(programme)
    grievance = client.post(
        "/api/v1/grievances",
        headers=programme.mentee.headers,
        json={"pairing_id": active["id"], "kind": "grievance", "description": "Very private text"},
    ).json()
    assert outbox(engine, "grievance.raised")[0]["grievance_id"] == grievance["id"]
    assert run_job(settings, announce_breaches) == 0  # not due yet
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE grievances SET due_date = :d"), {"d": date.today() - timedelta(days=1)}
        )
    assert run_job(settings, announce_breaches) == 1
    assert run_job(settings, announce_breaches) == 0
    [event] = outbox(engine, "grievance.breached")
    assert event["grievance_id"] == grievance["id"] and "Very private" not in str(event)
    inbox = client.get("/api/v1/notifications", headers=programme.org.hr.headers).json()
    assert inbox["items"][0]["kind"] == "grievance_breached"
