"""The department copies on requests and training records (kept by the database) and the team
leader's visibility that reads them (reviews read their pairing's): a record follows its person
across departments."""

from __future__ import annotations

from sqlalchemy import text

from tests.helpers import assert_problem

LISTS = {
    "request": "/api/v1/mentoring-requests",
    "training": "/api/v1/training-records",
    "review": "/api/v1/reviews",
}


def _copies(engine) -> dict[str, set[tuple[int, ...]]]:
    with engine.connect() as conn:
        return {
            "request": set(
                conn.execute(text("SELECT mentee_id, mentee_department_id FROM mentoring_requests"))
            ),
            "training": set(
                conn.execute(
                    text("SELECT employee_id, employee_department_id FROM training_records")
                )
            ),
            "review": set(
                conn.execute(
                    text(
                        "SELECT p.mentee_department_id, p.mentor_department_id"
                        " FROM periodic_reviews r JOIN pairings p ON p.id = r.pairing_id"
                    )
                )
            ),
        }


def _seen(client, person) -> dict[str, int]:
    counts = {}
    for name, path in LISTS.items():
        response = client.get(path, headers=person.headers, params={"limit": 100})
        assert response.status_code == 200, response.text
        counts[name] = len(response.json()["items"])
    return counts


def _move(engine, person_id: int, department_id: int) -> None:
    # Plain SQL: whatever the write path (HR, the HRIS sync, SCIM), the database keeps the copies.
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE employees SET department_id = :d WHERE id = :id"),
            {"d": department_id, "id": person_id},
        )


def test_records_carry_their_people_s_departments_and_follow_a_move(
    client, programme, factory, engine
):
    org = programme.org
    mentee, mentor = programme.mentee.id, programme.mentor.id
    dept, other = org.dept.id, org.other_dept.id
    pairing = factory.pairing(programme, "active")
    with engine.connect() as conn:
        reviews = conn.execute(text("SELECT count(*) FROM periodic_reviews")).scalar_one()
    assert reviews > 0
    assert _copies(engine) == {
        "request": {(mentee, dept)},
        "training": {(mentee, dept), (mentor, dept)},
        "review": {(dept, dept)},
    }
    assert _seen(client, org.leader) == {"request": 1, "training": 2, "review": reviews}
    assert _seen(client, org.other_leader) == {"request": 0, "training": 0, "review": 0}
    request_path = f"{LISTS['request']}/{programme.request['id']}"
    assert_problem(client.get(request_path, headers=org.other_leader.headers), 404)

    # The mentee moves to the other department: that department's team leader now sees her
    # request, her training and the pairing's reviews; her own team leader still leads her.
    _move(engine, mentee, other)
    assert _copies(engine) == {
        "request": {(mentee, other)},
        "training": {(mentee, other), (mentor, dept)},
        "review": {(other, dept)},
    }
    assert _seen(client, org.other_leader) == {"request": 1, "training": 1, "review": reviews}
    assert client.get(request_path, headers=org.other_leader.headers).status_code == 200
    assert _seen(client, org.leader) == {"request": 1, "training": 2, "review": reviews}

    # And back: the other team leader sees nothing again.
    _move(engine, mentee, dept)
    assert _copies(engine)["review"] == {(dept, dept)}
    assert _seen(client, org.other_leader) == {"request": 0, "training": 0, "review": 0}
    assert pairing["status"] == "active"


def test_a_team_leader_sees_records_of_the_people_they_lead_in_another_department(
    client, programme, factory, engine
):
    org = programme.org
    factory.pairing(programme, "active")
    # Both people move to the other department; org.leader still leads them.
    for person in (programme.mentee, programme.mentor):
        _move(engine, person.id, org.other_dept.id)
    seen = _seen(client, org.leader)
    assert seen["request"] == 1 and seen["training"] == 2 and seen["review"] > 0
    assert _seen(client, org.other_leader) == seen
    # An employee still sees only their own.
    assert _seen(client, org.outsider) == {"request": 0, "training": 0, "review": 0}
