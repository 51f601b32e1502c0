"""The worker's overdue announcements: once per review, with a reminder to whoever is late."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from api.reviews.jobs import announce_overdue
from tests.helpers import outbox, run_job

FORM = {"progress": 4, "relationship_health": 4, "concern": False}


def test_overdue_reviews_are_announced_once(client, programme, engine, settings, factory):
    active = factory.pairing(programme)
    reviews = client.get(
        "/api/v1/reviews", headers=programme.org.hr.headers, params={"pairing_id": active["id"]}
    ).json()["items"]
    yesterday, today = date.today() - timedelta(days=1), date.today()
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE periodic_reviews SET due_date = :d WHERE id = :id"),
            {"d": yesterday, "id": reviews[0]["id"]},
        )
        conn.execute(
            text("UPDATE periodic_reviews SET due_date = :d WHERE id = :id"),
            {"d": today, "id": reviews[1]["id"]},
        )
    client.put(
        f"/api/v1/reviews/{reviews[0]['id']}/forms/mentor",
        headers=programme.mentor.headers,
        json=FORM,
    )
    assert run_job(settings, announce_overdue) == 1
    [event] = outbox(engine, "review.overdue")
    assert event["review_id"] == reviews[0]["id"] and event["mentor_form"] is True
    assert event["mentee_form"] is False
    assert run_job(settings, announce_overdue) == 0  # once
    assert len(outbox(engine, "review.overdue")) == 1
    # Only the one who has not filled the form is reminded.
    mentee_inbox = client.get("/api/v1/notifications", headers=programme.mentee.headers).json()
    assert mentee_inbox["items"][0]["kind"] == "review_overdue"
    mentor_kinds = [
        n["kind"]
        for n in client.get("/api/v1/notifications", headers=programme.mentor.headers).json()[
            "items"
        ]
    ]
    assert "review_overdue" not in mentor_kinds
