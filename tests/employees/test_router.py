"""Departments, employees and performance reviews: who may read and write what."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.helpers import assert_problem, audit_events

EMPLOYEES = "/api/v1/employees"
DEPARTMENTS = "/api/v1/departments"


def new_employee(department_id: int, **overrides):
    body = {
        "external_id": "E-900",
        "employee_number": "900",
        "full_name": "Nina New",
        "email": "nina.new@example.com",
        "department_id": department_id,
        "function": "Ops",
        "level": "M2",
        "job_title": "Manager",
        "is_managerial": True,
        "hire_date": "2024-03-01",
        "skills": [{"skill": "Coaching", "level": 4}],
    }
    body.update(overrides)
    return body


# -- departments ---------------------------------------------------------------------------


def test_departments_crud_and_refusals(client, org, engine):
    created = client.post(
        DEPARTMENTS, headers=org.hr.headers, json={"external_id": "D-NEW", "name": "Logistics"}
    )
    assert created.status_code == 201, created.text
    dept = created.json()
    assert dept == {"id": dept["id"], "external_id": "D-NEW", "name": "Logistics"}
    assert_problem(
        client.post(
            DEPARTMENTS, headers=org.hr.headers, json={"external_id": "D-NEW", "name": "Again"}
        ),
        409,
    )
    assert_problem(client.post(DEPARTMENTS, headers=org.hr.headers, json={"name": ""}), 422)
    assert_problem(
        client.post(DEPARTMENTS, headers=org.hr.headers, json={"name": "X", "id": 5}), 422
    )
    for person in (org.leader, org.member, org.hris, org.reporting):
        assert_problem(client.post(DEPARTMENTS, headers=person.headers, json={"name": "X"}), 403)
        assert_problem(
            client.patch(f"{DEPARTMENTS}/{dept['id']}", headers=person.headers, json={"name": "X"}),
            403,
        )
    renamed = client.patch(
        f"{DEPARTMENTS}/{dept['id']}", headers=org.hr.headers, json={"name": "Logistics & Supply"}
    )
    assert renamed.json()["name"] == "Logistics & Supply"
    assert_problem(
        client.patch(f"{DEPARTMENTS}/{dept['id']}", headers=org.hr.headers, json={"name": None}),
        422,
    )
    assert_problem(
        client.patch(f"{DEPARTMENTS}/999999", headers=org.hr.headers, json={"name": "X"}), 404
    )
    assert client.get(f"{DEPARTMENTS}/{dept['id']}", headers=org.member.headers).status_code == 200
    listed = client.get(DEPARTMENTS, headers=org.member.headers, params={"q": "logistics"})
    assert [d["id"] for d in listed.json()["items"]] == [dept["id"]]
    actions = audit_events(engine, entity="department")
    assert [a.action for a in actions] == ["department.create", "department.update"]
    assert actions[1].changes == {
        "before": {"name": "Logistics"},
        "after": {"name": "Logistics & Supply"},
    }


# -- employees -----------------------------------------------------------------------------


def test_hr_creates_an_employee_with_skills(client, org):
    response = client.post(
        EMPLOYEES,
        headers=org.hr.headers,
        json=new_employee(org.dept.id, team_leader_id=org.leader.id, email="Nina.New@Example.com"),
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["email"] == "nina.new@example.com"
    assert body["status"] == "active" and body["team_leader_id"] == org.leader.id
    assert body["skills"] == [{"skill": "Coaching", "level": 4}]
    fetched = client.get(f"{EMPLOYEES}/{body['id']}", headers=org.hr.headers).json()
    assert fetched == body


@pytest.mark.parametrize(
    "overrides",
    [
        {"email": "bad"},
        {"level": ""},
        {"hire_date": "2024-13-01"},
        {"hire_date": "1066-10-14"},
        {"skills": [{"skill": "Coaching", "level": 6}]},
        {"skills": [{"skill": "Coaching", "level": 3}, {"skill": "coaching", "level": 4}]},
        {"status": "retired"},
        {"department_id": 0},
        {"department_id": 2**40},
        {"role": "hr_admin"},
        {"id": 77},
    ],
)
def test_bad_employee_input_is_a_422(client, org, overrides, engine):
    assert_problem(
        client.post(EMPLOYEES, headers=org.hr.headers, json=new_employee(org.dept.id) | overrides),
        422,
    )
    with engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT count(*) FROM employees WHERE external_id = 'E-900'")
            ).scalar()
            == 0
        )


def test_employee_references_and_uniqueness(client, org):
    unknown_dept = client.post(EMPLOYEES, headers=org.hr.headers, json=new_employee(999999))
    assert assert_problem(unknown_dept, 422)["errors"][0]["loc"] == ["body", "department_id"]
    unknown_leader = client.post(
        EMPLOYEES, headers=org.hr.headers, json=new_employee(org.dept.id, team_leader_id=999999)
    )
    assert_problem(unknown_leader, 422)
    taken_email = client.post(
        EMPLOYEES,
        headers=org.hr.headers,
        json=new_employee(org.dept.id, email=org.member.employee.email),
    )
    assert_problem(taken_email, 409)
    self_lead = client.patch(
        f"{EMPLOYEES}/{org.member.id}",
        headers=org.hr.headers,
        json={"team_leader_id": org.member.id},
    )
    assert_problem(self_lead, 422)


def test_patch_updates_only_what_is_sent_and_audits_it(client, org, engine):
    response = client.patch(
        f"{EMPLOYEES}/{org.member.id}",
        headers=org.hr.headers,
        json={
            "status": "terminated",
            "skills": [{"skill": "Delegation", "level": 3}, {"skill": "Budgeting", "level": 2}],
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "terminated" and body["full_name"] == "Mia Member"
    assert body["skills"] == [
        {"skill": "Budgeting", "level": 2},
        {"skill": "Delegation", "level": 3},
    ]
    [event] = audit_events(engine, action="employee.update")
    changes = event.changes
    assert changes["before"] == {"status": "active", "skills": {"Delegation": 2}}
    assert changes["after"] == {"status": "terminated", "skills": {"Budgeting": 2, "Delegation": 3}}
    assert_problem(
        client.patch(
            f"{EMPLOYEES}/{org.member.id}", headers=org.hr.headers, json={"full_name": None}
        ),
        422,
    )
    assert_problem(
        client.patch(f"{EMPLOYEES}/999999", headers=org.hr.headers, json={"full_name": "X"}), 404
    )


def test_only_hr_writes_employees(client, org):
    for person in (org.leader, org.member, org.hris, org.reporting):
        assert_problem(
            client.post(EMPLOYEES, headers=person.headers, json=new_employee(org.dept.id)), 403
        )
        assert_problem(
            client.patch(
                f"{EMPLOYEES}/{org.member.id}", headers=person.headers, json={"full_name": "X"}
            ),
            403,
        )
    assert_problem(client.post(EMPLOYEES, json=new_employee(org.dept.id)), 401)
    assert (
        client.post(EMPLOYEES, headers=org.hr.headers, json=new_employee(org.dept.id)).status_code
        == 201
    )


def test_the_hris_reads_people_but_writes_them_only_through_its_sync(client, org, factory, engine):
    """The HRIS may not write around the sync's per-row report and idempotency: a direct
    write (a department, an employee, a rating of 5 that would make anyone mentor-eligible)
    is a 403 and stores nothing."""
    hris = org.hris.headers
    refused = [
        client.post(DEPARTMENTS, headers=hris, json={"external_id": "D-LEG", "name": "Legal"}),
        client.patch(f"{DEPARTMENTS}/{org.dept.id}", headers=hris, json={"name": "Renamed"}),
        client.post(EMPLOYEES, headers=hris, json=new_employee(org.dept.id)),
        client.patch(f"{EMPLOYEES}/{org.member.id}", headers=hris, json={"job_title": "Boss"}),
        client.post(
            f"{EMPLOYEES}/{org.member.id}/performance-reviews",
            headers=hris,
            json={
                "period_start": "2025-01-01",
                "period_end": "2025-06-30",
                "rating": 5,
                "summary": "Outstanding",
                "improvement_areas": [],
            },
        ),
    ]
    for response in refused:
        assert assert_problem(response, 403)["detail"] == "The role hris may not do this"
    assert audit_events(engine) == []
    hr = org.hr.headers
    assert "D-LEG" not in {
        d["external_id"] for d in client.get(DEPARTMENTS, headers=hr).json()["items"]
    }
    assert client.get(f"{DEPARTMENTS}/{org.dept.id}", headers=hr).json()["name"] == "Operations"
    member = client.get(f"{EMPLOYEES}/{org.member.id}", headers=hr).json()
    assert member["job_title"] == org.member.employee.job_title
    assert "E-900" not in {
        e["external_id"] for e in client.get(EMPLOYEES, headers=hr).json()["items"]
    }
    reviews = client.get(f"{EMPLOYEES}/{org.member.id}/performance-reviews", headers=hr).json()
    assert reviews["items"] == []
    # It still reads people, and its sync still writes them.
    assert client.get(EMPLOYEES, headers=hris).status_code == 200
    assert client.get(f"{EMPLOYEES}/{org.member.id}", headers=hris).status_code == 200
    synced = client.post(
        "/api/v1/integrations/hris/sync",
        headers=hris,
        json={"departments": [{"external_id": "D-LEG", "name": "Legal"}]},
    )
    assert synced.status_code == 200, synced.text
    assert synced.json()["departments"]["created"] == 1


def _ids(response):
    assert response.status_code == 200, response.text
    return {e["id"] for e in response.json()["items"]}


def test_visibility_of_employees_by_role(client, org):
    everyone = {org.leader.id, org.member.id, org.peer.id, org.outsider.id, org.other_leader.id}
    for person in (org.hr, org.hris, org.reporting):
        assert _ids(client.get(EMPLOYEES, headers=person.headers)) == everyone
    # A team leader sees their department (to find peers), not another department.
    assert _ids(client.get(EMPLOYEES, headers=org.leader.headers)) == {
        org.leader.id,
        org.member.id,
        org.peer.id,
    }
    assert_problem(client.get(f"{EMPLOYEES}/{org.outsider.id}", headers=org.leader.headers), 404)
    # An employee sees themself only.
    assert _ids(client.get(EMPLOYEES, headers=org.member.headers)) == {org.member.id}
    assert client.get(f"{EMPLOYEES}/{org.member.id}", headers=org.member.headers).status_code == 200
    assert_problem(client.get(f"{EMPLOYEES}/{org.peer.id}", headers=org.member.headers), 404)
    assert_problem(client.get(f"{EMPLOYEES}/999999", headers=org.hr.headers), 404)
    assert_problem(client.get(f"{EMPLOYEES}/0", headers=org.hr.headers), 422)
    assert_problem(client.get(f"{EMPLOYEES}/abc", headers=org.hr.headers), 422)


def test_filters_search_and_pagination(client, org, factory):
    assert _ids(
        client.get(EMPLOYEES, headers=org.hr.headers, params={"department_id": org.other_dept.id})
    ) == {org.outsider.id, org.other_leader.id}
    assert _ids(
        client.get(EMPLOYEES, headers=org.hr.headers, params={"team_leader_id": org.leader.id})
    ) == {org.member.id, org.peer.id}
    assert _ids(client.get(EMPLOYEES, headers=org.hr.headers, params={"q": "peer"})) == {
        org.peer.id
    }
    assert _ids(client.get(EMPLOYEES, headers=org.hr.headers, params={"q": "%"})) == set()
    assert _ids(client.get(EMPLOYEES, headers=org.hr.headers, params={"level": "M3"})) == {
        org.leader.id,
        org.other_leader.id,
    }
    factory.employee(org.dept, status="terminated", full_name="Gone Person")
    terminated = client.get(EMPLOYEES, headers=org.hr.headers, params={"status": "terminated"})
    assert [e["full_name"] for e in terminated.json()["items"]] == ["Gone Person"]
    seen: list[int] = []
    cursor = None
    while True:
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = client.get(EMPLOYEES, headers=org.hr.headers, params=params).json()
        seen += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == sorted(seen) and len(seen) == 6
    assert_problem(client.get(EMPLOYEES, headers=org.hr.headers, params={"status": "x"}), 422)
    assert_problem(client.get(EMPLOYEES, headers=org.hr.headers, params={"department_id": -3}), 422)


# -- performance reviews -------------------------------------------------------------------


def test_performance_reviews_create_and_visibility(client, org, factory):
    url = f"{EMPLOYEES}/{org.member.id}/performance-reviews"
    body = {
        "external_id": "PR-1",
        "period_start": "2025-01-01",
        "period_end": "2025-06-30",
        "rating": 3,
        "summary": "Needs to delegate more",
        "improvement_areas": ["Delegation", "Coaching"],
    }
    created = client.post(url, headers=org.hr.headers, json=body)
    assert created.status_code == 201, created.text
    assert created.json()["improvement_areas"] == ["Delegation", "Coaching"]
    assert created.json()["employee_id"] == org.member.id
    assert_problem(client.post(url, headers=org.hr.headers, json=body), 409)
    factory.performance_review(org.outsider.employee)

    def review_ids(person, employee_id):
        return client.get(f"{EMPLOYEES}/{employee_id}/performance-reviews", headers=person.headers)

    assert len(review_ids(org.hr, org.member.id).json()["items"]) == 1
    assert len(review_ids(org.member, org.member.id).json()["items"]) == 1
    assert len(review_ids(org.leader, org.member.id).json()["items"]) == 1  # leads Mia
    assert_problem(review_ids(org.peer, org.member.id), 404)  # a colleague
    assert_problem(review_ids(org.other_leader, org.member.id), 404)  # another department
    assert_problem(review_ids(org.leader, org.outsider.id), 404)
    for person in (org.leader, org.member, org.reporting):
        assert_problem(
            client.post(url, headers=person.headers, json=body | {"external_id": "PR-2"}), 403
        )
    assert_problem(
        client.post(
            f"{EMPLOYEES}/999999/performance-reviews",
            headers=org.hr.headers,
            json=body | {"external_id": "PR-3"},
        ),
        404,
    )


@pytest.mark.parametrize(
    "overrides",
    [
        {"rating": 0},
        {"rating": 6},
        {"period_end": "2024-12-31"},
        {"improvement_areas": ["A", "a"]},
        {"improvement_areas": [""]},
        {"employee_id": 3},
    ],
)
def test_bad_performance_review_is_a_422(client, org, overrides):
    body = {"period_start": "2025-01-01", "period_end": "2025-06-30", "rating": 3}
    assert_problem(
        client.post(
            f"{EMPLOYEES}/{org.member.id}/performance-reviews",
            headers=org.hr.headers,
            json=body | overrides,
        ),
        422,
    )


def test_list_items_equal_the_single_reads_skills_sorted(client, org):
    created = client.post(
        "/api/v1/employees",
        headers=org.hr.headers,
        json=new_employee(
            org.dept.id,
            skills=[
                {"skill": "Negotiation", "level": 2},
                {"skill": "Budgeting", "level": 5},
                {"skill": "Coaching", "level": 4},
            ],
        ),
    ).json()
    listed = client.get("/api/v1/employees", headers=org.hr.headers, params={"limit": 500}).json()[
        "items"
    ]
    [item] = [e for e in listed if e["id"] == created["id"]]
    assert item == client.get(f"/api/v1/employees/{created['id']}", headers=org.hr.headers).json()
    assert [s["skill"] for s in item["skills"]] == ["Budgeting", "Coaching", "Negotiation"]
    # Someone without skills lists an empty array, not null.
    assert all(isinstance(e["skills"], list) for e in listed)
