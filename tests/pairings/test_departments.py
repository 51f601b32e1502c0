"""A pairing's copies of its two people's departments (kept by the database) and the team
leader's visibility that reads them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from tests.helpers import assert_problem

PAIRINGS = "/api/v1/pairings"


def _propose(client, programme):
    response = client.post(
        PAIRINGS,
        headers=programme.org.leader.headers,
        json={
            "request_id": programme.request["id"],
            "mentor_id": programme.mentor.id,
            "goals": ["Delegate the weekly planning"],
            "meeting_cadence": "fortnightly",
            "start_date": date.today().isoformat(),
        },
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _departments(engine, pairing_id):
    with engine.connect() as conn:
        return tuple(
            conn.execute(
                text(
                    "SELECT mentee_department_id, mentor_department_id FROM pairings WHERE id = :id"
                ),
                {"id": pairing_id},
            ).one()
        )


def _listed(client, person):
    response = client.get(PAIRINGS, headers=person.headers)
    assert response.status_code == 200, response.text
    return [p["id"] for p in response.json()["items"]]


def test_a_new_pairing_holds_both_departments(client, programme, engine):
    pairing_id = _propose(client, programme)
    dept = programme.org.dept.id
    assert _departments(engine, pairing_id) == (dept, dept)
    # The API never shows the copies.
    body = client.get(f"{PAIRINGS}/{pairing_id}", headers=programme.org.hr.headers).json()
    assert "mentee_department_id" not in body and "mentor_department_id" not in body


def test_moving_a_person_moves_the_pairing_for_team_leaders(client, programme, engine):
    org = programme.org
    pairing_id = _propose(client, programme)
    assert _listed(client, org.other_leader) == []
    # HR moves the mentor to the other department: its team leader now sees the pairing.
    response = client.patch(
        f"/api/v1/employees/{programme.mentor.id}",
        headers=org.hr.headers,
        json={"department_id": org.other_dept.id},
    )
    assert response.status_code == 200, response.text
    assert _departments(engine, pairing_id) == (org.dept.id, org.other_dept.id)
    assert _listed(client, org.other_leader) == [pairing_id]
    response = client.get(f"{PAIRINGS}/{pairing_id}", headers=org.other_leader.headers)
    assert response.status_code == 200
    # Any write path (the HRIS sync, SCIM, SQL) is covered: the database keeps the copy.
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE employees SET department_id = :d WHERE id = :id"),
            {"d": org.dept.id, "id": programme.mentor.id},
        )
    assert _departments(engine, pairing_id) == (org.dept.id, org.dept.id)
    assert _listed(client, org.other_leader) == []
    assert_problem(client.get(f"{PAIRINGS}/{pairing_id}", headers=org.other_leader.headers), 404)
    # The department's team leader sees it throughout.
    assert _listed(client, org.leader) == [pairing_id]


def test_a_team_leader_sees_the_pairings_of_the_people_they_lead_elsewhere(
    client, programme, engine
):
    org = programme.org
    pairing_id = _propose(client, programme)
    # Both people move to the other department, but the mentee is still led by org.leader.
    for person in (programme.mentee, programme.mentor):
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE employees SET department_id = :d WHERE id = :id"),
                {"d": org.other_dept.id, "id": person.id},
            )
    assert _departments(engine, pairing_id) == (org.other_dept.id, org.other_dept.id)
    assert _listed(client, org.leader) == [pairing_id]
    assert _listed(client, org.other_leader) == [pairing_id]
