"""Training records accept the one documented shape: `{kind, employee_id, trainer_id?,
pairing_id?, role?, title, date, duration_minutes, topics, skills, notes}` for both kinds."""

from __future__ import annotations

from datetime import date

from tests.helpers import assert_problem
from tests.pairings.test_lifecycle import propose
from tests.training.test_peer_sessions import TRAINING


def proposed_pairing(client, programme):
    response = propose(client, programme)
    assert response.status_code == 201, response.text
    return response.json()


def role_training(pairing_id, employee_id, role, **extra):
    return {
        "kind": "role_training",
        "employee_id": employee_id,
        "pairing_id": pairing_id,
        "role": role,
        "title": "Mentor training",
        "date": date.today().isoformat(),
        "duration_minutes": 90,
        "topics": ["Listening", "Giving feedback"],
        "skills": ["Coaching"],
        "notes": "Half-day workshop",
        **extra,
    }


def test_role_training_names_its_pairing_topics_and_skills(client, programme):
    pairing = proposed_pairing(client, programme)
    hr = programme.org.hr.headers
    body = role_training(pairing["id"], programme.mentor.id, "mentor")
    response = client.post(TRAINING, headers=hr, json=body)
    assert response.status_code == 201, response.text
    record = response.json()
    assert record["pairing_id"] == pairing["id"]
    assert record["topics"] == ["Listening", "Giving feedback"]
    assert record["skills"] == ["Coaching"]
    assert client.get(f"{TRAINING}/{record['id']}", headers=hr).json() == record


def test_role_training_of_someone_outside_the_pairing_is_refused(client, programme, engine):
    pairing = proposed_pairing(client, programme)
    hr = programme.org.hr.headers
    # The mentee as "mentor" of this pairing: a 422 naming the trainee, nothing stored.
    body = role_training(pairing["id"], programme.mentee.id, "mentor")
    problem = assert_problem(client.post(TRAINING, headers=hr, json=body), 422)
    assert problem["errors"][0]["loc"] == ["body", "employee_id"]
    assert "not the mentor of pairing" in problem["detail"]
    assert client.get(TRAINING, headers=hr).json()["items"] == []
    missing = role_training(999999, programme.mentor.id, "mentor")
    assert_problem(client.post(TRAINING, headers=hr, json=missing), 404)


def test_a_peer_session_may_name_its_mentee_and_mentor(client, programme, factory):
    pairing = factory.pairing(programme)
    body = {
        "kind": "peer_session",
        "pairing_id": pairing["id"],
        "employee_id": programme.mentee.id,
        "trainer_id": programme.mentor.id,
        "role": None,
        "title": "Delegation drill",
        "date": date.today().isoformat(),
        "duration_minutes": 45,
        "topics": ["Weekly planning"],
        "skills": ["Delegation"],
        "notes": "Went well",
    }
    response = client.post(TRAINING, headers=programme.mentor.headers, json=body)
    assert response.status_code == 201, response.text
    record = response.json()
    assert (record["employee_id"], record["trainer_id"]) == (
        programme.mentee.id,
        programme.mentor.id,
    )

    # Swapped: each named field must be the pairing's own.
    swapped = body | {"employee_id": programme.mentor.id, "trainer_id": programme.mentee.id}
    problem = assert_problem(
        client.post(TRAINING, headers=programme.mentor.headers, json=swapped), 422
    )
    assert problem["errors"][0]["loc"] == ["body", "employee_id"]
    wrong_trainer = body | {"trainer_id": programme.org.leader.id}
    problem = assert_problem(
        client.post(TRAINING, headers=programme.mentor.headers, json=wrong_trainer), 422
    )
    assert problem["errors"][0]["loc"] == ["body", "trainer_id"]
    # A role is for role training only.
    assert_problem(
        client.post(TRAINING, headers=programme.mentor.headers, json=body | {"role": "mentor"}),
        422,
    )
