"""Mentor profiles as self-service, and team leaders' (or HR's) invitations to opt in."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.helpers import assert_problem, audit_events


def _invite(client, person, employee_id, body=None):
    return client.post(
        f"/api/v1/employees/{employee_id}/mentor-invitation",
        headers=person.headers,
        json=body if body is not None else {},
    )


def _profile(employee_id):
    return f"/api/v1/employees/{employee_id}/mentor-profile"


def test_an_employee_and_a_team_leader_keep_their_own_profile(client, org):
    for person in (org.member, org.leader):
        assert_problem(client.get(_profile(person.id), headers=person.headers), 404)
        body = {
            "available": True,
            "capacity": 1,
            "bio": "Ten years in operations",
            "skills_offered": ["Delegation"],
        }
        created = client.put(_profile(person.id), headers=person.headers, json=body)
        assert created.status_code == 201, created.text
        changed = client.put(
            _profile(person.id), headers=person.headers, json=body | {"available": False}
        )
        assert changed.status_code == 200
        read = client.get(_profile(person.id), headers=person.headers).json()
        assert read == {"employee_id": person.id, **body, "available": False}
    # Not someone else's: the team leader sees Mia but may not change her profile.
    assert_problem(
        client.put(_profile(org.member.id), headers=org.leader.headers, json={"available": True}),
        403,
    )


def test_a_team_leader_invites_one_of_their_people(client, org, engine):
    response = _invite(client, org.leader, org.member.id, {"message": "  You coach well  "})
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["employee_id"] == org.member.id and body["invited_at"]
    inbox = client.get("/api/v1/notifications", headers=org.member.headers).json()["items"]
    [notice] = [n for n in inbox if n["kind"] == "mentor_invitation"]
    assert notice["id"] == body["notification_id"]
    assert notice["title"] == "Lena Leader invites you to be a mentor"
    assert notice["body"].startswith("You coach well\n\n")
    assert "My mentor profile" in notice["body"]
    assert notice["subject_employee_id"] == org.member.id
    # Nobody else gets it.
    assert not [
        n
        for n in client.get("/api/v1/notifications", headers=org.peer.headers).json()["items"]
        if n["kind"] == "mentor_invitation"
    ]
    [event] = audit_events(engine, action="mentor_invitation.create")
    assert event.entity == "employee" and event.entity_id == org.member.id
    assert event.actor == f"user:{org.leader.user.id}"
    # E-mailed like any notification (optional kind: the recipient may turn it off).
    with engine.connect() as conn:
        kinds = conn.execute(text("SELECT kind, to_address FROM notification_emails")).all()
    assert ("mentor_invitation", org.member.employee.email) in [tuple(k) for k in kinds]

    # Unread: not sent twice. Once read, a reminder may follow.
    again = assert_problem(_invite(client, org.leader, org.member.id), 409)
    assert again["reasons"] == ["already_invited"]
    client.post(f"/api/v1/notifications/{notice['id']}/read", headers=org.member.headers)
    assert _invite(client, org.leader, org.member.id).status_code == 201


def test_hr_invites_anyone_and_signs_as_hr(client, org):
    response = _invite(client, org.hr, org.outsider.id)
    assert response.status_code == 201
    [notice] = client.get("/api/v1/notifications", headers=org.outsider.headers).json()["items"]
    assert notice["title"] == "HR invites you to be a mentor"


def test_someone_who_already_offers_to_mentor_is_not_invited(client, org):
    client.put(_profile(org.peer.id), headers=org.peer.headers, json={"available": True})
    problem = assert_problem(_invite(client, org.leader, org.peer.id), 409)
    assert problem["reasons"] == ["already_available"]


def test_leavers_and_oneself_are_not_invited(client, org, factory):
    left = factory.employee(org.dept, team_leader=org.leader.employee, status="terminated")
    assert assert_problem(_invite(client, org.hr, left.id), 409)["reasons"] == ["inactive"]
    own = assert_problem(_invite(client, org.leader, org.leader.id), 409)
    assert own["reasons"] == ["self_invitation"]


def test_who_may_not_invite(client, org, engine):
    for person in (org.member, org.peer, org.hris, org.reporting):
        assert_problem(_invite(client, person, org.member.id), 403)
    # Another department's team leader does not see Mia.
    assert_problem(_invite(client, org.other_leader, org.member.id), 404)
    assert_problem(_invite(client, org.hr, 999999), 404)
    assert_problem(
        client.post(f"/api/v1/employees/{org.member.id}/mentor-invitation", json={}), 401
    )
    with engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM notifications WHERE kind = 'mentor_invitation'")
            ).scalar()
            == 0
        )


@pytest.mark.parametrize(
    "body",
    [{"message": "x" * 1001}, {"message": 5}, {"message": "hi", "title": "Forged"}, []],
)
def test_bad_invitation_input_is_a_422(client, org, body):
    assert_problem(_invite(client, org.leader, org.member.id, body), 422)
