"""Races on PostgreSQL through a live two-worker server: exactly one request wins each."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from tests.factories import pairing_body, role_training
from tests.helpers import race

pytestmark = pytest.mark.postgres_only


@pytest.fixture(autouse=True)
def _postgres_only(is_postgres):
    if not is_postgres:
        pytest.skip("row locks are exercised on PostgreSQL")


def test_two_approvals_racing_for_the_mentors_last_slot(
    client, programme, factory, live_server, engine
):
    org = programme.org
    client.put(
        f"/api/v1/employees/{programme.mentor.id}/mentor-profile",
        headers=org.hr.headers,
        json={"available": True, "capacity": 1},
    )
    pairing_ids = []
    for index in range(2):
        if index == 0:
            request_id = programme.request["id"]
            mentee_id = programme.mentee.id
        else:
            mentee = factory.employee(org.dept, team_leader=org.leader.employee)
            review = factory.performance_review(mentee)
            request_id = client.post(
                "/api/v1/mentoring-requests",
                headers=org.hr.headers,
                json={
                    "mentee_id": mentee.id,
                    "performance_review_id": review.id,
                    "discussion_date": date.today().isoformat(),
                },
            ).json()["id"]
            mentee_id = mentee.id
        pairing = client.post(
            "/api/v1/pairings",
            headers=org.hr.headers,
            json=pairing_body(
                programme, request_id=request_id, goals=["g"], meeting_cadence="weekly"
            ),
        ).json()
        assert pairing["mentee_id"] == mentee_id
        client.post(f"/api/v1/pairings/{pairing['id']}/approve", headers=org.hr.headers)
        pairing_ids.append(pairing["id"])
    responses = race(
        live_server,
        [
            ("POST", f"/api/v1/pairings/{pid}/approve", org.leader.headers, None)
            for pid in pairing_ids
        ],
    )
    assert sorted(r.status_code for r in responses) == [200, 409]
    with engine.connect() as conn:
        approved = conn.execute(
            text("SELECT count(*) FROM pairings WHERE mentor_id = :m AND status = 'approved'"),
            {"m": programme.mentor.id},
        ).scalar()
    assert approved == 1


def test_many_activations_of_one_pairing_schedule_once(
    client, programme, live_server, engine, factory
):
    org = programme.org
    pid = factory.pairing(programme, "proposed", goals=["g"], meeting_cadence="weekly")["id"]
    for person, action in (
        (org.leader, "approve"),
        (org.hr, "approve"),
        (programme.mentor, "acknowledge"),
        (programme.mentee, "acknowledge"),
    ):
        assert (
            client.post(f"/api/v1/pairings/{pid}/{action}", headers=person.headers).status_code
            == 200
        )
    role_training(client, org.hr, programme.mentor.id, "mentor")
    role_training(client, org.hr, programme.mentee.id, "mentee")
    responses = race(
        live_server, [("POST", f"/api/v1/pairings/{pid}/activate", org.hr.headers, None)] * 6
    )
    assert sorted(r.status_code for r in responses) == [200] + [409] * 5
    with engine.connect() as conn:
        reviews = conn.execute(
            text("SELECT count(*) FROM periodic_reviews WHERE pairing_id = :p"), {"p": pid}
        ).scalar()
        records = conn.execute(
            text("SELECT count(*) FROM development_records WHERE pairing_id = :p"), {"p": pid}
        ).scalar()
    assert reviews == 5 and records == 2


def test_two_proposals_for_one_mentee_cannot_both_open(
    client, programme, factory, live_server, engine
):
    org = programme.org
    second_mentor = factory.employee(org.dept)
    from tests.factories import make_eligible

    make_eligible(factory, second_mentor)
    bodies = [
        pairing_body(programme, mentor_id=mentor_id, goals=["g"], meeting_cadence="weekly")
        for mentor_id in (programme.mentor.id, second_mentor.id)
    ]
    responses = race(live_server, [("POST", "/api/v1/pairings", org.hr.headers, b) for b in bodies])
    assert sorted(r.status_code for r in responses) == [201, 409]
    with engine.connect() as conn:
        count = conn.execute(
            text("SELECT count(*) FROM pairings WHERE mentee_id = :m"), {"m": programme.mentee.id}
        ).scalar()
    assert count == 1
