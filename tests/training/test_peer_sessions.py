from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.helpers import assert_problem

TRAINING = "/api/v1/training-records"


def session_body(pairing_id, **extra):
    return {
        "kind": "peer_session",
        "pairing_id": pairing_id,
        "date": date.today().isoformat(),
        "duration_minutes": 60,
        "topics": ["Weekly planning"],
        "skills": ["Delegation"],
        "notes": "Walked through the team's board",
    } | extra


@pytest.fixture
def active(client, programme, factory):
    return factory.pairing(programme)


def test_mentor_records_mentee_confirms(client, programme, active):
    org = programme.org
    created = client.post(
        TRAINING, headers=programme.mentor.headers, json=session_body(active["id"])
    )
    assert created.status_code == 201, created.text
    record = created.json()
    assert record["employee_id"] == programme.mentee.id
    assert record["trainer_id"] == programme.mentor.id and record["confirmed_at"] is None
    assert_problem(
        client.post(f"{TRAINING}/{record['id']}/confirm", headers=programme.mentor.headers), 403
    )
    confirmed = client.post(f"{TRAINING}/{record['id']}/confirm", headers=programme.mentee.headers)
    assert confirmed.status_code == 200 and confirmed.json()["confirmed_at"]
    assert_problem(
        client.post(f"{TRAINING}/{record['id']}/confirm", headers=programme.mentee.headers), 409
    )
    for employee in (programme.mentor, programme.mentee):
        file = client.get(
            f"/api/v1/employees/{employee.id}/personnel-file",
            headers=org.hr.headers,
            params={"document_type": "peer_session"},
        )
        assert [e["document_id"] for e in file.json()["items"]] == [record["id"]]
    listed = client.get(
        TRAINING,
        headers=org.leader.headers,
        params={"pairing_id": active["id"], "kind": "peer_session"},
    ).json()
    assert [r["id"] for r in listed["items"]] == [record["id"]]


def test_only_the_mentor_or_hr_and_only_on_active_pairings(client, programme, active):
    org = programme.org
    for person in (programme.mentee, org.leader):
        assert_problem(
            client.post(TRAINING, headers=person.headers, json=session_body(active["id"])), 403
        )
    assert_problem(
        client.post(TRAINING, headers=org.outsider.headers, json=session_body(active["id"])), 404
    )
    assert (
        client.post(TRAINING, headers=org.hr.headers, json=session_body(active["id"])).status_code
        == 201
    )
    future = (date.today() + timedelta(days=1)).isoformat()
    assert_problem(
        client.post(
            TRAINING, headers=programme.mentor.headers, json=session_body(active["id"], date=future)
        ),
        422,
    )
    assert_problem(
        client.post(
            TRAINING,
            headers=programme.mentor.headers,
            json=session_body(active["id"], duration_minutes=2),
        ),
        422,
    )
    client.post(
        f"/api/v1/pairings/{active['id']}/terminate",
        headers=org.hr.headers,
        json={"reason": "ended"},
    )
    ended = client.post(TRAINING, headers=programme.mentor.headers, json=session_body(active["id"]))
    assert assert_problem(ended, 409)["reasons"] == ["status_terminated"]


def test_session_on_a_proposed_pairing_is_a_409(client, programme, factory):
    pid = factory.pairing(programme, "proposed", goals=["g"], meeting_cadence="weekly")["id"]
    assert_problem(
        client.post(TRAINING, headers=programme.mentor.headers, json=session_body(pid)), 409
    )
