from __future__ import annotations

import pytest

from tests.helpers import assert_problem

TRAINING = "/api/v1/training-records"


def body(employee_id, **extra):
    return {
        "kind": "role_training",
        "employee_id": employee_id,
        "role": "mentor",
        "title": "Mentor training",
        "provider": "HR Academy",
        "date": "2026-11-02",
        "duration_minutes": 120,
    } | extra


def test_hr_records_role_training_filed_and_visible(client, org):
    created = client.post(TRAINING, headers=org.hr.headers, json=body(org.peer.id))
    assert created.status_code == 201, created.text
    record = created.json()
    assert record["kind"] == "role_training" and record["role"] == "mentor"
    assert record["confirmed_at"] is None and record["pairing_id"] is None
    assert client.get(f"{TRAINING}/{record['id']}", headers=org.peer.headers).status_code == 200
    assert client.get(f"{TRAINING}/{record['id']}", headers=org.leader.headers).status_code == 200
    assert_problem(client.get(f"{TRAINING}/{record['id']}", headers=org.member.headers), 404)
    assert_problem(client.get(f"{TRAINING}/{record['id']}", headers=org.other_leader.headers), 404)
    file = client.get(
        f"/api/v1/employees/{org.peer.id}/personnel-file", headers=org.peer.headers
    ).json()["items"]
    assert file[0]["document_type"] == "role_training"
    assert file[0]["title"] == "Mentor training: Mentor training"
    listed = client.get(
        TRAINING,
        headers=org.hr.headers,
        params={
            "employee_id": org.peer.id,
            "kind": "role_training",
            "date_from": "2026-11-01",
            "date_to": "2026-11-30",
        },
    ).json()["items"]
    assert [r["id"] for r in listed] == [record["id"]]
    assert (
        client.get(TRAINING, headers=org.hr.headers, params={"date_from": "2026-11-03"}).json()[
            "items"
        ]
        == []
    )


@pytest.mark.parametrize(
    "extra",
    [
        {"duration_minutes": 0},
        {"role": "coach"},
        {"kind": "seminar"},
        {"date": "2026-13-01"},
        {"title": ""},
        {"confirmed_at": "2026-11-02T10:00:00Z"},
        {"employee_id": 0},
    ],
)
def test_bad_training_input(client, org, extra):
    assert_problem(
        client.post(TRAINING, headers=org.hr.headers, json=body(org.peer.id) | extra), 422
    )


def test_unknown_trainee_or_trainer(client, org):
    assert_problem(client.post(TRAINING, headers=org.hr.headers, json=body(999999)), 422)
    assert_problem(
        client.post(TRAINING, headers=org.hr.headers, json=body(org.peer.id, trainer_id=999999)),
        422,
    )


def test_only_hr_records_role_training(client, org):
    for person in (org.leader, org.peer, org.hris, org.reporting):
        assert_problem(client.post(TRAINING, headers=person.headers, json=body(org.peer.id)), 403)
    assert_problem(client.get(TRAINING, headers=org.hris.headers), 403)
    assert_problem(client.post(TRAINING, json=body(org.peer.id)), 401)
