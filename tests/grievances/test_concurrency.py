"""Races to resolve one grievance, on PostgreSQL through a live two-worker server."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.helpers import audit_events, outbox, race

pytestmark = pytest.mark.postgres_only


@pytest.fixture(autouse=True)
def _postgres_only(is_postgres):
    if not is_postgres:
        pytest.skip("row locks are exercised on PostgreSQL")


def raise_one(client, person, pairing_id, kind):
    response = client.post(
        "/api/v1/grievances",
        headers=person.headers,
        json={"pairing_id": pairing_id, "kind": kind, "description": "We cannot work together"},
    )
    assert response.status_code == 201, response.text
    return response.json()


def count(engine, sql, **params):
    with engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def test_six_resolutions_of_one_grievance_one_wins(client, programme, live_server, engine, factory):
    pairing = factory.pairing(programme)
    grievance = raise_one(client, programme.mentee, pairing["id"], "grievance")
    hr = programme.org.hr.headers
    bodies = [
        {"outcome": outcome, "resolution": f"Decision {n}"}
        for n, outcome in enumerate(["resolved", "dismissed"] * 3)
    ]
    responses = race(
        live_server,
        [("POST", f"/api/v1/grievances/{grievance['id']}/resolve", hr, b) for b in bodies],
    )
    assert sorted(r.status_code for r in responses) == [200] + [409] * 5
    [winner] = [r.json() for r in responses if r.status_code == 200]
    stored = client.get(f"/api/v1/grievances/{grievance['id']}", headers=hr).json()
    # The stored decision is the winner's, not a later loser's overwrite.
    assert (stored["status"], stored["resolution"]) == (winner["status"], winner["resolution"])
    assert len(audit_events(engine, action="grievance.resolve")) == 1
    assert len(outbox(engine, "grievance.resolved")) == 1
    outcome_entries = count(
        engine,
        "SELECT count(*) FROM personnel_file_entries "
        "WHERE document_type = 'grievance_outcome' AND document_id = :g",
        g=grievance["id"],
    )
    assert outcome_entries == 2  # mentor's and mentee's files, once each


def test_resolving_a_withdrawal_in_a_race_ends_the_pairing_once(
    client, programme, live_server, engine, factory
):
    pairing = factory.pairing(programme)
    withdrawal = raise_one(client, programme.mentor, pairing["id"], "withdrawal")
    hr = programme.org.hr.headers
    body = {"outcome": "resolved", "resolution": "Mentor moved to another role"}
    responses = race(
        live_server,
        [("POST", f"/api/v1/grievances/{withdrawal['id']}/resolve", hr, body)] * 4,
    )
    assert sorted(r.status_code for r in responses) == [200, 409, 409, 409]
    after = client.get(f"/api/v1/pairings/{pairing['id']}", headers=hr).json()
    assert after["status"] == "withdrawn"
    assert len(audit_events(engine, action="pairing.withdraw")) == 1
    open_reviews = count(
        engine,
        "SELECT count(*) FROM periodic_reviews WHERE pairing_id = :p AND cancelled_at IS NULL",
        p=pairing["id"],
    )
    assert open_reviews == 0
