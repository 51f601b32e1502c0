"""`allowed_actions` on training records, over HTTP: only the trainee confirms, once."""

from __future__ import annotations

from datetime import date

from tests.helpers import assert_problem

TRAINING = "/api/v1/training-records"


def _actions(client, person, record_id):
    detail = client.get(f"{TRAINING}/{record_id}", headers=person.headers)
    assert detail.status_code == 200, detail.text
    [row] = [
        r
        for r in client.get(TRAINING, headers=person.headers).json()["items"]
        if r["id"] == record_id
    ]
    assert row["allowed_actions"] == detail.json()["allowed_actions"]
    return detail.json()["allowed_actions"]


def test_a_peer_session_per_role_and_state(client, programme, factory):
    org = programme.org
    pairing = factory.pairing(programme)
    created = client.post(
        TRAINING,
        headers=programme.mentor.headers,
        json={
            "kind": "peer_session",
            "pairing_id": pairing["id"],
            "date": date.today().isoformat(),
            "duration_minutes": 60,
        },
    )
    assert created.status_code == 201, created.text
    assert created.json()["allowed_actions"] == []  # the mentor recorded it
    rid = created.json()["id"]
    assert _actions(client, programme.mentee, rid) == ["confirm"]
    for person in (org.hr, org.leader, programme.mentor, org.reporting):
        assert _actions(client, person, rid) == []
    # Unlisted: refused.
    for person in (org.hr, programme.mentor):
        assert_problem(client.post(f"{TRAINING}/{rid}/confirm", headers=person.headers), 403)
    confirmed = client.post(f"{TRAINING}/{rid}/confirm", headers=programme.mentee.headers)
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["allowed_actions"] == []
    assert _actions(client, programme.mentee, rid) == []
    assert_problem(client.post(f"{TRAINING}/{rid}/confirm", headers=programme.mentee.headers), 409)


def test_role_training_is_confirmed_by_its_trainee_only(client, programme, factory):
    org = programme.org
    factory.pairing(programme)  # HR recorded both role trainings on the way
    [mentor_training] = [
        r
        for r in client.get(
            TRAINING, headers=org.hr.headers, params={"employee_id": programme.mentor.id}
        ).json()["items"]
        if r["kind"] == "role_training"
    ]
    rid = mentor_training["id"]
    assert _actions(client, programme.mentor, rid) == ["confirm"]
    assert _actions(client, org.hr, rid) == []
    assert _actions(client, org.leader, rid) == []
